import OGPModel

/// `TIM006`: a milestone whose period has ended with no status, in a commitment that tracks progress;
/// or a commitment whose period has ended with no status of its own or of its milestones, in a
/// plan that tracks progress.
public struct EndedWithoutStatus: BuiltInRule {
  public static let description = RuleDescription(
    code: "TIM006", name: "ended-without-status", category: .timeline, defaultSeverity: .info,
    summary: LocalizedText(
      en:
        "A milestone or commitment's period has ended but it records no status, while progress is tracked around it.",
      es:
        "El periodo de un hito o compromiso ha terminado pero no registra ningún estado, mientras que a su alrededor sí se sigue el avance."
    ),
    rationale: LocalizedText(
      en: """
        OGP reports progress as a completion level per commitment or milestone. Once a \
        commitment records progress (its own status or a milestone's), a milestone whose period \
        is over and that still says nothing leaves the forum and the IRM guessing whether it was \
        delivered. The same goes for a commitment whose period is over and that records no status, \
        neither its own nor any milestone's, in a plan where other commitments report progress. \
        Asking only where progress is already tracked is this tool's convention: plans as \
        submitted are left alone (TIM005 and TIM007 cover work explicitly marked not_started or \
        in_progress). Progress is judged as of the linter's as-of date.
        """,
      es: """
        OGP informa del avance como un nivel de cumplimiento por compromiso o hito. Cuando un \
        compromiso registra avance (su propio estado o el de un hito), un hito cuyo periodo ha \
        terminado y que sigue sin decir nada deja al foro y al IRM adivinando si se cumplió. Lo \
        mismo vale para un compromiso cuyo periodo ha terminado y que no registra ningún estado, \
        ni el suyo ni el de ningún hito, en un plan en el que otros compromisos informan de su \
        avance. Preguntar solo donde ya se sigue el avance es una convención de esta \
        herramienta: los planes tal como se entregaron se dejan en paz (TIM005 y TIM007 cubren \
        el trabajo marcado expresamente como not_started o in_progress). El avance se juzga a la \
        fecha de referencia del linter.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "a milestone with no status after its period, in a commitment that tracks progress; OGP has no rule on it",
        es:
          "un hito sin estado tras su periodo, en un compromiso que sigue su avance; OGP no tiene ninguna norma al respecto"
      )),
    fix: LocalizedText(
      en: "Add a 'status' clause saying how far the milestone got.",
      es: "Añade una cláusula 'status' que diga hasta dónde llegó el hito."),
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Escuela de Gobierno Abierto" {
          lead digital
          period 2024-09 .. 2026-08
          milestone m1 "Currículo publicado" {
            period 2024-09 .. 2025-03
            status complete
          }
          milestone ↓m2 "First cohort trained" {
            period 2025-04 .. 2026-06-29
          }
          milestone m3 "Evaluation published" {
            period 2026-06 .. 2026-08
          }
        }
        commitment ↓c02 "Presupuesto abierto" {
          lead finance
          period 2024-09 .. 2025-12
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: c02's progress is not reported at all yet" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" {
          lead finance
          milestone m1 "Budget published as open data" {
            period 2024-09 .. 2025-03
            status complete
          }
        }
        commitment c02 "Escuela de Gobierno Abierto" {
          lead digital
          milestone m1 "Currículo publicado" {
            period 2024-09 .. 2025-03
          }
        }
      }
      """,
      """
      plan p "Plan de Acción Nacional as submitted: nobody reports progress yet" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" {
          lead finance
          period 2024-09 .. 2025-12
        }
      }
      """,
      """
      plan p "Plan de Acción Nacional: a period ending on the as-of date is not over" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Escuela de Gobierno Abierto" {
          lead digital
          status in_progress
          milestone m1 "First cohort trained" {
            period 2025-04 .. 2026-06-30
          }
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      let planTracksProgress = plan.commitments.contains(where: Self.tracksProgress)
      return plan.commitments.flatMap { commitment -> [Finding] in
        guard Self.tracksProgress(commitment) else {
          guard planTracksProgress, let period = commitment.period, period.lastDay < context.asOf else {
            return []
          }
          return [
            Finding(
              at: Anchor(commitment.id, clause: "status"),
              TimelineText.TIM006Commitment(
                commitment: commitment.title, end: "\(period.end)", plan: plan.title),
              label: TimelineText.TIM006Label, notes: [TimelineText.asOfNote(asOf: "\(context.asOf)")],
              help: TimelineText.TIM006Help)
          ]
        }
        return commitment.milestones.compactMap { milestone in
          guard milestone.status == nil, let period = milestone.period, period.lastDay < context.asOf else {
            return nil
          }
          return Finding(
            at: Anchor(milestone.id, clause: "status"),
            TimelineText.TIM006Milestone(
              milestone: milestone.title, end: "\(period.end)", commitment: commitment.title),
            label: TimelineText.TIM006Label, notes: [TimelineText.asOfNote(asOf: "\(context.asOf)")],
            help: TimelineText.TIM006Help)
        }
      }
    }
  }

  /// True when the commitment or one of its milestones records a status.
  static func tracksProgress(_ commitment: Commitment) -> Bool {
    commitment.status != nil || commitment.milestones.contains(where: { $0.status != nil })
  }
}
