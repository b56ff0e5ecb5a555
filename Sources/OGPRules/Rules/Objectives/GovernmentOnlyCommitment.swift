import OGPModel

/// `OBJ004`: a commitment whose leads and partners are all government actors, in a plan that
/// names a strategy.
public struct GovernmentOnlyCommitment: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ004", name: "government-only-commitment", category: .objectives, defaultSeverity: .warning,
    summary: "A commitment involves no actor outside government.",
    rationale: """
      Strategic objective 1 asks for an ever broader community of reformers, activists and \
      leaders, and OGP's model is government working with civil society: supporting institutions \
      are split into government and non-government ones. A commitment that only government \
      bodies lead and support broadens nothing. Civil society, academia, the private sector, \
      multilateral bodies and the media all count as non-government. A plan that names no \
      strategy (a plan older than every strategy, say) is not judged by one, so the rule leaves \
      it alone, as every objective rule does.
      """,
    basis: .heuristic(
      "this tool's reading of the OGP Strategy 2023–2028, strategic objective 1 (an ever broader community of reformers), and of OGP's commitment template, which splits supporting institutions into government and non-government; OGP does not require each commitment to involve a non-government actor"
    ),
    fix: "Name the civil-society, academic, private or media partners in 'partners'.",
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment ↓c01 "Información pública" {
          lead ombuds
          partners digital, assembly
        }
        commitment ↓c02 "Open budgets" {
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
        commitment c01 "Información pública" {
          lead ombuds
          partners digital, press
        }
        commitment c02 "A university as the only partner still broadens the community" {
          lead finance
          partners uni
        }
      }
      """,
      """
      plan p "A civil-society organisation may even lead (STR004 questions that, not this rule)" {
        member "Valle" local
        strategy ogp_2023_2028
        period 2024-09 .. 2025-08
        commitment c01 "Presupuesto participativo" {
          lead city, rights
        }
      }
      """,
      """
      plan p "A plan of 2015 that names no strategy is not judged by one" {
        member "Arcadia" national
        period 2015-07 .. 2017-06
        commitment c01 "Open budgets" {
          lead finance
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.flatMap { plan -> [Finding] in
      // A plan without a strategy is judged by none.
      guard context.strategy(of: plan) != nil else { return [] }
      // The note cites the plan's own broadening objective when its strategy declares one.
      let objective = context.objective(context.configuration.objectives.broadening, of: plan)
      let note =
        objective.map { ObjectivesText.OBJ004Note(objective: String($0.id.localName), title: $0.title) }
        ?? ObjectivesText.OBJ004NoteWithoutObjective
      return plan.commitments.compactMap { commitment -> Finding? in
        guard !context.involves(commitment, where: { $0.kind != .government }) else { return nil }
        return Finding(
          at: Anchor(commitment.id),
          ObjectivesText.OBJ004Message(commitment: commitment.title), label: ObjectivesText.OBJ004Label,
          notes: [note])
      }
    }
  }
}
