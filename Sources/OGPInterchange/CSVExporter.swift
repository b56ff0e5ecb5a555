import OGPDiagnostics
import OGPModel

/// The CSV tables (`CSVTable`), RFC 4180: CRLF line ends, a field holding a comma, a quote or a
/// line break in double quotes, quotes doubled, a header row first.
///
/// Text is shown as on a terminal: control characters as their pictures (a tab as a space, a
/// lone carriage return as ␍), bidirectional controls as U+FFFD, and a line that a CI log would
/// run as a workflow command (`::add-mask::…`) with a fullwidth first colon.
///
/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (a tab and a
/// carriage return are gone by then), so such a field is written with a `'` in front (OWASP's advice against CSV
/// injection): a title like `=HYPERLINK(…)` shows as text. A program reading the file sees the
/// `'`; no id, date or enum value ever starts with one of those characters, only free text can.
public enum CSVExporter {
  /// `table` of `programs`, header first; `findings` are the rows of the findings table, which
  /// the other tables do not read. Texts are in `Language.current` where they are translated.
  public static func export(
    _ table: CSVTable, of programs: [ExportedProgram], findings: [ExportedFinding] = []
  ) -> String {
    let language = Language.current.rawValue
    let localized = programs.map {
      ExportedProgram(file: $0.file, program: $0.program.localized(into: language))
    }
    return ([table.columns] + table.rows(of: localized, findings: findings)).map {
      $0.map(field).joined(separator: ",") + "\r\n"
    }.joined()
  }

  /// One field as the export writes it: defused if a spreadsheet would run it as a formula,
  /// quoted if it holds a comma, a quote or a line break.
  public static func field(_ value: String) -> String {
    var value = value.visible(lineBreaks: .kept).defusingWorkflowCommands()
    if let first = value.unicodeScalars.first, ["=", "+", "-", "@"].contains(first) {
      value = "'" + value
    }
    guard value.unicodeScalars.contains(where: { [",", "\"", "\r", "\n"].contains($0) }) else { return value }
    return "\"" + value.replacing("\"", with: "\"\"") + "\""
  }
}
