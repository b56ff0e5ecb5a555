import OGPDiagnostics
import OGPLanguage
import OGPLanguageServer
import OGPModel
import Testing

/// `textDocument/formatting`: `ogp fmt`'s layout as one edit between the texts' common start and
/// end, nothing for a formatted document, a refusal for one with syntax errors.
struct FormattingTests {
  static let uri = "file:///project/plans/economy.ogp"
  // The edit starts after a character outside the BMP: a trailing comment goes two spaces after
  // the code.
  static let unformatted = """
    actor finance government "Economía 🌍"   // the ministry
    plan nap "Plan" {
    member "Arcadia" national
        period 2024-09 .. 2026-08
    }

    """

  static func formatted(_ text: String) throws -> String {
    try SourceFormatter.format(SourceFile(id: SourceFileID(0), path: "x.ogp", text: text)).get()
  }

  static func format(_ text: String, encoding: PositionEncoding = .utf16) -> (ServerTests.Client, [Message]) {
    var client = ServerTests.Client()
    _ = client.initialize(encodings: encoding == .utf8 ? ["utf-8"] : nil)
    _ = client.open(text, uri: uri)
    let answer = client.request(
      2, "textDocument/formatting",
      .object([
        "textDocument": .object(["uri": .string(uri)]),
        "options": .object(["tabSize": .number(2), "insertSpaces": .bool(true)]),
      ]))
    return (client, answer)
  }

  static func edits(_ answer: [Message]) throws -> [LSPTextEdit] {
    guard case .response(let response) = try #require(answer.first),
      case .success(let result) = response.outcome
    else { throw FormattingError.failed("\(answer)") }
    return try #require(result.decode([LSPTextEdit].self))
  }

  enum FormattingError: Error { case failed(String) }

  @Test(arguments: [PositionEncoding.utf16, .utf8])
  func theEditMakesTheDocumentWhatOgpFmtPrints(encoding: PositionEncoding) throws {
    let (_, answer) = Self.format(Self.unformatted, encoding: encoding)
    let edits = try Self.edits(answer)
    #expect(edits.count == 1)
    let edit = try #require(edits.first)
    let unchanged = "actor finance government \"Economía 🌍\"  "
    #expect(
      edit.range.start
        == Position(line: 0, character: encoding == .utf16 ? unchanged.utf16.count : unchanged.utf8.count))
    var document = TextDocument(uri: Self.uri, version: 1, text: Self.unformatted)
    document.apply(
      [TextDocumentContentChangeEvent(range: edit.range, text: edit.newText)], encoding: encoding)
    #expect(String(decoding: document.bytes, as: UTF8.self) == (try Self.formatted(Self.unformatted)))
  }

  @Test func theEditLeavesTheUnchangedLinesOut() throws {
    let text =
      "actor finance government \"Economía 🌍\"\n\nplan nap \"Plan\" {\n     member \"A\" national\n  period 2024 .. 2025\n}\n"
    let (_, answer) = Self.format(text)
    let edit = try #require(try Self.edits(answer).first)
    #expect(
      edit.range == TextRange(start: Position(line: 3, character: 2), end: Position(line: 3, character: 5)))
    #expect(edit.newText == "")
  }

  @Test func aFormattedDocumentNeedsNoEdit() throws {
    let (_, answer) = Self.format(try Self.formatted(Self.unformatted))
    #expect(try Self.edits(answer) == [])
  }

  @Test func aDocumentWithSyntaxErrorsIsRefusedAsOgpFmtRefusesIt() throws {
    let (_, answer) = Self.format("plan nap \"Plan\" {\n  member \"A\" national\n")
    let error = try #require(ServerTests.error(answer, id: 2))
    #expect(error.code == .requestFailed)
    #expect(
      error.message.hasPrefix(
        "the document has syntax errors, so it was left as it is (as ogp fmt does); the first, on line "))
  }

  @Test func aDocumentNotOpenIsNull() {
    var client = ServerTests.Client()
    _ = client.initialize()
    let answer = client.request(
      2, "textDocument/formatting", .object(["textDocument": .object(["uri": .string(Self.uri)])]))
    #expect(answer == [.response(Response(id: .number(2), outcome: .success(.null)))])
    #expect(
      ServerTests.error(client.request(3, "textDocument/formatting", .null), id: 3)?.code == .invalidParams)
  }
}
