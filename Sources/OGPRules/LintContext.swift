import OGPLanguage
import OGPModel

/// What a rule sees: the compiled program, the configuration, and lookups built once per run so
/// that no rule needs a pass over pairs of elements.
public struct LintContext: Sendable {
  public let program: Program
  public let configuration: LintConfiguration
  /// The day progress is judged against.
  public let asOf: Day
  public let actors: [String: Actor]
  public let strategies: [String: Strategy]
  /// What member rules evaluate their expressions with, built once for all of them; nil when
  /// the run has no member rules.
  public let evaluator: ExpressionEvaluator?

  public init(
    program: Program, configuration: LintConfiguration, asOf: Day, evaluator: ExpressionEvaluator? = nil
  ) {
    self.program = program
    self.configuration = configuration
    self.asOf = asOf
    self.evaluator = evaluator
    actors = Dictionary(program.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    strategies = Dictionary(program.strategies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  public var thresholds: Thresholds { configuration.thresholds }

  /// The version of the co-creation standards `plan` is judged by; see
  /// `Program.standardsSelection(for:)`.
  public func standardsSelection(for plan: ActionPlan) -> StandardsSelection {
    program.standardsSelection(for: plan)
  }

  public func strategy(of plan: ActionPlan) -> Strategy? {
    plan.strategy.flatMap { strategies[$0] }
  }

  /// The qualified id of the objective with local name `name` in the plan's strategy, if the
  /// strategy declares it: the objective-specific rules stay silent for other strategies.
  public func objective(_ name: String, of plan: ActionPlan) -> StrategicObjective? {
    guard let strategy = strategy(of: plan) else { return nil }
    let id = strategy.id + "." + name
    return strategy.objectives.first { $0.id == id }
  }

  /// True when the commitment advances the objective or one of its priorities.
  public func advances(_ commitment: Commitment, _ objective: StrategicObjective) -> Bool {
    commitment.advances.contains { $0.isWithin(objective.id) }
  }

  /// True when one of the actors named as lead or partner satisfies `predicate`; unknown ids
  /// are skipped. Asked of every commitment, so it builds no list of actors.
  public func involves(_ commitment: Commitment, where predicate: (Actor) -> Bool) -> Bool {
    func matches(_ id: String) -> Bool { actors[id].map(predicate) ?? false }
    return commitment.leads.contains(where: matches) || commitment.partners.contains(where: matches)
  }
}
