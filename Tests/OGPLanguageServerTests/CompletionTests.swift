import OGPLanguage
import OGPLanguageServer
import OGPModel
import Testing

/// A text with one `‸` marking a place: the text without it and the place's position.
struct MarkedText {
  let text: String
  let position: Position
  /// The place's byte offset in `text`.
  let offset: Int

  init(_ marked: String, encoding: PositionEncoding = .utf16) {
    let parts = marked.components(separatedBy: "‸")
    precondition(parts.count == 2, "mark exactly one place")
    text = parts[0] + parts[1]
    offset = parts[0].utf8.count
    let lines = parts[0].split(separator: "\n", omittingEmptySubsequences: false)
    let last = lines.last ?? ""
    position = Position(
      line: lines.count - 1, character: encoding == .utf16 ? last.utf16.count : last.utf8.count)
  }
}

/// `textDocument/completion` while a plan is typed: clause keywords of the enclosing
/// declaration, enumeration values, actor ids, objectives and their priorities, `use` paths.
struct CompletionTests {
  static let uri = "file:///project/plans/plan.ogp"
  static let strategy = """
    strategy ogp "OGP Strategy" {
      period 2023 .. 2028
      objective SO1 "Reformers" {
        priority p1 "Training"
        priority p2 "Networks"
      }
      objective SO2 "Implementation"
    }

    """
  static let files = [
    "/project/strategy/ogp.ogp": strategy,
    "/project/plans/actors.ogp": "actor finance government \"Ministerio de Economía 🌍\"\n",
    "/project/plans/sub/more.ogp": "",
    "/project/plans/notes.txt": "",
    "/project/plans/.hidden/x.ogp": "",
    "/elsewhere/secret.ogp": "",
  ]
  /// A plan being typed: `lead fin` names no actor yet, so it has errors.
  static func plan(_ place: String) -> String {
    """
    use "../strategy/ogp.ogp"
    use "actors.ogp"
    actor odn civil_society "Red de Datos Abiertos 🌍"

    plan nap "Plan" {
      member "Arcadia" national
      strategy ogp
      period 2024-09 .. 2026-08

      commitment c01 "Contratación 🌍 abierta" {
        lead fin
        \(place)
      }
    }

    """
  }

  static func client(encodings: [String]? = nil) -> ServerTests.Client {
    var client = ServerTests.Client()
    client.server = Server(
      environment: Server.Environment(
        provider: InMemorySourceProvider(files), workingDirectory: "/project",
        today: Day(year: 2025, month: 1, day: 1), version: "0.1.0"))
    _ = client.initialize(encodings: encodings)
    return client
  }

  /// The completion list at the marked place of `marked`, opened as the document.
  static func complete(_ marked: String, encoding: PositionEncoding = .utf16) throws -> CompletionList {
    var client = client(encodings: encoding == .utf8 ? ["utf-8"] : nil)
    let text = MarkedText(marked, encoding: encoding)
    _ = client.open(text.text, uri: uri)
    let answer = client.request(2, "textDocument/completion", positionParams(uri, text.position))
    guard case .response(let response) = try #require(answer.first),
      case .success(let result) = response.outcome
    else { throw CompletionError.failed("\(answer)") }
    return try #require(result.decode(CompletionList.self))
  }

  enum CompletionError: Error { case failed(String) }

  static func positionParams(_ uri: String, _ position: Position) -> JSON {
    .object([
      "textDocument": .object(["uri": .string(uri)]),
      "position": .object([
        "line": .number(Double(position.line)), "character": .number(Double(position.character)),
      ]),
    ])
  }

  /// A text already given is offered again, for its translation (`goal es "…"`); a clause
  /// that is not translatable is not.
  @Test func aTextGivenIsStillOfferedForItsTranslation() throws {
    let list = try Self.complete(Self.plan("goal \"Publicar los contratos\"\n    ‸"))
    let labels = list.items.map(\.label)
    #expect(labels.contains("goal"))
    #expect(!labels.contains("lead"))
  }

  @Test func aBlankLineInACommitmentOffersItsClausesNotGivenAndItsDeclarations() throws {
    let list = try Self.complete(Self.plan("‸"))
    let labels = list.items.map(\.label)
    // `lead` is given; `assessment` may be given again; a milestone may be declared; the
    // title's translations come first, as the clause table lists them.
    #expect(!labels.contains("lead"))
    #expect(labels.prefix(4) == ["title", "partners", "values", "advances"])
    #expect(labels.contains("assessment"))
    #expect(labels.last == "milestone")
    let partners = try #require(list.items.dropFirst().first)
    #expect(partners.documentation == "supporting institutions")
    #expect(partners.kind == 10)
    #expect(
      partners.textEdit.range
        == TextRange(start: Position(line: 11, character: 4), end: Position(line: 11, character: 4)))
    #expect(list.items.last?.kind == 14)
    #expect(!list.isIncomplete)
  }

  @Test func aWordBeingTypedIsReplacedWhole() throws {
    let list = try Self.complete(Self.plan("par‸"))
    #expect(list.items.contains { $0.label == "partners" })
    #expect(
      list.items.first?.textEdit.range
        == TextRange(start: Position(line: 11, character: 4), end: Position(line: 11, character: 7)))
  }

  @Test func anActorIsExpectedAfterLeadAndAfterACommaOfPartners() throws {
    let lead = try Self.complete(Self.plan("").replacingOccurrences(of: "lead fin", with: "lead fin‸"))
    #expect(lead.items.map(\.label) == ["finance", "odn"])
    #expect(lead.items.first?.detail == "actor")
    #expect(
      lead.items.first?.textEdit.range
        == TextRange(start: Position(line: 10, character: 9), end: Position(line: 10, character: 12)))
    let partners = try Self.complete(Self.plan("partners odn,\n      ‸"))
    #expect(partners.items.map(\.label) == ["finance", "odn"])
  }

  @Test func anEnumerationClauseOffersItsValuesInUTF16AndUTF8() throws {
    let marked = Self.plan("milestone m1 \"Hito 🌍\" { status in_pro‸ }")
    let utf16 = try Self.complete(marked)
    #expect(utf16.items.map(\.label) == Status.allCases.map(\.rawValue))
    #expect(utf16.items.first?.detail == "status")
    // `in_pro` starts after "🌍": two UTF-16 units, four UTF-8 bytes.
    #expect(
      utf16.items.first?.textEdit.range
        == TextRange(start: Position(line: 11, character: 36), end: Position(line: 11, character: 42)))
    let utf8 = try Self.complete(marked, encoding: .utf8)
    #expect(
      utf8.items.first?.textEdit.range
        == TextRange(start: Position(line: 11, character: 38), end: Position(line: 11, character: 44)))
  }

  @Test func aListOfValuesOffersValuesAfterEachComma() throws {
    let list = try Self.complete(Self.plan("values access_to_information, ‸"))
    #expect(list.items.map(\.label) == OGPValue.allCases.map(\.rawValue))
    #expect(try Self.complete(Self.plan("challenge justice ‸")).items.isEmpty)
  }

  @Test func advancesOffersTheStrategysObjectivesAndAfterADotTheirPriorities() throws {
    let objectives = try Self.complete(Self.plan("advances ‸"))
    #expect(objectives.items.map(\.label) == ["SO1", "SO2"])
    #expect(objectives.items.first?.detail == "objective of ogp")
    let priorities = try Self.complete(Self.plan("advances SO2, SO1.‸"))
    #expect(priorities.items.map(\.label) == ["p1", "p2"])
    let typed = try Self.complete(Self.plan("advances SO1.p‸"))
    #expect(typed.items.map(\.label) == ["p1", "p2"])
    #expect(
      typed.items.first?.textEdit.range
        == TextRange(start: Position(line: 11, character: 17), end: Position(line: 11, character: 18)))
  }

  @Test func theTopLevelOffersDeclarationKeywordsAndAnActorItsKinds() throws {
    let top = try Self.complete("‸")
    #expect(top.items.map(\.label) == ["use", "strategy", "standards", "actor", "plan", "rule"])
    let kinds = try Self.complete("actor odn ‸")
    #expect(kinds.items.map(\.label) == ActorKind.allCases.map(\.rawValue))
  }

  @Test func aPlanOffersItsClausesButNotThoseGivenBelowThePlace() throws {
    let list = try Self.complete(Self.plan("").replacingOccurrences(of: "  member", with: "  ‸\n  member"))
    let labels = list.items.map(\.label)
    #expect(!labels.contains("member"))
    #expect(!labels.contains("period"))
    #expect(labels.contains("contact"))
    #expect(labels.contains("irm"))
    #expect(labels.suffix(2) == ["forum", "commitment"])
  }

  @Test func aUsePathOffersTheOgpFilesAndFoldersInsideTheRoot() throws {
    let here = try Self.complete("use \"‸\"\n")
    #expect(here.items.map(\.label) == ["sub/", "actors.ogp"])
    #expect(here.items.map(\.kind) == [19, 17])
    #expect(
      here.items.first?.textEdit.range
        == TextRange(start: Position(line: 0, character: 5), end: Position(line: 0, character: 5)))
    let up = try Self.complete("use \"../st‸")
    #expect(up.items.map(\.label) == ["strategy/"])
    #expect(
      up.items.first?.textEdit.range
        == TextRange(start: Position(line: 0, character: 8), end: Position(line: 0, character: 10)))
    #expect(try Self.complete("use \"../../‸\"").items.isEmpty)
    #expect(try Self.complete("use \"/elsewhere/‸\"").items.isEmpty)
    #expect(try Self.complete("use \"actors.ogp\"‸").items.isEmpty)
  }

  @Test func nothingIsOfferedInACommentOrAString() throws {
    #expect(try Self.complete(Self.plan("// lea‸")).items.isEmpty)
    #expect(try Self.complete(Self.plan("goal \"le‸\"")).items.isEmpty)
  }

  @Test func aDocumentNotOpenIsNullAndBadParametersAreInvalid() {
    var client = Self.client()
    let answer = client.request(
      2, "textDocument/completion",
      Self.positionParams("file:///project/plans/closed.ogp", Position(line: 0, character: 0)))
    #expect(answer == [.response(Response(id: .number(2), outcome: .success(.null)))])
    let malformed = client.request(3, "textDocument/completion", .object(["position": .string("x")]))
    #expect(ServerTests.error(malformed, id: 3)?.code == .invalidParams)
  }
}
