import OGPDiagnostics
import OGPLanguage

/// `ogp fmt`'s layout as edits to an open document. A document with syntax errors is refused as
/// `ogp fmt` refuses it, with an error that says why: the client asked for a change that cannot be
/// made, and an empty answer would look like a file already formatted.
enum DocumentFormatting {
  static func edits(of analysis: DocumentAnalysis) -> Result<[LSPTextEdit], ResponseError> {
    let file = analysis.file
    switch SourceFormatter.format(file) {
    case .failure(.syntaxErrors(let diagnostics)):
      let first = diagnostics[0]
      let line = file.lineIndex(at: first.span.start) + 1
      return .failure(
        ResponseError(
          .requestFailed,
          ServerText.formattingSyntaxErrors(line: String(line), message: first.message)))
    case .failure(.meaningChanged(let reason)):
      return .failure(
        ResponseError(
          .requestFailed,
          ServerText.formattingMeaningChanged(reason: reason)))
    case .success(let formatted):
      return .success(edit(from: file.bytes, to: Array(formatted.utf8), in: analysis).map { [$0] } ?? [])
    }
  }

  /// One edit that replaces what lies between the common start and the common end of the two
  /// texts: most of a large document is untouched, and its positions stay. Nil when they are the
  /// same.
  static func edit(from old: [UInt8], to new: [UInt8], in analysis: DocumentAnalysis) -> LSPTextEdit? {
    guard old != new else { return nil }
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    // A boundary inside a character or between '\r' and '\n' has no position: move it out.
    while prefix > 0, !isBoundary(old, prefix) || !isBoundary(new, prefix) { prefix -= 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    while suffix > 0, !isBoundary(old, old.count - suffix) || !isBoundary(new, new.count - suffix) {
      suffix -= 1
    }
    let range = analysis.converter(analysis.file.id).range(prefix, old.count - suffix)
    return LSPTextEdit(
      range: range, newText: String(decoding: new[prefix..<(new.count - suffix)], as: UTF8.self))
  }

  /// Whether `offset` starts a character and does not split a `\r\n`.
  private static func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
    guard offset > 0, offset < bytes.count else { return true }
    let isContinuation = bytes[offset] & 0xC0 == 0x80
    let splitsLineBreak = bytes[offset - 1] == 13 && bytes[offset] == 10
    return !isContinuation && !splitsLineBreak
  }
}
