import OGPModel

/// `COC003`: a forum that publishes no OGP website, or no online document repository.
public struct NoWebsiteOrRepository: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC003", name: "no-website-or-repository", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's forum names no public OGP website or no online document repository.",
      es:
        "El foro de un plan no cita ningún sitio web público de OGP o ningún repositorio de documentos en línea."
    ),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards (in force since 1 January 2022) ask for \
        open, accessible and timely information; the minimum of standard 2 is a public OGP \
        website and an online document repository. Without them the public cannot follow the \
        process or check the evidence of what the plan delivers. Each missing one is a finding of \
        its own.
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP (vigentes desde el 1 de enero de \
        2022) piden información abierta, accesible y oportuna; el mínimo del estándar 2 es un \
        sitio web público de OGP y un repositorio de documentos en línea. Sin ellos, el público \
        no puede seguir el proceso ni comprobar las pruebas de lo que el plan cumple. Cada uno \
        que falta es un hallazgo aparte.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 2, MR 2.1 (an OGP website or webpage) and MR 2.2 (a document repository)",
        es:
          "Estándares de Participación y Cocreación de OGP (2022), estándar 2, MR 2.1 (un sitio o página web de OGP) y MR 2.2 (un repositorio de documentos)"
      )),
    fix: LocalizedText(
      en: "Add 'website \"URL\"' and 'repository \"URL\"' to the forum.",
      es: "Añade 'website \"URL\"' y 'repository \"URL\"' al foro."),
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
