import OGPModel

/// What the co-creation rules share: the minimum requirements they look for (named as in the
/// repository's standards file, `examples/standards/ogp-standards.ogp`), where they find them for
/// a plan, and how a message cites them.
enum CoCreationStandards {
  /// Standard 1's forum. The rules about the forum's existence cite the requirement that declares
  /// this minimum, since that requirement is the one asking for a forum.
  static let forumMeetsEvery = "forum_meets_every"
  static let forumMembership = "forum_membership"
  static let publicRules = "public_rules"
  static let website = "website"
  static let documentRepository = "document_repository"
  static let repositoryUpdatedEvery = "repository_updated_every"
  static let participationTimeline = "participation_timeline"
  static let outreach = "outreach"
  static let feedbackChannels = "feedback_channels"
  static let reasonedResponse = "reasoned_response"
  static let forumMeetsDuringImplementation = "forum_meets_during_implementation"
  static let localMonitoringBody = "local_monitoring_body"

  /// A minimum requirement as it applies to one plan: what asks for it, for a message, and the
  /// shortest interval it sets when it sets one.
  struct Applied {
    /// "OGP Participation and Co-Creation Standards (2022), MR 1.1", or "standard S1 '…'".
    let citation: String
    let interval: Duration?
    /// True when nothing declares the requirement and the rule falls back to OGP's default (the
    /// program declares no standards version and the plan's strategy no such minimum): only then
    /// do `ogp-lint.toml` thresholds stand in for the interval.
    let isDefault: Bool
  }

  /// The requirement `requirement` as it applies to `plan`, or nil when it does not apply.
  ///
  /// When the program declares standards versions, the plan's version decides (see
  /// `Program.standardsSelection(for:)`): the requirement applies only if that version declares
  /// it, and not at all when no version was in force. Without versions, the standards of the
  /// plan's strategy are read, and failing those `otherwise` names OGP's default.
  static func applied(
    _ requirement: String, for plan: ActionPlan, in context: LintContext, otherwise: String
  ) -> Applied? {
    func shortest(_ minimums: [MinimumRequirement]) -> Duration? {
      minimums.compactMap(\.interval).min { $0.approximateDays < $1.approximateDays }
    }
    switch context.standardsSelection(for: plan) {
    case .noneInForce: return nil
    case .version(let version):
      let declared = version.standards.flatMap { standard in
        standard.minimums.compactMap { $0.requirement == requirement ? (standard, $0) : nil }
      }
      guard let (standard, minimum) = declared.first else { return nil }
      return Applied(
        citation: citation(of: minimum, in: standard, of: version), interval: shortest(declared.map(\.1)),
        isDefault: false)
    case .undeclared:
      let declared = (context.strategy(of: plan)?.standards ?? []).flatMap { standard in
        standard.minimums.compactMap { $0.requirement == requirement ? (standard, $0) : nil }
      }
      guard let (standard, _) = declared.first else {
        return Applied(citation: otherwise, interval: nil, isDefault: true)
      }
      return Applied(
        citation: citation(of: standard), interval: shortest(declared.map(\.1)), isDefault: false)
    }
  }

  /// "OGP Participation and Co-Creation Standards (2022), MR 1.1"; without a number,
  /// "OGP Local's minimum requirements, standard L1 'A forum'".
  static func citation(
    of minimum: MinimumRequirement, in standard: CoCreationStandard, of version: StandardsVersion
  ) -> String {
    version.title + ", " + (minimum.number.map { "MR " + $0 } ?? citation(of: standard))
  }

  /// "standard S1 'A space for ongoing dialogue and collaboration'".
  static func citation(of standard: CoCreationStandard) -> String {
    CocreationText.standardCited(id: String(standard.id.localName), title: standard.title)
  }

  /// "OGP's co-creation standard 1": what a rule cites when nothing declares the requirement.
  static func ogpStandard(_ number: Int) -> String {
    CocreationText.standardOgp(number: "\(number)")
  }

  /// The first stretch from `start` to `end` longer than `interval` without a date of `log`: from
  /// `start` or a logged date to the next logged date or `end`. Nil when the log keeps up, or
  /// when the window is empty.
  static func firstGap(in log: [PartialDate], from start: Day, to end: Day, every interval: Duration) -> (
    from: Day, to: Day
  )? {
    guard start <= end else { return nil }
    let (months, days) = interval.monthsAndDays
    let inside = log.map(\.firstDay).filter { start <= $0 && $0 <= end }.sorted()
    var previous = start
    for next in inside + [end] {
      guard let due = previous.adding(months: months, days: days) else { return nil }
      if due < next { return (previous, next) }
      previous = next
    }
    return nil
  }

  /// The last day of `plan`'s implementation that has come by `asOf`.
  static func implementationSoFar(of plan: ActionPlan, asOf: Day) -> (start: Day, end: Day)? {
    let start = plan.period.firstDay
    guard start <= asOf else { return nil }
    return (start, min(asOf, plan.period.lastDay))
  }

  /// "1 year", "6 months": a duration as a sentence says it, in the language of the run.
  static func spoken(_ duration: Duration) -> String {
    switch duration.unit {
    case .days: CocreationText.durationDays(count: duration.amount)
    case .weeks: CocreationText.durationWeeks(count: duration.amount)
    case .months: CocreationText.durationMonths(count: duration.amount)
    case .years: CocreationText.durationYears(count: duration.amount)
    }
  }

  /// "every 6 months", "cada 6 meses": how often, as a sentence says it.
  static func every(_ duration: Duration) -> String {
    CocreationText.every(duration: spoken(duration))
  }

  /// "every 6 months", "every 1 year": how often, as a `meets` clause writes it in any language.
  static func writtenEvery(_ duration: Duration) -> String {
    "every " + (duration.amount == 1 ? "1 " + duration.unit.rawValue.dropLast() : duration.description)
  }

  /// The qualified id the checker gives a plan's forum.
  static func forumID(of plan: ActionPlan) -> String { plan.id + ".forum" }
}
