/// `OBJ001`: a commitment that names no strategic objective or priority it advances, in a plan
/// that names a strategy.
public struct CommitmentAdvancesNothing: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ001", name: "commitment-advances-nothing", category: .objectives, defaultSeverity: .info,
    summary: LocalizedText(
      en: "A commitment of a plan that names a strategy advances none of its objectives or priorities.",
      es:
        "Un compromiso de un plan que nombra una estrategia no hace avanzar ninguno de sus objetivos ni prioridades."
    ),
    rationale: LocalizedText(
      en: """
        Linking each commitment to the objectives of the strategy it serves is this tool's \
        convention, not something OGP's templates ask for. It is what makes objective-aware \
        checks and the coverage matrix possible: a commitment without `advances` is invisible to \
        both, so the forum cannot see which of the strategy's objectives the plan moves forward. \
        Since OGP does not ask for the link, the finding is information, not a warning. A plan that \
        names no strategy (a plan older than every strategy its programme declares, say) makes no \
        claim about objectives, so the rule leaves its commitments alone.
        """,
      es: """
        Vincular cada compromiso a los objetivos de la estrategia a la que sirve es una \
        convención de esta herramienta, no algo que pidan las plantillas de OGP. Es lo que hace \
        posibles las comprobaciones basadas en objetivos y la matriz de cobertura: un compromiso \
        sin `advances` es invisible para ambas, así que el foro no puede ver qué objetivos de la \
        estrategia hace avanzar el plan. Como OGP no pide el vínculo, el hallazgo es \
        informativo, no un aviso. Un plan que no nombra ninguna estrategia (por ejemplo, un plan \
        anterior a todas las estrategias que declara su programa) no afirma nada sobre \
        objetivos, así que la regla deja en paz sus compromisos.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "linking commitments to a strategy's objectives is this tool's convention, which the objective rules and the coverage matrix need; OGP's commitment templates do not ask for it",
        es: """
          vincular los compromisos a los objetivos de una estrategia es una convención de esta \
          herramienta, que necesitan las reglas de objetivos y la matriz de cobertura; las \
          plantillas de compromiso de OGP no lo piden
          """)),
    fix: LocalizedText(
      en: "Add an 'advances' clause naming the objectives or priorities it serves, e.g. 'advances SO2'.",
      es:
        "Añade una cláusula 'advances' con los objetivos o prioridades a los que sirve, p. ej. 'advances SO2'."
    ),
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment ↓c01 "Presupuesto abierto" {
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
        commitment c01 "Presupuesto abierto" {
          lead finance
          advances SO2.mainstreaming
        }
      }
      """,
      """
      plan p "A plan of 2015, older than the strategy, names none" {
        member "Arcadia" national
        period 2015-07 .. 2017-06
        commitment c01 "Presupuesto abierto" {
          lead finance
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan -> [Finding] in
      // A plan without a strategy claims no objectives: there is nothing to link to.
      guard let strategy = context.strategy(of: plan) else { return [] }
      let objectives = strategy.objectives.map(\.id.localName).joined(separator: ", ")
      return plan.commitments.compactMap { commitment in
        guard commitment.advances.isEmpty else { return nil }
        return Finding(
          at: Anchor(commitment.id),
          ObjectivesText.OBJ001Message(commitment: commitment.title, strategy: strategy.title),
          label: ObjectivesText.OBJ001Label,
          help: objectives.isEmpty ? nil : ObjectivesText.OBJ001Help(objectives: objectives))
      }
    }
  }
}
