import Foundation
import OGPDiagnostics
import Testing

@Suite("JSON format")
struct JSONDiagnosticFormatTests {
  private func parse(_ output: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
  }

  @Test("the first entry is exactly as documented: keys in order, columns in scalars, nulls")
  func golden() {
    let output = JSONDiagnosticFormat.render(Fixture.report())
    let expected = """
      {
        "diagnostics": [
          {
            "file": "plans/arcadia plan.ogp",
            "line": 2,
            "column": 53,
            "end_line": 2,
            "end_column": 54,
            "severity": "warning",
            "code": "OBJ001",
            "message": "commitment 'Agência de Governo Digital — ü 🌱' advances nothing",
            "label": "this commitment",
            "help": "add an `advances` clause",
            "notes": [],
            "element": "arcadia_nap3.c05#partners",
            "docs": null
          },

      """
    #expect(output.hasPrefix(expected))
    #expect(output.hasSuffix("  },\n  \"configuration\": null,\n  \"as_of\": null\n}\n"))
  }

  @Test("parses, in display order, with every field and the summary")
  func fields() throws {
    let document = try parse(JSONDiagnosticFormat.render(Fixture.report()))
    let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.map { $0["code"] as? String } == ["OBJ001", "E0205", "OBJ900"])
    for diagnostic in diagnostics {
      #expect(diagnostic.count == 13)
    }

    let unknown = diagnostics[1]
    #expect(unknown["file"] as? String == Fixture.arcadiaPath)
    #expect(unknown["line"] as? Int == 3)
    #expect(unknown["column"] as? Int == 14)
    #expect(unknown["end_line"] as? Int == 3)
    #expect(unknown["end_column"] as? Int == 17)
    #expect(unknown["severity"] as? String == "error")
    #expect(unknown["message"] as? String == "unknown objective 'SO7' in strategy \"ogp_2023\"")
    #expect(unknown["label"] as? String == "not declared here")
    #expect(unknown["help"] as? String == "the strategy declares SO1, SO2 — ü 🌱")
    #expect(unknown["notes"] as? [String] == ["objectives are declared in `strategy.ogp`"])
    #expect(unknown["element"] is NSNull)
    #expect(unknown["docs"] as? String == "https://example.org/ogp/E0205")

    let info = diagnostics[2]
    #expect(info["file"] as? String == Fixture.seedsPath)
    #expect(info["severity"] as? String == "info")
    #expect(info["message"] as? String == Fixture.infoMessage)
    #expect(info["label"] is NSNull)
    #expect(info["help"] is NSNull)
    #expect(info["docs"] is NSNull)

    let summary = try #require(document["summary"] as? [String: Int])
    #expect(summary == ["errors": 1, "warnings": 1, "infos": 1, "omitted": 0])
  }

  @Test("escapes quotes, backslashes and control characters, and keeps non-ASCII as UTF-8")
  func escaping() {
    let output = JSONDiagnosticFormat.render(Fixture.report())
    #expect(
      output.contains(
        #""message": "tab\there, quote \" backslash \\ escape \u001b[31m bell \u0007 line\nbreak","#))
    #expect(output.contains("Agência de Governo Digital — ü 🌱"))
    let controls = output.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }
    #expect(controls.isEmpty)
  }

  @Test("CR, NUL, DEL and U+2028 are escaped, and the text parses back unchanged")
  func escapingRoundTrip() throws {
    let sources = SourceMap()
    let file = sources.add(path: "q\"uote\\.ogp", bytes: Array("x".utf8))
    let message = "cr\r nul\u{0} del\u{7F} ls\u{2028} \u{1F}"
    let report = DiagnosticReport(
      sources: sources,
      diagnostics: [
        Diagnostic(
          .error, code: "E1", message: message, at: Label(SourceSpan(file: file.id, start: 0, end: 1)))
      ],
      toolVersion: "0")
    let output = JSONDiagnosticFormat.render(report)
    #expect(output.contains(#""file": "q\"uote\\.ogp","#))
    #expect(output.contains(#""message": "cr\r nul\u0000 del\u007f ls\u2028 \u001f","#))
    let diagnostics = try #require(try parse(output)["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.first?["message"] as? String == message)
    #expect(diagnostics.first?["file"] as? String == "q\"uote\\.ogp")
  }

  @Test("an empty run is an empty list and a zero summary")
  func empty() throws {
    let report = DiagnosticReport(sources: SourceMap(), diagnostics: [], toolVersion: "0")
    let output = JSONDiagnosticFormat.render(report)
    #expect(
      output == """
        {
          "diagnostics": [],
          "summary": {
            "errors": 0,
            "warnings": 0,
            "infos": 0,
            "omitted": 0
          },
          "configuration": null,
          "as_of": null
        }

        """)
  }

  @Test("lint's as-of date is stated, null when the run judged no progress")
  func asOf() throws {
    var report = DiagnosticReport(sources: SourceMap(), diagnostics: [], toolVersion: "0")
    #expect(try parse(JSONDiagnosticFormat.render(report))["as_of"] is NSNull)
    report.asOf = "2026-12-03"
    #expect(try parse(JSONDiagnosticFormat.render(report))["as_of"] as? String == "2026-12-03")
  }

  @Test("the configuration the run used is named")
  func configuration() throws {
    let report = DiagnosticReport(
      sources: SourceMap(), diagnostics: [], toolVersion: "0", configuration: "plans/ogp-lint.toml")
    #expect(
      try parse(JSONDiagnosticFormat.render(report))["configuration"] as? String == "plans/ogp-lint.toml")
  }
}
