import OGPModel

/// `STR004`: a lead implementing institution that is not a government actor.
public struct LeadNotGovernment: BuiltInRule {
  public static let description = RuleDescription(
    code: "STR004", name: "lead-not-government", category: .structure, defaultSeverity: .warning,
    summary: "A commitment's lead institution is not a government actor.",
    rationale: """
      OGP's commitment template names lead implementing institutions, which are government \
      bodies of any branch or level: the commitment is the government's promise. Civil society, \
      academia, the private sector, media and multilateral organisations take part as \
      supporting institutions, listed here as partners.
      """,
    fix:
      "Move the actor to 'partners' and name the government institution that leads the commitment in 'lead'.",
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Datos abiertos" {
          lead digital, ↓odn
        }
        commitment c02 "Escuela de Gobierno Abierto" {
          lead ↓uni
          partners rights
        }
        commitment c03 "Contratación abierta" {
          lead ↓firm, finance, ↓undp
        }
        commitment c04 "Libertad de prensa" {
          lead ↓press
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Leads from every branch and level, civil society as partners" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" {
          lead finance, assembly
          partners odn, rights, uni, press, firm, undp
        }
        commitment c02 "Justiça aberta" {
          lead court, ombuds
          partners digital
        }
      }
      """,
      """
      plan valle "Plan de Gobierno Abierto de Valle" {
        member "Valle" local
        period 2025-01 .. 2026-06
        commitment c01 "Ayuntamiento abierto" {
          lead city
          partners rights
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for plan in context.program.plans {
      for commitment in plan.commitments {
        for (index, lead) in commitment.leads.enumerated() {
          guard let actor = context.actors[lead], actor.kind != .government else { continue }
          findings.append(
            Finding(
              at: Anchor(commitment.id, clause: "lead", item: index),
              "'\(actor.title)' leads commitment '\(commitment.title)' but is \(actor.kind.rawValue), not government",
              label: "\(actor.kind.rawValue) lead",
              help: "move '\(lead.localName)' to 'partners' and name the government institution that leads"))
        }
      }
    }
    return findings
  }
}
