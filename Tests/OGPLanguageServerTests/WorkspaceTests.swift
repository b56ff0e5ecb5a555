import OGPLanguage
import OGPModel
import Testing

@testable import OGPLanguageServer

/// Open documents read from the editor's buffers, their dependents checked again, and used files
/// parsed only when they change.
struct WorkspaceTests {
  static let actorsURI = "file:///project/plans/actors.ogp"
  static let planURI = "file:///project/plans/plan.ogp"
  static let actorsOnDisk = "actor finance government \"Ministerio\"\n"
  static let plan = """
    use "actors.ogp"

    plan nap "Plan" {
      member "Arcadia" national
      period 2024-09 .. 2026-08

      commitment c01 "Contratación abierta" {
        lead   finance
        period 2024-10 .. 2026-02-28

        milestone m1 "Portal" { period 2025-01 .. 2025-06 }
      }
    }

    """

  static func client() -> ServerTests.Client {
    var client = ServerTests.Client()
    client.server = Server(
      environment: Server.Environment(
        provider: InMemorySourceProvider(["/project/plans/actors.ogp": actorsOnDisk]),
        workingDirectory: "/project", today: Day(year: 2025, month: 1, day: 1), version: "0.1.0"))
    _ = client.initialize()
    return client
  }

  /// Every publication among `messages`, by URI.
  static func published(_ messages: [Message]) -> [String: [LSPDiagnostic]] {
    var published: [String: [LSPDiagnostic]] = [:]
    for case .notification(let notification) in messages
    where notification.method == "textDocument/publishDiagnostics" {
      if let params = notification.params?.decode(PublishDiagnosticsParams.self) {
        published[params.uri] = params.diagnostics
      }
    }
    return published
  }

  static func errors(_ diagnostics: [LSPDiagnostic]?) -> [String] {
    (diagnostics ?? []).filter { $0.severity == 1 }.map(\.code)
  }

  @Test func anUnsavedBufferWinsOverTheFileOnDiskAndItsDependentsAreCheckedAgain() {
    var client = Self.client()
    let opened = Self.published(client.open(Self.plan, uri: Self.planURI))
    #expect(Self.errors(opened[Self.planURI]) == [])

    // The actor renamed in the editor, not saved: the plan's `lead finance` no longer resolves.
    let renamed = Self.published(
      client.open("actor treasury government \"Ministerio\"\n", uri: Self.actorsURI))
    #expect(Set(renamed.keys) == [Self.actorsURI, Self.planURI])
    #expect(Self.errors(renamed[Self.planURI]) == ["E0206"])

    // Fixed in the editor: the plan is clean again.
    let fixed = Self.published(client.replace(Self.actorsURI, with: Self.actorsOnDisk, version: 2))
    #expect(Self.errors(fixed[Self.planURI]) == [])

    // Broken again, then closed unsaved: the plan reads the file on disk again.
    _ = client.replace(Self.actorsURI, with: "actor treasury government \"M\"\n", version: 3)
    let closed = Self.published(
      client.notify(
        "textDocument/didClose", .object(["textDocument": .object(["uri": .string(Self.actorsURI)])])))
    #expect(closed[Self.actorsURI] == [])
    #expect(Self.errors(closed[Self.planURI]) == [])
  }

  @Test func anEditReparsesOnlyTheEditedDocumentNotTheFilesItUses() {
    var client = Self.client()
    _ = client.open(Self.plan, uri: Self.planURI)
    #expect(client.server.workspace.parsesOfUsedFiles == 1)
    for version in 2...5 {
      _ = client.replace(Self.planURI, with: Self.plan + "// edit \(version)\n", version: version)
    }
    #expect(client.server.workspace.parsesOfUsedFiles == 1)
    // A used file that changes is parsed again.
    _ = client.open("actor finance government \"Ministerio de Hacienda\"\n", uri: Self.actorsURI)
    #expect(client.server.workspace.parsesOfUsedFiles == 2)
  }

  @Test func theOutlineNestsCommitmentsAndMilestonesInTheirPlan() throws {
    var client = Self.client()
    _ = client.open(Self.plan, uri: Self.planURI)
    let answer = client.request(
      2, "textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(Self.planURI)])]))
    guard case .response(let response) = try #require(answer.first),
      case .success(let result) = response.outcome
    else {
      Issue.record("documentSymbol failed: \(answer)")
      return
    }
    let symbols = try #require(result.decode([DocumentSymbol].self))
    // The actor is in the used file, not in this document's outline.
    #expect(symbols.map(\.name) == ["nap"])
    let plan = try #require(symbols.first)
    #expect(plan.kind == 2)
    #expect(plan.range.start == Position(line: 2, character: 0))
    #expect(
      plan.selectionRange
        == TextRange(start: Position(line: 2, character: 5), end: Position(line: 2, character: 8)))
    let commitment = try #require(plan.children?.first)
    #expect(commitment.name == "c01")
    #expect(commitment.detail == "commitment")
    #expect(commitment.children?.map(\.name) == ["m1"])
  }

  @Test func aRequestAboutADocumentNotOpenIsAnsweredWithNull() {
    var client = Self.client()
    let answer = client.request(
      2, "textDocument/documentSymbol",
      .object(["textDocument": .object(["uri": .string("file:///project/elsewhere.ogp")])]))
    #expect(answer == [.response(Response(id: .number(2), outcome: .success(.null)))])
    let malformed = client.request(3, "textDocument/documentSymbol", .object([:]))
    #expect(ServerTests.error(malformed, id: 3)?.code == .invalidParams)
  }

  @Test func theNearestConfigurationAboveTheDocumentGovernsItsFindings() throws {
    // VAL001: the commitment declares no OGP value.
    var client = Self.client()
    let plan = Self.plan.replacingOccurrences(
      of: "use \"actors.ogp\"", with: "use \"actors.ogp\" // the actors")
    #expect(
      Self.published(client.open(plan, uri: Self.planURI))[Self.planURI]?.contains { $0.code == "VAL001" }
        == true)

    client.server = Server(
      environment: Server.Environment(
        provider: InMemorySourceProvider([
          "/project/plans/actors.ogp": Self.actorsOnDisk,
          "/project/ogp-lint.toml": "[rules]\nVAL001 = \"off\"\n",
        ]),
        workingDirectory: "/project", today: Day(year: 2025, month: 1, day: 1), version: "0.1.0"))
    _ = client.initialize()
    let quiet = Self.published(client.open(plan, uri: Self.planURI))
    #expect(quiet[Self.planURI]?.contains { $0.code == "VAL001" } == false)
    // A configuration without problems clears whatever was shown on it.
    #expect(quiet["file:///project/ogp-lint.toml"] == [])

    // Broken in the editor, unsaved: its problems are shown on it, and the defaults apply.
    let broken = Self.published(
      client.open("[rules]\nVAL001 = \"sometimes\"\n", uri: "file:///project/ogp-lint.toml"))
    let problems = try #require(broken["file:///project/ogp-lint.toml"])
    #expect(problems.count == 1)
    #expect(problems.first?.severity == 1)
    #expect(problems.first?.range.start.line == 1)
    #expect(broken[Self.planURI]?.contains { $0.code == "VAL001" } == true)
  }

  @Test func theAsOfDateComesFromTheCommandLineOverTheConfiguration() {
    func overdue(asOf: PartialDate?) -> Bool {
      var client = ServerTests.Client()
      client.server = Server(
        environment: Server.Environment(
          provider: InMemorySourceProvider([
            "/project/plans/actors.ogp": Self.actorsOnDisk, "/project/ogp-lint.toml": "as_of = 2024-11-01\n",
          ]),
          workingDirectory: "/project", today: Day(year: 2030, month: 1, day: 1), asOf: asOf, version: "0.1.0"
        ))
      _ = client.initialize()
      let plan = Self.plan.replacingOccurrences(
        of: "{ period 2025-01 .. 2025-06 }",
        with: "{\n      period 2025-01 .. 2025-06\n      status not_started\n    }")
      let published = Self.published(client.open(plan, uri: Self.planURI))[Self.planURI] ?? []
      return published.contains { $0.code == "TIM005" }
    }
    // As of 2024-11 (the configuration's), milestone m1 (ending 2025-06, not started) is not
    // overdue; as of 2026-01 (the command line's) it is.
    #expect(!overdue(asOf: nil))
    #expect(overdue(asOf: PartialDate("2026-01")))
  }
}
