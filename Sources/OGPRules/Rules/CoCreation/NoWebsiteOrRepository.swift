import OGPModel

/// `COC003`: a forum that publishes no OGP website, or no online document repository.
public struct NoWebsiteOrRepository: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC003", name: "no-website-or-repository", category: .cocreation, defaultSeverity: .warning,
    summary: "A plan's forum names no public OGP website or no online document repository.",
    rationale: """
      OGP's Participation and Co-Creation Standards (in force since 1 January 2022) ask for \
      open, accessible and timely information; the minimum of standard 2 is a public OGP \
      website and an online document repository. Without them the public cannot follow the \
      process or check the evidence of what the plan delivers. Each missing one is a finding of \
      its own.
      """,
    basis: .ogp(
      "OGP Participation and Co-Creation Standards (2022), standard 2, MR 2.1 (an OGP website or webpage) and MR 2.2 (a document repository)"
    ),
    fix: "Add 'website \"URL\"' and 'repository \"URL\"' to the forum.",
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        forum ↓"Foro de Gobierno Abierto" {
          website "https://gobiernoabierto.example"
        }
      }

      plan q "Plan Local, without a strategy: both are missing" {
        member "Valle" local
        period 2024-09 .. 2025-08
        forum ↓↓"Mesa de Participación Ciudadana" {
          members city, rights
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          website    "https://gobiernoabierto.example"
          repository "https://gobiernoabierto.example/documentos"
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
    context.program.plans.flatMap { plan -> [Finding] in
      guard let forum = plan.forum else { return [] }
      let forumID = CoCreationStandards.forumID(of: plan)
      let expected = [
        (
          clause: "website", present: forum.website != nil, requirement: CoCreationStandards.website,
          message: CocreationText.COC003Website, help: CocreationText.COC003WebsiteHelp
        ),
        (
          clause: "repository", present: forum.repository != nil,
          requirement: CoCreationStandards.documentRepository, message: CocreationText.COC003Repository,
          help: CocreationText.COC003RepositoryHelp
        ),
      ]
      return expected.compactMap { entry in
        guard !entry.present,
          let source = CoCreationStandards.applied(
            entry.requirement, for: plan, in: context, otherwise: CoCreationStandards.ogpStandard(2))?
            .citation
        else { return nil }
        // The absent clause falls back to the forum's title; it keeps the two findings apart in
        // baselines.
        return Finding(
          at: Anchor(forumID, clause: entry.clause),
          entry.message(forum.title, source), label: CocreationText.noClause(clause: entry.clause),
          help: entry.help)
      }
    }
  }
}
