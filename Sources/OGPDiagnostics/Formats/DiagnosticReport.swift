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

  public init(
    sources: SourceMap, diagnostics: [Diagnostic], documentation: [String: DiagnosticDocumentation] = [:],
    toolName: String = "ogp", toolVersion: String, informationURI: String? = nil, configuration: String? = nil
  ) {
    self.sources = sources
    self.diagnostics = diagnostics
    self.documentation = documentation
    self.toolName = toolName
    self.toolVersion = toolVersion
    self.informationURI = informationURI
    self.configuration = configuration
  }

  /// Where a span is: its file, its first position and the position just after it (so the end
  /// is exclusive), 1-based, columns in Unicode scalars.
  func place(of span: SourceSpan) -> (file: SourceFile, start: SourceLocation, end: SourceLocation) {
    let file = sources[span.file]
    return (file, file.location(of: span.start), file.location(of: span.end))
  }

  /// The message followed by its notes and help, one per line, for formats that show a single
  /// text (SARIF results, GitHub annotations, JUnit failures).
  static func fullText(of diagnostic: Diagnostic) -> String {
    var lines = [diagnostic.message]
    lines += diagnostic.notes.map { "note: \($0)" }
    if let help = diagnostic.help { lines.append("help: \(help)") }
    return lines.joined(separator: "\n")
  }
}
