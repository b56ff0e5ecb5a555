import OGPModel

/// `VAL001`: a commitment that declares no OGP value.
public struct CommitmentWithoutValues: BuiltInRule {
  public static let description = RuleDescription(
    code: "VAL001", name: "no-values", category: .values, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A commitment declares no OGP value.",
      es: "Un compromiso no declara ningún valor de OGP."),
    rationale: LocalizedText(
      en: """
        The IRM's relevance test ("does it have an open government lens?") asks which OGP value a \
        commitment advances: access to information (transparency), civic participation or public \
        accountability. A commitment that states none leaves the forum and the IRM to guess, and \
        one that advances none is not relevant to OGP at all.
        """,
      es: """
        La prueba de pertinencia del IRM ("¿tiene una perspectiva de gobierno abierto?") \
        pregunta qué valor de OGP hace avanzar un compromiso: el acceso a la información \
        (transparencia), la participación cívica o la rendición de cuentas pública. Un \
        compromiso que no declara ninguno deja que el foro y el IRM lo adivinen, y uno que no \
        hace avanzar ninguno no es pertinente para OGP en absoluto.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "the IRM's relevance indicator (\"does it have an open government lens?\") against OGP's values: access to information, civic participation, public accountability",
        es: """
          el indicador de pertinencia del IRM ("¿tiene una perspectiva de gobierno abierto?") \
          frente a los valores de OGP: acceso a la información, participación cívica, rendición \
          de cuentas pública
          """)),
    fix: LocalizedText(
      en: """
        Add a 'values' clause naming the core values the commitment advances, e.g. \
        'values access_to_information, public_accountability'.
        """,
      es:
        "Añade una cláusula 'values' con los valores centrales que hace avanzar el compromiso, p. ej. 'values access_to_information, public_accountability'."
    ),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment ↓c01 "Presupuesto abierto" {
          lead finance
        }
        commitment c02 "Justiça aberta" {
          lead court
          values access_to_information
        }
        commitment ↓c03 "Registro de beneficiarios finales" {
          lead finance
          partners rights
          areas beneficial_ownership
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" {
          lead finance
          values access_to_information, public_accountability
        }
      }
      """,
      """
      plan p "A value that counts only beside a core one is still a declared value" {
        member "Valle" local
        period 2025-01 .. 2026-06
        commitment c01 "Ventanilla única del Ayuntamiento" {
          lead city
          values technology_innovation
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      plan.commitments.compactMap { commitment in
        guard commitment.values.isEmpty else { return nil }
        return Finding(
          at: Anchor(commitment.id),
          ValuesText.VAL001Message(commitment: commitment.title), label: ValuesText.VAL001Label,
          help: ValuesText.VAL001Help)
      }
    }
  }
}
