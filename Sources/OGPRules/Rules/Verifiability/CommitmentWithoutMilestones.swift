import OGPModel

/// `VER004`: a commitment with no milestones.
public struct CommitmentWithoutMilestones: BuiltInRule {
  public static let description = RuleDescription(
    code: "VER004", name: "commitment-without-milestones", category: .verifiability,
    defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment has no milestones to verify progress against.",
      es: "Un compromiso no tiene hitos con los que verificar su avance."),
    rationale: LocalizedText(
      en: """
        OGP's commitment template asks for milestones or expected outputs, each with a verifiable \
        deliverable and dates, and the IRM measures completion (Not Started, Limited, Substantial, \
        Complete) against them. A commitment without milestones states an intention but gives the \
        forum and the IRM nothing to verify.
        """,
      es: """
        La plantilla de compromiso de OGP pide hitos o productos esperados, cada uno con un \
        entregable verificable y fechas, y el IRM mide el cumplimiento (Not Started, Limited, \
        Substantial, Complete) frente a ellos. Un compromiso sin hitos enuncia una intención, \
        pero no da al foro ni al IRM nada que verificar.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP's commitment template: milestones or expected outputs, against which the IRM measures completion",
        es:
          "la plantilla de compromiso de OGP: hitos o productos esperados, frente a los que el IRM mide el cumplimiento"
      )),
    fix: LocalizedText(
      en: """
        Add milestones with a deliverable and a period each, e.g. 'milestone m1 "Data model \
        agreed" { period 2025-01 .. 2025-06; deliverable "Published data model" }'.
        """,
      es: """
        Añade hitos, cada uno con un entregable y un periodo, p. ej. 'milestone m1 "Data model \
        agreed" { period 2025-01 .. 2025-06; deliverable "Published data model" }'.
        """),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment ↓c01 "Presupuesto abierto" {
          lead finance
          period 2024-10 .. 2026-06
          goal "Publish the budget as open data."
        }
        commitment c02 "Justiça aberta" {
          lead court
          milestone m1 "Política de publicación" {
            period 2024-10 .. 2025-06
            deliverable "Publication policy adopted by the Court"
          }
        }
        commitment ↓c03 "Registro de beneficiarios finales" { lead finance }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "One milestone is enough for this rule" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" {
          lead finance
          milestone m1 "Presupuesto ciudadano" {
            period 2025-01 .. 2025-06
            deliverable "Citizens' budget published in plain language"
          }
        }
      }
      """,
      """
      plan p "A milestone without a deliverable is VER001's finding, not this one's" {
        member "Valle" local
        period 2025-01 .. 2026-06
        commitment c01 "Ayuntamiento abierto" {
          lead city
          milestone m1 "Primer paso"
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      plan.commitments.compactMap { commitment in
        guard commitment.milestones.isEmpty else { return nil }
        return Finding(
          at: Anchor(commitment.id),
          VerifiabilityText.VER004Message(commitment: commitment.title), label: VerifiabilityText.VER004Label,
          help: VerifiabilityText.VER004Help)
      }
    }
  }
}
