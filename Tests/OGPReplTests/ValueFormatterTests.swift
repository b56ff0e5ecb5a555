import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRepl
import Testing

/// Values as text and as JSON, computed by queries over a small plan.
struct ValueFormatterTests {
  static let source = """
    actor finance government "Ministry of Finance" { branch executive }
    actor odn civil_society "Open \\"Data\\" Network"
    actor evil media "Red \\u{1B}[31m\\u{202E}\\tloud\\nnews"
    plan p "Plan" {
      member "Arcadia" national
      period 2024-09 .. 2026-08
      commitment c01 "Budget" {
        lead finance
        partners odn
        status complete
        period 2024-10 .. 2025-06
        milestone m1 "Portal" {
          period 2024-10 .. 2025-03
        }
      }
    }
    """

  let program: Program

  init() throws {
    let compilation = Compiler(provider: InMemorySourceProvider([:]), workingDirectory: "/w")
      .compile(text: Self.source)
    program = try #require(compilation.program, "\(compilation.diagnostics.map(\.message))")
  }

  func query(_ text: String) throws -> (value: RuntimeValue, type: ExpressionType) {
    switch Query.compile(text, name: "<query>", program: program) {
    case .success(let query):
      return (try query.evaluate(on: program, asOf: Day(year: 2025, month: 1, day: 1)), query.type)
    case .failure(let failure):
      Issue.record("\(text): \(failure.diagnostics.map(\.message))")
      throw failure
    }
  }

  func text(_ query: String) throws -> String {
    let (value, type) = try self.query(query)
    return ValueFormatter.text(value, type: type)
  }

  func json(_ query: String) throws -> String { ValueFormatter.json(try self.query(query).value) }

  @Test func durationsSayTheirUnits() throws {
    #expect(try text("1 month") == "1 month\n")
    #expect(try text("2 years") == "24 months\n")
    #expect(try text("1 day") == "1 day\n")
    #expect(try text("2 weeks") == "14 days\n")
    #expect(try text("3 months + 5 days") == "3 months 5 days\n")
    #expect(try text("as_of - as_of") == "0 days\n")
    #expect(try text("2024-01-01 - 2024-03-01") == "-60 days\n")
  }

  @Test func emptyListsSayWhatTheyWouldHold() throws {
    #expect(try text("milestones where status == complete") == "no milestones\n")
    #expect(try text("objectives") == "no objectives\n")
    #expect(try text("actors where kind == academia") == "no actors\n")
    #expect(try text("c01.areas") == "no values\n")
    // Said through the element's own plural, not by adding an "s" ("no standardss").
    #expect(ValueFormatter.text(.list([]), type: .list(.element(.standards))) == "no standards versions\n")
    #expect(ValueFormatter.text(.list([]), type: .list(.element(.priority))) == "no priorities\n")
  }

  @Test func emptyListsAreSaidInSpanish() throws {
    let (actors, actorsType) = try query("actors where kind == academia")
    let (areas, areasType) = try query("c01.areas")
    Language.$current.withValue(.spanish) {
      #expect(ValueFormatter.text(actors, type: actorsType) == "no hay actores\n")
      #expect(ValueFormatter.text(areas, type: areasType) == "no hay valores\n")
      #expect(
        ValueFormatter.text(.list([]), type: .list(.element(.standards)))
          == "no hay versiones de los estándares\n")
    }
  }

  @Test func missingCellsAreDashes() throws {
    #expect(
      try text("milestones") == """
        id        title   end         status  deliverable
        p.c01.m1  Portal  2025-03-31  -       -

        """)
  }

  @Test func noControlCharacterOfAPlanReachesTheTerminal() throws {
    #expect(
      try text("evil.title") == "Red \u{241B}[31m\u{FFFD} loud\nnews\n", "a single text keeps its lines")
    #expect(try text("actors.title").hasSuffix("Red \u{241B}[31m\u{FFFD} loud news\n"))
    #expect(try text("evil").contains("Red \u{241B}[31m\u{FFFD} loud news\n"))
    #expect(try json("evil.title") == "\"Red \\u001b[31m\\u202e\\tloud\\nnews\"\n")
  }

  @Test func jsonScalars() throws {
    #expect(try json("count(commitments)") == "1\n")
    #expect(try json("c01.end") == "\"2025-06-30\"\n")
    #expect(try json("c01.status") == "\"complete\"\n")
    #expect(try json("c01.m1.status") == "null\n")
    #expect(try json("exists(c01.lead)") == "true\n")
    #expect(try json("3 months") == "{\"months\": 3, \"days\": 0}\n")
    #expect(try json("odn.title") == "\"Open \\\"Data\\\" Network\"\n")
    #expect(try json("c01.actors.kind") == "[\"government\", \"civil_society\"]\n")
  }

  @Test func jsonElementsHaveIdKindAndTitleFirst() throws {
    #expect(
      try json("commitments") == """
        [
          {"id": "p.c01", "kind": "commitment", "title": "Budget", "lead": ["finance"], "status": "complete", "end": "2025-06-30"}
        ]

        """)
    #expect(
      try json("c01.partners") == """
        [
          {"id": "odn", "kind": "actor", "title": "Open \\"Data\\" Network", "actor_kind": "civil_society", "branch": null}
        ]

        """)
    #expect(
      try json("p")
        == "{\"id\": \"p\", \"kind\": \"plan\", \"title\": \"Plan\", \"member\": \"Arcadia\", \"start\": \"2024-09-01\", "
        + "\"end\": \"2026-08-31\", \"commitments\": 1}\n")
    #expect(
      try json("c01.m1.commitment.milestones").hasPrefix(
        "[\n  {\"id\": \"p.c01.m1\", \"kind\": \"milestone\""))
    #expect(try json("plans where count(commitments) > 5") == "[]\n")
  }

  @Test func jsonIsParsedBackAsJSON() throws {
    for text in ["commitments", "actors", "c01.milestones", "3 months", "c01.values"] {
      let data = Data(try json(text).utf8)
      #expect(throws: Never.self) {
        try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      }
    }
  }

  // MARK: Joined over several programs

  func joined(_ query: String, files: [String] = ["a.ogp", "plans/b.ogp"]) throws -> (
    text: String, json: String
  ) {
    let (value, type) = try self.query(query)
    let results = files.map { (file: $0, value: value) }
    return (ValueFormatter.text(results, type: type), ValueFormatter.json(results))
  }

  @Test func elementsOfSeveralProgramsShareOneTableWithTheirFileFirst() throws {
    let (text, json) = try joined("actors where kind == government")
    #expect(
      text == """
        file         id       kind        branch     title
        a.ogp        finance  government  executive  Ministry of Finance
        plans/b.ogp  finance  government  executive  Ministry of Finance

        """)
    #expect(json.hasPrefix("[\n  {\"file\": \"a.ogp\", \"id\": \"finance\", \"kind\": \"actor\""))
    #expect(try joined("commitments where status == no_evidence").text == "no commitments\n")
    #expect(try joined("commitments where status == no_evidence").json == "[]\n")
  }

  @Test func otherValuesOfSeveralProgramsAreALineEachAfterTheirFile() throws {
    #expect(try joined("count(actors)").text == "a.ogp        3\nplans/b.ogp  3\n")
    #expect(
      try joined("count(actors)").json
        == "[\n  {\"file\": \"a.ogp\", \"value\": 3},\n  {\"file\": \"plans/b.ogp\", \"value\": 3}\n]\n")
    #expect(
      try joined("actors.kind", files: ["a.ogp"]).text
        == "a.ogp  government\na.ogp  civil_society\na.ogp  media\n")
    // A file's name from a pull request is shown inert.
    #expect(try joined("c01.status", files: ["x\u{1B}[2J.ogp"]).text == "x\u{241B}[2J.ogp  complete\n")
  }
}
