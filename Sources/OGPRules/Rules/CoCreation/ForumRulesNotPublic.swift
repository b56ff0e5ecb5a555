import OGPModel

/// `COC005`: a forum that names no public rules of operation.
public struct ForumRulesNotPublic: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC005", name: "forum-rules-not-public", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's forum names no public rules of operation.",
      es: "El foro de un plan no cita ninguna norma de funcionamiento pública."),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards (in force since 1 January 2022) ask, as a \
        minimum requirement of standard 1 (MR 1.1), for a forum whose basic rules on participation \
        are public, so that everyone can see how it works and hold it to them. It is a minimum \
        requirement, not a recommendation, so a forum that names no public rules is a warning, as \
        a forum that meets too rarely is.
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP (vigentes desde el 1 de enero de \
        2022) piden, como requisito mínimo del estándar 1 (MR 1.1), un foro cuyas normas básicas \
        de participación sean públicas, para que todo el mundo pueda ver cómo funciona y \
        exigirle que las cumpla. Es un requisito mínimo, no una recomendación, así que un foro \
        que no cita normas públicas da un aviso, como lo da un foro que se reúne demasiado poco.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 1, MR 1.1: the forum's basic rules on participation are public",
        es:
          "Estándares de Participación y Cocreación de OGP (2022), estándar 1, MR 1.1: las normas básicas de participación del foro son públicas"
      )),
    fix: LocalizedText(
      en: "Publish the forum's rules and link them: 'rules \"URL\"'.",
      es: "Publica las normas del foro y enlázalas: 'rules \"URL\"'."),
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        forum ↓"Foro de Gobierno Abierto" {
          meets   every 3 months
          members digital, rights
          website "https://gobiernoabierto.example"
        }
      }

      plan q "Plan Local, without a strategy" {
        member "Valle" local
        period 2024-09 .. 2025-08
        forum ↓"Mesa de Participación Ciudadana"
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
          rules "https://gobiernoabierto.example/foro/reglamento"
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
      guard let forum = plan.forum, forum.rules == nil,
        let source = CoCreationStandards.applied(
          CoCreationStandards.publicRules, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(1))?.citation
      else { return nil }
      return Finding(
        at: Anchor(CoCreationStandards.forumID(of: plan), clause: "rules"),
        CocreationText.COC005Message(forum: forum.title, source: source),
        label: CocreationText.noClause(clause: "rules"), help: CocreationText.COC005Help)
    }
  }
}
