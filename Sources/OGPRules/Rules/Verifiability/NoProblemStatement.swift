import OGPModel

/// `VER005`: a commitment that states neither the public problem nor the status quo.
public struct NoProblemStatement: BuiltInRule {
  public static let description = RuleDescription(
    code: "VER005", name: "no-problem-statement", category: .verifiability, defaultSeverity: .info,
    summary: LocalizedText(
      en: "A commitment states neither the public problem it addresses nor the status quo.",
      es: "Un compromiso no enuncia ni el problema público que aborda ni la situación de partida."),
    rationale: LocalizedText(
      en: """
        OGP's commitment template asks what public problem the commitment addresses and what the \
        status quo is, so that the IRM can judge its potential for results against a baseline. \
        Without either, no one can tell whether the commitment changed anything. A blank text \
        counts as missing.
        """,
      es: """
        La plantilla de compromiso de OGP pregunta qué problema público aborda el compromiso y \
        cuál es la situación de partida, para que el IRM pueda juzgar su potencial de resultados \
        frente a una línea base. Sin ninguno de los dos, nadie puede saber si el compromiso \
        cambió algo. Un texto en blanco cuenta como ausente.
        """),
    basis: .ogp(
      LocalizedText(
        en: "OGP's commitment template: the public problem the commitment addresses and the status quo",
        es:
          "la plantilla de compromiso de OGP: el problema público que aborda el compromiso y la situación de partida"
      )),
    fix: LocalizedText(
      en: """
        Add a 'problem' clause (the public problem, with evidence) or a 'status_quo' clause (the \
        situation before the commitment).
        """,
      es:
        "Añade una cláusula 'problem' (el problema público, con evidencias) o una cláusula 'status_quo' (la situación anterior al compromiso)."
    ),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment ↓c01 "Presupuesto abierto" {
          lead finance
          goal "Publish the budget as open data."
        }
        commitment c02 "Justiça aberta" {
          lead court
          problem "Only 4% of judgments are published."
        }
        commitment ↓c03 "Registro de beneficiarios finales" {
          lead finance
          problem "  "
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
          problem "The budget is published as scanned PDFs weeks after its approval."
        }
      }
      """,
      """
      plan p "A status quo alone is enough" {
        member "Valle" local
        period 2025-01 .. 2026-06
        commitment c01 "Ayuntamiento abierto" {
          lead city
          status_quo "Council meetings are neither streamed nor minuted in public."
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan in
      plan.commitments.compactMap { commitment in
        guard !commitment.problem.isStated && !commitment.statusQuo.isStated else { return nil }
        return Finding(
          at: Anchor(commitment.id),
          VerifiabilityText.VER005Message(commitment: commitment.title), label: VerifiabilityText.VER005Label,
          help: VerifiabilityText.VER005Help)
      }
    }
  }
}

extension String? {
  /// True when the text is there and not blank.
  fileprivate var isStated: Bool {
    self?.contains { !$0.isWhitespace } ?? false
  }
}
