/// Renders diagnostics as text in the compiler convention:
///
/// ```
/// plans/arcadia.ogp:19:14: error[E0205]: unknown objective 'SO7' in strategy 'ogp_2023_2028'
///    |
/// 19 |     advances SO7
///    |              ^^^ not declared here
///    = help: the strategy declares SO1, SO2, SO3, SO4, SO5
/// ```
public struct DiagnosticRenderer: Sendable {
  public let sources: SourceMap
  public let colour: Bool
  /// Lines wider than this (in scalars) are cut around the span.
  public let maximumLineWidth: Int

  public init(sources: SourceMap, colour: Bool = false, maximumLineWidth: Int = 100) {
    self.sources = sources
    self.colour = colour
    self.maximumLineWidth = maximumLineWidth
  }

  /// All diagnostics in display order, each followed by a blank line, then the count line;
  /// empty when there are none. With a `limit`, only the first `limit` are shown (the count
  /// still counts all), so a binary file fed by mistake gives a screenful, not megabytes.
  public func render(_ diagnostics: [Diagnostic], limit: Int? = nil) -> String {
    guard !diagnostics.isEmpty else { return "" }
    var output = ""
    let sorted = diagnostics.sortedForDisplay()
    let shown = limit.map { min($0, sorted.count) } ?? sorted.count
    for diagnostic in sorted[..<shown] {
      output += render(diagnostic)
      output += "\n\n"
    }
    if shown < sorted.count {
      output += "… \(sorted.count - shown) more not shown (--max-errors 0 shows them all)\n"
    }
    output += summary(errors: diagnostics.errorCount, warnings: diagnostics.warningCount) + "\n"
    return output
  }

  /// "2 errors, 1 warning".
  public func summary(errors: Int, warnings: Int) -> String {
    let text =
      "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    return paint(text, .bold)
  }

  /// One diagnostic: its header line, snippets for its labels, notes, help and fix-its.
  public func render(_ diagnostic: Diagnostic) -> String {
    let primaryFile = sources[diagnostic.span.file]
    let location = primaryFile.location(of: diagnostic.span.start)
    let severityStyle: Style =
      diagnostic.severity == .error ? .red : (diagnostic.severity == .warning ? .yellow : .cyan)
    var lines: [String] = []
    lines.append(
      "\(primaryFile.path):\(location.line):\(location.column): "
        + paint("\(diagnostic.severity.rawValue)[\(diagnostic.code)]", severityStyle) + ": "
        + paint(sanitise(diagnostic.message), .bold))

    let labels = [(diagnostic.primary, true)] + diagnostic.secondary.map { ($0, false) }
    let shownLines = labels.map { label, _ in sources[label.span.file].location(of: label.span.start).line }
    let gutterWidth = String(shownLines.max() ?? 1).count
    let gutter = String(repeating: " ", count: gutterWidth)
    lines.append(paint("\(gutter) |", .blue))
    var previousFile = diagnostic.span.file
    for (label, isPrimary) in labels {
      let file = sources[label.span.file]
      if label.span.file != previousFile {
        let other = file.location(of: label.span.start)
        lines.append(paint("\(gutter) ::: ", .blue) + "\(file.path):\(other.line):\(other.column)")
        previousFile = label.span.file
      }
      lines += snippet(
        label, in: file, primary: isPrimary, gutterWidth: gutterWidth, severityStyle: severityStyle)
    }
    for note in diagnostic.notes {
      lines.append(paint("\(gutter) = ", .blue) + paint("note", .bold) + ": " + sanitise(note))
    }
    if let help = diagnostic.help {
      lines.append(paint("\(gutter) = ", .blue) + paint("help", .bold) + ": " + sanitise(help))
    }
    for fixIt in diagnostic.fixIts {
      lines.append(paint("\(gutter) = ", .blue) + paint("fix", .bold) + ": " + sanitise(fixIt.message))
    }
    return lines.joined(separator: "\n")
  }

  private func snippet(
    _ label: Label, in file: SourceFile, primary: Bool, gutterWidth: Int, severityStyle: Style
  ) -> [String] {
    let lineIndex = file.lineIndex(at: min(label.span.start, file.bytes.count))
    let range = file.lineRange(lineIndex)
    let scalars = displayScalars(file.bytes[range])
    let startColumn = SourceFile.scalarCount(
      file.bytes[range.lowerBound..<min(max(label.span.start, range.lowerBound), range.upperBound)])
    let endOffset = min(label.span.end, range.upperBound)
    var endColumn = SourceFile.scalarCount(file.bytes[range.lowerBound..<max(endOffset, range.lowerBound)])
    if endColumn <= startColumn { endColumn = startColumn + 1 }

    // Cut long lines to a window around the span so a 50 MB line prints as one short line.
    var windowStart = 0
    var windowEnd = scalars.count
    if scalars.count > maximumLineWidth {
      let margin = maximumLineWidth / 3
      windowStart = max(0, startColumn - margin)
      windowEnd = min(
        scalars.count, max(windowStart + maximumLineWidth, min(endColumn, windowStart + maximumLineWidth)))
    }
    var text = String(String.UnicodeScalarView(scalars[windowStart..<windowEnd]))
    var caretOffset = startColumn - windowStart
    if windowStart > 0 {
      text = "…" + text
      caretOffset += 1
    }
    if windowEnd < scalars.count { text += "…" }
    let caretWidth = max(1, min(endColumn, windowEnd) - startColumn)

    let number = String(lineIndex + 1)
    let paddedNumber = String(repeating: " ", count: gutterWidth - number.count) + number
    let gutter = String(repeating: " ", count: gutterWidth)
    let marker = String(repeating: primary ? "^" : "-", count: caretWidth)
    var underline =
      String(repeating: " ", count: caretOffset) + paint(marker, primary ? severityStyle : .blue)
    if !label.message.isEmpty {
      underline += " " + paint(sanitise(label.message), primary ? severityStyle : .blue)
    }
    return [
      paint("\(paddedNumber) |", .blue) + (text.isEmpty ? "" : " " + text),
      paint("\(gutter) |", .blue) + " " + underline,
    ]
  }

  /// Decodes a line for display, one scalar per column: an invalid byte becomes U+FFFD and
  /// control characters become visible symbols, so carets stay aligned and no escape sequence
  /// from the source reaches the terminal.
  private func displayScalars(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let (scalar, length) = UTF8Decoding.decode(bytes, at: index)
      index += length
      guard let scalar else {
        result.append("\u{FFFD}")
        continue
      }
      result.append(visible(scalar))
    }
    return result
  }

  private func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x09: " "
    case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value)!
    case 0x7F: "\u{2421}"
    case 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
    default: scalar
    }
  }

  /// Keeps messages on one line and free of terminal control sequences.
  private func sanitise(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : visible($0) }))
  }

  private enum Style: String {
    case bold = "1"
    case red = "1;31"
    case yellow = "1;33"
    case cyan = "1;36"
    case blue = "1;34"
  }

  private func paint(_ text: String, _ style: Style) -> String {
    colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}
