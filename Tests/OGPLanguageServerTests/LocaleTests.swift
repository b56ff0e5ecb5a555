import OGPDiagnostics
import OGPLanguage
import OGPLanguageServer
import OGPModel
import Testing

/// The language the server speaks: the editor's `locale`, unless the user chose one for `ogp`.
struct LocaleTests {
  static func client(language: Language = .english, followsClientLocale: Bool = true) -> ServerTests.Client {
    ServerTests.Client(
      server: Server(
        environment: Server.Environment(
          provider: InMemorySourceProvider([:]), workingDirectory: "/project",
          today: Day(year: 2025, month: 1, day: 1), version: "0.1.0", language: language,
          followsClientLocale: followsClientLocale)))
  }

  static func messages(_ client: inout ServerTests.Client, locale: String?) throws -> [String] {
    var params: [String: JSON] = [
      "processId": .null, "rootUri": .string("file:///project"), "capabilities": .object([:]),
    ]
    if let locale { params["locale"] = .string(locale) }
    _ = client.request(1, "initialize", .object(params))
    _ = client.notify("initialized", .object([:]))
    let opened = client.open("use \"missing.ogp\"\n")
    let published = try #require(opened)
    return published.diagnostics.map { String($0.message.prefix { $0 != "\n" }) }
  }

  @Test func theEditorsLocaleChoosesSpanish() throws {
    var client = Self.client()
    #expect(try Self.messages(&client, locale: "es-419") == ["no se encuentra 'missing.ogp'"])
    #expect(client.server.language == .spanish)
    let changed = client.replace(ServerTests.uri, with: "use \"missing.ogp\" \n", version: 2)
    let published = try #require(ServerTests.published(changed))
    #expect(published.diagnostics.first?.message.contains("\nayuda: las rutas de 'use'") == true)
  }

  @Test func aLocaleOgpDoesNotSpeakKeepsTheDefault() throws {
    var client = Self.client(language: .spanish)
    #expect(try Self.messages(&client, locale: "fr-FR") == ["no se encuentra 'missing.ogp'"])
    var english = Self.client()
    #expect(try Self.messages(&english, locale: nil) == ["cannot find 'missing.ogp'"])
  }

  @Test func aLanguageChosenForOgpWinsOverTheEditors() throws {
    var client = Self.client(language: .english, followsClientLocale: false)
    #expect(try Self.messages(&client, locale: "es") == ["cannot find 'missing.ogp'"])
  }
}
