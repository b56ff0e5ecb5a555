import OGPModel

/// `COC016`: a forum whose members include no government actor.
public struct ForumWithoutGovernment: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC016", name: "forum-without-government", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's forum names members, but none from government.",
      es: "El foro de un plan nombra miembros, pero ninguno del gobierno."),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards (2022), MR 1.1, ask for a forum with \
        participation from both government and civil society (civil society members "and other \
        non-governmental representatives"). COC007 finds a forum without civil society; this rule \
        finds the other half: a forum of non-government members only, which cannot co-create a \
        plan the government carries out. It applies when the plan's standards version (or, \
        without versions, its strategy) declares 'minimum forum_membership'; a forum that names \
        no members at all is COC007's finding.
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP (2022), MR 1.1, piden un foro en el \
        que participen tanto el gobierno como la sociedad civil (miembros de la sociedad civil \
        "y otros representantes no gubernamentales"). COC007 detecta un foro sin sociedad civil; \
        esta regla detecta la otra mitad: un foro solo de miembros ajenos al gobierno, que no \
        puede cocrear un plan que ejecuta el gobierno. Se aplica cuando la versión de los \
        estándares del plan (o, sin versiones, su estrategia) declara 'minimum \
        forum_membership'; un foro que no nombra ningún miembro es el hallazgo de COC007.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 1, MR 1.1: participation from both government and civil society",
        es:
          "Estándares de Participación y Cocreación de OGP (2022), estándar 1, MR 1.1: participación tanto del gobierno como de la sociedad civil"
      )),
    fix: LocalizedText(
      en:
        "Add the government institutions that sit on the forum to its 'members' (actors of kind government).",
      es:
        "Añade a 'members' las instituciones públicas que forman parte del foro (actores de tipo government)."
    ),
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        forum "Foro de la Sociedad Civil" {
          meets every 6 months
          members ↓odn, rights, uni
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
          members digital, odn, rights
        }
      }

      plan q "Plan de Acción Nacional: no members is COC007's finding" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
        }
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard let forum = plan.forum, !forum.members.isEmpty,
        !forum.members.contains(where: { context.actors[$0]?.kind == .government }),
        let applied = CoCreationStandards.applied(
          CoCreationStandards.forumMembership, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(1)),
        !applied.isDefault
      else { return nil }
      return Finding(
        at: Anchor(CoCreationStandards.forumID(of: plan), clause: "members"),
        CocreationText.COC016Message(forum: forum.title, source: applied.citation),
        label: CocreationText.COC016Label, help: CocreationText.COC016Help)
    }
  }
}
