/// Everything a machine-readable format needs about one run: the sources, the diagnostics and
/// what their codes mean.
public struct DiagnosticReport: Sendable {
  public var sources: SourceMap
  public var diagnostics: [Diagnostic]
  /// Documentation by code. A code without an entry is still reported; formats that describe
  /// rules then describe it from its code alone.
  public var documentation: [String: DiagnosticDocumentation]
  public var toolName: String
  public var toolVersion: String
  /// The tool's home page, if it has one.
  public var informationURI: String?
  /// The configuration file the run used, as shown; nil when it used none. Machine formats name
  /// it, so that a CI log says which settings judged the files.
  public var configuration: String?
  /// At most this many diagnostics are listed (nil: all), the first in display order; each
  /// format says how many it left out, and its counts count all. Machine formats are bounded
  /// like the text, as golangci-lint bounds its issues in every format: a file of a million
  /// errors must not make a SARIF log of gigabytes.
  public var limit: Int?
  /// The day lint judged progress against (`2026-12-03`); nil for output that judges none. JSON
  /// and SARIF state it beside the configuration.
  public var asOf: String?

  public init(
    sources: SourceMap, diagnostics: [Diagnostic], documentation: [String: DiagnosticDocumentation] = [:],
    toolName: String = "ogp", toolVersion: String, informationURI: String? = nil,
    configuration: String? = nil,
    limit: Int? = nil, asOf: String? = nil
  ) {
    self.sources = sources
    self.diagnostics = diagnostics
    self.documentation = documentation
    self.toolName = toolName
    self.toolVersion = toolVersion
    self.informationURI = informationURI
    self.configuration = configuration
    self.limit = limit
    self.asOf = asOf
  }

  /// The diagnostics listed, in display order, and how many were left out.
  var shown: (diagnostics: ArraySlice<Diagnostic>, omitted: Int) {
    let sorted = diagnostics.isInDisplayOrder ? diagnostics : diagnostics.sortedForDisplay()
    let count = limit.map { min($0, sorted.count) } ?? sorted.count
    return (sorted[..<count], sorted.count - count)
  }

  /// What every output says when it leaves diagnostics out.
  public static func omittedNote(_ count: Int) -> String {
    DiagnosticsText.omitted(count: String(count))
  }

  /// Where a span is: its file, its first position and the position just after it (so the end
  /// is exclusive), 1-based, columns in Unicode scalars.
  func place(of span: SourceSpan) -> (file: SourceFile, start: SourceLocation, end: SourceLocation) {
    let file = sources[span.file]
    return (file, file.location(of: span.start), file.location(of: span.end))
  }

  /// The message followed by its notes and help, one per line, for formats that show a single
  /// text (SARIF results, GitHub annotations, JUnit failures, the language server's diagnostics).
  public static func fullText(of diagnostic: Diagnostic) -> String {
    var lines = [diagnostic.message]
    lines += diagnostic.notes.map { "\(DiagnosticsText.lineNote): \($0)" }
    if let help = diagnostic.help { lines.append("\(DiagnosticsText.lineHelp): \(help)") }
    return lines.joined(separator: "\n")
  }
}
