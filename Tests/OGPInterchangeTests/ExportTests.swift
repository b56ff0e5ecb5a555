import Foundation
import OGPDiagnostics
import OGPInterchange
import OGPModel
import OGPTestSupport
import Testing
import Yams

@Suite("Exporters")
struct ExportTests {
  static let updatingGoldens = ProcessInfo.processInfo.environment["OGP_UPDATE_GOLDENS"] != nil

  static func goldenURL(_ format: ExportFormat) -> URL {
    let suffix = format == .markdown ? "md" : format.rawValue
    return Examples.root.appendingPathComponent("Tests/OGPInterchangeTests/Goldens/arcadia-2024.\(suffix)")
  }

  @Test(
    "the national example exports as its golden file",
    arguments: ExportFormat.allCases.filter { $0 != .jsonl })
  func golden(format: ExportFormat) throws {
    let text = try format.export(try Examples.program(Examples.nationalPlan), file: Examples.nationalPlan)
    let url = Self.goldenURL(format)
    if Self.updatingGoldens { try Data(text.utf8).write(to: url) }
    let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(text == golden, "\(url.lastPathComponent) differs; OGP_UPDATE_GOLDENS=1 swift test rewrites it")
  }

  @Test("the Markdown export in Spanish has Spanish headings, labels and table headers")
  func spanishMarkdownGolden() throws {
    let program = try Examples.program(Examples.nationalPlan)
    let text = Language.$current.withValue(.spanish) { MarkdownExporter.export(program) }
    let url = Examples.root.appendingPathComponent("Tests/OGPInterchangeTests/Goldens/arcadia-2024.es.md")
    if Self.updatingGoldens { try Data(text.utf8).write(to: url) }
    let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(text == golden, "\(url.lastPathComponent) differs; OGP_UPDATE_GOLDENS=1 swift test rewrites it")
    #expect(text.contains("## Compromisos\n"))
    #expect(!text.contains("## Commitments"))
  }

  @Test("the JSON export is ProgramJSON's encoding and valid against the schema")
  func jsonIsTheSchemaForm() throws {
    let program = try Examples.program(Examples.nationalPlan)
    let text = try JSONExporter.export(program)
    #expect(text == String(decoding: try ProgramJSON.encode(program), as: UTF8.self) + "\n")
    let errors = try SchemaValidator.validate(jsonData: Data(text.utf8))
    #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
  }

  @Test("the YAML export reads back with Yams as the same value as the JSON", arguments: [true, false])
  func yamlReadsLikeTheJSON(hostile: Bool) throws {
    let program = hostile ? Hostile.program : try Examples.program(Examples.nationalPlan)
    let json = try JSONDecoder().decode(Value.self, from: Data(try JSONExporter.export(program).utf8))
    let yaml = try YAMLExporter.export(program)
    let node = try #require(try Yams.compose(yaml: yaml))
    #expect(try Value(node) == json)
  }

  @Test("the YAML export keeps the JSON's key names and order")
  func yamlKeys() throws {
    let yaml = try YAMLExporter.export(try Examples.program(Examples.nationalPlan))
    let topLevel = yaml.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") }
    #expect(topLevel == ["actors:", "plans:", "rules: []", "schema_version: 1", "standards:", "strategies:"])
    #expect(yaml.contains("point_of_contact: opengov_unit"))
    #expect(yaml.contains("submitted: '2024-08-30'"), "a date stays a string")
  }

  @Test("the CSV export reads back with Python's csv module: a header, then a row per commitment")
  func csvReadsBack() throws {
    var program = try Examples.program(Examples.nationalPlan)
    program.plans[0].commitments[1].title = "Owners, \"real\" ones,\nand their companies"
    program.plans[0].commitments[2].title = "=HYPERLINK(\"http://evil.example\")"
    let rows = try PythonCSV.rows(
      CSVExporter.export(.commitments, of: [ExportedProgram(file: "a.ogp", program: program)]))
    let commitments = program.plans[0].commitments
    try #require(rows.count == 1 + commitments.count)
    #expect(rows[0] == CSVTable.commitments.columns)
    #expect(rows.allSatisfy { $0.count == CSVTable.commitments.columns.count })
    #expect(
      rows[1] == [
        "a.ogp", "Arcadia", "national", "arcadia_nap3", "c01", "Open contracting from planning to payment",
        "finance", "transparencia;odn", "access_to_information;public_accountability", "SO2;SO4",
        "SO4.raise_the_bar", "open_contracting;open_data", "anti_corruption", "2024-10", "2026-06",
        "2024-10-01", "2026-06-30", "3", "in_progress", "carried_over", "Open Contracting",
        "Public procurement",
      ])
    #expect(rows[2][5] == "Owners, \"real\" ones,\nand their companies")
    #expect(rows[3][5] == "'=HYPERLINK(\"http://evil.example\")", "a formula is defused")
    let c03 = rows[3]
    #expect(c03[9] == "SO3", "two priorities of one objective count it once")
    #expect(c03[10] == "SO3.civic_space_protection;SO3.protect_participation")
    #expect(c03[17] == "3" && c03[18] == "", "no status and no assessment: no completion")
    let c08 = try #require(rows.first { $0[4] == "c08" })
    #expect(c08[9] == "" && c08[10] == "")
  }

  @Test("hostile text reads back from the CSV export as it was")
  func csvHostile() throws {
    let rows = try PythonCSV.rows(
      CSVExporter.export(.commitments, of: [ExportedProgram(file: "hostile.ogp", program: Hostile.program)]))
    try #require(rows.count == 3)
    let commitment = Hostile.program.plans[0].commitments[0]
    #expect(rows[1][1] == Hostile.program.plans[0].member.name)
    #expect(rows[1][5] == commitment.title)
    #expect(rows[1][7] == "b;c" && rows[1][11] == "área" && rows[1][18] == "no_evidence")
    #expect(rows[2][4] == "c2" && rows[2][18] == "")
  }

  @Test("the CSV export ends every line with CRLF and quotes only what must be quoted")
  func csvLayout() throws {
    let text = CSVExporter.export(
      .commitments, of: [ExportedProgram(file: "a.ogp", program: try Examples.program(Examples.nationalPlan))]
    )
    #expect(text.hasPrefix(CSVTable.commitments.columns.joined(separator: ",") + "\r\n"))
    #expect(text.hasSuffix("\r\n"))
    #expect(!text.replacing("\r\n", with: "").contains("\n"))
  }

  @Test(
    "a CSV field is defused, quoted and doubled as needed",
    arguments: [
      ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("two\nlines", "\"two\nlines\""),
      ("cr\rhere", "cr␍here"), ("esc\u{1B}[2J\u{202E}", "esc␛[2J\u{FFFD}"),
      ("::add-mask::x", "\u{FF1A}:add-mask::x"),
      ("=1+2", "'=1+2"), ("+1", "'+1"), ("-1", "'-1"),
      ("@SUM(A1)", "'@SUM(A1)"),
      ("=a,b", "\"'=a,b\""), ("", ""), ("a=b", "a=b"),
    ])
  func csvField(value: String, expected: String) {
    #expect(CSVExporter.field(value) == expected)
  }

  /// Not an argument above: the test runner prints arguments raw, and this one's second line would
  /// be a workflow command in the test log itself.
  @Test func csvFieldDefusesAWorkflowCommandOnALaterLine() {
    #expect(CSVExporter.field("a\n ::error::b") == "\"a\n \u{FF1A}:error::b\"")
  }

  @Test("the Markdown export escapes hostile titles and text")
  func markdownEscapes() throws {
    var program = try Examples.program(Examples.nationalPlan)
    program.plans[0].title = "# Plan *bold* [link](http://evil.example) <script>alert(1)</script>"
    program.plans[0].commitments[0].title = "Pipes | in _a_ `title` ~x~ &amp; #1"
    program.plans[0].commitments[0].problem =
      "- not a list\n1. not a list either\n    not code\n> not a quote\n==="
    program.plans[0].commitments[0].milestones[0].deliverable = "a | b\nc"
    let markdown = MarkdownExporter.export(program)
    #expect(
      markdown.hasPrefix(
        ##"# \# Plan \*bold\* \[link\](http://evil.example) \<script\>alert(1)\</script\>"## + "\n"))
    #expect(markdown.contains(##"### c01. Pipes \| in \_a\_ \`title\` \~x\~ \&amp; \#1"##))
    #expect(markdown.contains(##"| c01. Pipes \| in \_a\_ \`title\` \~x\~ \&amp; \#1 | · | ● |"##))
    #expect(
      markdown.contains(
        "**Problem.** \\- not a list\n1\\. not a list either\nnot code\n\\> not a quote\n\\===\n"))
    #expect(markdown.contains(#"| a \| b c |"#))
    #expect(!markdown.contains("<script>"))
  }

  @Test("the Markdown export has the plan's facts, the coverage table and the commitments")
  func markdownContent() throws {
    let markdown = MarkdownExporter.export(try Examples.program(Examples.nationalPlan))
    #expect(markdown.contains("- **Member:** Arcadia (national)\n- **Period:** 2024-09-01 to 2028-08-31\n"))
    #expect(
      markdown.contains(
        "| Commitment | SO1 | SO2 | SO3 | SO4 | SO5 |\n| --- | :-: | :-: | :-: | :-: | :-: |\n"))
    #expect(markdown.contains("| c08. Open climate finance | · | · | · | · | · |"))
    #expect(
      markdown.contains(
        "- **Lead:** Ministry of Finance\n- **Partners:** Transparencia Arcadia, Open Data Network\n"))
    #expect(markdown.contains("| m1. Data model agreed with the forum | 2024-10 to 2025-03 |"))
    #expect(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"))
  }

  @Test("a program without plans exports its strategies' outlines as Markdown")
  func markdownStrategy() throws {
    let markdown = MarkdownExporter.export(try Examples.program("examples/strategy/ogp-2023-2028.ogp"))
    #expect(markdown.hasPrefix("# OGP Strategy 2023–2028\n"))
    #expect(
      markdown.contains(
        "- **SO3.** Protect civic space (Protección del espacio cívico). Aim: Protect and expand civic space.\n"
          + "  - Foster the protection of civic space (civic\\_space\\_protection)\n"))
    #expect(
      markdown.contains(
        "## Fundamental changes\n\n1. A broader, connected open government movement\n"
          + "2. Open government as the norm in all branches and levels of government\n"))
    #expect(markdown.contains("- **Period:** 2022-05 to 2023-02\n- **Contributions:** over 1000\n"))
  }

  @Test("a strategy's outline in Spanish: its headings and labels, and its texts' Spanish")
  func markdownStrategyInSpanish() throws {
    let program = try Examples.program("examples/strategy/ogp-2023-2028.ogp")
    let markdown = Language.$current.withValue(.spanish) { MarkdownExporter.export(program) }
    #expect(markdown.contains("## Cambios fundamentales\n"))
    #expect(markdown.contains("## Objetivos estratégicos\n"))
    #expect(markdown.contains("## Consulta\n"))
    #expect(markdown.contains("- **Periodo:** 2022-05 a 2023-02\n- **Aportes:** más de 1000\n"))
    #expect(!markdown.contains("Aim:") && !markdown.contains("Fundamental changes"))
  }
}

/// A JSON or YAML value, compared by meaning: YAML's tags decide what a scalar is.
enum Value: Equatable, Decodable {
  case object([String: Value])
  case array([Value])
  case string(String)
  case integer(Int)
  case bool(Bool)

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .integer(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([Value].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: Value].self))
    }
  }

  struct Unexpected: Error {
    let description: String
  }

  init(_ node: Node) throws {
    switch node {
    case .mapping(let mapping):
      var members: [String: Value] = [:]
      for (key, value) in mapping {
        guard let name = key.string else { throw Unexpected(description: "\(key)") }
        members[name] = try Value(value)
      }
      self = .object(members)
    case .sequence(let sequence):
      self = .array(try sequence.map(Value.init))
    case .scalar(let scalar):
      switch Resolver.default.resolveTag(of: node) {
      case .str: self = .string(scalar.string)
      case .int: self = .integer(Int(scalar.string)!)
      case .bool: self = .bool(scalar.string == "true")
      default: throw Unexpected(description: "\(node)")
      }
    case .alias:
      throw Unexpected(description: "\(node)")
    }
  }
}
