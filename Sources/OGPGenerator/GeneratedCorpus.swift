/// The text of the two files a `PlanGenerator` produces: a strategy and a plan that uses it.
public struct GeneratedCorpus: Sendable, Hashable {
  /// The name the plan's `use` expects for the strategy file, in the same directory.
  public static let strategyFileName = "strategy.ogp"
  /// The conventional name of the plan file.
  public static let planFileName = "plan.ogp"

  /// The strategy file: `gen_strategy`, its objectives, priorities and standards.
  public var strategy: String
  /// The plan file: `use "strategy.ogp"`, the actors, and `gen_plan` with its commitments.
  public var plan: String
  /// How many commitments the plan holds.
  public var commitments: Int

  public init(strategy: String, plan: String, commitments: Int) {
    self.strategy = strategy
    self.plan = plan
    self.commitments = commitments
  }

  /// Both files as (file name, text), strategy first.
  public var files: [(name: String, text: String)] {
    [(Self.strategyFileName, strategy), (Self.planFileName, plan)]
  }
}
