extension RuleRegistry {
  /// The rules of this category, in code order.
  static let timelineRules: [any LintRule] = [
    PlanTooShort(), PlanLengthUnusual(), EndsAfterPlan(), CompleteBeforeEnd(), NotStartedOverdue(),
    EndedWithoutStatus(), EndedInProgress(),
  ]
}
