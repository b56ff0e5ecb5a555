import OGPModel

/// `COC007`: a forum with no civil-society member, so not multi-stakeholder.
public struct ForumWithoutCivilSociety: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC007", name: "forum-without-civil-society", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's forum names no civil-society member.",
      es: "El foro de un plan no tiene ningún miembro de la sociedad civil."),
    rationale: LocalizedText(
      en: """
        OGP's multi-stakeholder forum brings government and civil society together, and standard \
        1 of the Participation and Co-Creation Standards (in force since 1 January 2022) makes it \
        the space for ongoing dialogue between them. A forum of government bodies alone, or with \
        only academia, media or firms beside them, is not that space. Only actors of kind \
        'civil_society' count here: OGP lists academia, media and the private sector as kinds of \
        their own. A forum that names no members cannot show it has any.
        """,
      es: """
        El foro multiactor de OGP reúne al gobierno y a la sociedad civil, y el estándar 1 de \
        los Estándares de Participación y Cocreación (vigentes desde el 1 de enero de 2022) lo \
        convierte en el espacio de diálogo permanente entre ambos. Un foro solo de organismos \
        públicos, o acompañados únicamente por la academia, los medios o empresas, no es ese \
        espacio. Aquí solo cuentan los actores de tipo 'civil_society': OGP trata la academia, \
        los medios y el sector privado como tipos aparte. Un foro que no nombra a sus miembros \
        no puede demostrar que tenga alguno.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 1, MR 1.1: the forum has participation from both government and civil society",
        es:
          "Estándares de Participación y Cocreación de OGP (2022), estándar 1, MR 1.1: en el foro participan tanto el gobierno como la sociedad civil"
      )),
    fix: LocalizedText(
      en: "Name the civil-society organisations that sit on the forum in its 'members' clause.",
      es:
        "Nombra en la cláusula 'members' del foro las organizaciones de la sociedad civil que forman parte de él."
    ),
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
