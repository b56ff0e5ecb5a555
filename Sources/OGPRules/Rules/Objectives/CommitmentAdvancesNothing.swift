/// `OBJ001`: a commitment that names no strategic objective or priority it advances.
public struct CommitmentAdvancesNothing: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ001", name: "commitment-advances-nothing", category: .objectives, defaultSeverity: .warning,
    summary: "A commitment advances no strategic objective or priority.",
    rationale: """
      Linking each commitment to the objectives of the strategy it serves is this tool's \
      convention, not something OGP's templates ask for. It is what makes objective-aware \
      checks and the coverage matrix possible: a commitment without `advances` is invisible to \
      both, so the forum cannot see which of the strategy's objectives the plan moves forward.
      """,
    fix: "Add an 'advances' clause naming the objectives or priorities it serves, e.g. 'advances SO2'.",
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment ↓c01 "Presupuesto abierto" {
          lead finance
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" {
          lead finance
          advances SO2.mainstreaming
        }
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      plan.commitments.compactMap { commitment in
        guard commitment.advances.isEmpty else { return nil }
        return Finding(
          at: Anchor(commitment.id),
          "commitment '\(commitment.title)' advances no strategic objective",
          label: "no 'advances' clause",
          help: context.strategy(of: plan).map { strategy in
            "add 'advances' with one of "
              + strategy.objectives.map(\.id.localName)
              .joined(separator: ", ")
          })
      }
    }
  }
}
