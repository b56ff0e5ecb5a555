import OGPDiagnostics
import OGPLanguage

/// Why a configuration file was rejected: every problem in it, in file order, each an error with a
/// labelled span in the file, so that it is shown like any other diagnostic.
public struct ConfigurationError: Error, Sendable {
  public let diagnostics: [Diagnostic]

  /// Text from a configuration file as a message quotes it, cut short so that a hostile line of a
  /// megabyte cannot flood the output.
  static func shown(_ text: String) -> String {
    let scalars = text.unicodeScalars
    let limit = 40
    guard let cut = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
      cut != scalars.endIndex
    else { return text }
    return String(scalars[..<scalars.index(before: cut)]) + "…"
  }
}

extension Diagnostic {
  /// An error in a configuration file.
  static func configurationError(
    _ code: DiagnosticCode, _ message: String, at span: SourceSpan, label: String,
    secondary: [Label] = [], notes: [String] = [], help: String, fixIts: [FixIt] = []
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code.rawValue, message: message, at: Label(span, label), secondary: secondary,
      notes: notes, help: help, fixIts: fixIts)
  }
}
