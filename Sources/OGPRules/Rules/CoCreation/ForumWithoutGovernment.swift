import OGPModel

/// `COC016`: a forum whose members include no government actor.
public struct ForumWithoutGovernment: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC016", name: "forum-without-government", category: .cocreation, defaultSeverity: .warning,
    summary: "A plan's forum names members, but none from government.",
    rationale: """
      OGP's Participation and Co-Creation Standards (2022), MR 1.1, ask for a forum with \
      participation from both government and civil society (civil society members "and other \
      non-governmental representatives"). COC007 finds a forum without civil society; this rule \
      finds the other half: a forum of non-government members only, which cannot co-create a \
      plan the government carries out. It applies when the plan's standards version (or, \
      without versions, its strategy) declares 'minimum forum_membership'; a forum that names \
      no members at all is COC007's finding.
      """,
    basis: .ogp(
      "OGP Participation and Co-Creation Standards (2022), standard 1, MR 1.1: participation from both government and civil society"
    ),
    fix:
      "Add the government institutions that sit on the forum to its 'members' (actors of kind government).",
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
