/// Diagnostics as a SARIF 2.1.0 log (`--format sarif`), shaped for GitHub code scanning.
///
/// The log holds one run. Its `rules` are every documented code, sorted, then every reported
/// code without documentation, sorted; GitHub requires descriptions and help on each rule, so an
/// undocumented code gets generic ones. Each result carries its rule's id and index, a level
/// (info becomes `note`), the message followed by its notes and help (GitHub shows only the
/// message), the primary span as a region, secondary labels as related locations, and the
/// partial fingerprint `ogpElement/v1`: the element path, or `code:path:line` without one.
///
/// At most `report.limit` results are listed, the first in display order; when some are left
/// out, the run's `properties` say how many (`omittedResults`) with a note to show them all.
///
/// Columns count Unicode scalars (`columnKind` says so) and `endColumn` is exclusive, as SARIF
/// defines it. Artifact URIs are the paths as shown, percent-encoded: a relative path stays
/// relative (GitHub resolves it against the repository root), an absolute one becomes a
/// `file://` URI. The run's property bag names the configuration used (`configuration`: its path
/// as shown, or null) and, for lint, the day progress was judged against (`asOf`). Output is deterministic and ends in a newline.
public enum SARIFFormat {
  /// The whole log for `report`, ending in a newline.
  public static func render(_ report: DiagnosticReport) -> String {
    let (diagnostics, omitted) = report.shown
    let documented = report.documentation.keys.sorted()
    let undocumented = Set(diagnostics.map(\.code)).subtracting(documented).sorted()
    let ruleIDs = documented + undocumented
    let ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })

    var driver: [(String, JSONValue)] = [
      ("name", .string(report.toolName)),
      ("version", .string(report.toolVersion)),
    ]
    if let uri = report.informationURI { driver.append(("informationUri", .string(uri))) }
    driver.append(("rules", .array(ruleIDs.map { rule($0, in: report) })))
    var run: [(String, JSONValue)] = [
      ("tool", .object([("driver", .object(driver))])),
      ("columnKind", .string("unicodeCodePoints")),
      (
        "results",
        .array(diagnostics.map { result($0, ruleIndex: ruleIndex[$0.code] ?? 0, in: report) })
      ),
    ]
    var properties: [(String, JSONValue)] = [("configuration", .nullable(report.configuration))]
    if let asOf = report.asOf { properties.append(("asOf", .string(asOf))) }
    if omitted > 0 {
      properties += [
        ("omittedResults", .integer(omitted)),
        ("omittedResultsNote", .string(DiagnosticReport.omittedNote(omitted))),
      ]
    }
    run.append(("properties", .object(properties)))
    let log = JSONValue.object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      ("runs", .array([.object(run)])),
    ])
    return log.rendered() + "\n"
  }

  private static func rule(_ code: String, in report: DiagnosticReport) -> JSONValue {
    guard let documentation = report.documentation[code] else {
      return .object([
        ("id", .string(code)),
        ("shortDescription", text(DiagnosticsText.undocumentedShort(tool: report.toolName, code: code))),
        ("fullDescription", text(DiagnosticsText.undocumentedFull(tool: report.toolName, code: code))),
        ("help", text(DiagnosticsText.undocumentedHelp)),
      ])
    }
    var markdown = markdownEscaped(documentation.help)
    if let uri = documentation.helpURI {
      markdown += "\n\n[\(DiagnosticsText.documentationLink(code: code))](<\(uri)>)"
    }
    var members: [(String, JSONValue)] = [
      ("id", .string(code)),
      ("name", .string(documentation.name)),
      ("shortDescription", text(documentation.shortDescription)),
      ("fullDescription", text(documentation.fullDescription)),
      ("help", .object([("text", .string(documentation.help)), ("markdown", .string(markdown))])),
    ]
    // SARIF's helpUri must be absolute; a repository-relative link stays in the help text only.
    if let uri = documentation.helpURI, uri.contains("://") { members.append(("helpUri", .string(uri))) }
    members.append(
      ("defaultConfiguration", .object([("level", .string(level(documentation.defaultSeverity)))])))
    if let category = documentation.category {
      members.append(("properties", .object([("tags", .array([.string(category)]))])))
    }
    return .object(members)
  }

  private static func result(
    _ diagnostic: Diagnostic, ruleIndex: Int, in report: DiagnosticReport
  ) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("ruleId", .string(diagnostic.code)),
      ("ruleIndex", .integer(ruleIndex)),
      ("level", .string(level(diagnostic.severity))),
      ("message", text(DiagnosticReport.fullText(of: diagnostic))),
      ("locations", .array([location(diagnostic.primary, in: report)])),
    ]
    if !diagnostic.secondary.isEmpty {
      let related = diagnostic.secondary.enumerated().map { index, label in
        location(label, id: index + 1, in: report)
      }
      members.append(("relatedLocations", .array(related)))
    }
    let place = report.place(of: diagnostic.span)
    let fingerprint = diagnostic.element ?? "\(diagnostic.code):\(place.file.path):\(place.start.line)"
    members.append(("partialFingerprints", .object([("ogpElement/v1", .string(fingerprint))])))
    return .object(members)
  }

  private static func location(_ label: Label, id: Int? = nil, in report: DiagnosticReport) -> JSONValue {
    let place = report.place(of: label.span)
    var members: [(String, JSONValue)] = []
    if let id { members.append(("id", .integer(id))) }
    members.append(
      (
        "physicalLocation",
        .object([
          ("artifactLocation", .object([("uri", .string(uri(forPath: place.file.path)))])),
          (
            "region",
            .object([
              ("startLine", .integer(place.start.line)),
              ("startColumn", .integer(place.start.column)),
              ("endLine", .integer(place.end.line)),
              ("endColumn", .integer(place.end.column)),
            ])
          ),
        ])
      ))
    if !label.message.isEmpty { members.append(("message", text(label.message))) }
    return .object(members)
  }

  private static func text(_ text: String) -> JSONValue { .object([("text", .string(text))]) }

  private static func level(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// A path as a URI reference (RFC 3986). Unreserved characters, sub-delimiters, `@` and `/`
  /// stay; every other byte of the UTF-8 is percent-encoded, `:` too, so that a first segment
  /// such as `c:` is not read as a scheme.
  static func uri(forPath path: String) -> String {
    var encoded = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"):
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      case _ where "-._~!$&'()*+,;=@/".utf8.contains(byte):
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        encoded += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return path.hasPrefix("/") ? "file://" + encoded : encoded
  }

  /// Plain text made safe as Markdown: outside `code spans` (single backticks, as the help
  /// texts use them for syntax), characters Markdown would read as emphasis, links, HTML or
  /// headings are backslash-escaped; a backtick left unpaired is escaped too, and line breaks
  /// are kept as hard breaks.
  static func markdownEscaped(_ text: String) -> String {
    var output = ""
    var inCode = false
    var backticksLeft = text.count(where: { $0 == "`" })
    for character in text {
      switch character {
      case "`":
        backticksLeft -= 1
        if inCode || backticksLeft > 0 {
          inCode.toggle()
          output.append(character)
        } else {
          output += "\\`"
        }
      case "\n":
        output += "  \n"
      case "\\", "*", "_", "[", "]", "<", ">", "&", "#", "~", "|":
        output += inCode ? String(character) : "\\" + String(character)
      default:
        output.append(character)
      }
    }
    return output
  }
}
