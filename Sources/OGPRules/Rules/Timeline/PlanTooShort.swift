import OGPModel

/// `TIM001`: a national plan whose period is shorter than OGP's minimum implementation period.
public struct PlanTooShort: BuiltInRule {
  public static let description = RuleDescription(
    code: "TIM001", name: "plan-too-short", category: .timeline, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A national action plan covers fewer months than OGP's minimum implementation period.",
      es: "Un plan de acción nacional abarca menos meses que el periodo mínimo de implementación de OGP."),
    rationale: LocalizedText(
      en: """
        OGP asks a national action plan to cover at least 20 months of implementation (18 months \
        under older rules, so the number is a threshold, not a constant). A shorter plan leaves \
        too little time to deliver its commitments and for the IRM to assess their results. Local \
        plans vary in length, from six months to three years, so the rule ignores them. Counting a \
        started month as a whole one is this tool's convention.
        """,
      es: """
        OGP pide que un plan de acción nacional abarque al menos 20 meses de implementación (18 \
        meses con normas anteriores, así que la cifra es un umbral, no una constante). Un plan \
        más corto deja demasiado poco tiempo para cumplir sus compromisos y para que el IRM \
        evalúe sus resultados. Los planes locales tienen duraciones variadas, de seis meses a \
        tres años, así que la regla no los tiene en cuenta. Contar un mes empezado como un mes \
        entero es una convención de esta herramienta.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP's rule that a national action plan covers at least 20 months of implementation (18 months under older rules)",
        es:
          "la norma de OGP de que un plan de acción nacional abarca al menos 20 meses de implementación (18 meses con normas anteriores)"
      )),
    fix: LocalizedText(
      en: """
        Extend the plan's period to the minimum, or set `[thresholds] min_plan_months` in \
        ogp-lint.toml if another rule applies to the plan.
        """,
      es:
        "Amplía el periodo del plan hasta el mínimo, o fija `[thresholds] min_plan_months` en ogp-lint.toml si al plan se le aplica otra norma."
    ),
    triggering: [
      """
      plan p "Plan de Ação Nacional" {
        member "Arcadia" national
        period ↓2024-09 .. 2025-10
      }

      plan q "Plan one month short of twenty" {
        member "Arcadia" national
        period ↓2024-09-01 .. 2026-03-31
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Ação Nacional: exactly twenty months" {
        member "Arcadia" national
        period 2024-09 .. 2026-04
      }
      """,
      """
      plan p "Plan Local de Gobierno Abierto: local plans may be short" {
        member "Valle" local
        period 2024-09 .. 2025-02
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    let minimum = context.thresholds.minimumPlanMonths
    return context.program.plans.compactMap { plan in
      guard plan.member.kind == .national, plan.period.months < minimum else { return nil }
      // A minimum that runs past year 9999 has no month to name.
      let extend =
        plan.period.firstDay.adding(months: minimum - 1).map {
          TimelineText.TIM001ExtendToMonth(month: PartialDate.month(of: $0))
        }
        ?? TimelineText.TIM001ExtendByMonths(minimum: "\(minimum)")
      return Finding(
        at: Anchor(plan.id, clause: "period"),
        TimelineText.TIM001Message(plan: plan.title, months: plan.period.months, minimum: "\(minimum)"),
        label: TimelineText.TIM001Label(months: plan.period.months),
        help: TimelineText.TIM001Help(extend: extend))
    }
  }
}
