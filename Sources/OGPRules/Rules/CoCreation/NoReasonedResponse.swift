import OGPModel

/// `COC004`: a plan that names no published reasoned response to stakeholders' proposals.
public struct NoReasonedResponse: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC004", name: "no-reasoned-response", category: .cocreation, defaultSeverity: .warning,
    summary: "An action plan names no published reasoned response to what stakeholders proposed.",
    rationale: """
      OGP's Participation and Co-Creation Standards (in force since 1 January 2022) ask, in \
      standard 4, for a reasoned response to what stakeholders proposed during co-creation: \
      people who took part must be able to see what became of each proposal, and why. Its exact \
      wording as a minimum requirement is not settled, so the plan declares the evidence (a \
      link in 'cocreation { reasoned_response … }') and the rule checks that it is declared.
      """,
    basis: .ogp(
      "OGP Participation and Co-Creation Standards (2022), standard 4: a reasoned response to what stakeholders proposed (the minimum requirement's exact wording is not confirmed here)"
    ),
    fix: "Publish the reasoned response and link it: 'cocreation { reasoned_response \"URL\" }'.",
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
