import OGPModel

/// `OBJ002`: a strategic objective of the plan's strategy that no commitment of the plan advances.
public struct ObjectiveNotAdvanced: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ002", name: "objective-not-advanced", category: .objectives, defaultSeverity: .info,
    summary: LocalizedText(
      en: "A strategic objective of the plan's strategy is advanced by no commitment of the plan.",
      es: "Ningún compromiso del plan hace avanzar un objetivo estratégico de la estrategia del plan."),
    rationale: LocalizedText(
      en: """
        The OGP strategy 2023–2028 sets five strategic objectives. A plan need not advance all of \
        them, but a forum reviewing a draft should see the gaps at a glance, which is what this \
        coverage check (and `ogp lint --coverage`) shows. Linking commitments to objectives is this \
        tool's convention, not an OGP requirement, so the finding is informational.
        """,
      es: """
        La estrategia de OGP 2023–2028 fija cinco objetivos estratégicos. Un plan no tiene por \
        qué hacerlos avanzar todos, pero un foro que revisa un borrador debería ver los huecos \
        de un vistazo, y eso es lo que muestra esta comprobación de cobertura (y `ogp lint \
        --coverage`). Vincular compromisos a objetivos es una convención de esta herramienta, no \
        un requisito de OGP, así que el hallazgo es informativo.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "a coverage check of a plan against its strategy's objectives; OGP does not ask a plan to advance every objective of its strategy",
        es: """
          una comprobación de cobertura de un plan frente a los objetivos de su estrategia; OGP \
          no pide a un plan que haga avanzar todos los objetivos de su estrategia
          """)),
    fix: LocalizedText(
      en:
        "Add a commitment that advances the objective, or accept the gap (set the rule to 'off' in ogp-lint.toml).",
      es:
        "Añade un compromiso que haga avanzar el objetivo, o acepta el hueco (pon la regla en 'off' en ogp-lint.toml)."
    ),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        strategy ↓↓↓ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
          advances SO2, SO3.protect_participation
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
        commitment c01 "Everything at once" {
          lead finance
          advances SO1.training, SO2, SO3, SO4.raise_the_bar, SO5
        }
      }
      """,
      """
      plan p "A plan with no strategy has no objectives to cover" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for plan in context.program.plans {
      guard let strategy = context.strategy(of: plan) else { continue }
      var advanced = Set<String>()
      for commitment in plan.commitments {
        for target in commitment.advances { advanced.insert(target.objectiveID) }
      }
      for objective in strategy.objectives where !advanced.contains(objective.id) {
        findings.append(
          Finding(
            at: Anchor(plan.id, clause: "strategy"),
            ObjectivesText.OBJ002Message(
              plan: plan.title, objective: String(objective.id.localName), title: objective.title),
            label: ObjectivesText.OBJ002Label(objective: String(objective.id.localName)),
            help: ObjectivesText.OBJ002Help(objective: String(objective.id.localName))))
      }
    }
    return findings
  }
}
