/// Every built-in rule, in code order.
public enum RuleRegistry {
  public static let rules: [any LintRule] =
    (objectiveRules + valueRules + verifiabilityRules + timelineRules + cocreationRules + structureRules
    + irmRules)
    .sorted { $0.description.code < $1.description.code }

  /// Rules the linter applies itself, to its suppression comments.
  public static let linterDescriptions = [UnusedSuppression.description, InvalidSuppressionRule.description]

  /// Every rule's description, the linter's own included: what `ogp rules` lists.
  public static let descriptions: [RuleDescription] = rules.map(\.description) + linterDescriptions

  /// Descriptions by code and by name: how suppressions and configuration name rules.
  static let byCodeOrName: [String: RuleDescription] = {
    var result: [String: RuleDescription] = [:]
    for description in descriptions {
      result[description.code] = description
      result[description.name] = description
    }
    return result
  }()

  /// The description of a rule given by code (`OBJ001`, `obj001`) or name.
  public static func description(for codeOrName: String) -> RuleDescription? {
    let written = String(codeOrName.filter { !$0.isWhitespace })
    return byCodeOrName[written.uppercased()] ?? byCodeOrName[written.lowercased()]
  }
}
