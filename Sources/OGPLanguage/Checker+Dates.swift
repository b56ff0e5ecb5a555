import OGPDiagnostics
import OGPModel

extension Checker {
  /// `2024`, `2024-06` or `2024-06-30`, and a real calendar date.
  mutating func checkDate(_ atom: Atom, _ clause: Clause, _ type: ValueType) -> PartialDate? {
    let text: String
    let span: SourceSpan
    switch atom {
    case .date(let written, let at):
      text = written
      span = at
    case .integer(_, let at):
      span = at
      text = yearText(atom)
    default:
      reportType(clause, type, found: atom.kindDescription, at: atom.span)
      return nil
    }
    if let date = PartialDate(text) { return date }
    diagnostics.append(
      .error(
        .invalidDate, "invalid date '\(text)'", at: span, label: Self.dateProblem(text),
        help: "write dates as YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06-30"))
    return nil
  }

  private func yearText(_ atom: Atom) -> String {
    if case .integer(let value, _) = atom, let value { return String(value) }
    return "?"
  }

  /// Says what exactly is wrong, so "2023-02-30" is answered with "February 2023 has 28 days".
  static func dateProblem(_ text: String) -> String {
    let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
    let parts = pieces.compactMap { Int($0) }
    let widths = pieces.map(\.count)
    guard parts.count <= 3, parts.count == pieces.count else { return "not a date" }
    if widths[0] != 4 { return "the year needs four digits" }
    if parts[0] == 0 { return "there is no year 0" }
    if parts.count > 1 {
      if widths[1] != 2 { return "the month needs two digits" }
      let month = parts[1]
      if !(1...12).contains(month) { return "there is no month \(month)" }
      if parts.count > 2 {
        if widths[2] != 2 { return "the day needs two digits" }
        if parts[2] == 0 { return "there is no day 0" }
        let days = PartialDate.daysIn(month: month, year: parts[0])
        let names = [
          "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December",
        ]
        return "\(names[month - 1]) \(parts[0]) has \(days) days"
      }
    }
    return "not a date"
  }

  /// `a .. b`: two dates, the second not before the first.
  mutating func checkDateRange(_ clause: Clause) -> DateRange? {
    let group = clause.groups[0]
    guard group.terms.count == 1, let upper = group.terms[0].upper else {
      reportType(
        clause, .dateRange,
        found: group.terms.count == 1
          ? Self.singleDescription(group.terms[0].lower) : "\(group.terms.count) values")
      return nil
    }
    let lower = group.terms[0].lower
    let start = checkDate(lower, clause, .dateRange)
    let end = checkDate(upper, clause, .dateRange)
    guard let start, let end else { return nil }
    let range = DateRange(start: start, end: end)
    guard range.isOrdered else {
      diagnostics.append(
        .error(
          .reversedRange, "the range \(range) ends before it starts", at: group.span, label: "reversed",
          help: "write the earlier date first: \(end) .. \(start)",
          fixIts: [
            FixIt(
              "swap the dates",
              edits: [
                TextEdit(span: lower.span, replacement: end.description),
                TextEdit(span: upper.span, replacement: start.description),
              ])
          ]))
      return nil
    }
    return range
  }

  private static func singleDescription(_ atom: Atom) -> String {
    switch atom {
    case .date, .integer: "a single date"
    default: atom.kindDescription
    }
  }
}
