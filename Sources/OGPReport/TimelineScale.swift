import OGPModel

/// Maps days to x coordinates over whole months: from the first month anything in the plan
/// starts to the last month anything ends, so a commitment that outlives its plan is drawn whole.
struct TimelineScale: Sendable {
  /// The first day of the first month shown.
  let first: Day
  /// The last day of the last month shown.
  let last: Day
  let left: Double
  let right: Double

  init(plan: ActionPlan, left: Double, right: Double) {
    var first = plan.period.firstDay
    var last = plan.period.lastDay
    let ranges = plan.commitments.flatMap { [$0.period] + $0.milestones.map(\.period) }.compactMap { $0 }
    for range in ranges where range.isOrdered {
      first = min(first, range.firstDay)
      last = max(last, range.lastDay)
    }
    self.first = Day(year: first.year, month: first.month, day: 1)
    self.last = Day(
      year: last.year, month: last.month, day: PartialDate.daysIn(month: last.month, year: last.year))
    self.left = left
    self.right = right
  }

  private var dayCount: Int { last.ordinal - first.ordinal + 1 }

  /// The x of the start of `day`.
  func x(_ day: Day) -> Double {
    left + (right - left) * Double(day.ordinal - first.ordinal) / Double(dayCount)
  }

  /// The x of the end of `day`: where a range ending on it stops.
  func xAfter(_ day: Day) -> Double {
    left + (right - left) * Double(day.ordinal - first.ordinal + 1) / Double(dayCount)
  }

  func contains(_ day: Day) -> Bool { first <= day && day <= last }

  /// Every month shown, as its first day.
  var months: [Day] {
    var result: [Day] = []
    var year = first.year
    var month = first.month
    while (year, month) <= (last.year, last.month) {
      result.append(Day(year: year, month: month, day: 1))
      month += 1
      if month > 12 {
        month = 1
        year += 1
      }
    }
    return result
  }

  /// The width of an average month, to decide how much the axis can say.
  var monthWidth: Double { (right - left) / Double(max(months.count, 1)) }
}
