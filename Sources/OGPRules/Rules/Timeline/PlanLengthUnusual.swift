import OGPModel

/// `TIM002`: a national plan that runs neither about two nor about four years.
public struct PlanLengthUnusual: BuiltInRule {
  public static let description = RuleDescription(
    code: "TIM002", name: "plan-length-unusual", category: .timeline, defaultSeverity: .info,
    summary: "A national action plan's length is not one of OGP's plan cycles.",
    rationale: """
      National action plans run two or four years (the four-year option exists since 2022). A \
      national plan of, say, three years matches neither option, which usually means a mistake \
      in the dates or a cycle the member should confirm with OGP. How far from two or four years a plan \
      may be is this tool's convention (two months by default). Local plans vary in length, so \
      the rule ignores them. Unlike TIM001, which asks for a minimum, this rule asks for a cycle.
      """,
    basis: .ogp(
      "OGP's two- and four-year action plan cycles for national members (the four-year option since 2022); the tolerance around them is this tool's"
    ),
    fix: """
      Make the period about two or four years long, or change `[thresholds] plan_lengths_years` \
      or `plan_length_tolerance_months` in ogp-lint.toml.
      """,
    triggering: [
      """
      plan p "Plan de Acción Nacional: three years" {
        member "Arcadia" national
        period ↓2024-09 .. 2027-08
      }

      plan q "Plan à peine trop long: 27 months" {
        member "Arcadia" national
        period ↓2024-09 .. 2026-11
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: 26 months is about two years" {
        member "Arcadia" national
        period 2024-09 .. 2026-10
      }

      plan q "Plano de Ação: 46 months is about four years" {
        member "Arcadia" national
        period 2024-09 .. 2028-06
      }
      """,
      """
      plan p "Plan Local de Gobierno Abierto: local plans vary" {
        member "Valle" local
        period 2024-09 .. 2026-02
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    let years = context.thresholds.planLengthsInYears
    let tolerance = context.thresholds.planLengthToleranceMonths
    guard !years.isEmpty else { return [] }
    let cycles = years.map { "\($0)" }.joined(lastBy: LintText.listOr)
    return context.program.plans.compactMap { plan in
      let months = plan.period.months
      guard plan.member.kind == .national,
        !years.contains(where: { abs(months - $0 * 12) <= tolerance })
      else { return nil }
      return Finding(
        at: Anchor(plan.id, clause: "period"),
        TimelineText.TIM002Message(plan: plan.title, months: months, cycles: cycles),
        label: TimelineText.TIM002Label(months: months),
        help: TimelineText.TIM002Help(cycles: cycles, tolerance: "\(tolerance)"))
    }
  }
}
