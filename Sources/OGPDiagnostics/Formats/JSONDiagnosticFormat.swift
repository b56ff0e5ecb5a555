/// Diagnostics as one JSON document, for editors and scripts (`--format json`).
///
/// Keys always appear, in this order; absent values are `null`:
///
/// ```json
/// {
///   "diagnostics": [
///     {
///       "file": "plans/arcadia.ogp",
///       "line": 19,
///       "column": 14,
///       "end_line": 19,
///       "end_column": 17,
///       "severity": "error",
///       "code": "E0205",
///       "message": "unknown objective 'SO7' in strategy 'ogp_2023_2028'",
///       "label": "not declared here",
///       "help": "the strategy declares SO1, SO2, SO3, SO4, SO5",
///       "notes": [],
///       "element": null,
///       "docs": null
///     }
///   ],
///   "summary": {
///     "errors": 1,
///     "warnings": 0,
///     "infos": 0,
///     "omitted": 0
///   },
///   "configuration": "ogp-lint.toml",
///   "as_of": "2026-12-03"
/// }
/// ```
///
/// `file` is the path as shown; lines and columns are 1-based, columns count Unicode scalars,
/// and `end_line`/`end_column` are the position just after the primary span (exclusive).
/// `label` is the primary label's text (`null` when it has none), `element` the element path
/// lint findings carry, `docs` the code's documentation link. `configuration` is the
/// `ogp-lint.toml` the run used, as shown, or `null` for none; `as_of` the day lint judged
/// progress against, or `null` for `ogp check`, which judges none. Diagnostics come in display
/// order, at most `report.limit` of them; the summary counts all, and `omitted` is how many
/// were left out. The document is indented by two spaces and ends in a newline.
public enum JSONDiagnosticFormat {
  /// The whole document for `report`, ending in a newline.
  public static func render(_ report: DiagnosticReport) -> String {
    let (shown, omitted) = report.shown
    let all = report.diagnostics
    let document = JSONValue.object([
      ("diagnostics", .array(shown.map { entry($0, in: report) })),
      (
        "summary",
        .object([
          ("errors", .integer(all.errorCount)),
          ("warnings", .integer(all.warningCount)),
          ("infos", .integer(all.count(where: { $0.severity == .info }))),
          ("omitted", .integer(omitted)),
        ])
      ),
      ("configuration", .nullable(report.configuration)),
      ("as_of", .nullable(report.asOf)),
    ])
    return document.rendered() + "\n"
  }

  private static func entry(_ diagnostic: Diagnostic, in report: DiagnosticReport) -> JSONValue {
    let place = report.place(of: diagnostic.span)
    let label = diagnostic.primary.message
    return .object([
      ("file", .string(place.file.path)),
      ("line", .integer(place.start.line)),
      ("column", .integer(place.start.column)),
      ("end_line", .integer(place.end.line)),
      ("end_column", .integer(place.end.column)),
      ("severity", .string(diagnostic.severity.rawValue)),
      ("code", .string(diagnostic.code)),
      ("message", .string(diagnostic.message)),
      ("label", .nullable(label.isEmpty ? nil : label)),
      ("help", .nullable(diagnostic.help)),
      ("notes", .array(diagnostic.notes.map { .string($0) })),
      ("element", .nullable(diagnostic.element)),
      ("docs", .nullable(report.documentation[diagnostic.code]?.helpURI)),
    ])
  }
}
