import OGPDiagnostics
import OGPModel

extension StringProtocol {
  /// The text made safe for HTML and SVG text and for quoted attribute values: every string of a
  /// plan is the user's, and a title such as `<script>` must show as text. Control characters
  /// show as their pictures and bidirectional controls as U+FFFD, as on a terminal.
  var escapedForHTML: String {
    var result = ""
    result.reserveCapacity(utf8.count)
    for character in unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\n", "\r": result.unicodeScalars.append(character)
      default: result.unicodeScalars.append(character.visible)
      }
    }
    return result
  }

  /// An id's words for reading: `raise_the_bar` as "raise the bar".
  var spacedWords: String { String(map { $0 == "_" ? " " : $0 }) }

  /// A value usable inside an `id` attribute and a URL fragment.
  var fragmentSafe: String {
    String(map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
  }
}

extension String {
  /// At most `limit` characters, the last one an ellipsis when cut: chart labels have a fixed
  /// width and SVG cannot wrap text.
  func truncated(to limit: Int) -> String {
    guard count > limit else { return self }
    var kept = prefix(limit - 1)
    while kept.last?.isWhitespace == true { kept.removeLast() }
    return kept + "…"
  }

  /// Runs of whitespace, newlines included, as single spaces: multi-line strings keep the
  /// indentation they were written with.
  var collapsedWhitespace: String {
    split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

/// Links from the plan become anchors only when they are web or mail addresses; anything else
/// (a `javascript:` URL, a relative path) is shown as text. The visible text drops the scheme
/// and may break after a slash, so a long address wraps where a reader expects it to.
func linkOrText(_ text: String) -> String {
  let lowered = text.lowercased()
  let scheme = ["https://", "http://", "mailto:"].first { lowered.hasPrefix($0) }
  guard let scheme, !text.contains(where: \.isWhitespace) else { return text.escapedForHTML }
  var shown = String(text.dropFirst(scheme.count))
  if shown.hasSuffix("/") { shown.removeLast() }
  let breakable = shown.split(separator: "/", omittingEmptySubsequences: false).map(\.escapedForHTML)
    .joined(separator: "/<wbr />")
  return "<a href=\"\(text.escapedForHTML)\">\(breakable)</a>"
}

/// SVG coordinates with one decimal and no locale, so two runs give the same bytes.
func coordinate(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  let sign = tenths < 0 ? "-" : ""
  let magnitude = abs(tenths)
  return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
}

extension DateRange {
  /// `2024-10 – 2026-06`, as written.
  var displayText: String { "\(start) – \(end)" }
}

extension Duration {
  /// `6 months`, `6 meses`.
  var displayText: String {
    switch unit {
    case .days: ReportText.durationDays(count: amount)
    case .weeks: ReportText.durationWeeks(count: amount)
    case .months: ReportText.countMonths(count: amount)
    case .years: ReportText.durationYears(count: amount)
    }
  }
}

extension Day {
  /// `30 Jun 2026`, `30 de junio de 2026`.
  var displayText: String {
    ReportText.dateDay(day: String(day), month: monthInDate(month), year: String(year))
  }
}

/// A month's name as a date in prose writes it: `Jun`, `junio`.
func monthInDate(_ month: Int) -> String {
  switch month {
  case 1: ReportText.monthJanuary
  case 2: ReportText.monthFebruary
  case 3: ReportText.monthMarch
  case 4: ReportText.monthApril
  case 5: ReportText.monthMay
  case 6: ReportText.monthJune
  case 7: ReportText.monthJuly
  case 8: ReportText.monthAugust
  case 9: ReportText.monthSeptember
  case 10: ReportText.monthOctober
  case 11: ReportText.monthNovember
  default: ReportText.monthDecember
  }
}

/// A month's name on the timeline's axis: `Jun`, `jun`.
func axisMonthName(_ month: Int) -> String {
  switch month {
  case 1: ReportText.axisJanuary
  case 2: ReportText.axisFebruary
  case 3: ReportText.axisMarch
  case 4: ReportText.axisApril
  case 5: ReportText.axisMay
  case 6: ReportText.axisJune
  case 7: ReportText.axisJuly
  case 8: ReportText.axisAugust
  case 9: ReportText.axisSeptember
  case 10: ReportText.axisOctober
  case 11: ReportText.axisNovember
  default: ReportText.axisDecember
  }
}
