import OGPModel

/// `OBJ006`: a commitment about civic space with no civil-society actor.
public struct CivicSpaceWithoutCivilSociety: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ006", name: "civic-space-without-civil-society", category: .objectives,
    defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment that claims to protect civic space involves no civil-society actor.",
      es: "Un compromiso que dice proteger el espacio cívico no implica a ningún actor de la sociedad civil."),
    rationale: LocalizedText(
      en: """
        Strategic objective 3 is to protect and expand civic space, and one of its priorities is \
        protecting civil-society participation in member countries; Civic Space is also an Open \
        Gov Challenge area. A commitment that claims either, yet names no civil-society \
        organisation among its leads or partners, protects civic space without the people who use \
        it. A plan that names no strategy is not judged by one, so the rule leaves it alone, as \
        every objective rule does.
        """,
      es: """
        El objetivo estratégico 3 es proteger y ampliar el espacio cívico, y una de sus \
        prioridades es proteger la participación de la sociedad civil en los países miembros; el \
        espacio cívico es también un área del Open Gov Challenge. Un compromiso que afirma \
        cualquiera de las dos cosas, pero no nombra ninguna organización de la sociedad civil \
        entre sus responsables o socios, protege el espacio cívico sin las personas que lo usan. \
        Un plan que no nombra ninguna estrategia no se juzga por ninguna, así que la regla lo \
        deja en paz, como todas las reglas de objetivos.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "this tool's reading of the OGP Strategy 2023–2028, strategic objective 3 and its priority of protecting civil-society participation, and of the Open Gov Challenge's Civic Space area; OGP does not require a civil-society partner",
        es: """
          la lectura que hace esta herramienta de la Estrategia de OGP 2023–2028, objetivo \
          estratégico 3 y su prioridad de proteger la participación de la sociedad civil, y del \
          área de espacio cívico del Open Gov Challenge; OGP no exige un socio de la sociedad \
          civil
          """)),
    fix: LocalizedText(
      en: "Name the civil-society organisations involved in 'partners'.",
      es: "Nombra en 'partners' las organizaciones de la sociedad civil que participan."),
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Derecho de reunión" {
          lead assembly
          partners ↓uni, press
          advances SO3.protect_participation
        }
        commitment ↓c02 "Registro de asociaciones" {
          lead digital
          challenge civic_space
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
        commitment c01 "Derecho de reunión" {
          lead assembly
          partners uni, rights
          advances SO3
        }
      }
      """,
      """
      plan p "Not about civic space" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
          challenge fiscal_openness
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan -> [Finding] in
      // A plan without a strategy is judged by none, its challenge areas included.
      guard context.strategy(of: plan) != nil else { return [] }
      let objective = context.objective(context.configuration.objectives.civicSpace, of: plan)
      return plan.commitments.compactMap { commitment -> Finding? in
        let claimsObjective = objective.map { context.advances(commitment, $0) } ?? false
        guard claimsObjective || commitment.challenge == .civicSpace,
          !context.involves(commitment, where: { $0.kind == .civilSociety })
        else { return nil }
        return Finding(
          at: Anchor(commitment.id, clause: "partners"),
          claimsObjective
            ? ObjectivesText.OBJ006Advances(
              commitment: commitment.title, objective: String(objective?.id.localName ?? ""))
            : ObjectivesText.OBJ006Challenge(commitment: commitment.title),
          label: ObjectivesText.OBJ006Label)
      }
    }
  }
}
