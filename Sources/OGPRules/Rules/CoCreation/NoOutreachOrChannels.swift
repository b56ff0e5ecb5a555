import OGPModel

/// `COC012`: a plan that names no outreach, or no channels for proposals and feedback.
public struct NoOutreachOrChannels: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC012", name: "no-outreach-or-channels", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan names no outreach to the public, or no channels for proposals and feedback.",
      es: "Un plan no cita ninguna difusión al público, o ningún canal para propuestas y comentarios."),
    rationale: LocalizedText(
      en: """
        Standard 3 of OGP's Participation and Co-Creation Standards (2022) asks for inclusive, \
        informed participation during co-creation: telling the public they can take part, and \
        giving them ways to send proposals and feedback (MR 3.2 and MR 3.3 in the standards file, \
        recalled, to be confirmed; the 2017 standards asked for awareness raising and \
        communication channels too). The rule applies when the plan's standards version (or, \
        without versions, its strategy) declares 'minimum outreach' or 'minimum \
        feedback_channels', and reports each that the plan's 'cocreation' block does not state.
        """,
      es: """
        El estándar 3 de los Estándares de Participación y Cocreación de OGP (2022) pide una \
        participación inclusiva e informada durante la cocreación: decir al público que puede \
        participar y darle vías para enviar propuestas y comentarios (MR 3.2 y MR 3.3 en el \
        archivo de estándares, recordados, por confirmar; los estándares de 2017 también pedían \
        sensibilización y canales de comunicación). La regla se aplica cuando la versión de los \
        estándares del plan (o, sin versiones, su estrategia) declara 'minimum outreach' o \
        'minimum feedback_channels', y señala cada uno que el bloque 'cocreation' del plan no \
        indique.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 3: outreach and a mechanism for input during co-creation (MR 3.2 and 3.3, recalled, to be confirmed)",
        es: """
          Estándares de Participación y Cocreación de OGP (2022), estándar 3: difusión y un \
          mecanismo de aportaciones durante la cocreación (MR 3.2 y 3.3, recordados, por \
          confirmar)
          """)),
    fix: LocalizedText(
      en:
        "Say how the public was reached and where proposals could be sent: 'cocreation { outreach \"…\"; channels \"…\", \"…\" }'.",
      es:
        "Di cómo se llegó al público y adónde podían enviarse propuestas: 'cocreation { outreach \"…\"; channels \"…\", \"…\" }'."
    ),
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        ↓↓cocreation {
          participants 120
        }
      }

      plan q "Plan de Ação Nacional: channels, but no outreach" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        ↓cocreation {
          channels "https://example.org/proposals"
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        cocreation {
          outreach "Radio spots and a call in every municipality"
          channels "https://example.org/proposals", "Mailboxes in public libraries"
        }
      }

      plan q "Plan Local: OGP Local's requirements in the standards file ask for neither" {
        member "Valle" local
        period 2024-09 .. 2025-08
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan -> [Finding] in
      let evidence = plan.cocreation
      let expected = [
        (
          requirement: CoCreationStandards.outreach, present: evidence?.outreach != nil, clause: "outreach",
          message: CocreationText.COC012Outreach
        ),
        (
          requirement: CoCreationStandards.feedbackChannels, present: !(evidence?.channels.isEmpty ?? true),
          clause: "channels", message: CocreationText.COC012Channels
        ),
      ]
      return expected.compactMap { entry in
        guard !entry.present,
          let applied = CoCreationStandards.applied(
            entry.requirement, for: plan, in: context, otherwise: CoCreationStandards.ogpStandard(3)),
          !applied.isDefault
        else { return nil }
        // Without a `cocreation` block the anchor falls back to the plan's name.
        return Finding(
          at: Anchor(plan.id, clause: "cocreation." + entry.clause),
          entry.message(plan.title, applied.citation),
          label: evidence == nil
            ? CocreationText.noCocreationBlock : CocreationText.noClause(clause: entry.clause),
          help: CocreationText.COC012Help(clause: entry.clause))
      }
    }
  }
}
