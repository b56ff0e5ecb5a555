/// A calendar date at the precision it was written: a year, a month or a day.
///
/// A partial date stands for its whole interval: `2024-06` runs from 1 to 30 June. It is kept
/// and encoded as its ISO text (`"2024-06"`), never as a time stamp.
public struct PartialDate: Sendable, Hashable, CustomStringConvertible {
  public let year: Int
  public let month: Int?
  public let day: Int?

  /// The years a date may have: four digits, as written.
  public static let years = 1...9999

  /// A date whose parts are valid (month 1–12, a day that exists in its month); nil otherwise.
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard PartialDate.years.contains(year) else { return nil }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day {
        guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
      }
    } else if day != nil {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
  public init?(_ text: String) {
    // Bytes, not Characters, and no arrays: dates are parsed for every milestone of every plan.
    var year = 0
    var month = 0
    var day = 0
    var field = 0
    var width = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "-") {
        guard field < 2, width == (field == 0 ? 4 : 2) else { return nil }
        field += 1
        width = 0
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        width += 1
        guard width <= 4 else { return nil }
        let digit = Int(byte - UInt8(ascii: "0"))
        switch field {
        case 0: year = year * 10 + digit
        case 1: month = month * 10 + digit
        default: day = day * 10 + digit
        }
      } else {
        return nil
      }
    }
    guard width == (field == 0 ? 4 : 2) else { return nil }
    self.init(year: year, month: field >= 1 ? month : nil, day: field == 2 ? day : nil)
  }

  public var description: String {
    var text = String(year).leftPadded(to: 4)
    if let month { text += "-" + String(month).leftPadded(to: 2) }
    if let day { text += "-" + String(day).leftPadded(to: 2) }
    return text
  }

  /// The first day of the interval this date stands for.
  public var firstDay: Day { Day(year: year, month: month ?? 1, day: day ?? 1) }

  /// The last day of the interval this date stands for.
  public var lastDay: Day {
    let lastMonth = month ?? 12
    return Day(
      year: year, month: lastMonth,
      day: day ?? PartialDate.daysIn(month: lastMonth, year: year))
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension PartialDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = PartialDate(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// One calendar day, ordered by time.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Days since 0000-03-01 in the proleptic Gregorian calendar, for differences between days.
  public var ordinal: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = shiftedYear / 400
    let yearOfEra = shiftedYear - era * 400
    let shiftedMonth = (month + 9) % 12
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra
  }

  /// The day with this `ordinal`: the inverse of `ordinal`.
  public init(ordinal: Int) {
    let era = (ordinal >= 0 ? ordinal : ordinal - 146_096) / 146_097
    let dayOfEra = ordinal - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.init(
      year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month,
      day: dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
  }

  /// The day `months` months and `days` days later (or earlier), clamped to the end of a
  /// shorter month: 2024-01-31 plus one month is 2024-02-29. Nil when this day or the result
  /// lies outside `PartialDate.years`: the amounts come from input, and this range keeps every
  /// step (and any later `ordinal`) far from overflow.
  public func adding(months: Int, days: Int = 0) -> Day? {
    guard PartialDate.years.contains(year) else { return nil }
    let (total, overflow) = monthIndex.addingReportingOverflow(months)
    guard !overflow, (Day.first.monthIndex...Day.last.monthIndex).contains(total) else { return nil }
    let newYear = total / 12
    let newMonth = total % 12 + 1
    let result = Day(
      year: newYear, month: newMonth, day: min(day, PartialDate.daysIn(month: newMonth, year: newYear)))
    guard days != 0 else { return result }
    let (ordinal, dayOverflow) = result.ordinal.addingReportingOverflow(days)
    guard !dayOverflow, (Day.first.ordinal...Day.last.ordinal).contains(ordinal) else { return nil }
    return Day(ordinal: ordinal)
  }

  /// The first and last days a date can stand for.
  public static let first = Day(year: PartialDate.years.lowerBound, month: 1, day: 1)
  public static let last = Day(year: PartialDate.years.upperBound, month: 12, day: 31)

  /// Months since January of year 0.
  private var monthIndex: Int { year * 12 + month - 1 }

  public var description: String {
    String(year).leftPadded(to: 4) + "-" + String(month).leftPadded(to: 2) + "-"
      + String(day).leftPadded(to: 2)
  }
}

/// An inclusive range from the first day of `start` to the last day of `end`.
public struct DateRange: Codable, Sendable, Hashable, CustomStringConvertible {
  public var start: PartialDate
  public var end: PartialDate

  public init(start: PartialDate, end: PartialDate) {
    self.start = start
    self.end = end
  }

  public var firstDay: Day { start.firstDay }
  public var lastDay: Day { end.lastDay }

  /// False when the range ends before it starts.
  public var isOrdered: Bool { firstDay <= lastDay }

  public func contains(_ other: DateRange) -> Bool {
    firstDay <= other.firstDay && other.lastDay <= lastDay
  }

  /// Whole months covered, counting a partial month as a whole one.
  public var months: Int {
    let first = firstDay
    let last = lastDay
    return (last.year - first.year) * 12 + (last.month - first.month) + 1
  }

  public var description: String { "\(start) .. \(end)" }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
