import OGPLanguage
import Testing

@testable import OGPLanguageServer

/// "Find references": every place the files the server knows write a declaration's name, once
/// each, sorted by URI then position.
struct ReferencesTests {
  typealias Project = NavigationProject

  static func references(
    _ client: inout ServerTests.Client, at position: Position, in uri: String = Project.planURI,
    includeDeclaration: Bool = true
  ) -> [Location]? {
    let context: JSON = .object(["includeDeclaration": .bool(includeDeclaration)])
    let answer = client.request(5, "textDocument/references", Project.at(uri, position, ["context": context]))
    return Project.result(answer, id: 5, as: [Location].self)
  }

  static let financeEverywhere = [
    Location(uri: Project.actorsURI, range: Project.range(of: "finance", in: Project.actors)),
    Location(uri: Project.planURI, range: Project.range(of: "finance", 0, in: Project.plan)),
    Location(uri: Project.planURI, range: Project.range(of: "finance", 1, in: Project.plan)),
  ]

  @Test func anActorsReferencesAcrossFilesWithAndWithoutItsDeclaration() {
    var client = Project.client()
    let position = Project.position(of: "finance", 1, in: Project.plan)
    #expect(Self.references(&client, at: position) == Self.financeEverywhere)
    #expect(
      Self.references(&client, at: position, includeDeclaration: false)
        == Array(Self.financeEverywhere.dropFirst()))
  }

  @Test func fromTheDeclarationInAFileOpenOnItsOwnEveryOpenProgramIsSearchedAndEachPlaceGivenOnce() {
    var client = Project.client(open: [Project.actorsURI])
    let declaration = Project.position(of: "finance", in: Project.actors)
    // Only the actors are known: the plan is not open, so no program reads it.
    #expect(Self.references(&client, at: declaration, in: Project.actorsURI) == [Self.financeEverywhere[0]])
    // Once it is open, its program reads the actors' file too: the declaration is found twice, given once.
    _ = client.open(Project.plan, uri: Project.planURI)
    #expect(Self.references(&client, at: declaration, in: Project.actorsURI) == Self.financeEverywhere)
  }

  @Test(arguments: [PositionEncoding.utf16, .utf8])
  func anObjectiveInEveryPathThatNamesItNotItsPriorityMemberRulesIncluded(encoding: PositionEncoding) {
    var client = Project.client(encoding: encoding)
    let plan = Project.plan
    let found = Self.references(&client, at: Project.position(of: "SO3", 2, in: plan, encoding: encoding))
    // Three in `advances`, two in the member rule's expressions, then the declaration.
    let inPlan = (0..<5).map { occurrence in
      Location(
        uri: Project.planURI, range: Project.range(of: "SO3", occurrence, in: plan, encoding: encoding))
    }
    let declared = Location(
      uri: Project.strategyURI, range: Project.range(of: "SO3", in: Project.strategy, encoding: encoding))
    #expect(found == inPlan + [declared])
  }

  @Test func anotherProgramsDeclarationOfTheSameNameIsAnotherDeclaration() {
    var client = Project.client()
    let other = "file:///project/other.ogp"
    _ = client.open("actor finance government \"Otro\"\nactor user government \"U\"\n", uri: other)
    let position = Project.position(of: "finance", in: Project.plan)
    #expect(Self.references(&client, at: position) == Self.financeEverywhere)
    #expect(
      Self.references(&client, at: Position(line: 0, character: 7), in: other)
        == [
          Location(
            uri: other,
            range: TextRange(start: Position(line: 0, character: 6), end: Position(line: 0, character: 13)))
        ])
  }

  @Test func nothingAtAKeywordNullForADocumentNotOpenAndBadParameters() {
    var client = Project.client()
    #expect(Self.references(&client, at: Project.position(of: "lead", in: Project.plan)) == nil)
    let context: JSON = .object(["includeDeclaration": .bool(true)])
    let notOpen = client.request(
      6, "textDocument/references",
      Project.at("file:///project/none.ogp", Position(line: 0, character: 0), ["context": context]))
    #expect(Project.isNull(notOpen, id: 6))
    // The context is required.
    let bad = client.request(
      6, "textDocument/references", Project.at(Project.planURI, Position(line: 0, character: 0)))
    #expect(ServerTests.error(bad, id: 6)?.code == .invalidParams)
  }

  @Test func atMostAThousandPlacesTheFirstInOrder() {
    var client = Project.client(open: [])
    let many =
      "actor finance government \"F\"\nplan p \"P\" {\n  member \"A\" national\n  period 2024 .. 2025\n"
      + (0..<1200).map { "  commitment c\($0) \"C\" { lead finance }\n" }.joined() + "}\n"
    let uri = "file:///project/many.ogp"
    _ = client.open(many, uri: uri)
    let found = Self.references(&client, at: Position(line: 0, character: 7), in: uri)
    #expect(found?.count == References.limit)
    #expect(found?.first?.range.start == Position(line: 0, character: 6))
    // The declaration on line 0, then the commitments from line 4.
    #expect(found?.last?.range.start.line == 4 + References.limit - 2)
  }
}
