import OGPModel

/// `COC002`: a forum that meets less often than the co-creation standards ask, or does not say.
public struct ForumMeetsTooRarely: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC002", name: "forum-meets-too-rarely", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's forum meets less often than the co-creation standards ask, or does not say how often.",
      es:
        "El foro de un plan se reúne con menos frecuencia de la que piden los estándares de cocreación, o no dice con cuánta."
    ),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards (in force since 1 January 2022) set as a \
        minimum of standard 1 a forum that meets at least every six months. The interval comes \
        from the plan's strategy when one of its standards declares 'minimum forum_meets_every', \
        and from the `[thresholds] forum_meets_every_months` setting otherwise. A forum that does not say how \
        often it meets cannot show that it meets the minimum. Intervals in different units are \
        compared in approximate days (a month is 30.4 days).
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP (vigentes desde el 1 de enero de \
        2022) fijan como mínimo del estándar 1 un foro que se reúna al menos cada seis meses. El \
        intervalo sale de la estrategia del plan cuando uno de sus estándares declara 'minimum \
        forum_meets_every', y si no, del ajuste `[thresholds] forum_meets_every_months`. Un foro \
        que no dice con qué frecuencia se reúne no puede demostrar que cumple el mínimo. Los \
        intervalos en unidades distintas se comparan en días aproximados (un mes son 30,4 días).
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 1, MR 1.1: the forum meets regularly, at least every six months",
        es:
          "Estándares de Participación y Cocreación de OGP (2022), estándar 1, MR 1.1: el foro se reúne con regularidad, al menos cada seis meses"
      )),
    fix: LocalizedText(
      en: "Say how often the forum meets, at least as often as the minimum: 'meets every 6 months'.",
      es: "Di con qué frecuencia se reúne el foro, al menos la del mínimo: 'meets every 6 months'."),
    triggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          meets ↓every 1 year
          members digital, rights
        }
      }

      plan q "Plan de Ação Nacional: 27 weeks is longer than 6 months" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        forum "Fórum Interinstitucional" {
          meets ↓every 27 weeks
          members digital, rights
        }
      }

      plan r "Plan Local, without a strategy" {
        member "Valle" local
        period 2024-09 .. 2025-08
        forum ↓"Mesa de Participación Ciudadana" {
          members city, rights
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: exactly six months" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
          members digital, rights
        }
      }

      plan q "Plan de Ação Nacional: 26 weeks is within 6 months" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        forum "Fórum Interinstitucional" {
          meets every 26 weeks
          members digital, rights
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
        let applied = CoCreationStandards.applied(
          CoCreationStandards.forumMeetsEvery, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(1))
      else { return nil }
      let forumID = CoCreationStandards.forumID(of: plan)
      // Every standard declaring the minimum must be met, so the shortest interval applies.
      let required =
        applied.interval ?? Duration(amount: context.thresholds.forumMeetsEveryMonths, unit: .months)
      let source = applied.citation
      let minimum = CoCreationStandards.every(required)
      let written = CoCreationStandards.writtenEvery(required)
      // Only the configured default can be changed in ogp-lint.toml; a declared minimum is its own.
      let configurable = applied.interval == nil
      guard let meets = forum.meets else {
        return Finding(
          at: Anchor(forumID, clause: "meets"),
          CocreationText.COC002Missing(forum: forum.title, source: source, minimum: minimum),
          label: CocreationText.COC002MissingLabel,
          help: (configurable
            ? CocreationText.COC002MissingHelpConfigurable : CocreationText.COC002MissingHelp)(
              written))
      }
      guard meets.approximateDays > required.approximateDays else { return nil }
      return Finding(
        at: Anchor(forumID, clause: "meets"),
        CocreationText.COC002Rarely(
          forum: forum.title, meets: CoCreationStandards.spoken(meets), source: source, minimum: minimum),
        label: CocreationText.COC002RarelyLabel(minimum: minimum),
        help: (configurable ? CocreationText.COC002RarelyHelpConfigurable : CocreationText.COC002RarelyHelp)(
          minimum, written))
    }
  }
}
