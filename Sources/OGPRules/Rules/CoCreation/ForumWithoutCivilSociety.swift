import OGPModel

/// `COC007`: a forum with no civil-society member, so not multi-stakeholder.
public struct ForumWithoutCivilSociety: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC007", name: "forum-without-civil-society", category: .cocreation, defaultSeverity: .warning,
    summary: "A plan's forum names no civil-society member.",
    rationale: """
      OGP's multi-stakeholder forum brings government and civil society together, and standard \
      1 of the Participation and Co-Creation Standards (in force since 1 January 2022) makes it \
      the space for ongoing dialogue between them. A forum of government bodies alone, or with \
      only academia, media or firms beside them, is not that space. Only actors of kind \
      'civil_society' count here: OGP lists academia, media and the private sector as kinds of \
      their own. A forum that names no members cannot show it has any.
      """,
    basis: .ogp(
      "OGP Participation and Co-Creation Standards (2022), standard 1, MR 1.1: the forum has participation from both government and civil society"
    ),
    fix: "Name the civil-society organisations that sit on the forum in its 'members' clause.",
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          members ↓digital, finance, uni, press, firm
        }
      }

      plan q "Plan Local, without a strategy" {
        member "Valle" local
        period 2024-09 .. 2025-08
        forum ↓"Mesa de Participación Ciudadana" {
          meets every 3 months
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: one civil-society member is enough" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          members digital, finance, uni, rights
        }
      }
      """,
      """
      plan p "Plan Local: no forum at all is COC001's finding, not this rule's" {
        member "Valle" local
        period 2024-09 .. 2025-08
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard let forum = plan.forum,
        !forum.members.contains(where: { context.actors[$0]?.kind == .civilSociety }),
        // A standards version names the membership requirement itself; a strategy's standards
        // (the older form) are cited through the forum's meetings, as before.
        let source = CoCreationStandards.applied(
          context.program.standards.isEmpty
            ? CoCreationStandards.forumMeetsEvery : CoCreationStandards.forumMembership,
          for: plan, in: context, otherwise: CoCreationStandards.ogpStandard(1))?.citation
      else { return nil }
      return Finding(
        at: Anchor(CoCreationStandards.forumID(of: plan), clause: "members"),
        forum.members.isEmpty
          ? CocreationText.COC007NoMembers(forum: forum.title, source: source)
          : CocreationText.COC007NoCivilSociety(forum: forum.title, source: source),
        label: forum.members.isEmpty
          ? CocreationText.COC007NoMembersLabel : CocreationText.COC007NoCivilSocietyLabel,
        help: CocreationText.COC007Help)
    }
  }
}
