import Foundation
import OGPMessageCatalogue
import Testing

/// The catalogues' reader and checks: a mistake in a translation is a build error with its
/// file and line, so these are what keep a language from lacking a message or a placeholder.
@Suite struct MessageCatalogueTests {
  func file(_ language: String, _ text: String) throws -> GroupFile {
    try GroupFile(language: language, path: "\(language)/g.messages", text: text)
  }

  func error(_ body: () throws -> Void) -> CatalogueError? {
    do {
      try body()
      return nil
    } catch let error as CatalogueError {
      return error
    } catch {
      Issue.record("unexpected \(error)")
      return nil
    }
  }

  @Test func readsPlaceholdersPluralsBracesAndContinuations() throws {
    let read = try file(
      "en",
      """
      # a comment

      a.message = '{name}' takes {count} {count|value|values}, not {{braces}}
        and goes on\\nhere
      b = plain
      """)
    #expect(read.messages.map(\.key) == ["a.message", "b"])
    #expect(
      read.messages[0].segments == [
        .text("'"), .placeholder("name"), .text("' takes "), .placeholder("count"), .text(" "),
        .plural("count", one: "value", other: "values"), .text(", not {braces} and goes on\nhere"),
      ])
    #expect(read.messages[0].placeholders == ["name", "count"])
    #expect(read.messages[0].numbers == ["count"])
    #expect(read.messages[0].location == "en/g.messages:3")
  }

  @Test(arguments: [
    ("a = {", "en/g.messages:1: error: a '{' without its '}': write '{{' for a brace"),
    ("a = }", "en/g.messages:1: error: a lone '}': write '}}' for a brace"),
    ("a = {1x}", "en/g.messages:1: error: '{1x}' is not a placeholder: write {name} or {count|one|other}"),
    (
      "a = {n|one}",
      "en/g.messages:1: error: '{n|one}' is not a placeholder: write {name} or {count|one|other}"
    ),
    (
      "a = {n|one|{{x}}",
      "en/g.messages:1: error: '{n|one|{{x}' is not a placeholder: write {name} or {count|one|other}"
    ),
    ("a text", "en/g.messages:1: error: expected 'key = text'"),
    (
      "a..b = x",
      "en/g.messages:1: error: 'a..b' is not a key: words of letters and digits joined by '.', starting with a letter"
    ),
    ("  x", "en/g.messages:1: error: an indented line continues no message"),
    ("a = x\nb = y\na = z", "en/g.messages:3: error: 'a' is given twice (first at en/g.messages:1)"),
  ])
  func malformedFilesAreErrorsWithTheirLine(text: String, message: String) {
    #expect(error { _ = try file("en", text) }?.description == message)
  }

  @Test func aMissingTranslationIsAnError() throws {
    let english = try file("en", "a = x\nb = y")
    let spanish = try file("es", "a = equis")
    #expect(
      error { _ = try Group(name: "g", files: [english, spanish]) }?.description
        == "en/g.messages:2: error: 'b' has no translation in 'es'")
  }

  @Test func aMessageOnlyOneTranslationHasIsAnError() throws {
    let english = try file("en", "a = x")
    let spanish = try file("es", "a = equis\nc = ce")
    #expect(
      error { _ = try Group(name: "g", files: [english, spanish]) }?.description
        == "es/g.messages:2: error: 'c' is not a message of 'en'; remove it or add it there")
  }

  @Test(arguments: [
    ("a = {name} solo", "es/g.messages:1: error: 'a' lacks the placeholder {count}"),
    (
      "a = {name} {count} {extra}",
      "es/g.messages:1: error: 'a' has the placeholder {extra}, which 'en' does not give"
    ),
    (
      "a = {count|uno|varios} {name|x|y}",
      "es/g.messages:1: error: 'a' counts by {name|…}, which is not a number in 'en'"
    ),
  ])
  func placeholdersMustBeTheSame(spanish: String, message: String) throws {
    let english = try file("en", "a = {name} has {count} {count|item|items}")
    #expect(
      error { _ = try Group(name: "g", files: [english, try file("es", spanish)]) }?.description == message)
  }

  @Test func aTranslationMayOrderAndCountItsPlaceholdersItsOwnWay() throws {
    let english = try file("en", "a = {name} has {count} {count|item|items}")
    let spanish = try file("es", "a = {count|un elemento|varios} de {name}: {count}")
    let group = try Group(name: "g", files: [english, spanish])
    let source = try SwiftSource.generate(group, module: "M", cases: ["en": "english", "es": "spanish"])
    #expect(source.contains("package static func `a`(name p0: String, count p1: Int) -> String {"))
    #expect(source.contains(#"case .english: "\(p0) has \(p1) \(p1 == 1 ? "item" : "items")""#))
    #expect(source.contains(#"case .spanish: "\(p1 == 1 ? "un elemento" : "varios") de \(p0): \(p1)""#))
  }

  @Test func generatedSourceEscapesAndNamesMembers() throws {
    let english = try file("en", #"quote.message = say "\" and \\n{{x}}"# + "\nplain = text")
    let group = try Group(name: "check", files: [english])
    let source = try SwiftSource.generate(group, module: "OGPLanguage", cases: ["en": "english"])
    #expect(source.contains("import OGPDiagnostics"))
    #expect(source.contains("package enum CheckText {"))
    #expect(source.contains(#"case .english: "say \"\\\" and \\n{x}""#))
    #expect(source.contains("package static var `plain`: String {"))
    #expect(
      !(try SwiftSource.generate(group, module: "OGPDiagnostics", cases: ["en": "english"])).contains(
        "import"))
  }

  @Test func literalsEscapeQuotesBackslashesAndControlCharacters() {
    #expect(SwiftSource.literal("a\"b\\c\nd\te\u{1}f\u{7F}g é") == #""a\"b\\c\nd\te\u{1}f\u{7F}g é""#)
  }

  @Test func aLanguageWithoutACaseIsAnError() throws {
    let group = try Group(name: "g", files: [try file("fr", "a = x")])
    #expect(
      error { _ = try SwiftSource.generate(group, module: "M", cases: ["en": "english"]) }?.description
        == "fr/g.messages:1: error: 'fr' is not a language of Language (en)")
  }

  @Test func twoKeysWithOneMemberNameAreAnError() throws {
    let group = try Group(name: "g", files: [try file("en", "a.bC = x\naB.c = y")])
    #expect(
      error { _ = try SwiftSource.generate(group, module: "M", cases: ["en": "english"]) }?.description
        == "en/g.messages:2: error: 'aB.c' and 'a.bC' would both be called aBC")
  }

  /// The repository's catalogues, read as the build reads them: every language of every group
  /// agrees with English.
  @Test func theRepositoryCataloguesAgree() throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources")
    var groups = 0
    for target in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
      let catalogue = sources.appendingPathComponent(target + "/Messages/Catalogue")
      guard let languages = try? FileManager.default.contentsOfDirectory(atPath: catalogue.path) else {
        continue
      }
      #expect(languages.sorted() == ["en", "es"], "\(target)'s catalogue speaks \(languages.sorted())")
      let english = catalogue.appendingPathComponent("en")
      for name in try FileManager.default.contentsOfDirectory(atPath: english.path).sorted() {
        let files = try ["en", "es"].map { language in
          let url = catalogue.appendingPathComponent(language + "/" + name)
          return try GroupFile(
            language: language, path: url.path, text: String(contentsOf: url, encoding: .utf8))
        }
        _ = try Group(name: name, files: files)
        groups += 1
      }
    }
    #expect(groups >= 2)
  }
}
