import OGPModel

/// `+` and `-` on the values expressions compute from input: checked, so that a result out of
/// range throws `ValueOutOfRange` (E0313) for whoever runs the expression to report, never a trap.
extension RuntimeValue {
  /// The longest duration a value holds, in months and in days (10,000 years of 365.2425 days):
  /// as long as the longest duration that can be written (`Duration.amounts` years), and longer
  /// than any date minus another. Within it, `days(…)`, `months(…)` and date arithmetic are exact
  /// and cannot overflow.
  static let longestDuration = (months: Duration.amounts.upperBound * 12, days: 3_652_425)

  /// A written duration (`3 months`) as a value; its amount is in `Duration.amounts`.
  init(_ duration: Duration) {
    let (months, days) = duration.monthsAndDays
    self = .duration(days: days, months: months)
  }

  /// `self + other`, or `self - other` when `subtracting`; `.none` for types that do not add.
  /// The checker folds constants with this too, so a constant out of range is found early.
  func combined(with other: RuntimeValue, subtracting: Bool) throws(ValueOutOfRange) -> RuntimeValue {
    func outOfRange(_ limit: ValueOutOfRange.Limit) -> ValueOutOfRange {
      ValueOutOfRange(left: self, right: other, subtracting: subtracting, limit: limit)
    }
    switch (self, other) {
    case (.integer(let a), .integer(let b)):
      let (result, overflow) = subtracting ? a.subtractingReportingOverflow(b) : a.addingReportingOverflow(b)
      guard !overflow else {
        throw outOfRange((b < 0) == subtracting ? .aboveLargestNumber : .belowSmallestNumber)
      }
      return .integer(result)
    case (.date(let a), .date(let b)):
      // Both lie in PartialDate.years (written, or computed by Day.adding), a few million days apart.
      return .duration(days: a.ordinal - b.ordinal, months: 0)
    case (.date(let a), .duration(let days, let months)):
      // A duration's parts are bounded by `longestDuration`, so negating them cannot overflow.
      guard let day = a.adding(months: subtracting ? -months : months, days: subtracting ? -days : days)
      else {
        let later = ((other.approximateDays ?? 0) > 0) != subtracting
        throw outOfRange(later ? .afterLastDay : .beforeFirstDay)
      }
      return .date(day)
    case (.duration(let d1, let m1), .duration(let d2, let m2)):
      // Parts bounded by `longestDuration` add far from overflow, then are bounded again.
      let days = subtracting ? d1 - d2 : d1 + d2
      let months = subtracting ? m1 - m2 : m1 + m2
      guard abs(days) <= Self.longestDuration.days, abs(months) <= Self.longestDuration.months else {
        throw outOfRange(.longerThanLongestDuration)
      }
      return .duration(days: days, months: months)
    default:
      return .none
    }
  }
}
