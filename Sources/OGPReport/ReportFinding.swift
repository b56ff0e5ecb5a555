import OGPDiagnostics

/// A lint finding as the report shows it: what it says, the element it is about and where it
/// was written. The report places it by its element: in the row of its commitment, or in its
/// plan's summary.
public struct ReportFinding: Sendable, Hashable {
  public var severity: Diagnostic.Severity
  /// The rule's code (`OBJ001`).
  public var code: String
  public var message: String
  /// The element path the linter gives (`arcadia_nap3.c06.m2#deliverable`); nil for findings
  /// about no element, such as an unused suppression.
  public var element: String?
  /// The file as the compiler shows it, and the 1-based line.
  public var file: String?
  public var line: Int?
  public var help: String?

  public init(
    severity: Diagnostic.Severity, code: String, message: String, element: String? = nil,
    file: String? = nil, line: Int? = nil, help: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.element = element
    self.file = file
    self.line = line
    self.help = help
  }

  /// The finding of `diagnostic`, with its file and line looked up in `sources`.
  public init(_ diagnostic: Diagnostic, sources: SourceMap) {
    let file = sources[diagnostic.span.file]
    self.init(
      severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message,
      element: diagnostic.element, file: file.path, line: file.location(of: diagnostic.span.start).line,
      help: diagnostic.help)
  }

  /// The findings of a lint run, in the order given.
  public static func findings(from diagnostics: [Diagnostic], sources: SourceMap) -> [ReportFinding] {
    diagnostics.map { ReportFinding($0, sources: sources) }
  }

  /// The element without the clause part: `arcadia_nap3.c06.m2` for `arcadia_nap3.c06.m2#status`.
  var declaration: String? {
    element.map { String($0.prefix { $0 != "#" }) }
  }

  /// `arcadia-2024.ogp:168`, or nil when the place is unknown.
  var place: String? {
    guard let file else { return nil }
    let name = file.split(separator: "/").last.map(String.init) ?? file
    return line.map { "\(name):\($0)" } ?? name
  }
}
