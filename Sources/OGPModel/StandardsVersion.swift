/// One version of OGP's Participation and Co-Creation Standards (2017, 2022, OGP Local's), declared
/// on its own with `standards`: the standards it holds, when it was in force and for which kind
/// of member. A plan is judged by the version in force when it was co-created.
public struct StandardsVersion: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?
  /// The first day plans co-created on or after it are judged by this version.
  public var inForceFrom: PartialDate?
  /// The last day it applies; nil while it is still in force.
  public var inForceUntil: PartialDate?
  /// The kind of member it applies to (national or local); nil for every member.
  public var members: MemberKind?
  /// The month by whose end a plan is due, in the year its period starts (or the year before,
  /// when the period starts in or before that month): OGP's 31 August is `8`.
  public var deliveryMonth: Int?
  /// Months past the delivery deadline after which a plan is "contrary to process" (OGP: 4).
  public var graceMonths: Int?
  public var standards: [CoCreationStandard]

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    id: String, title: String, doc: String? = nil, inForceFrom: PartialDate? = nil,
    inForceUntil: PartialDate? = nil, members: MemberKind? = nil,
    deliveryMonth: Int? = nil, graceMonths: Int? = nil, standards: [CoCreationStandard] = []
  ) {
    self.id = id
    self.title = title
    self.doc = doc
    self.inForceFrom = inForceFrom
    self.inForceUntil = inForceUntil
    self.members = members
    self.deliveryMonth = deliveryMonth
    self.graceMonths = graceMonths
    self.standards = standards
  }

  /// True when `day` falls in the version's in-force period (open at either end when a date is
  /// not declared).
  public func isInForce(on day: Day) -> Bool {
    (inForceFrom.map { $0.firstDay <= day } ?? true) && (inForceUntil.map { day <= $0.lastDay } ?? true)
  }

  /// True when the version applies to members of `kind`.
  public func applies(to kind: MemberKind) -> Bool { members.map { $0 == kind } ?? true }
}

/// Which version of the co-creation standards a plan is judged by, and why.
public enum StandardsSelection: Sendable, Equatable {
  /// The program declares no `standards`: the rules fall back to the standards a strategy declares
  /// and to the configured thresholds.
  case undeclared
  /// The version the plan names, or the one in force on its co-creation date for its kind of member.
  case version(StandardsVersion)
  /// Versions are declared, but none was in force on `day` for the plan's kind of member.
  case noneInForce(day: Day, source: CoCreationDate)
}

/// Which of a plan's dates stands for when it was co-created.
public enum CoCreationDate: String, Sendable, Equatable {
  case started = "co-creation start"
  case submitted = "submission date"
  case periodStart = "period start"
}

extension Program {
  /// The standards version `plan` is judged by: the one it names with `standards`, else the one
  /// whose in-force period holds the plan's co-creation date (its `cocreation { started }`, else
  /// `submitted`, else the start of its period) and that applies to its kind of member. A version
  /// for the member's kind wins over one for every member; among equals, the one in force last.
  public func standardsSelection(for plan: ActionPlan) -> StandardsSelection {
    guard !standards.isEmpty else { return .undeclared }
    if let named = plan.standards, let version = standards.first(where: { $0.id == named }) {
      return .version(version)
    }
    let (date, source): (PartialDate, CoCreationDate) =
      if let started = plan.cocreation?.started { (started, .started) } else if let submitted = plan.submitted
      {
        (submitted, .submitted)
      } else { (plan.period.start, .periodStart) }
    let day = date.firstDay
    let candidates = standards.filter { $0.isInForce(on: day) && $0.applies(to: plan.member.kind) }
    let chosen = candidates.max { lhs, rhs in
      let (l, r) = (lhs.members != nil, rhs.members != nil)
      if l != r { return !l }
      return (lhs.inForceFrom?.firstDay ?? Day(year: 1, month: 1, day: 1))
        < (rhs.inForceFrom?.firstDay ?? Day(year: 1, month: 1, day: 1))
    }
    return chosen.map(StandardsSelection.version) ?? .noneInForce(day: day, source: source)
  }
}
