/// Diagnostics as a JUnit XML report (`--format junit`), for CI systems that show test results.
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <testsuites name="ogp" tests="2" failures="1" errors="0">
///   <testsuite name="plans/clean.ogp" tests="1" failures="0" errors="0">
///     <testcase name="plans/clean.ogp" classname="ogp"/>
///   </testsuite>
///   <testsuite name="plans/arcadia.ogp" tests="1" failures="1" errors="0">
///     <testcase name="E0205 plans/arcadia.ogp:19:14" classname="plans/arcadia.ogp">
///       <failure message="unknown objective &apos;SO7&apos;" type="error">plans/arcadia.ogp:19:14: error[E0205]: …</failure>
///     </testcase>
///   </testsuite>
/// </testsuites>
/// ```
///
/// Each file in `files` is a test suite, in the order given; a file with diagnostics that is not
/// in `files` gets a suite after them, so nothing reported is lost. A file without diagnostics
/// passes as one test case; otherwise each diagnostic is a test case, with the full text
/// (location, message, notes, help) as its body.
///
/// At most `report.limit` diagnostics become test cases (the counts count those); when some are
/// left out, a last suite named for the tool, with no test case, says how many in `<system-out>`.
///
/// Errors and warnings are failures, so a CI run shows warnings as clearly as errors. Infos are
/// advice, not defects: they are passing test cases whose text is in `<system-out>`. Nothing is
/// counted under `errors`, which JUnit reserves for tests that could not run.
///
/// Text is escaped for XML 1.0: `& < > " '` always, line breaks and tabs inside attributes so
/// they survive attribute normalisation, CR everywhere, and characters XML 1.0 forbids (C0
/// controls other than tab, LF and CR; U+FFFE; U+FFFF) become U+FFFD.
public enum JUnitFormat {
  /// The whole report for `report`, with a suite for each of `files` (paths as shown).
  public static func render(_ report: DiagnosticReport, files: [String]) -> String {
    var byPath: [String: [Diagnostic]] = [:]
    var paths: [String] = []
    for path in files where byPath[path] == nil {
      byPath[path] = []
      paths.append(path)
    }
    let (shown, omitted) = report.shown
    for diagnostic in shown {
      let path = report.sources[diagnostic.span.file].path
      if byPath[path] == nil { paths.append(path) }
      byPath[path, default: []].append(diagnostic)
    }

    let all = byPath.values.joined()
    let tests = byPath.values.reduce(0) { $0 + max(1, $1.count) }
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    output += "<testsuites name=\"\(escaped(report.toolName))\" tests=\"\(tests)\""
    output += " failures=\"\(all.count(where: isFailure))\" errors=\"0\">\n"
    for path in paths {
      output += suite(path, byPath[path, default: []], in: report)
    }
    if omitted > 0 {
      output += "  <testsuite name=\"\(escaped(report.toolName))\" tests=\"0\" failures=\"0\" errors=\"0\">\n"
      output +=
        "    <system-out>\(escaped(DiagnosticReport.omittedNote(omitted), attribute: false))</system-out>\n"
      output += "  </testsuite>\n"
    }
    output += "</testsuites>\n"
    return output
  }

  private static func isFailure(_ diagnostic: Diagnostic) -> Bool { diagnostic.severity != .info }

  private static func suite(_ path: String, _ diagnostics: [Diagnostic], in report: DiagnosticReport)
    -> String
  {
    let name = escaped(path)
    var output = "  <testsuite name=\"\(name)\" tests=\"\(max(1, diagnostics.count))\""
    output += " failures=\"\(diagnostics.count(where: isFailure))\" errors=\"0\">\n"
    if diagnostics.isEmpty {
      output += "    <testcase name=\"\(name)\" classname=\"\(escaped(report.toolName))\"/>\n"
    }
    for diagnostic in diagnostics {
      let start = report.place(of: diagnostic.span).start
      let location = "\(path):\(start.line):\(start.column)"
      let details = escaped(
        "\(location): \(diagnostic.severity.name)[\(diagnostic.code)]: "
          + DiagnosticReport.fullText(of: diagnostic), attribute: false)
      output += "    <testcase name=\"\(escaped("\(diagnostic.code) \(location)"))\" classname=\"\(name)\">\n"
      if isFailure(diagnostic) {
        output += "      <failure message=\"\(escaped(diagnostic.message))\""
        output += " type=\"\(diagnostic.severity.rawValue)\">\(details)</failure>\n"
      } else {
        output += "      <system-out>\(details)</system-out>\n"
      }
      output += "    </testcase>\n"
    }
    output += "  </testsuite>\n"
    return output
  }

  /// Escaped for element text or, with `attribute`, for a double-quoted attribute value, where
  /// a literal tab or line break would be normalised to a space.
  static func escaped(_ text: String, attribute: Bool = true) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x26: output += "&amp;"
      case 0x3C: output += "&lt;"
      case 0x3E: output += "&gt;"
      case 0x22: output += "&quot;"
      case 0x27: output += "&apos;"
      case 0x09 where attribute: output += "&#9;"
      case 0x0A where attribute: output += "&#10;"
      // A parser turns a literal CR, alone or before LF, into LF.
      case 0x0D: output += "&#13;"
      case 0x09, 0x0A: output.unicodeScalars.append(scalar)
      case 0x00..<0x20, 0xFFFE, 0xFFFF: output += "\u{FFFD}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
