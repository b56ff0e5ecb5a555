import OGPModel

/// `IRM001`: an assessment that marks a commitment starred (or promising) without the findings
/// that label requires.
public struct StarredWithoutConditions: BuiltInRule {
  public static let description = RuleDescription(
    code: "IRM001", name: "starred-without-conditions", category: .irm, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "An IRM assessment stars a commitment without the findings a starred commitment needs.",
      es:
        "Una evaluación del IRM marca un compromiso como estelar sin las conclusiones que necesita un compromiso estelar."
    ),
    rationale: LocalizedText(
      en: """
        Before 2020 the IRM starred a commitment only when it was specific enough to verify, \
        relevant to a core OGP value, of transformative potential impact, and substantially or \
        completely implemented (OGP's rule for starred commitments). An assessment that records \
        `starred yes` beside findings that contradict one of these, or without recording them, was \
        transcribed wrongly or incompletely. Since 2020 the IRM names promising commitments instead; \
        a commitment it found not verifiable is not assessed further, and one without an open \
        government lens is not relevant, so a promising commitment found either way is flagged \
        too. The further conditions of "promising" are not encoded: this tool does not hold OGP's \
        text for them.
        """,
      es: """
        Antes de 2020, el IRM marcaba un compromiso como estelar solo cuando era lo bastante \
        específico para verificarse, pertinente para un valor central de OGP, de impacto \
        potencial transformador y cumplido de forma sustancial o completa (la regla de OGP para \
        los compromisos estelares). Una evaluación que registra `starred yes` junto a \
        conclusiones que contradicen alguna de estas condiciones, o sin registrarlas, se \
        transcribió mal o a medias. Desde 2020, el IRM señala en su lugar los compromisos \
        prometedores; un compromiso que consideró no verificable no se sigue evaluando, y uno \
        sin perspectiva de gobierno abierto no es pertinente, así que también se señala un \
        compromiso prometedor con cualquiera de esas conclusiones. Las demás condiciones de \
        "prometedor" no están codificadas: esta herramienta no tiene el texto de OGP sobre \
        ellas.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "IRM methodology before 2020: a starred commitment is specific enough to verify, relevant to a core value, of transformative potential impact and substantially or completely implemented",
        es: """
          metodología del IRM anterior a 2020: un compromiso estelar es lo bastante específico \
          para verificarse, pertinente para un valor central, de impacto potencial transformador \
          y cumplido de forma sustancial o completa
          """)),
    fix: LocalizedText(
      en: """
        Record the findings from the same report (specificity or verifiable, relevant, \
        potential_impact, completion), or correct `starred`/`promising` to what the report says.
        """,
      es: """
        Registra las conclusiones del mismo informe (specificity o verifiable, relevant, \
        potential_impact, completion), o corrige `starred`/`promising` según lo que diga el \
        informe.
        """),
    triggering: [
      """
      plan p "Plan de Acción 2016–2018" {
        member "Arcadia" national
        period 2016-07 .. 2018-06
        commitment c01 "Presupuesto abierto" {
          lead finance
          assessment {
            report     progress_report
            published  2017-09
            completion limited
            starred    no
          }
          assessment {
            report           end_of_term_report
            published        2018-10
            specificity      high
            relevant         yes
            potential_impact moderate
            completion       complete
            starred          ↓yes
          }
        }
        commitment c02 "Datos abiertos" {
          lead digital
          assessment {
            report  progress_report
            starred ↓yes
          }
        }
        commitment c03 "Justicia abierta" {
          lead court
          assessment {
            report     action_plan_review
            published  2022-12
            verifiable no
            promising  ↓yes
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
            specificity      medium
            relevance        access_to_information, technology_innovation
            potential_impact transformative
            completion       substantial
            starred          yes
          }
        }
        commitment c02 "Datos abiertos: not starred needs nothing" {
          lead digital
          assessment {
            specificity low
            starred     no
          }
        }
        commitment c03 "Justicia abierta" {
          lead court
          assessment {
            report     action_plan_review
            verifiable yes
            relevant   yes
            promising  yes
          }
        }
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for plan in context.program.plans {
      for commitment in plan.commitments {
        for (position, assessment) in commitment.assessments.enumerated() {
          let anchor = "assessment[\(position)]"
          if assessment.starred == true {
            let missing = Self.missingForStarred(assessment)
            if !missing.isEmpty {
              findings.append(
                Finding(
                  at: Anchor(commitment.id, clause: anchor + ".starred"),
                  IrmText.IRM001Starred(
                    assessment: assessment.named, commitment: commitment.title,
                    missing: missing.joined(lastBy: LintText.listAnd)),
                  label: IrmText.IRM001StarredLabel, notes: [IrmText.IRM001StarredNote],
                  help: IrmText.IRM001StarredHelp))
            }
          }
          if assessment.promising == true {
            let against = [
              assessment.verifiable == false ? IrmText.IRM001AgainstNotVerifiable : nil,
              assessment.relevant == false ? IrmText.IRM001AgainstNotRelevant : nil,
            ].compactMap { $0 }
            if !against.isEmpty {
              findings.append(
                Finding(
                  at: Anchor(commitment.id, clause: anchor + ".promising"),
                  IrmText.IRM001Promising(
                    assessment: assessment.named, commitment: commitment.title,
                    against: against.joined(lastBy: LintText.listAnd)),
                  label: IrmText.IRM001PromisingLabel, notes: [IrmText.IRM001PromisingNote],
                  help: IrmText.IRM001PromisingHelp))
            }
          }
        }
      }
    }
    return findings
  }

  /// The conditions of a starred commitment that the assessment contradicts or does not record.
  static func missingForStarred(_ assessment: Assessment) -> [String] {
    var missing: [String] = []
    let specific: Bool? =
      if let specificity = assessment.specificity {
        specificity == .medium || specificity == .high
      } else {
        assessment.verifiable
      }
    if specific != true { missing.append(IrmText.IRM001MissingSpecificity) }
    let relevant =
      assessment.relevant == true || assessment.relevance.contains(where: NoCoreValue.coreValues.contains)
    if !relevant { missing.append(IrmText.IRM001MissingRelevance) }
    if assessment.potentialImpact != .transformative { missing.append(IrmText.IRM001MissingImpact) }
    if assessment.completion != .substantial && assessment.completion != .complete {
      missing.append(IrmText.IRM001MissingCompletion)
    }
    return missing
  }
}
