import OGPModel

/// `COC001`: a plan with no multi-stakeholder forum.
public struct NoForum: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC001", name: "no-forum", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "An action plan declares no multi-stakeholder forum.",
      es: "Un plan de acción no declara ningún foro multiactor."),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards (in force since 1 January 2022) ask first of \
        all for a space for ongoing dialogue and collaboration between government and civil \
        society: a multi-stakeholder forum that meets at least every six months, with public \
        rules. Without a forum there is no one to co-create the plan with or to oversee it, so the \
        other forum rules (COC002, COC003, COC005, COC007) stay silent until one is declared.
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP (vigentes desde el 1 de enero de \
        2022) piden ante todo un espacio de diálogo y colaboración permanentes entre el gobierno \
        y la sociedad civil: un foro multiactor que se reúna al menos cada seis meses, con \
        normas públicas. Sin foro no hay con quién cocrear el plan ni quién lo supervise, así \
        que las demás reglas del foro (COC002, COC003, COC005, COC007) callan hasta que se \
        declare uno.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 1 and its minimum requirement MR 1.1: a multi-stakeholder forum",
        es:
          "Estándares de Participación y Cocreación de OGP (2022), estándar 1 y su requisito mínimo MR 1.1: un foro multiactor"
      )),
    fix: LocalizedText(
      en: "Declare the plan's forum: 'forum \"…\" { meets every 3 months; members … }'.",
      es: "Declara el foro del plan: 'forum \"…\" { meets every 3 months; members … }'."),
    triggering: [
      """
      plan ↓p "Plan de Acción Nacional" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
      }

      plan ↓q "Plan Local de Gobierno Abierto, without a strategy" {
        member "Valle" local
        period 2024-09 .. 2025-08
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
          meets every 3 months
          members digital, rights, odn
        }
      }
      """,
      """
      plan p "Plan Local: even an empty forum is a forum (other rules judge it)" {
        member "Valle" local
        period 2024-09 .. 2025-08
        forum "Mesa de Participación Ciudadana"
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard plan.forum == nil,
        let source = CoCreationStandards.applied(
          CoCreationStandards.forumMeetsEvery, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(1))?.citation
      else { return nil }
      return Finding(
        at: Anchor(plan.id),
        CocreationText.COC001Message(plan: plan.title, source: source), label: CocreationText.COC001Label,
        help: CocreationText.COC001Help)
    }
  }
}
