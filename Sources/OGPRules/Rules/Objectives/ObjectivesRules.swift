extension RuleRegistry {
  /// The rules of this category, in code order.
  static let objectiveRules: [any LintRule] = [
    CommitmentAdvancesNothing(), ObjectiveNotAdvanced(), PriorityNotAdvanced(), GovernmentOnlyCommitment(),
    ExecutiveOnlyImpact(), CivicSpaceWithoutCivilSociety(), CollectiveProgressWithoutChallenge(),
    CollectiveProgressWithoutFutureMilestone(), InnovationWithoutEvidence(), PlanOutsideStrategy(),
  ]
}
