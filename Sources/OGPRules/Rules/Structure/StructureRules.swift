extension RuleRegistry {
  /// The rules of this category, in code order.
  static let structureRules: [any LintRule] = [
    CommitmentCount(), DuplicateCommitmentTitle(), CommitmentIDPrefix(), LeadNotGovernment(),
    ContactNotGovernment(),
  ]
}
