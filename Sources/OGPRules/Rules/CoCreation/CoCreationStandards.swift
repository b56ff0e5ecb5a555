import OGPModel

/// What the co-creation rules share: the minimum requirements they look for in a plan's strategy
/// (named as in the repository's OGP strategy file), and how a message cites them.
enum CoCreationStandards {
  /// Standard 1's forum. The rules about the forum's existence and membership cite the standard
  /// that declares this minimum, since that standard is the one asking for a forum.
  static let forumMeetsEvery = "forum_meets_every"
  static let publicRules = "public_rules"
  static let website = "website"
  static let documentRepository = "document_repository"
  static let participationTimeline = "participation_timeline"
  static let reasonedResponse = "reasoned_response"

  /// The standards of the plan's strategy that declare `requirement` as a minimum, each with that
  /// minimum.
  static func declaring(
    _ requirement: String, for plan: ActionPlan, in context: LintContext
  ) -> [(standard: CoCreationStandard, minimum: MinimumRequirement)] {
    guard let strategy = context.strategy(of: plan) else { return [] }
    return strategy.standards.flatMap { standard in
      standard.minimums.filter { $0.requirement == requirement }.map { (standard, $0) }
    }
  }

  /// What asks for `requirement`, for a message: the first standard of the plan's strategy that
  /// declares it ("standard S1 'A space for …'"), or `otherwise`, the domain's default, when the
  /// plan has no strategy or its strategy declares no such minimum.
  static func citation(
    of requirement: String, for plan: ActionPlan, in context: LintContext, otherwise: String
  ) -> String {
    declaring(requirement, for: plan, in: context).first.map { citation(of: $0.standard) } ?? otherwise
  }

  /// "standard S1 'A space for ongoing dialogue and collaboration'".
  static func citation(of standard: CoCreationStandard) -> String {
    "standard \(standard.id.localName) '\(standard.title)'"
  }

  /// "1 year", "6 months": a duration as a sentence says it.
  static func spoken(_ duration: Duration) -> String {
    duration.amount == 1 ? "1 " + duration.unit.rawValue.dropLast() : duration.description
  }

  /// The qualified id the checker gives a plan's forum.
  static func forumID(of plan: ActionPlan) -> String { plan.id + ".forum" }
}
