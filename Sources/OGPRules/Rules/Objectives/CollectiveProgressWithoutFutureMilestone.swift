import OGPModel

/// `OBJ008`: a commitment advancing strategic objective 4 with no milestone still ahead.
public struct CollectiveProgressWithoutFutureMilestone: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ008", name: "collective-progress-without-future-milestone", category: .objectives,
    defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment advances collective progress (SO4) but has no milestone still ahead.",
      es: "Un compromiso hace avanzar el progreso colectivo (SO4) pero no tiene ningún hito pendiente."),
    rationale: LocalizedText(
      en: """
        The Open Gov Challenge, through which strategic objective 4 is put in practice, asks that \
        a Challenge commitment have future milestones: work still to be done, not past results \
        relabelled. A milestone is ahead when it ends after the plan's `submitted` date, or after \
        the as-of date when the plan does not say when it was submitted.
        """,
      es: """
        El Open Gov Challenge, con el que se pone en práctica el objetivo estratégico 4, pide \
        que un compromiso del Challenge tenga hitos futuros: trabajo aún por hacer, no \
        resultados pasados con otra etiqueta. Un hito está pendiente cuando termina después de \
        la fecha `submitted` del plan, o después de la fecha de referencia cuando el plan no \
        dice cuándo se entregó.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "the Open Gov Challenge's criteria: a Challenge commitment has future milestones; applied by this tool to every commitment that advances strategic objective 4 of the OGP Strategy 2023–2028, which the Challenge puts in practice",
        es: """
          los criterios del Open Gov Challenge: un compromiso del Challenge tiene hitos futuros; \
          esta herramienta lo aplica a todo compromiso que hace avanzar el objetivo estratégico \
          4 de la Estrategia de OGP 2023–2028, que el Challenge pone en práctica
          """)),
    fix: LocalizedText(
      en: "Add a dated milestone for the work still to come, or check the milestones' dates.",
      es: "Añade un hito con fechas para el trabajo que queda por hacer, o revisa las fechas de los hitos."),
    triggering: [
      RuleExample(
        """
        plan p "Plan" {
          member "Arcadia" national
          strategy ogp_2023_2028
          period 2024-09 .. 2026-08
          submitted 2024-08-30
          commitment ↓c01 "Datos fiscales abiertos" {
            lead finance
            advances SO4
            challenge fiscal_openness
            milestone m1 "Portal launched" {
              period 2024-01 .. 2024-06
              deliverable "Fiscal open data portal online"
            }
          }
          commitment ↓c02 "No milestones at all" {
            lead finance
            advances SO4.raise_the_bar
            challenge fiscal_openness
          }
        }
        """)
    ],
    nonTriggering: [
      RuleExample(
        """
        plan p "Plan" {
          member "Arcadia" national
          strategy ogp_2023_2028
          period 2024-09 .. 2026-08
          submitted 2024-08-30
          commitment c01 "Datos fiscales abiertos" {
            lead finance
            advances SO4
            challenge fiscal_openness
            milestone m1 "Portal launched" {
              period 2024-01 .. 2024-06
              deliverable "Fiscal open data portal online"
            }
            milestone m2 "Budget execution published monthly" {
              period 2024-09 .. 2025-12
              deliverable "Monthly open data on budget execution"
            }
          }
        }
        """),
      RuleExample(
        """
        plan p "No submitted date: judged as of the as-of date" {
          member "Arcadia" national
          strategy ogp_2023_2028
          period 2024-09 .. 2026-08
          commitment c01 "Datos fiscales abiertos" {
            lead finance
            advances SO4
            challenge fiscal_openness
            milestone m1 "Budget execution published monthly" {
              period 2024-09 .. 2025-03
              deliverable "Monthly open data on budget execution"
            }
          }
        }
        """, asOf: "2025-01-15"),
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      guard let objective = context.objective(context.configuration.objectives.collectiveProgress, of: plan)
      else { return [Finding]() }
      let reference = plan.submitted?.lastDay ?? context.asOf
      return plan.commitments.compactMap { commitment in
        guard context.advances(commitment, objective),
          !commitment.milestones.contains(where: { ($0.period?.lastDay).map { $0 > reference } ?? false })
        else { return nil }
        let name = String(objective.id.localName)
        return Finding(
          at: Anchor(commitment.id),
          plan.submitted.map {
            ObjectivesText.OBJ008Submitted(commitment: commitment.title, objective: name, submitted: "\($0)")
          }
            ?? ObjectivesText.OBJ008AsOf(
              commitment: commitment.title, objective: name, asOf: "\(context.asOf)"),
          label: ObjectivesText.OBJ008Label)
      }
    }
  }
}
