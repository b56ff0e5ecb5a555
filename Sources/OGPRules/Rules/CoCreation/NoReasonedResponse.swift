import OGPModel

/// `COC004`: a plan that names no published reasoned response to stakeholders' proposals.
public struct NoReasonedResponse: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC004", name: "no-reasoned-response", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "An action plan names no published reasoned response to what stakeholders proposed.",
      es:
        "Un plan de acción no cita ninguna respuesta razonada publicada a lo que propusieron las partes interesadas."
    ),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards (in force since 1 January 2022) ask, in \
        standard 4, for a reasoned response to what stakeholders proposed during co-creation: \
        people who took part must be able to see what became of each proposal, and why. Its exact \
        wording as a minimum requirement is not settled, so the plan declares the evidence (a \
        link in 'cocreation { reasoned_response … }') and the rule checks that it is declared.
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP (vigentes desde el 1 de enero de \
        2022) piden, en el estándar 4, una respuesta razonada a lo que las partes interesadas \
        propusieron durante la cocreación: quienes participaron deben poder ver qué fue de cada \
        propuesta, y por qué. Su redacción exacta como requisito mínimo no está fijada, así que \
        el plan declara la prueba (un enlace en 'cocreation { reasoned_response … }') y la regla \
        comprueba que esté declarada.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 4: a reasoned response to what stakeholders proposed (the minimum requirement's exact wording is not confirmed here)",
        es: """
          Estándares de Participación y Cocreación de OGP (2022), estándar 4: una respuesta \
          razonada a lo que propusieron las partes interesadas (la redacción exacta del \
          requisito mínimo no está confirmada aquí)
          """)),
    fix: LocalizedText(
      en: "Publish the reasoned response and link it: 'cocreation { reasoned_response \"URL\" }'.",
      es: "Publica la respuesta razonada y enlázala: 'cocreation { reasoned_response \"URL\" }'."),
    triggering: [
      """
      plan ↓p "Plan de Acción Nacional" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
      }

      plan q "Plan Local, without a strategy" {
        member "Valle" local
        period 2024-09 .. 2025-08
        ↓cocreation {
          timeline     "https://valle.example/participa/calendario"
          participants 85
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        cocreation {
          reasoned_response "https://gobiernoabierto.example/respuesta-razonada"
        }
      }
      """,
      """
      plan p "Plan Local: a response written in the block itself counts too" {
        member "Valle" local
        period 2024-09 .. 2025-08
        cocreation {
          reasoned_response \"""
            Of the 40 proposals received, 12 became commitments; the rest are answered one by one
            in the annex published with the plan.
            \"""
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard plan.cocreation?.reasonedResponse == nil,
        let source = CoCreationStandards.applied(
          CoCreationStandards.reasonedResponse, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(4))?.citation
      else { return nil }
      // Without a `cocreation` block the anchor falls back to the plan's name.
      return Finding(
        at: Anchor(plan.id, clause: "cocreation"),
        CocreationText.COC004Message(plan: plan.title, source: source),
        label: plan.cocreation == nil
          ? CocreationText.noCocreationBlock : CocreationText.noClause(clause: "reasoned_response"),
        help: CocreationText.COC004Help)
    }
  }
}
