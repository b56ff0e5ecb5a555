import OGPModel

/// `TIM004`: a commitment or milestone marked complete whose period runs past the as-of date.
public struct CompleteBeforeEnd: BuiltInRule {
  public static let description = RuleDescription(
    code: "TIM004", name: "complete-before-end", category: .timeline, defaultSeverity: .info,
    summary: LocalizedText(
      en: "A commitment or milestone is marked complete while its period still runs.",
      es: "Un compromiso o hito está marcado como completado mientras su periodo sigue en curso."),
    rationale: LocalizedText(
      en: """
        OGP's templates give each commitment and milestone its dates, and progress is reported as \
        a completion level (the IRM's scale ends at Complete). Work marked complete before its \
        period ends means the status or the dates are wrong: either it finished early, and the \
        period should say when, or it is still under way. Finishing early is legitimate, so this \
        is information, not a warning (this tool's convention). Progress is judged as of the \
        linter's as-of date.
        """,
      es: """
        Las plantillas de OGP dan a cada compromiso y a cada hito sus fechas, y el avance se \
        informa como un nivel de cumplimiento (la escala del IRM termina en Complete). Un \
        trabajo marcado como completado antes de que termine su periodo significa que el estado \
        o las fechas están mal: o terminó antes, y el periodo debería decir cuándo, o sigue en \
        marcha. Terminar antes es legítimo, así que esto es informativo, no un aviso (una \
        convención de esta herramienta). El avance se juzga a la fecha de referencia del linter.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "a status that contradicts the dates, against the IRM's completion levels (No Evidence Available, Not Started, Limited, Substantial, Complete); OGP has no rule on it",
        es: """
          un estado que contradice las fechas, frente a los niveles de cumplimiento del IRM (No \
          Evidence Available, Not Started, Limited, Substantial, Complete); OGP no tiene ninguna \
          norma al respecto
          """)),
    fix: LocalizedText(
      en: """
        If the work finished early, end its period when it finished; otherwise set the status to \
        what is true (in_progress, limited, substantial).
        """,
      es:
        "Si el trabajo terminó antes, haz que su periodo termine cuando terminó; si no, pon el estado que corresponda (in_progress, limited, substantial)."
    ),
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Datos abiertos de contratación" {
          lead finance
          period 2024-09 .. 2026-08
          status ↓complete
          milestone m1 "Tenders published" {
            period 2025-01 .. 2025-12
            status complete
          }
          milestone m2 "Payments published" {
            period 2026-01 .. 2026-07-01
            status ↓complete
          }
        }
      }
      """,
      RuleExample(
        """
        plan p "Plan de Acción Nacional" {
          member "Arcadia" national
          period 2024-09 .. 2026-08
          commitment c01 "Registro de beneficiários finais" {
            lead finance
            milestone m1 "Register launched: complete before it even starts" {
              period 2025-07 .. 2026-06
              status ↓complete
            }
          }
        }
        """, asOf: "2025-01-15"),
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: complete on the as-of date itself" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Datos abiertos de contratación" {
          lead finance
          period 2024-09 .. 2026-08
          status in_progress
          milestone m1 "Payments published" {
            period 2026-01 .. 2026-06-30
            status complete
          }
        }
      }
      """,
      """
      plan p "Plan de Acción Nacional: complete without dates says nothing about timing" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" {
          lead finance
          status complete
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      plan.scheduledWork.compactMap { work in
        guard work.status == .complete, let period = work.period, period.lastDay > context.asOf else {
          return nil
        }
        return Finding(
          at: Anchor(work.id, clause: "status"),
          period.firstDay > context.asOf
            ? TimelineText.TIM004NotStarted(work: work.named, period: "\(period)")
            : TimelineText.TIM004Running(work: work.named, end: "\(period.end)"),
          label: TimelineText.TIM004Label(end: "\(period.end)"),
          notes: [TimelineText.asOfNote(asOf: "\(context.asOf)")], help: TimelineText.TIM004Help)
      }
    }
  }
}
