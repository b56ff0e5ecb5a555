import OGPModel

/// `VER001`: a milestone that names no deliverable.
public struct MilestoneWithoutDeliverable: BuiltInRule {
  public static let description = RuleDescription(
    code: "VER001", name: "milestone-without-deliverable", category: .verifiability,
    defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A milestone names no deliverable.",
      es: "Un hito no nombra ningún entregable."),
    rationale: LocalizedText(
      en: """
        OGP's commitment template asks for milestones or expected outputs, each with a verifiable \
        deliverable and dates. The IRM first asks whether a commitment is verifiable; without a \
        deliverable there is nothing to check a milestone's completion against, and a commitment \
        found not verifiable is not assessed further.
        """,
      es: """
        La plantilla de compromiso de OGP pide hitos o productos esperados, cada uno con un \
        entregable verificable y fechas. Lo primero que pregunta el IRM es si un compromiso es \
        verificable; sin entregable no hay nada con lo que contrastar el cumplimiento de un \
        hito, y un compromiso que se considera no verificable no se sigue evaluando.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP's commitment template (milestones, each with a verifiable deliverable) and the IRM's first indicator, Verifiable",
        es:
          "la plantilla de compromiso de OGP (hitos, cada uno con un entregable verificable) y el primer indicador del IRM, Verifiable"
      )),
    fix: LocalizedText(
      en:
        "Add a 'deliverable' clause naming the verifiable output, e.g. 'deliverable \"Open data portal of votes\"'.",
      es:
        "Añade una cláusula 'deliverable' con el producto verificable, p. ej. 'deliverable \"Open data portal of votes\"'."
    ),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Parlamento Abierto" {
          lead assembly
          milestone m1 "Votaciones como datos abiertos" {
            period 2024-10 .. 2025-06
            deliverable "Open data portal of plenary votes and attendance"
          }
          milestone ↓m2 "Plataforma de consulta pública" {
            period 2025-07 .. 2026-06
          }
          milestone ↓m3 "Registro de reuniones de cabildeo"
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Parlamento Abierto" {
          lead assembly
          milestone m1 "Votaciones como datos abiertos" {
            period 2024-10 .. 2025-06
            deliverable "Open data portal of plenary votes and attendance"
          }
        }
      }
      """,
      """
      plan p "A deliverable too short to verify is VER003's finding, not this one's" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Información pública" {
          lead ombuds
          milestone m1 "Revisión de la publicidad activa" {
            period 2025-07 .. 2025-12
            deliverable "Report"
          }
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      plan.commitments.flatMap { commitment in
        commitment.milestones.filter { $0.deliverable == nil }.map { milestone in
          Finding(
            at: Anchor(milestone.id),
            VerifiabilityText.VER001Message(milestone: milestone.title, commitment: commitment.title),
            label: VerifiabilityText.VER001Label, help: VerifiabilityText.VER001Help)
        }
      }
    }
  }
}
