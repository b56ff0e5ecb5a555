import OGPModel

/// `TIM002`: a national plan that runs neither about two nor about four years.
public struct PlanLengthUnusual: BuiltInRule {
  public static let description = RuleDescription(
    code: "TIM002", name: "plan-length-unusual", category: .timeline, defaultSeverity: .info,
    summary: LocalizedText(
      en: "A national action plan's length is not one of OGP's plan cycles.",
      es: "La duración de un plan de acción nacional no corresponde a ninguno de los ciclos de OGP."),
    rationale: LocalizedText(
      en: """
        National action plans run two or four years (the four-year option exists since 2022). A \
        national plan of, say, three years matches neither option, which usually means a mistake \
        in the dates or a cycle the member should confirm with OGP. How far from two or four years a plan \
        may be is this tool's convention (two months by default). Local plans vary in length, so \
        the rule ignores them. Unlike TIM001, which asks for a minimum, this rule asks for a cycle.
        """,
      es: """
        Los planes de acción nacionales duran dos o cuatro años (la opción de cuatro años existe \
        desde 2022). Un plan nacional de, por ejemplo, tres años no corresponde a ninguna de las \
        dos opciones, lo que suele indicar un error en las fechas o un ciclo que el miembro \
        debería confirmar con OGP. Cuánto puede alejarse un plan de los dos o cuatro años es una \
        convención de esta herramienta (dos meses por defecto). Los planes locales tienen \
        duraciones variadas, así que la regla no los tiene en cuenta. A diferencia de TIM001, \
        que pide un mínimo, esta regla pide un ciclo.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP's two- and four-year action plan cycles for national members (the four-year option since 2022); the tolerance around them is this tool's",
        es: """
          los ciclos de dos y cuatro años de los planes de acción de los miembros nacionales de \
          OGP (la opción de cuatro años desde 2022); el margen en torno a ellos es de esta \
          herramienta
          """)),
    fix: LocalizedText(
      en: """
        Make the period about two or four years long, or change `[thresholds] plan_lengths_years` \
        or `plan_length_tolerance_months` in ogp-lint.toml.
        """,
      es:
        "Haz que el periodo dure unos dos o cuatro años, o cambia `[thresholds] plan_lengths_years` o `plan_length_tolerance_months` en ogp-lint.toml."
    ),
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
