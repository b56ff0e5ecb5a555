import OGPModel

/// `STR004`: a commitment none of whose lead implementing institutions is a government actor.
public struct LeadNotGovernment: BuiltInRule {
  public static let description = RuleDescription(
    code: "STR004", name: "lead-not-government", category: .structure, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "No lead institution of a commitment is a government actor.",
      es: "Ninguna institución responsable de un compromiso es un actor del gobierno."),
    rationale: LocalizedText(
      en: """
        OGP's commitment template names lead implementing institutions, which are government \
        bodies of any branch or level: the commitment is the government's promise. Civil society, \
        academia, the private sector, media and multilateral organisations take part as \
        supporting institutions, listed here as partners. A civil-society organisation leading \
        beside a government body is how some members co-lead commitments, so the rule reports a \
        commitment only when no lead is government: then no government body has made the promise.
        """,
      es: """
        La plantilla de compromiso de OGP nombra las instituciones responsables de la \
        implementación, que son organismos públicos de cualquier poder o nivel: el compromiso es \
        la promesa del gobierno. La sociedad civil, la academia, el sector privado, los medios y \
        los organismos multilaterales participan como instituciones de apoyo, que aquí figuran \
        como socios. Que una organización de la sociedad civil sea responsable junto a un \
        organismo público es la forma en que algunos miembros codirigen compromisos, así que la \
        regla solo señala un compromiso cuando ningún responsable es del gobierno: entonces \
        ningún organismo público ha hecho la promesa.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP's commitment template: lead implementing institutions are government bodies, while supporting institutions may be government or non-government",
        es: """
          la plantilla de compromiso de OGP: las instituciones responsables de la implementación \
          son organismos públicos, mientras que las instituciones de apoyo pueden ser \
          gubernamentales o no gubernamentales
          """)),
    fix: LocalizedText(
      en:
        "Name the government institution that leads the commitment in 'lead', and move the others to 'partners' if they support rather than lead.",
      es:
        "Nombra en 'lead' la institución pública responsable del compromiso, y pasa las demás a 'partners' si apoyan en lugar de dirigir."
    ),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Escuela de Gobierno Abierto" {
          lead ↓uni
          partners rights
        }
        commitment c02 "Contratación abierta" {
          lead ↓firm, undp
        }
        commitment c03 "Libertad de prensa" {
          lead ↓press
          partners digital
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
      plan p "Co-led by government and civil society" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Datos abiertos" {
          lead digital, odn
        }
        commitment c02 "Contratación abierta" {
          lead firm, finance, undp
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
        // No lead is government (the checker has made sure every lead is a declared actor).
        guard let firstID = commitment.leads.first, let first = context.actors[firstID],
          commitment.leads.allSatisfy({ lead in context.actors[lead].map { $0.kind != .government } ?? false }
          )
        else { continue }
        var kinds: [String] = []
        for lead in commitment.leads {
          if let kind = context.actors[lead]?.kind.rawValue, !kinds.contains(kind) { kinds.append(kind) }
        }
        findings.append(
          Finding(
            at: Anchor(commitment.id, clause: "lead"),
            commitment.leads.count == 1
              ? StructureText.STR004Alone(
                actor: first.title, commitment: commitment.title, kind: first.kind.rawValue)
              : StructureText.STR004Many(commitment: commitment.title, kinds: kinds.joined(separator: ", ")),
            label: StructureText.STR004Label, help: StructureText.STR004Help(lead: String(firstID.localName)))
        )
      }
    }
    return findings
  }
}
