import OGPModel

/// `TIM007`: a commitment or milestone still marked in progress after its period ended.
public struct EndedInProgress: BuiltInRule {
  public static let description = RuleDescription(
    code: "TIM007", name: "ended-in-progress", category: .timeline, defaultSeverity: .warning,
    summary: "A commitment or milestone is still marked in progress although its period has ended.",
    rationale: """
      OGP reports progress as a completion level per commitment or milestone, and the IRM's \
      levels (Not Started, Limited, Substantial, Complete) have no 'in progress': it is a \
      working status. Work still in progress once its period is over is either late, which the \
      forum should discuss and the plan should reschedule, or its status was never brought up \
      to a completion level. TIM005 says the same of work still not started. Progress is judged \
      as of the linter's as-of date, which the summary line states.
      """,
    basis: .heuristic(
      "a working status left after the work's period, against the IRM's completion levels (Not Started, Limited, Substantial, Complete); OGP has no rule on it"
    ),
    fix:
      "Record how far the work got (limited, substantial, complete), or move the period if it was rescheduled.",
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
