import OGPModel

/// `OBJ004`: a commitment whose leads and partners are all government actors, in a plan that
/// names a strategy.
public struct GovernmentOnlyCommitment: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ004", name: "government-only-commitment", category: .objectives, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment involves no actor outside government.",
      es: "Un compromiso no implica a ningún actor ajeno al gobierno."),
    rationale: LocalizedText(
      en: """
        Strategic objective 1 asks for an ever broader community of reformers, activists and \
        leaders, and OGP's model is government working with civil society: supporting institutions \
        are split into government and non-government ones. A commitment that only government \
        bodies lead and support broadens nothing. Civil society, academia, the private sector, \
        multilateral bodies and the media all count as non-government. A plan that names no \
        strategy (a plan older than every strategy, say) is not judged by one, so the rule leaves \
        it alone, as every objective rule does.
        """,
      es: """
        El objetivo estratégico 1 pide una comunidad cada vez más amplia de personas \
        reformadoras, activistas y líderes, y el modelo de OGP es el gobierno trabajando con la \
        sociedad civil: las instituciones de apoyo se dividen en gubernamentales y no \
        gubernamentales. Un compromiso que solo lideran y apoyan organismos públicos no amplía \
        nada. La sociedad civil, la academia, el sector privado, los organismos multilaterales y \
        los medios cuentan como no gubernamentales. Un plan que no nombra ninguna estrategia \
        (por ejemplo, un plan anterior a todas) no se juzga por ninguna, así que la regla lo \
        deja en paz, como todas las reglas de objetivos.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "this tool's reading of the OGP Strategy 2023–2028, strategic objective 1 (an ever broader community of reformers), and of OGP's commitment template, which splits supporting institutions into government and non-government; OGP does not require each commitment to involve a non-government actor",
        es: """
          la lectura que hace esta herramienta de la Estrategia de OGP 2023–2028, objetivo \
          estratégico 1 (una comunidad cada vez más amplia de personas reformadoras), y de la \
          plantilla de compromiso de OGP, que divide las instituciones de apoyo en \
          gubernamentales y no gubernamentales; OGP no exige que cada compromiso implique a un \
          actor no gubernamental
          """)),
    fix: LocalizedText(
      en: "Name the civil-society, academic, private or media partners in 'partners'.",
      es: "Nombra en 'partners' los socios de la sociedad civil, la academia, el sector privado o los medios."
    ),
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment ↓c01 "Información pública" {
          lead ombuds
          partners digital, assembly
        }
        commitment ↓c02 "Open budgets" {
          lead finance
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Información pública" {
          lead ombuds
          partners digital, press
        }
        commitment c02 "A university as the only partner still broadens the community" {
          lead finance
          partners uni
        }
      }
      """,
      """
      plan p "A civil-society organisation may even lead (STR004 questions that, not this rule)" {
        member "Valle" local
        strategy ogp_2023_2028
        period 2024-09 .. 2025-08
        commitment c01 "Presupuesto participativo" {
          lead city, rights
        }
      }
      """,
      """
      plan p "A plan of 2015 that names no strategy is not judged by one" {
        member "Arcadia" national
        period 2015-07 .. 2017-06
        commitment c01 "Open budgets" {
          lead finance
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan -> [Finding] in
      // A plan without a strategy is judged by none.
      guard context.strategy(of: plan) != nil else { return [] }
      // The note cites the plan's own broadening objective when its strategy declares one.
      let objective = context.objective(context.configuration.objectives.broadening, of: plan)
      let note =
        objective.map { ObjectivesText.OBJ004Note(objective: String($0.id.localName), title: $0.title) }
        ?? ObjectivesText.OBJ004NoteWithoutObjective
      return plan.commitments.compactMap { commitment -> Finding? in
        guard !context.involves(commitment, where: { $0.kind != .government }) else { return nil }
        return Finding(
          at: Anchor(commitment.id),
          ObjectivesText.OBJ004Message(commitment: commitment.title), label: ObjectivesText.OBJ004Label,
          notes: [note])
      }
    }
  }
}
