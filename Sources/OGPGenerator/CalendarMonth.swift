/// A month of the Gregorian calendar, counted from January of year 0 (`year * 12 + month - 1`),
/// so that month arithmetic is integer arithmetic; it writes itself in the language's date
/// syntax (`2024`, `2024-06`, `2024-06-30`).
struct CalendarMonth: Sendable, Hashable, Comparable {
  let index: Int

  init(index: Int) {
    self.index = index
  }

  init(year: Int, month: Int) {
    precondition((1...12).contains(month), "month out of range")
    index = year * 12 + month - 1
  }

  var year: Int { index / 12 }
  var month: Int { index % 12 + 1 }

  /// The number of days in this month (29 for February in a leap year).
  var days: Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  func adding(months: Int) -> CalendarMonth {
    CalendarMonth(index: index + months)
  }

  static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
    lhs.index < rhs.index
  }

  /// `2024`.
  func appendYear(to text: inout String) {
    text.append(Self.yearText(year))
  }

  /// `2024-06`.
  func appendMonth(to text: inout String) {
    text.append(Self.yearText(year))
    text.append("-")
    text.append(Self.twoDigits[month])
  }

  /// `2024-06-30`; `day` must exist in this month.
  func appendDay(_ day: Int, to text: inout String) {
    precondition((1...days).contains(day), "day out of range")
    appendMonth(to: &text)
    text.append("-")
    text.append(Self.twoDigits[day])
  }

  private static let twoDigits: [String] = (0...31).map { $0 < 10 ? "0\($0)" : "\($0)" }

  private static func yearText(_ year: Int) -> String {
    precondition((1000...9999).contains(year), "year must have four digits")
    return String(year)
  }
}

/// A range of whole months, written at one of three precisions; every form stands for the same
/// interval (first day of `first` to last day of `last`), except `.days`, which narrows it.
struct MonthRange: Sendable {
  enum Style: Sendable {
    /// `2025 .. 2026`: only when the range covers whole years.
    case years
    /// `2024-10 .. 2026-06`.
    case months
    /// `2024-10-01 .. 2026-06-30`: the same interval as `.months`, spelled with days.
    case fullDays
    /// `2024-10-07 .. 2026-06-18`: a narrower interval with the given first and last day.
    case days(first: Int, last: Int)
  }

  let first: CalendarMonth
  let last: CalendarMonth

  init(first: CalendarMonth, last: CalendarMonth) {
    precondition(first <= last, "range must be ordered")
    self.first = first
    self.last = last
  }

  var months: Int { last.index - first.index + 1 }

  /// Whether the range starts in January and ends in December.
  var coversWholeYears: Bool { first.month == 1 && last.month == 12 }

  func append(_ style: Style, to text: inout String) {
    switch style {
    case .years:
      precondition(coversWholeYears, "a year range must cover whole years")
      first.appendYear(to: &text)
      text.append(" .. ")
      last.appendYear(to: &text)
    case .months:
      first.appendMonth(to: &text)
      text.append(" .. ")
      last.appendMonth(to: &text)
    case .fullDays:
      first.appendDay(1, to: &text)
      text.append(" .. ")
      last.appendDay(last.days, to: &text)
    case .days(let firstDay, let lastDay):
      precondition(first < last || firstDay <= lastDay, "range must be ordered")
      first.appendDay(firstDay, to: &text)
      text.append(" .. ")
      last.appendDay(lastDay, to: &text)
    }
  }
}
