extension RuleRegistry {
  /// The rules of this category, in code order.
  static let verifiabilityRules: [any LintRule] = [
    MilestoneWithoutDeliverable(), MilestoneWithoutDates(), VagueDeliverable(), CommitmentWithoutMilestones(),
    NoProblemStatement(),
  ]
}
