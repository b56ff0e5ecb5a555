import OGPModel

/// `OBJ010`: a plan whose period shares no day with the period of the strategy it names.
public struct PlanOutsideStrategy: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ010", name: "plan-outside-strategy", category: .objectives, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's period lies wholly outside the period of the strategy it names.",
      es: "El periodo de un plan queda totalmente fuera del periodo de la estrategia que nombra."),
    rationale: LocalizedText(
      en: """
        A plan advances the strategy in force while it runs: the OGP strategy 2023–2028 covers \
        2023 to 2028, and a plan of 2015–2017 cannot have been co-created to advance it. A plan \
        whose period shares no day with its strategy's names the wrong strategy, or has the wrong \
        dates. A plan that overlaps its strategy only in part is left alone: a plan running when a \
        strategy is adopted may take it up, and a four-year plan may outlast it. A plan older than \
        every strategy may name none, and then no objective rule applies to it.
        """,
      es: """
        Un plan hace avanzar la estrategia vigente mientras está en marcha: la estrategia de OGP \
        2023–2028 abarca de 2023 a 2028, y un plan de 2015–2017 no pudo cocrearse para hacerla \
        avanzar. Un plan cuyo periodo no comparte ningún día con el de su estrategia nombra la \
        estrategia equivocada, o tiene las fechas mal. Un plan que solo se solapa en parte con \
        su estrategia se deja en paz: un plan en marcha cuando se adopta una estrategia puede \
        asumirla, y un plan de cuatro años puede durar más que ella. Un plan anterior a todas \
        las estrategias puede no nombrar ninguna, y entonces no se le aplica ninguna regla de \
        objetivos.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "a strategy covers the years it declares (the OGP Strategy 2023–2028 covers 2023 to 2028); a plan run wholly outside them cannot have advanced it",
        es: """
          una estrategia abarca los años que declara (la Estrategia de OGP 2023–2028 abarca de \
          2023 a 2028); un plan desarrollado totalmente fuera de ellos no pudo hacerla avanzar
          """)),
    fix: LocalizedText(
      en:
        "Name the strategy in force during the plan, correct the plan's or the strategy's dates, or remove 'strategy' from a plan older than every strategy.",
      es: """
        Nombra la estrategia vigente durante el plan, corrige las fechas del plan o de la \
        estrategia, o quita 'strategy' de un plan anterior a todas las estrategias.
        """),
    triggering: [
      """
      plan p "Second National Action Plan (2015–2017)" {
        member "Arcadia" national
        strategy ↓ogp_2023_2028
        period 2015-07 .. 2017-06
      }

      plan q "Plan de Acción 2029–2031" {
        member "Arcadia" national
        strategy ↓ogp_2023_2028
        period 2029-01 .. 2031-12
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Within the strategy" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
      }

      plan q "A four-year plan that outlasts the strategy" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2027-01 .. 2030-12
      }

      plan r "Running when the strategy was adopted" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2022-01 .. 2023-12
      }
      """,
      """
      plan p "A plan of 2015 that names no strategy" {
        member "Arcadia" national
        period 2015-07 .. 2017-06
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard let strategy = context.strategy(of: plan) else { return nil }
      let before = plan.period.lastDay < strategy.period.firstDay
      guard before || plan.period.firstDay > strategy.period.lastDay else { return nil }
      return Finding(
        at: Anchor(plan.id, clause: "strategy"),
        (before ? ObjectivesText.OBJ010Before : ObjectivesText.OBJ010After)(
          plan.title, "\(plan.period)", strategy.title, "\(strategy.period)"),
        label: before
          ? ObjectivesText.OBJ010LabelBefore(start: "\(strategy.period.start)")
          : ObjectivesText.OBJ010LabelAfter(end: "\(strategy.period.end)"),
        help: before ? ObjectivesText.OBJ010HelpBefore : ObjectivesText.OBJ010HelpAfter)
    }
  }
}
