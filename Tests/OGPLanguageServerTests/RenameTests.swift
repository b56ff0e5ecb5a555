import OGPLanguage
import Testing

@testable import OGPLanguageServer

/// Renaming a declaration edits its name and every reference in the files the server knows, and
/// leaves a program that checks as before; or it is refused, editing nothing.
struct RenameTests {
  typealias Project = NavigationProject

  static func rename(
    _ client: inout ServerTests.Client, at position: Position, to newName: String,
    in uri: String = Project.planURI
  ) -> [Message] {
    client.request(11, "textDocument/rename", Project.at(uri, position, ["newName": .string(newName)]))
  }

  static func edit(_ messages: [Message]) -> WorkspaceEdit? {
    Project.result(messages, id: 11, as: WorkspaceEdit.self)
  }

  /// The project's files with the edit applied, each file's edits from its end.
  static func applied(_ edit: WorkspaceEdit) -> [String: String] {
    var texts = Project.texts
    for (uri, edits) in edit.changes {
      var bytes = Array((texts[uri] ?? "").utf8)
      let converter = PositionConverter(bytes: bytes, encoding: .utf16)
      for textEdit in edits.sorted(by: { $0.range.start > $1.range.start }) {
        let range = converter.offset(of: textEdit.range.start)..<converter.offset(of: textEdit.range.end)
        bytes.replaceSubrange(range, with: Array(textEdit.newText.utf8))
      }
      texts[uri] = String(decoding: bytes, as: UTF8.self)
    }
    return texts
  }

  /// The errors of the plan's program over `texts`.
  static func errors(_ texts: [String: String]) -> [String] {
    var files: [String: String] = [:]
    for (uri, text) in texts { files[String(uri.dropFirst("file://".count))] = text }
    let compiler = Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/project")
    return compiler.compile([.file("plans/plan.ogp")]).diagnostics.filter { $0.severity == .error }.map(
      \.code)
  }

  @Test func anActorIsRenamedWhereDeclaredAndWhereverItIsNamed() {
    var client = Project.client()
    let answer = Self.rename(
      &client, at: Project.position(of: "finance", 1, in: Project.plan), to: "hacienda")
    let edit = Self.edit(answer)
    #expect(
      edit?.changes == [
        Project.actorsURI: [
          LSPTextEdit(range: Project.range(of: "finance", in: Project.actors), newText: "hacienda")
        ],
        Project.planURI: [
          LSPTextEdit(range: Project.range(of: "finance", 0, in: Project.plan), newText: "hacienda"),
          LSPTextEdit(range: Project.range(of: "finance", 1, in: Project.plan), newText: "hacienda"),
        ],
      ])
    let renamed = edit.map(Self.applied) ?? [:]
    #expect(renamed[Project.actorsURI]?.contains("actor hacienda government") == true)
    #expect(Self.errors(renamed) == [])
  }

  @Test func anObjectiveIsRenamedInEveryPathButItsPriorityAndStrategyStay() {
    var client = Project.client()
    let edit = Self.edit(
      Self.rename(&client, at: Project.position(of: "SO3.protect", in: Project.plan), to: "SO9"))
    #expect(
      edit?.changes[Project.strategyURI]?.map(\.range) == [Project.range(of: "SO3", in: Project.strategy)])
    #expect(edit?.changes[Project.planURI]?.count == 5)
    let renamed = edit.map(Self.applied) ?? [:]
    #expect(renamed[Project.planURI]?.contains("advances ogp.SO9.protect, SO9") == true)
    // The member rule's names too, so that it still means what it meant.
    #expect(renamed[Project.planURI]?.contains("where SO9 in c.advances\n  require ogp.SO9.protect") == true)
    #expect(Self.errors(renamed) == [])
  }

  @Test func aStrategyIsRenamedInThePlanAndInPathsWrittenWithIt() {
    var client = Project.client()
    let edit = Self.edit(
      Self.rename(&client, at: Project.position(of: "ogp\n", in: Project.plan), to: "estrategia_ñ"))
    let renamed = edit.map(Self.applied) ?? [:]
    #expect(renamed[Project.planURI]?.contains("strategy estrategia_ñ\n") == true)
    #expect(renamed[Project.planURI]?.contains("advances estrategia_ñ.SO3.protect") == true)
    #expect(renamed[Project.planURI]?.contains("require estrategia_ñ.SO3.protect") == true)
    #expect(renamed[Project.strategyURI]?.hasPrefix("strategy estrategia_ñ \"") == true)
    #expect(Self.errors(renamed) == [])
  }

  @Test func prepareRenameGivesTheNameAndRefusesAnythingElse() {
    var client = Project.client()
    let position = Project.position(of: "c01", in: Project.plan)
    let answer = client.request(12, "textDocument/prepareRename", Project.at(Project.planURI, position))
    #expect(
      Project.result(answer, id: 12, as: PrepareRenameResult.self)
        == PrepareRenameResult(range: Project.range(of: "c01", in: Project.plan), placeholder: "c01"))
    let keyword = Project.position(of: "lead", in: Project.plan)
    let refused = client.request(12, "textDocument/prepareRename", Project.at(Project.planURI, keyword))
    #expect(ServerTests.error(refused, id: 12)?.code == .requestFailed)
    #expect(ServerTests.error(Self.rename(&client, at: keyword, to: "x"), id: 11)?.code == .requestFailed)
  }

  @Test(arguments: ["", "1abc", "plan", "a b", "fin-ance", "x\n", "\"x\"", "a.b"])
  func aNewNameThatIsNotANameIsInvalid(newName: String) {
    var client = Project.client()
    let answer = Self.rename(&client, at: Project.position(of: "finance", in: Project.plan), to: newName)
    #expect(ServerTests.error(answer, id: 11)?.code == .invalidParams)
  }

  @Test func aNameAlreadyDeclaredInTheScopeIsRefusedButOneOfAnotherScopeIsNot() {
    var client = Project.client()
    let finance = Project.position(of: "finance", in: Project.plan)
    #expect(ServerTests.error(Self.rename(&client, at: finance, to: "odn"), id: 11)?.code == .requestFailed)
    let c01 = Project.position(of: "c01", in: Project.plan)
    #expect(ServerTests.error(Self.rename(&client, at: c01, to: "c02"), id: 11)?.code == .requestFailed)
    // A milestone's scope is its commitment: c02 is a commitment's name, not a milestone's of c01.
    let m1 = Project.position(of: "m1", in: Project.plan)
    #expect(Self.edit(Self.rename(&client, at: m1, to: "c02"))?.changes[Project.planURI]?.count == 1)
    #expect(Self.edit(Self.rename(&client, at: m1, to: "m1"))?.changes == [:])
  }

  @Test func aFileOutsideTheWorkspaceIsNeverEdited() {
    var client = Project.client()
    let outside = "file:///elsewhere/actors.ogp"
    _ = client.open("actor finance government \"F\"\n", uri: outside)
    let answer = Self.rename(&client, at: Position(line: 0, character: 8), to: "hacienda", in: outside)
    #expect(ServerTests.error(answer, id: 11)?.code == .requestFailed)
  }

  @Test func aDocumentNotOpenIsNullAndBadParametersInvalid() {
    var client = Project.client()
    let notOpen = Self.rename(
      &client, at: Position(line: 0, character: 0), to: "x", in: "file:///project/none.ogp")
    #expect(Project.isNull(notOpen, id: 11))
    let bad = client.request(
      11, "textDocument/rename", Project.at(Project.planURI, Position(line: 0, character: 0)))
    #expect(ServerTests.error(bad, id: 11)?.code == .invalidParams)
  }
}
