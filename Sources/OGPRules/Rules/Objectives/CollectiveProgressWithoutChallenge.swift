import OGPModel

/// `OBJ007`: a commitment advancing strategic objective 4 with no Open Gov Challenge area.
public struct CollectiveProgressWithoutChallenge: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ007", name: "collective-progress-without-challenge", category: .objectives,
    defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment advances collective progress (SO4) but names no Open Gov Challenge area.",
      es:
        "Un compromiso hace avanzar el progreso colectivo (SO4) pero no nombra ningún área del Open Gov Challenge."
    ),
    rationale: LocalizedText(
      en: """
        Strategic objective 4, accelerating collective progress on open government reforms, is put \
        in practice by the Open Gov Challenge: a Challenge commitment must fit one of its ten areas \
        (access to information, anti-corruption, civic space, climate and environment, digital \
        governance, fiscal openness, gender and inclusion, justice, media freedom, public \
        participation). Without `challenge`, the commitment does not count toward any collective \
        goal.
        """,
      es: """
        El objetivo estratégico 4, acelerar el progreso colectivo en las reformas de gobierno \
        abierto, se pone en práctica mediante el Open Gov Challenge: un compromiso del Challenge \
        debe encajar en una de sus diez áreas (acceso a la información, anticorrupción, espacio \
        cívico, clima y medio ambiente, gobernanza digital, apertura fiscal, género e inclusión, \
        justicia, libertad de prensa, participación pública). Sin `challenge`, el compromiso no \
        cuenta para ninguna meta colectiva.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "this tool's reading of the OGP Strategy 2023–2028, whose strategic objective 4 OGP puts in practice through the Open Gov Challenge and its ten areas; OGP does not ask every commitment toward collective progress to be a Challenge commitment",
        es: """
          la lectura que hace esta herramienta de la Estrategia de OGP 2023–2028, cuyo objetivo \
          estratégico 4 pone OGP en práctica mediante el Open Gov Challenge y sus diez áreas; \
          OGP no pide que todo compromiso de progreso colectivo sea un compromiso del Challenge
          """)),
    fix: LocalizedText(
      en: "Add a 'challenge' clause naming the area the commitment fits, e.g. 'challenge fiscal_openness'.",
      es:
        "Añade una cláusula 'challenge' con el área en la que encaja el compromiso, p. ej. 'challenge fiscal_openness'."
    ),
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Presupuestos abiertos" {
          lead finance
          advances SO2, ↓SO4.raise_the_bar
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
        commitment c01 "Presupuestos abiertos" {
          lead finance
          advances SO4.raise_the_bar
          challenge fiscal_openness
        }
      }
      """,
      """
      plan p "No claim to SO4" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Presupuestos abiertos" {
          lead finance
          advances SO2
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      guard let objective = context.objective(context.configuration.objectives.collectiveProgress, of: plan)
      else { return [Finding]() }
      return plan.commitments.compactMap { commitment in
        guard commitment.challenge == nil,
          let item = commitment.advances.firstIndex(where: { $0.objectiveID == objective.id })
        else { return nil }
        return Finding(
          at: Anchor(commitment.id, clause: "advances", item: item),
          ObjectivesText.OBJ007Message(
            commitment: commitment.title, objective: String(objective.id.localName)),
          label: ObjectivesText.OBJ007Label)
      }
    }
  }
}
