import OGPLanguage
import Testing

@testable import OGPLanguageServer

/// "Go to definition": from every kind of reference to the declaration's name, and from a `use`
/// path to its file.
struct DefinitionTests {
  typealias Project = NavigationProject

  static func definition(
    _ client: inout ServerTests.Client, _ needle: String, _ occurrence: Int = 0,
    encoding: PositionEncoding = .utf16
  ) -> [Message] {
    let position = Project.position(of: needle, occurrence, in: Project.plan, encoding: encoding)
    return client.request(7, "textDocument/definition", Project.at(Project.planURI, position))
  }

  @Test(arguments: [PositionEncoding.utf16, .utf8])
  func anActorAfterTextOutsideTheBasicPlaneLeadsToItsDeclarationInTheFileUsed(encoding: PositionEncoding) {
    var client = Project.client(encoding: encoding)
    // The second `finance` of the plan follows "Ñandú 🌍" on its line.
    let answer = Self.definition(&client, "finance", 1, encoding: encoding)
    #expect(
      Project.result(answer, id: 7, as: Location.self)
        == Location(
          uri: Project.actorsURI, range: Project.range(of: "finance", in: Project.actors, encoding: encoding))
    )
  }

  @Test func eachNameOfAnObjectivePathLeadsToItsOwnDeclaration() {
    var client = Project.client()
    let strategy = Project.strategy
    for (needle, declared) in [("ogp.SO3", "ogp"), ("SO3.protect", "SO3"), ("protect", "protect")] {
      let answer = Self.definition(&client, needle)
      #expect(
        Project.result(answer, id: 7, as: Location.self)
          == Location(uri: Project.strategyURI, range: Project.range(of: declared, in: strategy)), "\(needle)"
      )
    }
    // The plan's `strategy` clause, and a bare objective.
    #expect(
      Project.result(Self.definition(&client, "ogp\n"), id: 7, as: Location.self)?.range
        == Project.range(of: "ogp", in: strategy))
    #expect(
      Project.result(Self.definition(&client, "SO3", 2), id: 7, as: Location.self)?.range
        == Project.range(of: "SO3", in: strategy))
  }

  @Test func aUsePathLeadsToTheStartOfItsFile() {
    var client = Project.client()
    let start = Position(line: 0, character: 0)
    #expect(
      Project.result(Self.definition(&client, "../strategy"), id: 7, as: Location.self)
        == Location(uri: Project.strategyURI, range: TextRange(start: start, end: start)))
    // An open file is named by the client's URI for it.
    _ = client.open(Project.actors, uri: Project.actorsURI)
    #expect(
      Project.result(Self.definition(&client, "actors.ogp"), id: 7, as: Location.self)?.uri
        == Project.actorsURI)
  }

  @Test func aDeclarationsNameLeadsToItself() {
    var client = Project.client()
    #expect(
      Project.result(Self.definition(&client, "c01"), id: 7, as: Location.self)
        == Location(uri: Project.planURI, range: Project.range(of: "c01", in: Project.plan)))
  }

  @Test func aNameThatResolvesStillLeadsSomewhereInADocumentWithErrors() {
    var client = Project.client()
    let broken = Project.plan.replacingOccurrences(of: "partners odn", with: "partners nobody")
    _ = client.replace(Project.planURI, with: broken, version: 2)
    let finance = Project.position(of: "finance", in: broken)
    #expect(
      Project.result(
        client.request(7, "textDocument/definition", Project.at(Project.planURI, finance)), id: 7,
        as: Location.self
      )?.uri == Project.actorsURI)
    let nobody = Project.position(of: "nobody", in: broken)
    #expect(
      Project.isNull(client.request(8, "textDocument/definition", Project.at(Project.planURI, nobody)), id: 8)
    )
  }

  @Test func aKeywordADocumentNotOpenAndBadParameters() {
    var client = Project.client()
    #expect(Project.isNull(Self.definition(&client, "lead"), id: 7))
    let position = Position(line: 0, character: 0)
    #expect(
      Project.isNull(
        client.request(8, "textDocument/definition", Project.at("file:///project/none.ogp", position)), id: 8)
    )
    #expect(
      ServerTests.error(client.request(9, "textDocument/definition", .object([:])), id: 9)?.code
        == .invalidParams)
  }
}
