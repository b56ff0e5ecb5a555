import OGPModel

/// `VER001`: a milestone that names no deliverable.
public struct MilestoneWithoutDeliverable: BuiltInRule {
  public static let description = RuleDescription(
    code: "VER001", name: "milestone-without-deliverable", category: .verifiability,
    defaultSeverity: .warning,
    summary: "A milestone names no deliverable.",
    rationale: """
      OGP's commitment template asks for milestones or expected outputs, each with a verifiable \
      deliverable and dates. The IRM first asks whether a commitment is verifiable; without a \
      deliverable there is nothing to check a milestone's completion against, and a commitment \
      found not verifiable is not assessed further.
      """,
    basis: .ogp(
      "OGP's commitment template (milestones, each with a verifiable deliverable) and the IRM's first indicator, Verifiable"
    ),
    fix:
      "Add a 'deliverable' clause naming the verifiable output, e.g. 'deliverable \"Open data portal of votes\"'.",
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
