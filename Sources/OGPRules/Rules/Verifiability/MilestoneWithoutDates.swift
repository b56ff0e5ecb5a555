import OGPModel

/// `VER002`: a milestone with no start and end dates.
public struct MilestoneWithoutDates: BuiltInRule {
  public static let description = RuleDescription(
    code: "VER002", name: "milestone-without-dates", category: .verifiability,
    defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A milestone has no 'period' with its start and end dates.",
      es: "Un hito no tiene un 'period' con sus fechas de inicio y fin."),
    rationale: LocalizedText(
      en: """
        OGP's commitment template asks for milestones or expected outputs, each with a verifiable \
        deliverable and a start and end date. Without dates neither the forum nor the IRM's \
        Midterm Review and Results Report can tell whether a milestone is on time or late, and the \
        timeline rules cannot check it against the commitment and the plan.
        """,
      es: """
        La plantilla de compromiso de OGP pide hitos o productos esperados, cada uno con un \
        entregable verificable y una fecha de inicio y de fin. Sin fechas, ni el foro ni la \
        Revisión Intermedia y el Informe de Resultados del IRM pueden saber si un hito va a \
        tiempo o con retraso, y las reglas de calendario no pueden contrastarlo con el \
        compromiso y el plan.
        """),
    basis: .ogp(
      LocalizedText(
        en: "OGP's commitment template: milestones with start and end dates",
        es: "la plantilla de compromiso de OGP: hitos con fechas de inicio y fin")),
    fix: LocalizedText(
      en: "Add a 'period' clause with the milestone's start and end, e.g. 'period 2025-01 .. 2025-06'.",
      es: "Añade una cláusula 'period' con el inicio y el fin del hito, p. ej. 'period 2025-01 .. 2025-06'."),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Justiça aberta" {
          lead court
          period 2024-10 .. 2026-06
          milestone ↓m1 "Política de publicación de sentencias" {
            deliverable "Publication policy adopted by the Court"
          }
          milestone m2 "Base de datos de sentencias" {
            period 2025-07 .. 2026-06
            deliverable "Searchable online database of judgments"
          }
          milestone ↓m3 "Estadísticas judiciales abiertas"
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Justiça aberta" {
          lead court
          milestone m1 "Política de publicación de sentencias" {
            period 2024-10 .. 2025-06
            deliverable "Publication policy adopted by the Court"
          }
        }
      }
      """,
      """
      plan p "A commitment without milestones has no milestone dates to miss" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Información pública" {
          lead ombuds
          period 2024-10 .. 2026-06
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      plan.commitments.flatMap { commitment in
        commitment.milestones.filter { $0.period == nil }.map { milestone in
          Finding(
            at: Anchor(milestone.id),
            VerifiabilityText.VER002Message(milestone: milestone.title, commitment: commitment.title),
            label: VerifiabilityText.VER002Label, help: VerifiabilityText.VER002Help)
        }
      }
    }
  }
}
