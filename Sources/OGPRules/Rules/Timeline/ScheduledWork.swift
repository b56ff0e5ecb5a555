import OGPLanguage
import OGPModel

/// A commitment or a milestone seen as dated work with a progress status: what the timeline rules
/// judge, so each rule treats both alike.
struct ScheduledWork {
  enum Kind: String {
    case commitment, milestone
  }

  let kind: Kind
  /// The qualified id, for anchors.
  let id: String
  let title: String
  let period: DateRange?
  let status: Status?

  /// "milestone 'Portal'", "el hito 'Portal'": the work as findings name it.
  var named: String {
    (kind == .commitment ? DeclarationKind.commitment : DeclarationKind.milestone).named(title)
  }
}

extension ActionPlan {
  /// Every commitment, each followed by its milestones, in source order.
  var scheduledWork: [ScheduledWork] {
    var work: [ScheduledWork] = []
    work.reserveCapacity(commitments.count * 4)
    for commitment in commitments {
      work.append(
        ScheduledWork(
          kind: .commitment, id: commitment.id, title: commitment.title, period: commitment.period,
          status: commitment.status))
      for milestone in commitment.milestones {
        work.append(
          ScheduledWork(
            kind: .milestone, id: milestone.id, title: milestone.title, period: milestone.period,
            status: milestone.status))
      }
    }
    return work
  }

  /// The work still marked `status` whose period ended before `asOf`, each with its period, for
  /// the rules that find work whose status the calendar has overtaken.
  func work(markedStill status: Status, endedBefore asOf: Day) -> [(work: ScheduledWork, period: DateRange)] {
    scheduledWork.compactMap { work in
      guard work.status == status, let period = work.period, period.lastDay < asOf else { return nil }
      return (work, period)
    }
  }
}

extension PartialDate {
  /// The month a day falls in, as written in `.ogp` files (`2026-04`).
  static func month(of day: Day) -> String {
    PartialDate(year: day.year, month: day.month)?.description ?? day.description
  }
}
