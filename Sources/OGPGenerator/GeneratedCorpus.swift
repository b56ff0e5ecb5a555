/// The text of the files a `PlanGenerator` produces: a strategy and a plan that uses it, and,
/// when faults were asked for, a faulty variant of the plan with the list of its faults.
public struct GeneratedCorpus: Sendable, Hashable {
  /// The name the plan's `use` expects for the strategy file, in the same directory.
  public static let strategyFileName = "strategy.ogp"
  /// The conventional name of the plan file.
  public static let planFileName = "plan.ogp"
  /// The conventional name of the faulty variant (it uses the same strategy file).
  public static let faultyPlanFileName = "faulty.ogp"
  /// The conventional name of the faults' manifest (`manifestJSON()`).
  public static let manifestFileName = "manifest.json"

  /// The strategy file: `gen_strategy`, its objectives, priorities and standards.
  public var strategy: String
  /// The plan file: `use "strategy.ogp"`, the actors, and `gen_plan` with its commitments.
  public var plan: String
  /// How many commitments the plan holds.
  public var commitments: Int
  /// The plan with `faults` written into it: line for line the same as `plan` except in the
  /// faulty clauses; nil when the generator's fault rate is zero.
  public var faultyPlan: String?
  /// The faults of `faultyPlan`, in the order of their commitments.
  public var faults: [InjectedFault]
  /// The fault rate the corpus was generated with.
  public var faultRate: Double

  public init(
    strategy: String, plan: String, commitments: Int, faultyPlan: String? = nil, faults: [InjectedFault] = [],
    faultRate: Double = 0
  ) {
    self.strategy = strategy
    self.plan = plan
    self.commitments = commitments
    self.faultyPlan = faultyPlan
    self.faults = faults
    self.faultRate = faultRate
  }

  /// Both files as (file name, text), strategy first.
  public var files: [(name: String, text: String)] {
    [(Self.strategyFileName, strategy), (Self.planFileName, plan)]
  }
}
