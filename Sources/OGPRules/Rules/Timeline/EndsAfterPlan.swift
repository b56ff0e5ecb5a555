import OGPModel

/// `TIM003`: a commitment or milestone whose period ends after its plan's period.
public struct EndsAfterPlan: BuiltInRule {
  public static let description = RuleDescription(
    code: "TIM003", name: "ends-after-plan", category: .timeline, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment or milestone ends after its action plan ends.",
      es: "Un compromiso o hito termina después de que termine su plan de acción."),
    rationale: LocalizedText(
      en: """
        OGP says commitments "can be any length and can span multiple plans", so ending after the \
        plan breaks no OGP rule. The warning is this tool's judgement: the IRM assesses only what \
        happens within the plan's period (its Results Report comes at the plan's end), so work \
        scheduled later goes unassessed unless the next plan takes it up explicitly. \
        A milestone is judged against the plan, not its commitment (the compiler already keeps \
        milestones inside their commitment's period), so a milestone of an undated commitment is \
        checked too.
        """,
      es: """
        OGP dice que los compromisos "pueden tener cualquier duración y abarcar varios planes", \
        así que terminar después del plan no incumple ninguna norma de OGP. El aviso es un \
        juicio de esta herramienta: el IRM solo evalúa lo que ocurre dentro del periodo del plan \
        (su Informe de Resultados llega al final del plan), así que el trabajo programado para \
        después queda sin evaluar salvo que el plan siguiente lo asuma expresamente. Un hito se \
        juzga frente al plan, no frente a su compromiso (el compilador ya mantiene los hitos \
        dentro del periodo de su compromiso), así que también se comprueba el hito de un \
        compromiso sin fechas.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "OGP says commitments \"can be any length and can span multiple plans\"; the IRM assesses only what happens within the plan's period, so work after its end is worth pointing out",
        es: """
          OGP dice que los compromisos "pueden tener cualquier duración y abarcar varios \
          planes"; el IRM solo evalúa lo que ocurre dentro del periodo del plan, así que \
          conviene señalar el trabajo posterior a su final
          """)),
    fix: LocalizedText(
      en: "End the work within the plan's period, or move what comes later into the next plan.",
      es: "Termina el trabajo dentro del periodo del plan, o pasa lo que venga después al plan siguiente."),
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Registro de beneficiários finais" {
          lead finance
          period ↓2024-09 .. 2026-12
          milestone m1 "Bill drafted" {
            period 2024-09 .. 2025-06
          }
          milestone m2 "Register launched" {
            period ↓2026-07 .. 2026-12-31
          }
        }
        commitment c02 "Governo digital aberto" {
          lead digital
          milestone m1 "Portal online" {
            period ↓2026-09-01 .. 2026-09-01
          }
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: ending on the plan's last day is fine" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Registro de beneficiários finais" {
          lead finance
          period 2024-09 .. 2026-08-31
          milestone m1 "Register launched" {
            period 2025-07 .. 2026-08
          }
        }
      }
      """,
      """
      plan p "Plan de Acción Nacional: starting early is another matter" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" {
          lead finance
          period 2024-01 .. 2025-12
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan -> [Finding] in
      let planEnd = plan.period.lastDay
      return plan.scheduledWork.compactMap { work in
        guard let period = work.period, period.lastDay > planEnd else { return nil }
        return Finding(
          at: Anchor(work.id, clause: "period"),
          TimelineText.TIM003Message(
            work: work.named, end: "\(period.end)", plan: plan.title, planEnd: "\(planEnd)"),
          label: TimelineText.TIM003Label, help: TimelineText.TIM003Help(planEnd: "\(planEnd)"))
      }
    }
  }
}
