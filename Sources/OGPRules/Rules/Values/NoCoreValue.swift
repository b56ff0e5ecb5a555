import OGPModel

/// `VAL002`: a commitment whose only values are technology and innovation and/or inclusion.
public struct NoCoreValue: BuiltInRule {
  /// The values that make a commitment relevant on their own.
  static let coreValues: Set<OGPValue> = [.accessToInformation, .civicParticipation, .publicAccountability]

  public static let description = RuleDescription(
    code: "VAL002", name: "no-core-value", category: .values, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment declares values but none of OGP's three core values.",
      es: "Un compromiso declara valores, pero ninguno de los tres valores centrales de OGP."),
    rationale: LocalizedText(
      en: """
        OGP's core values are transparency (access to information), civic participation and \
        public accountability. Technology and innovation, once the fourth value of the Articles of \
        Governance, and inclusion count in the IRM's current relevance test only together with a \
        core value: alone they do not give a commitment an open government lens.
        """,
      es: """
        Los valores centrales de OGP son la transparencia (el acceso a la información), la \
        participación cívica y la rendición de cuentas pública. La tecnología y la innovación, \
        antes el cuarto valor de los Artículos de Gobernanza, y la inclusión solo cuentan en la \
        prueba de pertinencia actual del IRM junto con un valor central: por sí solas no dan a \
        un compromiso una perspectiva de gobierno abierto.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "the IRM's relevance indicator: technology and innovation, and inclusion, count only together with a core value (access to information, civic participation, public accountability)",
        es: """
          el indicador de pertinencia del IRM: la tecnología y la innovación, y la inclusión, \
          solo cuentan junto con un valor central (acceso a la información, participación \
          cívica, rendición de cuentas pública)
          """)),
    fix: LocalizedText(
      en: """
        Add the core value the commitment advances (access_to_information, civic_participation or \
        public_accountability), or rethink the commitment so that it opens government.
        """,
      es: """
        Añade el valor central que hace avanzar el compromiso (access_to_information, \
        civic_participation o public_accountability), o replantea el compromiso para que abra el \
        gobierno.
        """),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Ventanilla Única Digital" {
          lead digital
          values ↓technology_innovation
        }
        commitment c02 "Servicios públicos accesibles" {
          lead digital
          values ↓inclusion, technology_innovation
        }
        commitment c03 "Justiça aberta" {
          lead court
          values inclusion, access_to_information
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Ventanilla Única Digital" {
          lead digital
          values technology_innovation, public_accountability
        }
        commitment c02 "Participación de las personas con discapacidad" {
          lead digital
          values inclusion, civic_participation
        }
      }
      """,
      """
      plan p "No values at all is VAL001's finding, not this one's" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Información pública" {
          lead ombuds
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      plan.commitments.compactMap { commitment in
        guard !commitment.values.isEmpty && !commitment.values.contains(where: Self.coreValues.contains)
        else { return nil }
        return Finding(
          at: Anchor(commitment.id, clause: "values"),
          ValuesText.VAL002Message(
            commitment: commitment.title,
            values: commitment.values.map(\.rawValue).joined(separator: " \(LintText.listAnd) ")),
          label: ValuesText.VAL002Label, notes: [ValuesText.VAL002Note], help: ValuesText.VAL002Help)
      }
    }
  }
}
