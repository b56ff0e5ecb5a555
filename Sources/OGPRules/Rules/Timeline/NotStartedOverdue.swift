import OGPModel

/// `TIM005`: a commitment or milestone still marked not started after its period ended.
public struct NotStartedOverdue: BuiltInRule {
  public static let description = RuleDescription(
    code: "TIM005", name: "not-started-overdue", category: .timeline, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment or milestone is marked not started although its period has ended.",
      es: "Un compromiso o hito está marcado como no iniciado aunque su periodo ha terminado."),
    rationale: LocalizedText(
      en: """
        OGP reports progress as a completion level per commitment or milestone, and 'Not Started' \
        is the IRM's lowest level short of no evidence. Work still not started once its period is \
        over is either overdue, which the forum should discuss and the plan should reschedule, or \
        its status was never updated. Progress is judged as of the linter's as-of date.
        """,
      es: """
        OGP informa del avance como un nivel de cumplimiento por compromiso o hito, y Not \
        Started es el nivel más bajo del IRM por encima de la falta de evidencia. Un trabajo que \
        sigue sin iniciarse cuando su periodo ya ha terminado: o va con retraso, algo que el \
        foro debería tratar y el plan reprogramar, o nunca se actualizó su estado. El avance se \
        juzga a la fecha de referencia del linter.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "work still marked not started after its period, against the IRM's completion levels; OGP has no rule on it",
        es:
          "un trabajo que sigue marcado como no iniciado tras su periodo, frente a los niveles de cumplimiento del IRM; OGP no tiene ninguna norma al respecto"
      )),
    fix: LocalizedText(
      en: "Update the status, or move the period if the work was rescheduled.",
      es: "Actualiza el estado, o mueve el periodo si el trabajo se reprogramó."),
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Justiça aberta" {
          lead court
          period 2024-09 .. 2026-06-29
          status ↓not_started
          milestone m1 "Política de publicación" {
            period 2024-09 .. 2025-06
            status ↓not_started
          }
          milestone m2 "Database of judgments" {
            period 2025-07 .. 2026-06-29
            status ↓not_started
          }
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: a period ending on the as-of date is not over" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Justiça aberta" {
          lead court
          period 2024-09 .. 2026-08
          status not_started
          milestone m1 "Database of judgments" {
            period 2025-07 .. 2026-06-30
            status not_started
          }
        }
      }
      """,
      """
      plan p "Plan de Acción Nacional: late but under way" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Justiça aberta" {
          lead court
          milestone m1 "Política de publicación" {
            period 2024-09 .. 2025-06
            status limited
          }
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      plan.work(markedStill: .notStarted, endedBefore: context.asOf).map { work, period in
        Finding(
          at: Anchor(work.id, clause: "status"),
          TimelineText.TIM005Message(work: work.named, end: "\(period.end)"), label: TimelineText.TIM005Label,
          notes: [TimelineText.asOfNote(asOf: "\(context.asOf)")], help: TimelineText.TIM005Help)
      }
    }
  }
}
