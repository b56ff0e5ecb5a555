import OGPModel

/// `TIM007`: a commitment or milestone still marked in progress after its period ended.
public struct EndedInProgress: BuiltInRule {
  public static let description = RuleDescription(
    code: "TIM007", name: "ended-in-progress", category: .timeline, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment or milestone is still marked in progress although its period has ended.",
      es: "Un compromiso o hito sigue marcado como en curso aunque su periodo ha terminado."),
    rationale: LocalizedText(
      en: """
        OGP reports progress as a completion level per commitment or milestone, and the IRM's \
        levels (Not Started, Limited, Substantial, Complete) have no 'in progress': it is a \
        working status. Work still in progress once its period is over is either late, which the \
        forum should discuss and the plan should reschedule, or its status was never brought up \
        to a completion level. TIM005 says the same of work still not started. Progress is judged \
        as of the linter's as-of date, which the summary line states.
        """,
      es: """
        OGP informa del avance como un nivel de cumplimiento por compromiso o hito, y los \
        niveles del IRM (Not Started, Limited, Substantial, Complete) no incluyen "en curso": es \
        un estado de trabajo. Un trabajo que sigue en curso cuando su periodo ya ha terminado: o \
        va con retraso, algo que el foro debería tratar y el plan reprogramar, o nunca se \
        actualizó su estado a un nivel de cumplimiento. TIM005 dice lo mismo del trabajo que \
        sigue sin iniciarse. El avance se juzga a la fecha de referencia del linter, que indica \
        la línea de resumen.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "a working status left after the work's period, against the IRM's completion levels (Not Started, Limited, Substantial, Complete); OGP has no rule on it",
        es: """
          un estado de trabajo que sigue tras el periodo del trabajo, frente a los niveles de \
          cumplimiento del IRM (Not Started, Limited, Substantial, Complete); OGP no tiene \
          ninguna norma al respecto
          """)),
    fix: LocalizedText(
      en:
        "Record how far the work got (limited, substantial, complete), or move the period if it was rescheduled.",
      es:
        "Registra hasta dónde llegó el trabajo (limited, substantial, complete), o mueve el periodo si se reprogramó."
    ),
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Justiça aberta" {
          lead court
          period 2024-09 .. 2026-06-29
          status ↓in_progress
          milestone m1 "Política de publicación" {
            period 2024-09 .. 2025-06
            status ↓in_progress
          }
          milestone m2 "Database of judgments" {
            period 2025-07 .. 2026-06-29
            status complete
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
          status in_progress
          milestone m1 "Database of judgments" {
            period 2025-07 .. 2026-06-30
            status in_progress
          }
        }
      }
      """,
      """
      plan p "Plan de Acción Nacional: over, and said how far it got" {
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
      plan.work(markedStill: .inProgress, endedBefore: context.asOf).map { work, period in
        Finding(
          at: Anchor(work.id, clause: "status"),
          TimelineText.TIM007Message(work: work.named, end: "\(period.end)"), label: TimelineText.TIM007Label,
          notes: [TimelineText.asOfNote(asOf: "\(context.asOf)")], help: TimelineText.TIM007Help)
      }
    }
  }
}
