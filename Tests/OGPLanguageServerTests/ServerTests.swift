import Foundation
import OGPLanguage
import OGPLanguageServer
import OGPModel
import Testing

/// The server's life cycle and answers, driven through `receive` with framed bytes as a client
/// sends them.
struct ServerTests {
  static let uri = "file:///project/plans/economy.ogp"
  // E0112 at bytes 42..<51 of line 0; in UTF-16, units 39..<48.
  static let broken = "actor finance government \"Economía 🌍\" governmnt\n"
  static let fixed = "actor finance government \"Economía 🌍\"\n"

  /// A client's side of a session: sends messages, reads back what the server answered.
  struct Client {
    var server = Server(
      environment: Server.Environment(
        provider: InMemorySourceProvider([:]), workingDirectory: "/project",
        today: Day(year: 2025, month: 1, day: 1), documentationBase: "https://ogp.example/repo",
        version: "0.1.0"))

    mutating func send(_ message: Message) -> [Message] {
      send(bytes: MessageReader.frame(message.encoded()))
    }

    mutating func send(bytes: [UInt8]) -> [Message] {
      var reader = MessageReader()
      reader.append(server.receive(bytes))
      var messages: [Message] = []
      while let item = reader.next() {
        guard case .body(let body) = item, let json = try? JSONDecoder().decode(JSON.self, from: Data(body)),
          let message = json.decode(Message.self)
        else {
          Issue.record("the server sent a frame that is not a message: \(item)")
          continue
        }
        messages.append(message)
      }
      return messages
    }

    mutating func request(_ id: Int, _ method: String, _ params: JSON? = nil) -> [Message] {
      send(.request(Request(id: .number(id), method: method, params: params)))
    }

    mutating func notify(_ method: String, _ params: JSON) -> [Message] {
      send(.notification(Notification(method: method, params: params)))
    }

    mutating func initialize(encodings: [String]? = nil) -> [Message] {
      var general: [String: JSON] = [:]
      if let encodings { general["positionEncodings"] = .array(encodings.map(JSON.string)) }
      let answer = request(
        1, "initialize",
        .object([
          "processId": .null, "rootUri": .string("file:///project"),
          "capabilities": .object(["general": .object(general)]),
        ]))
      _ = notify("initialized", .object([:]))
      return answer
    }

    mutating func open(_ text: String, version: Int = 1) -> PublishDiagnosticsParams? {
      ServerTests.published(open(text, uri: ServerTests.uri, version: version))
    }

    mutating func open(_ text: String, uri: String, version: Int = 1) -> [Message] {
      notify(
        "textDocument/didOpen",
        .object([
          "textDocument": .object([
            "uri": .string(uri), "languageId": .string("ogp"),
            "version": .number(Double(version)),
            "text": .string(text),
          ])
        ]))
    }

    /// Replaces an open document's whole text.
    mutating func replace(_ uri: String, with text: String, version: Int) -> [Message] {
      notify(
        "textDocument/didChange",
        .object([
          "textDocument": .object(["uri": .string(uri), "version": .number(Double(version))]),
          "contentChanges": .array([.object(["text": .string(text)])]),
        ]))
    }
  }

  static func published(_ messages: [Message]) -> PublishDiagnosticsParams? {
    guard messages.count == 1, case .notification(let notification) = messages[0],
      notification.method == "textDocument/publishDiagnostics"
    else { return nil }
    return notification.params?.decode(PublishDiagnosticsParams.self)
  }

  static func error(_ messages: [Message], id: Int) -> ResponseError? {
    guard messages.count == 1, case .response(let response) = messages[0], response.id == .number(id),
      case .failure(let error) = response.outcome
    else { return nil }
    return error
  }

  @Test func initializeNegotiatesUTF8WhenOfferedAndIncrementalSync() throws {
    var client = Client()
    let answer = client.initialize(encodings: ["utf-16", "utf-8"])
    guard case .response(let response) = try #require(answer.first),
      case .success(let result) = response.outcome
    else {
      Issue.record("initialize failed: \(answer)")
      return
    }
    let decoded = try #require(result.decode(InitializeResult.self))
    #expect(decoded.capabilities.positionEncoding == .utf8)
    #expect(decoded.capabilities.textDocumentSync.change == 2)
    #expect(decoded.serverInfo.name == "ogp")
    #expect(client.server.positionEncoding == .utf8)
  }

  @Test func withoutPositionEncodingsTheServerUsesUTF16() {
    var client = Client()
    _ = client.initialize()
    #expect(client.server.positionEncoding == .utf16)
  }

  @Test func aLifeCycleFromOpenThroughAFixToExit() throws {
    var client = Client()
    _ = client.initialize()
    let openedPublished = client.open(Self.broken)
    let opened = try #require(openedPublished)
    #expect(opened.uri == Self.uri)
    #expect(opened.version == 1)
    let diagnostic = try #require(opened.diagnostics.first)
    #expect(opened.diagnostics.count == 1)
    #expect(diagnostic.code == "E0112")
    #expect(diagnostic.severity == 1)
    #expect(
      diagnostic.range
        == TextRange(start: Position(line: 0, character: 39), end: Position(line: 0, character: 48)))
    #expect(diagnostic.message.hasPrefix("unexpected 'governmnt' after the actor declaration\nhelp: "))

    // Deleting " governmnt" (UTF-16 units 38..<48) fixes it.
    let change = client.notify(
      "textDocument/didChange",
      .object([
        "textDocument": .object(["uri": .string(Self.uri), "version": .number(2)]),
        "contentChanges": .array([
          .object([
            "range": .object([
              "start": .object(["line": .number(0), "character": .number(38)]),
              "end": .object(["line": .number(0), "character": .number(48)]),
            ]),
            "text": .string(""),
          ])
        ]),
      ]))
    let changed = try #require(Self.published(change))
    #expect(changed.version == 2)
    #expect(changed.diagnostics.isEmpty)
    #expect(client.server.documents[Self.uri]?.bytes == Array(Self.fixed.utf8))

    #expect(
      client.request(2, "shutdown").first == .response(Response(id: .number(2), outcome: .success(.null))))
    #expect(client.notify("exit", .null).isEmpty)
    #expect(client.server.exitCode == 0)
  }

  @Test func rangesAreInUTF8BytesWhenNegotiated() throws {
    var client = Client()
    _ = client.initialize(encodings: ["utf-8"])
    let diagnosticPublished = client.open(Self.broken)?.diagnostics.first
    let diagnostic = try #require(diagnosticPublished)
    #expect(
      diagnostic.range
        == TextRange(start: Position(line: 0, character: 42), end: Position(line: 0, character: 51)))
  }

  @Test func aFullChangeReplacesTheText() throws {
    var client = Client()
    _ = client.initialize()
    _ = client.open(Self.fixed)
    let change = client.notify(
      "textDocument/didChange",
      .object([
        "textDocument": .object(["uri": .string(Self.uri), "version": .number(5)]),
        "contentChanges": .array([.object(["text": .string(Self.broken)])]),
      ]))
    #expect(Self.published(change)?.diagnostics.map(\.code) == ["E0112"])
  }

  @Test func secondaryLabelsBecomeRelatedInformation() throws {
    var client = Client()
    _ = client.initialize()
    let text = "actor finance government \"A\"\nactor finance government \"B\"\n"
    let diagnosticPublished = client.open(text)?.diagnostics.first
    let diagnostic = try #require(diagnosticPublished)
    #expect(diagnostic.code == "E0205")
    let related = try #require(diagnostic.relatedInformation)
    #expect(related.map(\.message) == ["declared again here", "first declared here"])
    #expect(
      related.last?.location
        == Location(
          uri: Self.uri,
          range: TextRange(start: Position(line: 0, character: 6), end: Position(line: 0, character: 13))))
  }

  @Test func lintFindingsCarryTheirRuleDocumentation() throws {
    var client = Client()
    _ = client.initialize()
    let plan = """
      actor finance government "Ministerio"

      plan nap "Plan" {
        member "Arcadia" national
        period 2024-09 .. 2026-08

        commitment c01 "Contratación abierta" {
          lead   finance
          period 2024-10 .. 2026-02-28
        }
      }

      """
    let diagnosticsPublished = client.open(plan)?.diagnostics
    let diagnostics = try #require(diagnosticsPublished)
    let finding = try #require(diagnostics.first { $0.code == "VER004" })
    #expect(finding.severity == 2)
    #expect(finding.codeDescription?.href == "https://ogp.example/repo/docs/rules.md#ver004")
    #expect(
      finding.range
        == TextRange(start: Position(line: 6, character: 13), end: Position(line: 6, character: 16)))
  }

  @Test func closingADocumentClearsItsDiagnostics() throws {
    var client = Client()
    _ = client.initialize()
    _ = client.open(Self.broken)
    let closed = client.notify(
      "textDocument/didClose", .object(["textDocument": .object(["uri": .string(Self.uri)])]))
    #expect(Self.published(closed)?.diagnostics == [])
    #expect(client.server.documents.isEmpty)
  }

  @Test func requestsBeforeInitializeAreRefused() {
    var client = Client()
    #expect(Self.error(client.request(7, "shutdown"), id: 7)?.code == .serverNotInitialized)
    // Notifications are dropped, not answered.
    #expect(client.open(Self.broken) == nil)
    #expect(client.server.documents.isEmpty)
  }

  @Test func anUnknownRequestIsMethodNotFoundAndAnUnknownNotificationIgnored() {
    var client = Client()
    _ = client.initialize()
    #expect(Self.error(client.request(3, "textDocument/hover", .object([:])), id: 3)?.code == .methodNotFound)
    #expect(client.notify("$/unknownThing", .object([:])).isEmpty)
  }

  @Test func initializeWithoutItsParametersIsInvalidParams() {
    var client = Client()
    #expect(Self.error(client.request(1, "initialize", .string("x")), id: 1)?.code == .invalidParams)
  }

  @Test func exitWithoutShutdownIsStatusOne() {
    var client = Client()
    _ = client.initialize()
    #expect(client.server.exitCodeAtEndOfInput == 1)
    _ = client.notify("exit", .null)
    #expect(client.server.exitCode == 1)
  }

  @Test func bodiesThatAreNotMessagesAreAnsweredWithErrors() {
    var client = Client()
    let parse = client.send(bytes: MessageReader.frame(Array("{not json".utf8)))
    #expect(
      parse == [
        .response(Response(id: nil, outcome: .failure(ResponseError(.parseError, "the body is not JSON"))))
      ])
    let invalid = client.send(
      bytes: MessageReader.frame(Array(#"{"jsonrpc":"1.0","id":4,"method":"x"}"#.utf8)))
    #expect(Self.error(invalid, id: 4)?.code == .invalidRequest)
    let header = client.send(bytes: Array("Content-Length: x\r\n\r\n".utf8))
    guard case .response(let response) = header.first, case .failure(let error) = response.outcome else {
      Issue.record("expected an error for a bad header, got \(header)")
      return
    }
    #expect(error.code == .parseError)
  }

  @Test func atMostTheLimitOfDiagnosticsIsPublished() throws {
    var client = Client()
    client.server = Server(
      environment: Server.Environment(
        provider: InMemorySourceProvider([:]), workingDirectory: "/project",
        today: Day(year: 2025, month: 1, day: 1), version: "0.1.0", diagnosticLimit: 2))
    _ = client.initialize()
    let text = String(repeating: "actor finance government \"A\" governmnt\n", count: 3)
    let publishedText = client.open(text)
    let published = try #require(publishedText)
    #expect(published.diagnostics.map(\.range.start.line) == [0, 1])
  }

  @Test func aDocumentsUseIsReadThroughTheProvider() throws {
    var client = Client()
    client.server = Server(
      environment: Server.Environment(
        provider: InMemorySourceProvider(["/project/plans/actors.ogp": "actor finance government \"M\"\n"]),
        workingDirectory: "/project", today: Day(year: 2025, month: 1, day: 1), version: "0.1.0"))
    _ = client.initialize()
    let missingPublished = client.open("use \"nowhere.ogp\"\n")
    let missing = try #require(missingPublished)
    #expect(missing.diagnostics.map(\.code) == ["E0201"])
    let foundPublished = client.open("use \"actors.ogp\"\n", version: 2)
    let found = try #require(foundPublished)
    #expect(found.diagnostics.isEmpty)
  }
}
