extension RuleRegistry {
  /// The rules of this category, in code order.
  static let valueRules: [any LintRule] = [CommitmentWithoutValues(), NoCoreValue()]
}
