/// Many small plans that share one strategy, as a repository of a network's members' plans holds
/// them: `strategy.ogp` and `plan-0001.ogp`, `plan-0002.ogp`… in one folder, each plan using the
/// strategy and declaring its own actors. One plan in four is a local government's, as about
/// 150 of OGP's 550 plans are. Every plan is `gen_plan`, its commitments are `GR0001`… and its
/// actors are drawn from one roster, so the same ids recur across files: names are unique only
/// within a plan and the files it uses.
///
/// Plan `n` is `PlanGenerator(commitments:seed: seed + n)`, so the collection is as deterministic
/// as one plan, and each file checks clean.
public struct PlanCollection: Sendable {
  /// How many plan files.
  public let plans: Int
  /// How many commitments each plan holds.
  public let commitmentsEach: Int
  public let seed: UInt64

  public init(plans: Int, commitmentsEach: Int, seed: UInt64) {
    precondition(
      plans >= 0 && commitmentsEach >= 0, "the numbers of plans and commitments cannot be negative")
    self.plans = plans
    self.commitmentsEach = commitmentsEach
    self.seed = seed
  }

  /// `plan-0042.ogp`: the number zero-padded to four digits, or to as many as the largest has.
  public func fileName(ofPlan number: Int) -> String {
    let digits = String(number)
    return "plan-" + String(repeating: "0", count: max(0, max(4, String(plans).count) - digits.count))
      + digits + ".ogp"
  }

  /// Whose plan number `number` (from 1) is: every fourth a local government's.
  public func level(ofPlan number: Int) -> PlanGenerator.Level {
    number % 4 == 0 ? .local : .national
  }

  /// The text of plan number `number`, from 1 to `plans`; generated on demand, so that writing
  /// thousands of files never holds them all.
  public func plan(_ number: Int) -> String {
    PlanGenerator(commitments: commitmentsEach, seed: seed &+ UInt64(number), level: level(ofPlan: number))
      .generate().plan
  }

  /// The shared strategy, written as `GeneratedCorpus.strategyFileName` beside the plans.
  public var strategy: String { GeneratedStrategy.text() }
}
