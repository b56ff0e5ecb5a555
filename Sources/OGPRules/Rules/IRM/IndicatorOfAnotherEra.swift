import OGPModel

/// `IRM002`: an assessment records an indicator the IRM did not use in the report's era.
public struct IndicatorOfAnotherEra: BuiltInRule {
  public static let description = RuleDescription(
    code: "IRM002", name: "indicator-of-another-era", category: .irm, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "An IRM assessment records an indicator from before 2020 on a later report, or the reverse.",
      es: "Una evaluación del IRM registra un indicador anterior a 2020 en un informe posterior, o al revés."),
    rationale: LocalizedText(
      en: """
        The IRM changed its method in 2020: its reports since then judge potential for results \
        (unclear, modest, substantial) and name promising commitments; its earlier reports judged \
        potential impact (none to transformative), specificity, and starred commitments (OGP's IRM \
        pages). A report's era is its publication date, or, without one, the kind of report (the \
        action plan review, midterm review and results report are the newer products; the design, \
        progress and end-of-term reports the older ones), or, without either, the plan's period: \
        a plan that ended before 2020 or started in 2021 or later; a plan across the change is not \
        judged. An indicator of the other era was most \
        likely copied into the wrong assessment, or the report or date is wrong. The cut-off at \
        1 January 2020 is this tool's reading of "since 2020"; reports of the transition may differ.
        """,
      es: """
        El IRM cambió su método en 2020: desde entonces sus informes valoran el potencial de \
        resultados (poco claro, modesto, sustancial) y señalan los compromisos prometedores; sus \
        informes anteriores valoraban el impacto potencial (de ninguno a transformador), la \
        especificidad y los compromisos estelares (páginas del IRM en el sitio de OGP). La época \
        de un informe es su fecha de publicación, o, sin ella, el tipo de informe (la revisión \
        del plan de acción, la revisión intermedia y el informe de resultados son los productos \
        nuevos; los informes de diseño, de avance y de fin de término, los antiguos), o, sin \
        ninguno de los dos, el periodo del plan: un plan que terminó antes de 2020 o empezó en \
        2021 o después; un plan que abarca el cambio no se juzga. Lo más probable es que un \
        indicador de la otra época se copiara en la evaluación equivocada, o que el informe o la \
        fecha estén mal. El corte en el 1 de enero de 2020 es la lectura que hace esta \
        herramienta de "desde 2020"; los informes de la transición pueden diferir.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "the IRM changed its indicators in 2020 (potential impact and starred before, potential for results and promising since); the 1 January 2020 cut-off is this tool's reading",
        es: """
          el IRM cambió sus indicadores en 2020 (impacto potencial y estelar antes, potencial de \
          resultados y prometedor después); el corte en el 1 de enero de 2020 es la lectura de \
          esta herramienta
          """)),
    fix: LocalizedText(
      en: """
        Move the indicator to the assessment of the report that gives it, or correct the report \
        and its date.
        """,
      es: "Lleva el indicador a la evaluación del informe que lo da, o corrige el informe y su fecha."),
    triggering: [
      """
      plan p "Plan de Acción 2022–2024" {
        member "Arcadia" national
        period 2022-09 .. 2024-08
        commitment c01 "Presupuesto abierto" {
          lead finance
          assessment {
            report           action_plan_review
            published        2022-12
            potential        substantial
            potential_impact ↓transformative
            starred          ↓yes
          }
        }
        commitment c02 "Datos abiertos" {
          lead digital
          assessment {
            report      end_of_term_report
            potential   ↓modest
            promising   ↓no
            specificity high
          }
        }
        commitment c03 "Justicia abierta: no report or date, so the plan's period decides" {
          lead court
          assessment {
            potential modest
            starred   ↓no
          }
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción 2016–2018" {
        member "Arcadia" national
        period 2016-07 .. 2018-06
        commitment c01 "Presupuesto abierto" {
          lead finance
          assessment {
            report           end_of_term_report
            published        2018-10
            specificity      high
            potential_impact moderate
            starred          no
          }
          assessment {
            report    results_report
            published 2021-03
            potential modest
            promising no
          }
        }
      }
      """,
      """
      plan p "Plan de Acción 2019–2021: a plan across the change, no report or date, no era" {
        member "Arcadia" national
        period 2019-09 .. 2021-08
        commitment c01 "Datos abiertos" {
          lead digital
          assessment {
            potential        modest
            potential_impact minor
          }
        }
      }
      """,
    ])

  public init() {}

  /// The indicators of the IRM's method before 2020, and of the one since, by clause keyword.
  static let before2020: [(keyword: String, isGiven: @Sendable (Assessment) -> Bool)] = [
    ("specificity", { $0.specificity != nil }),
    ("potential_impact", { $0.potentialImpact != nil }),
    ("starred", { $0.starred != nil }),
  ]
  static let since2020: [(keyword: String, isGiven: @Sendable (Assessment) -> Bool)] = [
    ("potential", { $0.potential != nil }),
    ("promising", { $0.promising != nil }),
  ]

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for plan in context.program.plans {
      for commitment in plan.commitments {
        for (position, assessment) in commitment.assessments.enumerated() {
          guard let isSince2020 = assessment.isSince2020(planPeriod: plan.period) else { continue }
          let foreign = isSince2020 ? Self.before2020 : Self.since2020
          for indicator in foreign where indicator.isGiven(assessment) {
            let message = (isSince2020 ? IrmText.IRM002NewerReport : IrmText.IRM002OlderReport)(
              indicator.keyword, assessment.named, commitment.title)
            findings.append(
              Finding(
                at: Anchor(commitment.id, clause: "assessment[\(position)].\(indicator.keyword)"),
                assessment.published == nil && assessment.report == nil
                  ? IrmText.IRM002ByPeriod(message: message) : message,
                label: isSince2020 ? IrmText.IRM002UsedBefore : IrmText.IRM002UsedSince,
                notes: [IrmText.IRM002Note], help: IrmText.IRM002Help))
          }
        }
      }
    }
    return findings
  }
}
