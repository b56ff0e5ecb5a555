import Foundation
import OGPTestSupport
import Testing

@testable import OGPDiagnostics

@Suite("SARIF format")
struct SARIFFormatTests {
  /// The OASIS SARIF 2.1.0 schema (draft-04), beside this file.
  static let schemaURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("Data")
    .appendingPathComponent("sarif-schema-2.1.0.json")

  private func run(_ output: String) throws -> [String: Any] {
    let log = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
    let runs = try #require(log["runs"] as? [[String: Any]])
    try #require(runs.count == 1)
    return runs[0]
  }

  @Test("validates against the SARIF 2.1.0 schema")
  func schema() throws {
    let output = SARIFFormat.render(Fixture.report())
    #expect(try SchemaValidator.validate(jsonData: Data(output.utf8), schemaURL: Self.schemaURL) == [])
    let empty = DiagnosticReport(sources: SourceMap(), diagnostics: [], toolVersion: "0")
    let emptyOutput = SARIFFormat.render(empty)
    #expect(try SchemaValidator.validate(jsonData: Data(emptyOutput.utf8), schemaURL: Self.schemaURL) == [])
  }

  @Test("the run's property bag names the configuration used, or null for none, and validates")
  func configuration() throws {
    var report = DiagnosticReport(sources: SourceMap(), diagnostics: [], toolVersion: "0")
    #expect(
      try run(SARIFFormat.render(report))["properties"] as? [String: NSNull] == ["configuration": NSNull()])
    report.configuration = "plans/ogp-lint.toml"
    let output = SARIFFormat.render(report)
    #expect(try run(output)["properties"] as? [String: String] == ["configuration": "plans/ogp-lint.toml"])
    #expect(try SchemaValidator.validate(jsonData: Data(output.utf8), schemaURL: Self.schemaURL) == [])
  }

  @Test("lint's as-of date is a run property, and still validates")
  func asOf() throws {
    var report = DiagnosticReport(sources: SourceMap(), diagnostics: [], toolVersion: "0")
    report.asOf = "2026-12-03"
    let output = SARIFFormat.render(report)
    let properties = try #require(try run(output)["properties"] as? [String: Any])
    #expect(properties["asOf"] as? String == "2026-12-03")
    #expect(try SchemaValidator.validate(jsonData: Data(output.utf8), schemaURL: Self.schemaURL) == [])
  }

  @Test("the validator rejects an invalid log, so the schema test can fail")
  func schemaRejects() throws {
    let invalid = Data(
      #"{"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "columnKind": "bytes"}]}"#.utf8)
    let errors = try SchemaValidator.validate(jsonData: invalid, schemaURL: Self.schemaURL)
    #expect(errors.contains { $0.contains("[required]") && $0.contains("'name'") })
    #expect(errors.contains { $0.contains("[enum]") })
  }

  @Test("rules: documented codes sorted, then reported undocumented ones, each described for GitHub")
  func rules() throws {
    let run = try run(SARIFFormat.render(Fixture.report()))
    let tool = try #require(run["tool"] as? [String: Any])
    let driver = try #require(tool["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "ogp")
    #expect(driver["version"] as? String == "1.2.3")
    #expect(driver["informationUri"] as? String == "https://example.org/ogp")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ["E0205", "OBJ001", "OBJ002", "OBJ900"])
    for rule in rules {
      for key in ["shortDescription", "fullDescription"] {
        let text = (rule[key] as? [String: Any])?["text"] as? String
        #expect(text?.isEmpty == false, "\(key) of \(rule["id"] ?? "?")")
      }
      let help = try #require(rule["help"] as? [String: Any])
      #expect((help["text"] as? String)?.isEmpty == false)
    }

    let unknown = rules[0]
    #expect(unknown["name"] as? String == "unknown-objective")
    #expect(unknown["helpUri"] as? String == "https://example.org/ogp/E0205")
    #expect((unknown["defaultConfiguration"] as? [String: String]) == ["level": "error"])
    #expect((unknown["properties"] as? [String: [String]]) == ["tags": ["correctness"]])
    let help = try #require(rules[1]["help"] as? [String: String])
    #expect(help["text"] == "Add an `advances` clause naming the objective_id the commitment serves.")
    #expect(help["markdown"] == "Add an `advances` clause naming the objective\\_id the commitment serves.")
    #expect((rules[2]["defaultConfiguration"] as? [String: String]) == ["level": "note"])
    #expect(rules[2]["properties"] == nil)
  }

  @Test("results: rule, level, message with help, physical location, region and fingerprint")
  func results() throws {
    let run = try run(SARIFFormat.render(Fixture.report()))
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["OBJ001", "E0205", "OBJ900"])
    #expect(results.map { $0["ruleIndex"] as? Int } == [1, 0, 3])
    #expect(results.map { $0["level"] as? String } == ["warning", "error", "note"])

    let messages = results.map { ($0["message"] as? [String: Any])?["text"] as? String }
    #expect(
      messages[1]
        == """
        unknown objective 'SO7' in strategy "ogp_2023"
        note: objectives are declared in `strategy.ogp`
        help: the strategy declares SO1, SO2 — ü 🌱
        """)
    #expect(messages[2] == Fixture.infoMessage)

    var regions: [[String: Int]] = []
    var uris: [String] = []
    for result in results {
      let locations = try #require(result["locations"] as? [[String: Any]])
      try #require(locations.count == 1)
      let physical = try #require(locations[0]["physicalLocation"] as? [String: Any])
      let artifact = try #require(physical["artifactLocation"] as? [String: Any])
      let uri = try #require(artifact["uri"] as? String)
      let region = try #require(physical["region"] as? [String: Int])
      uris.append(uri)
      regions.append(region)
    }
    #expect(
      uris == [
        "plans/arcadia%20plan.ogp", "plans/arcadia%20plan.ogp",
        "plans/%C3%BCn%C3%AF/%F0%9F%8C%B1%20seeds.ogp",
      ])
    for uri in uris { #expect(URL(string: uri) != nil, "\(uri)") }
    #expect(regions[0] == ["startLine": 2, "startColumn": 53, "endLine": 2, "endColumn": 54])
    #expect(regions[1] == ["startLine": 3, "startColumn": 14, "endLine": 3, "endColumn": 17])
    #expect(regions[2] == ["startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 7])

    let fingerprints = results.map { $0["partialFingerprints"] as? [String: String] }
    #expect(fingerprints[0] == ["ogpElement/v1": "arcadia_nap3.c05#partners"])
    #expect(fingerprints[1] == ["ogpElement/v1": "E0205:plans/arcadia plan.ogp:3"])

    let related = try #require(results[2]["relatedLocations"] as? [[String: Any]])
    #expect(related.count == 1)
    #expect(related[0]["id"] as? Int == 1)
    #expect((related[0]["message"] as? [String: String]) == ["text": "this forum"])
    #expect(results[0]["relatedLocations"] == nil)
  }

  @Test("output is deterministic and ends in a newline")
  func deterministic() {
    let first = SARIFFormat.render(Fixture.report())
    #expect(first == SARIFFormat.render(Fixture.report()))
    #expect(first.hasSuffix("}\n"))
  }

  @Test("paths become URI references: relative stay relative, absolute become file URIs")
  func uris() {
    #expect(SARIFFormat.uri(forPath: "plans/a b.ogp") == "plans/a%20b.ogp")
    #expect(SARIFFormat.uri(forPath: "/work/a b.ogp") == "file:///work/a%20b.ogp")
    #expect(SARIFFormat.uri(forPath: "c:x.ogp") == "c%3Ax.ogp")
    #expect(SARIFFormat.uri(forPath: "a%20b#c?d\\e.ogp") == "a%2520b%23c%3Fd%5Ce.ogp")
    #expect(SARIFFormat.uri(forPath: "ü-._~!$&'()*+,;=@") == "%C3%BC-._~!$&'()*+,;=@")
  }

  @Test("help becomes Markdown with special characters escaped outside code spans")
  func markdown() {
    #expect(
      SARIFFormat.markdownEscaped("use `a_b*c` not a_b*c <x> & [y]")
        == "use `a_b*c` not a\\_b\\*c \\<x\\> \\& \\[y\\]")
    #expect(SARIFFormat.markdownEscaped("one ` tick_") == "one \\` tick\\_")
    #expect(SARIFFormat.markdownEscaped("two\nlines") == "two  \nlines")
  }
}
