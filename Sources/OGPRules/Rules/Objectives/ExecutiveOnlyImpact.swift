import OGPModel

/// `OBJ005`: a plan that claims strategic objective 2 while the executive leads every commitment.
public struct ExecutiveOnlyImpact: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ005", name: "executive-only-impact", category: .objectives, defaultSeverity: .warning,
    summary:
      "A plan claims to spread open government across branches (SO2) while the executive leads every commitment.",
    rationale: """
      Strategic objective 2 is open government built into the functions and priorities of all \
      levels and branches of government; the strategy's second fundamental shift asks for open \
      government as the norm in every branch. A plan that claims it, yet gives every commitment \
      to executive bodies, leaves the legislature, the judiciary and autonomous bodies out. Leads \
      whose branch is not declared are not counted as executive.
      """,
    fix: "Give a commitment to a legislative, judicial or autonomous body, or drop SO2 from 'advances'.",
    triggering: [
      """
      plan ↓p "Plan de Acción" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
          advances SO2.mainstreaming
        }
        commitment c02 "Servicios digitales" {
          lead digital, finance
          advances SO5
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
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
        commitment c02 "Parlamento abierto" {
          lead assembly
          advances SO1
        }
      }
      """,
      """
      plan p "Executive only, but no claim to SO2" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
          advances SO4
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard let objective = context.objective(context.configuration.objectives.impact, of: plan),
        let claimant = plan.commitments.first(where: { context.advances($0, objective) })
      else { return nil }
      let executiveOnly = plan.commitments.allSatisfy { commitment in
        commitment.leads.allSatisfy { context.actors[$0]?.branch == .executive }
      }
      guard executiveOnly else { return nil }
      return Finding(
        at: Anchor(plan.id),
        "plan '\(plan.title)' claims \(objective.id.localName) but every commitment is led by the executive",
        label: "only executive leads",
        notes: [
          "commitment \(claimant.id.localName) advances \(objective.id.localName): open government in every branch and level"
        ])
    }
  }
}
