/// Diagnostics as GitHub Actions workflow commands (`--format github`), which GitHub shows as
/// annotations on a pull request's changes, one command per line:
///
/// ```
/// ::error file=plans/arcadia.ogp,line=19,col=14,endLine=19,endColumn=17,title=E0205::unknown objective 'SO7'%0Ahelp: the strategy declares SO1
/// ```
///
/// At most `report.limit` diagnostics are listed; a last `::notice` says how many were left out.
/// Warnings become `::warning` and infos `::notice`; the title is the code, and the message is
/// followed by its notes and help on lines of their own. `col` and `endColumn` are given only
/// when the span starts and ends on one line, as GitHub requires; `endColumn` is exclusive, as
/// in every other ogp format. Paths and messages are escaped the way `@actions/core` escapes
/// them, so no text can end a command early or start another.
public enum GitHubFormat {
  /// One command line per diagnostic, in display order; empty when there are none.
  public static func render(_ report: DiagnosticReport) -> String {
    var output = ""
    let (shown, omitted) = report.shown
    for diagnostic in shown {
      let place = report.place(of: diagnostic.span)
      let oneLine = place.start.line == place.end.line
      // Control characters would reach the CI log raw: escape sequences could rewrite what the
      // log shows, so they are made visible before the workflow-command escaping.
      let path = place.file.path.visible(lineBreaks: .kept)
      var properties = ["file=\(escapeProperty(path))", "line=\(place.start.line)"]
      if oneLine { properties.append("col=\(place.start.column)") }
      properties.append("endLine=\(place.end.line)")
      if oneLine { properties.append("endColumn=\(place.end.column)") }
      properties.append("title=\(escapeProperty(diagnostic.code))")
      let command =
        switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
      output += "::\(command) \(properties.joined(separator: ","))::"
      output += escapeData(DiagnosticReport.fullText(of: diagnostic).visible(lineBreaks: .kept)) + "\n"
    }
    if omitted > 0 {
      output += "::notice title=ogp::" + escapeData(DiagnosticReport.omittedNote(omitted)) + "\n"
    }
    return output
  }

  /// Escapes a command's message: `%`, CR and LF become `%25`, `%0D` and `%0A`.
  public static func escapeData(_ text: String) -> String { escape(text, property: false) }

  /// Escapes a property value: as `escapeData`, and `:` and `,` become `%3A` and `%2C`.
  public static func escapeProperty(_ text: String) -> String { escape(text, property: true) }

  /// The inverse of `escapeData`: `unescapeData(escapeData(s)) == s` for every string.
  public static func unescapeData(_ text: String) -> String { unescape(text, property: false) }

  /// The inverse of `escapeProperty`: `unescapeProperty(escapeProperty(s)) == s` for every string.
  public static func unescapeProperty(_ text: String) -> String { unescape(text, property: true) }

  // Scalars, not characters: "\r\n" is a single Character, and both of its scalars need escaping.
  private static func escape(_ text: String, property: Bool) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": output += "%25"
      case "\r": output += "%0D"
      case "\n": output += "%0A"
      case ":" where property: output += "%3A"
      case "," where property: output += "%2C"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  // One pass from left to right, so the `%` that starts an escape is never read again as part
  // of another one; a `%` that starts no known escape is kept as it is.
  private static func unescape(_ text: String, property: Bool) -> String {
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "%", index + 2 < scalars.count,
        let decoded = decode(scalars[index + 1], scalars[index + 2], property: property)
      {
        output.append(decoded)
        index += 3
      } else {
        output.append(scalars[index])
        index += 1
      }
    }
    return String(output)
  }

  private static func decode(
    _ first: Unicode.Scalar, _ second: Unicode.Scalar, property: Bool
  ) -> Unicode.Scalar? {
    switch (first, second) {
    case ("2", "5"): "%"
    case ("0", "D"): "\r"
    case ("0", "A"): "\n"
    case ("3", "A") where property: ":"
    case ("2", "C") where property: ","
    default: nil
    }
  }
}
