import OGPLanguage
import OGPLanguageServer
import OGPModel
import Testing

/// `textDocument/codeAction`: each fix-it of the diagnostics at a range as a quick fix, and for a
/// lint finding a suppression comment the linter honours.
struct CodeActionTests {
  static let uri = "file:///project/plans/economy.ogp"
  // E0305 (unknown branch) at "executiv", after a character outside the BMP.
  static let misspelt = "actor finance government \"Economía 🌍\" { branch executiv }\n"
  static let misspeltRange = TextRange(
    start: Position(line: 0, character: 48), end: Position(line: 0, character: 56))
  /// VER004 at `c01` (line 6): the commitment's period ends on a day, its plan's on a month.
  static let plan = """
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

  static func actions(
    _ text: String, range: TextRange, diagnostics: [JSON] = [], only: [String]? = nil
  ) throws -> (ServerTests.Client, [CodeAction], [LSPDiagnostic]) {
    var client = ServerTests.Client()
    _ = client.initialize()
    let published = ServerTests.published(client.open(text, uri: uri))?.diagnostics ?? []
    var context: [String: JSON] = ["diagnostics": .array(diagnostics)]
    if let only { context["only"] = .array(only.map(JSON.string)) }
    let answer = client.request(
      2, "textDocument/codeAction",
      .object([
        "textDocument": .object(["uri": .string(uri)]), "range": try JSON(encoding: range),
        "context": .object(context),
      ]))
    guard case .response(let response) = try #require(answer.first),
      case .success(let result) = response.outcome
    else { throw CodeActionError.failed("\(answer)") }
    return (client, try #require(result.decode([CodeAction].self)), published)
  }

  enum CodeActionError: Error { case failed(String) }

  static func applied(_ edit: LSPTextEdit, to text: String) -> String {
    var document = TextDocument(uri: uri, version: 1, text: text)
    document.apply([TextDocumentContentChangeEvent(range: edit.range, text: edit.newText)], encoding: .utf16)
    return String(decoding: document.bytes, as: UTF8.self)
  }

  @Test func aFixItIsAPreferredQuickFixNamingItsDiagnostic() throws {
    let cursor = TextRange(start: Position(line: 0, character: 50), end: Position(line: 0, character: 50))
    let (_, actions, published) = try Self.actions(Self.misspelt, range: cursor)
    let diagnostic = try #require(published.first)
    #expect(diagnostic.range == Self.misspeltRange)
    #expect(actions.count == 1)
    let action = try #require(actions.first)
    #expect(action.title == "replace with 'executive'")
    #expect(action.kind == "quickfix")
    #expect(action.isPreferred == true)
    #expect(action.diagnostics == [try JSON(encoding: diagnostic)])
    let edit = try #require(action.edit.changes[Self.uri]?.first)
    #expect(edit == LSPTextEdit(range: Self.misspeltRange, newText: "executive"))
    #expect(
      Self.applied(edit, to: Self.misspelt)
        == Self.misspelt.replacingOccurrences(of: "executiv ", with: "executive "))
  }

  @Test func theClientsDiagnosticsSayWhichAreMeantAndAreNamedBack() throws {
    let whole = TextRange(start: Position(line: 0, character: 0), end: Position(line: 1, character: 0))
    let sent: JSON = .object([
      "range": try JSON(encoding: Self.misspeltRange), "code": .string("E0305"),
      "message": .string("as shown"),
    ])
    let (_, matched, _) = try Self.actions(Self.misspelt, range: whole, diagnostics: [sent])
    #expect(matched.map(\.diagnostics) == [[sent]])
    let other: JSON = .object(["range": try JSON(encoding: Self.misspeltRange), "code": .string("E0999")])
    #expect(try Self.actions(Self.misspelt, range: whole, diagnostics: [other]).1.isEmpty)
  }

  @Test func onlyOtherKindsGetNoQuickFixes() throws {
    #expect(try Self.actions(Self.misspelt, range: Self.misspeltRange, only: ["refactor"]).1.isEmpty)
    #expect(try Self.actions(Self.misspelt, range: Self.misspeltRange, only: ["quickfix"]).1.count == 1)
  }

  @Test func aRangeWithoutDiagnosticsHasNoActions() throws {
    let elsewhere = TextRange(start: Position(line: 0, character: 2), end: Position(line: 0, character: 4))
    #expect(try Self.actions(Self.misspelt, range: elsewhere).1.isEmpty)
  }

  @Test func aLintFindingIsSuppressedOnTheLineBeforeItWhichSilencesIt() throws {
    let place = TextRange(start: Position(line: 6, character: 14), end: Position(line: 6, character: 14))
    var (client, actions, _) = try Self.actions(Self.plan, range: place)
    let action = try #require(actions.first { $0.title == "Suppress VER004 on this line" })
    #expect(action.isPreferred == nil)
    let edit = try #require(action.edit.changes[Self.uri]?.first)
    #expect(
      edit
        == LSPTextEdit(
          range: TextRange(start: Position(line: 6, character: 0), end: Position(line: 6, character: 0)),
          newText: "  // ogp:disable-next-line VER004\n"))
    let suppressed = Self.applied(edit, to: Self.plan)
    let published = ServerTests.published(client.replace(Self.uri, with: suppressed, version: 2))
    #expect(published?.diagnostics.contains { $0.code == "VER004" } == false)
  }

  @Test func aSuppressionAlreadyOnTheLineBeforeIsExtended() throws {
    let text = Self.plan.replacingOccurrences(
      of: "  commitment c01", with: "  // ogp:disable-next-line OBJ001 -- not yet\n  commitment c01")
    let place = TextRange(start: Position(line: 7, character: 14), end: Position(line: 7, character: 14))
    var (client, actions, _) = try Self.actions(text, range: place)
    let action = try #require(actions.first { $0.title == "Suppress VER004 on this line" })
    let edit = try #require(action.edit.changes[Self.uri]?.first)
    #expect(
      edit
        == LSPTextEdit(
          range: TextRange(start: Position(line: 6, character: 33), end: Position(line: 6, character: 33)),
          newText: " VER004"))
    let suppressed = Self.applied(edit, to: text)
    #expect(suppressed.contains("// ogp:disable-next-line OBJ001 VER004 -- not yet\n"))
    let published = ServerTests.published(client.replace(Self.uri, with: suppressed, version: 2))
    #expect(published?.diagnostics.contains { $0.code == "VER004" } == false)
  }

  @Test func aDocumentNotOpenIsNullAndBadParametersAreInvalid() {
    var client = ServerTests.Client()
    _ = client.initialize()
    let answer = client.request(
      2, "textDocument/codeAction",
      .object([
        "textDocument": .object(["uri": .string(Self.uri)]),
        "range": .object([
          "start": .object(["line": .number(0), "character": .number(0)]),
          "end": .object(["line": .number(0), "character": .number(0)]),
        ]),
        "context": .object(["diagnostics": .array([])]),
      ]))
    #expect(answer == [.response(Response(id: .number(2), outcome: .success(.null)))])
    let malformed = client.request(
      3, "textDocument/codeAction", .object(["textDocument": .object(["uri": .string(Self.uri)])]))
    #expect(ServerTests.error(malformed, id: 3)?.code == .invalidParams)
  }
}
