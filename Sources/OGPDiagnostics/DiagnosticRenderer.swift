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
  /// still counts all), so a binary file fed by mistake gives a screenful, not megabytes. With
  /// `asOf` (lint's day that progress is judged against), the count line states it.
  public func render(_ diagnostics: [Diagnostic], limit: Int? = nil, asOf: String? = nil) -> String {
    guard !diagnostics.isEmpty else { return "" }
    var output = ""
    let sorted = diagnostics.isInDisplayOrder ? diagnostics : diagnostics.sortedForDisplay()
    let shown = limit.map { min($0, sorted.count) } ?? sorted.count
    for diagnostic in sorted[..<shown] {
      output += render(diagnostic)
      output += "\n\n"
    }
    if shown < sorted.count {
      output += "… " + DiagnosticReport.omittedNote(sorted.count - shown) + "\n"
    }
    output +=
      summary(
        errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
        infos: diagnostics.count { $0.severity == .info }, asOf: asOf) + "\n"
    return output
  }

  /// "2 errors, 1 warning", and ", 3 infos" when there are some (only lint reports them), and
  /// " (as of 2026-12-03)" when lint gives the day it judged progress against.
  public func summary(errors: Int, warnings: Int, infos: Int = 0, asOf: String? = nil) -> String {
    var text = DiagnosticsText.summaryCounts(errors: errors, warnings: warnings)
    if infos > 0 { text += DiagnosticsText.summaryInfos(infos: infos) }
    if let asOf { text = DiagnosticsText.summaryAsOf(counts: text, day: asOf) }
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
      "\(primaryFile.path.visiblePath):\(location.line):\(location.column): "
        + paint("\(diagnostic.severity.name)[\(diagnostic.code)]", severityStyle) + ": "
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
        lines.append(
          paint("\(gutter) ::: ", .blue) + "\(file.path.visiblePath):\(other.line):\(other.column)")
        previousFile = label.span.file
      }
      lines += snippet(
        label, in: file, primary: isPrimary, gutterWidth: gutterWidth, severityStyle: severityStyle)
    }
    for note in diagnostic.notes {
      lines.append(
        paint("\(gutter) = ", .blue) + paint(DiagnosticsText.lineNote, .bold) + ": " + sanitise(note))
    }
    if let help = diagnostic.help {
      lines.append(
        paint("\(gutter) = ", .blue) + paint(DiagnosticsText.lineHelp, .bold) + ": " + sanitise(help))
    }
    for fixIt in diagnostic.fixIts {
      lines.append(
        paint("\(gutter) = ", .blue) + paint(DiagnosticsText.lineFix, .bold) + ": " + sanitise(fixIt.message))
    }
    return lines.joined(separator: "\n")
  }

  private func snippet(
    _ label: Label, in file: SourceFile, primary: Bool, gutterWidth: Int, severityStyle: Style
  ) -> [String] {
    let bytes = file.bytes
    let lineIndex = file.lineIndex(at: min(label.span.start, bytes.count))
    let line = file.lineRange(lineIndex)
    let spanStart = min(max(label.span.start, line.lowerBound), line.upperBound)
    let spanEnd = min(max(label.span.end, spanStart), line.upperBound)

    // Only a window around the span is decoded, so a 50 MB line costs no more than a short one.
    var windowStart = line.lowerBound
    var windowEnd = Self.step(bytes, from: windowStart, scalars: maximumLineWidth, within: line)
    if windowEnd < line.upperBound {
      windowStart = Self.step(bytes, from: spanStart, scalars: -(maximumLineWidth / 3), within: line)
      windowEnd = Self.step(bytes, from: windowStart, scalars: maximumLineWidth, within: line)
    }
    var text = String(String.UnicodeScalarView(displayScalars(bytes[windowStart..<windowEnd])))
    var caretOffset = SourceFile.scalarCount(bytes[windowStart..<spanStart])
    if windowStart > line.lowerBound {
      text = "…" + text
      caretOffset += 1
    }
    if windowEnd < line.upperBound { text += "…" }
    let caretWidth = max(
      1, SourceFile.scalarCount(bytes[spanStart..<min(spanEnd, max(windowEnd, spanStart))]))

    let number = String(file.lineNumber(ofIndex: lineIndex))
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

  /// Moves `scalars` Unicode scalars forward (or back, when negative) from a byte offset,
  /// staying within `range`; continuation bytes are never a stopping point.
  static func step(_ bytes: [UInt8], from offset: Int, scalars: Int, within range: Range<Int>) -> Int {
    var position = offset
    var remaining = abs(scalars)
    if scalars < 0 {
      while remaining > 0, position > range.lowerBound {
        position -= 1
        while position > range.lowerBound, bytes[position] & 0xC0 == 0x80 { position -= 1 }
        remaining -= 1
      }
    } else {
      while remaining > 0, position < range.upperBound {
        position += 1
        while position < range.upperBound, bytes[position] & 0xC0 == 0x80 { position += 1 }
        remaining -= 1
      }
    }
    return position
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
      result.append(scalar.visible)
    }
    return result
  }

  /// Keeps messages on one line and free of terminal control sequences.
  private func sanitise(_ text: String) -> String { text.visible(lineBreaks: .space) }

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
