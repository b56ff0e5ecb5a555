import OGPLanguage
import Testing

@testable import OGPLanguageServer

/// `workspace/symbol`: the declarations of every program the server knows, each once, whose name
/// holds the query's characters in order, ignoring case.
struct WorkspaceSymbolTests {
  typealias Project = NavigationProject

  static func symbols(_ client: inout ServerTests.Client, _ query: String) -> [SymbolInformation]? {
    Project.result(
      client.request(9, "workspace/symbol", .object(["query": .string(query)])), id: 9,
      as: [SymbolInformation].self)
  }

  @Test func everyDeclarationOnceWithWhereItIsAndWhatHoldsIt() {
    // The actors' file is read by both open programs: its declarations are given once.
    var client = Project.client(open: [Project.planURI, Project.actorsURI])
    let symbols = Self.symbols(&client, "") ?? []
    #expect(
      symbols.map { "\($0.name) \($0.containerName ?? "-")" } == [
        "finance -", "odn -", "nap -", "c01 nap", "m1 nap.c01", "c02 nap", "ogp -", "SO3 ogp",
        "protect ogp.SO3",
      ])
    let finance = symbols.first { $0.name == "finance" }
    #expect(
      finance
        == SymbolInformation(
          name: "finance", kind: DeclarationKind.actor.symbolKind,
          location: Location(uri: Project.actorsURI, range: Project.range(of: "finance", in: Project.actors)),
          containerName: nil))
    #expect(symbols.first { $0.name == "c02" }?.location.range == Project.range(of: "c02", in: Project.plan))
  }

  @Test func theQueryIsASubsequenceOfTheNameInAnyCase() {
    var client = Project.client()
    #expect(Self.symbols(&client, "fnc")?.map(\.name) == ["finance"])
    #expect(Self.symbols(&client, "C0")?.map(\.name) == ["c01", "c02"])
    #expect(Self.symbols(&client, "so3")?.map(\.name) == ["SO3"])
    #expect(Self.symbols(&client, "ñandú") == [])
  }

  @Test func atMostAThousandAndNothingWithoutDocumentsOrWithBadParameters() {
    var client = Project.client(open: [])
    #expect(Self.symbols(&client, "") == [])
    let many = (0..<1500).map { "actor a\($0) government \"A\"\n" }.joined()
    _ = client.open(many, uri: "file:///project/many.ogp")
    #expect(Self.symbols(&client, "a")?.count == WorkspaceSymbols.limit)
    #expect(
      ServerTests.error(client.request(9, "workspace/symbol", .object([:])), id: 9)?.code == .invalidParams)
  }
}
