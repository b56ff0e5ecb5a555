import OGPDiagnostics

/// A lint finding as the `findings` table writes it. The command line runs the linter, which
/// this library does not import, and places each finding in its file and plan.
public struct ExportedFinding: Sendable {
  /// The path of the file the finding is in, as diagnostics show it.
  public let file: String
  /// The id of the plan whose element the finding is about; nil for anything outside a plan.
  public let plan: String?
  /// Where the finding starts: 1-based, the column counting Unicode scalars.
  public let line: Int
  public let column: Int
  public let code: String
  public let severity: Diagnostic.Severity
  /// The element path the finding is about (`plan.c01#period`), as baselines and `--format json`
  /// write it; nil when the finding is about no element (a suppression comment).
  public let element: String?
  public let message: String

  public init(
    file: String, plan: String?, line: Int, column: Int, code: String, severity: Diagnostic.Severity,
    element: String?, message: String
  ) {
    self.file = file
    self.plan = plan
    self.line = line
    self.column = column
    self.code = code
    self.severity = severity
    self.element = element
    self.message = message
  }
}
