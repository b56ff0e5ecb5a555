import OGPModel

/// Maps days to x coordinates over whole months: from the first month anything in the plan
/// starts to the last month anything ends, so a commitment that outlives its plan is drawn whole.
///
/// At most `maximumMonths` are shown, from the plan's first month: a range written
/// `2024 .. 9999` would otherwise draw a tick for each of 95,000 months, megabytes from one line.
/// What lies beyond is drawn clipped at the edge, and `isClipped` says so.
struct TimelineScale: Sendable {
  /// Twenty years: five times the longest action plan, four strategies.
  static let maximumMonths = 240

  /// The first day of the first month shown.
  let first: Day
  /// The last day of the last month shown.
  let last: Day
  let left: Double
  let right: Double
  /// True when some range reaches beyond the months shown.
  let isClipped: Bool

  init(plan: ActionPlan, left: Double, right: Double) {
    var first = plan.period.firstDay
    var last = plan.period.lastDay
    let ranges = plan.commitments.flatMap { [$0.period] + $0.milestones.map(\.period) }.compactMap { $0 }
    for range in ranges where range.isOrdered {
      first = min(first, range.firstDay)
      last = max(last, range.lastDay)
    }
    var start = Day(year: first.year, month: first.month, day: 1)
    var end = Day(year: last.year, month: last.month, day: 1)
    isClipped = (end.year - start.year) * 12 + end.month - start.month >= Self.maximumMonths
    if isClipped {
      if plan.period.isOrdered {
        start = max(start, Day(year: plan.period.firstDay.year, month: plan.period.firstDay.month, day: 1))
      }
      // Past the calendar's end there is nothing to clip.
      end = min(end, start.adding(months: Self.maximumMonths - 1) ?? end)
    }
    self.first = start
    self.last = Day(
      year: end.year, month: end.month, day: PartialDate.daysIn(month: end.month, year: end.year))
    self.left = left
    self.right = right
  }

  private var dayCount: Int { last.ordinal - first.ordinal + 1 }

  /// The x of the start of `day`, at the edge for a day outside the months shown.
  func x(_ day: Day) -> Double {
    clamped(left + (right - left) * Double(day.ordinal - first.ordinal) / Double(dayCount))
  }

  /// The x of the end of `day`: where a range ending on it stops.
  func xAfter(_ day: Day) -> Double {
    clamped(left + (right - left) * Double(day.ordinal - first.ordinal + 1) / Double(dayCount))
  }

  private func clamped(_ x: Double) -> Double { min(max(x, left), right) }

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
