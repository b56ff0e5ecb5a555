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
    diagnostics.append(CheckMessage.invalidDate(text).diagnostic(at: span))
    return nil
  }

  private func yearText(_ atom: Atom) -> String {
    if case .integer(let value, _) = atom, let value { return String(value) }
    return "?"
  }

  /// `a .. b`: two dates, the second not before the first.
  mutating func checkDateRange(_ clause: Clause) -> DateRange? {
    let group = clause.groups[0]
    guard group.terms.count == 1, let upper = group.terms[0].upper else {
      reportType(
        clause, .dateRange,
        found: group.terms.count == 1
          ? Self.singleDescription(group.terms[0].lower)
          : CheckText.foundValues(count: String(group.terms.count)))
      return nil
    }
    let lower = group.terms[0].lower
    let start = checkDate(lower, clause, .dateRange)
    let end = checkDate(upper, clause, .dateRange)
    guard let start, let end else { return nil }
    let range = DateRange(start: start, end: end)
    guard range.isOrdered else {
      diagnostics.append(
        CheckMessage.reversedRange(range, startSpan: lower.span, endSpan: upper.span).diagnostic(
          at: group.span))
      return nil
    }
    return range
  }

  /// `a .. b` read without reporting anything: nil unless it is two dates in order. The
  /// clause's own check reports what is wrong with it.
  static func writtenDateRange(_ clause: Clause) -> DateRange? {
    guard let group = clause.groups.first, group.terms.count == 1, let upper = group.terms[0].upper
    else { return nil }
    func date(_ atom: Atom) -> PartialDate? {
      switch atom {
      case .date(let written, _): PartialDate(written)
      case .integer(let value, _): value.flatMap { PartialDate(String($0)) }
      default: nil
      }
    }
    guard let start = date(group.terms[0].lower), let end = date(upper) else { return nil }
    let range = DateRange(start: start, end: end)
    return range.isOrdered ? range : nil
  }

  private static func singleDescription(_ atom: Atom) -> String {
    switch atom {
    case .date, .integer: CheckText.foundSingleDate
    default: atom.kindDescription
    }
  }
}
