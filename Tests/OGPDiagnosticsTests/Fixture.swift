import OGPDiagnostics
import Testing

/// A small run shared by the format tests: every severity, non-ASCII text, a path with a space,
/// and a documented, an undocumented and a documented-but-unreported code.
enum Fixture {
  static let arcadiaPath = "plans/arcadia plan.ogp"
  static let seedsPath = "plans/ünï/🌱 seeds.ogp"

  static let arcadiaText = """
    plan arcadia_nap3 {
      commitment c05 "Agência de Governo Digital — ü 🌱" {
        partners SO7
      }
    }

    """

  static let seedsText = "forum f {\n  lead \"x\"\n}\n"

  static let infoMessage = "tab\there, quote \" backslash \\ escape \u{1B}[31m bell \u{07} line\nbreak"

  static let documentation: [String: DiagnosticDocumentation] = [
    "OBJ001": DiagnosticDocumentation(
      code: "OBJ001", name: "commitment-advances-nothing",
      shortDescription: "A commitment advances no objective.",
      fullDescription: "Every commitment should advance at least one objective of its strategy.",
      help: "Add an `advances` clause naming the objective_id the commitment serves.",
      defaultSeverity: .warning, category: "objectives"),
    "E0205": DiagnosticDocumentation(
      code: "E0205", name: "unknown-objective", shortDescription: "An objective is not declared.",
      fullDescription: "A clause names an objective its strategy does not declare.",
      help: "Name one of the strategy's objectives.", helpURI: "https://example.org/ogp/E0205",
      defaultSeverity: .error, category: "correctness"),
    "OBJ002": DiagnosticDocumentation(
      code: "OBJ002", name: "milestone-without-date", shortDescription: "A milestone has no date.",
      fullDescription: "Milestones without dates cannot be tracked.", help: "Add a `due` clause.",
      defaultSeverity: .info),
  ]

  /// The span of the first `needle` in `file` that follows the first `after`.
  static func span(of needle: String, after: String = "", in file: SourceFile) -> SourceSpan {
    let bytes = file.bytes
    let prefix = Array(after.utf8)
    let target = Array(needle.utf8)
    var from = 0
    if !prefix.isEmpty, let found = find(prefix, in: bytes, from: 0) { from = found + prefix.count }
    guard let start = find(target, in: bytes, from: from) else {
      Issue.record("'\(needle)' not found in \(file.path)")
      return SourceSpan(file: file.id, start: 0, end: 0)
    }
    return SourceSpan(file: file.id, start: start, end: start + target.count)
  }

  private static func find(_ target: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard bytes.count >= target.count else { return nil }
    return (from...(bytes.count - target.count)).first { bytes[$0..<$0 + target.count].elementsEqual(target) }
  }

  static func report() -> DiagnosticReport {
    let sources = SourceMap()
    let arcadia = sources.add(path: arcadiaPath, bytes: Array(arcadiaText.utf8))
    let seeds = sources.add(path: seedsPath, bytes: Array(seedsText.utf8))
    let unknown = Diagnostic(
      .error, code: "E0205", message: "unknown objective 'SO7' in strategy \"ogp_2023\"",
      at: Label(span(of: "SO7", in: arcadia), "not declared here"),
      notes: ["objectives are declared in `strategy.ogp`"], help: "the strategy declares SO1, SO2 — ü 🌱")
    var advancesNothing = Diagnostic(
      .warning, code: "OBJ001", message: "commitment 'Agência de Governo Digital — ü 🌱' advances nothing",
      at: Label(span(of: "{", after: "🌱", in: arcadia), "this commitment"),
      help: "add an `advances` clause")
    advancesNothing.element = "arcadia_nap3.c05#partners"
    let info = Diagnostic(
      .info, code: "OBJ900", message: infoMessage, at: Label(span(of: "lead", in: seeds)),
      secondary: [Label(span(of: "forum", in: seeds), "this forum")])
    // Out of display order on purpose: every format sorts.
    return DiagnosticReport(
      sources: sources, diagnostics: [info, unknown, advancesNothing], documentation: documentation,
      toolVersion: "1.2.3", informationURI: "https://example.org/ogp")
  }
}
