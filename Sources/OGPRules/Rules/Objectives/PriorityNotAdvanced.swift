import OGPModel

/// `OBJ003`: a priority no commitment names, though commitments name other priorities of its
/// objective.
public struct PriorityNotAdvanced: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ003", name: "priority-not-advanced", category: .objectives, defaultSeverity: .info,
    summary: "A priority is named by no commitment, though other priorities of its objective are.",
    rationale: """
      The strategy lists priorities under each objective (more political support, investing in \
      training, protecting civil-society participation …). Where a plan advances an objective, \
      the forum may want to know which of its priorities no commitment takes up. The check runs \
      for objectives whose priorities the plan names: a plan that advances an objective as a \
      whole made no claim about its priorities, and objectives no commitment advances are \
      reported once by OBJ002. This coverage check is this tool's convention, so the finding is \
      informational.
      """,
    fix: "Name the priority in a commitment's 'advances' (SO3.protect_participation), or accept the gap.",
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ↓ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Espacio cívico" {
          lead assembly
          partners rights
          advances SO3.civic_space_protection, SO1.training, SO1.political_support, SO1.alliances,
                   SO2.flexible_frameworks, SO2.mainstreaming, SO4.raise_the_bar, SO5.academia_research
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Every priority of every objective it touches" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Espacio cívico" {
          lead assembly
          advances SO3.civic_space_protection, SO3.protect_participation
        }
      }
      """,
      """
      plan p "Advancing an objective as a whole, with no priority named" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for plan in context.program.plans {
      guard let strategy = context.strategy(of: plan) else { continue }
      let targets = Set(plan.commitments.flatMap(\.advances))
      let objectives = Set(targets.map(\.objectiveID))
      // Only objectives some commitment names a priority of: advancing SO2 as a whole says
      // nothing about which of its priorities were meant.
      let withPriorities = Set(targets.filter { $0 != $0.objectiveID }.map(\.objectiveID))
      for objective in strategy.objectives
      where objectives.contains(objective.id) && withPriorities.contains(objective.id) {
        for priority in objective.priorities where !targets.contains(priority.id) {
          let name = "\(objective.id.localName).\(priority.id.localName)"
          findings.append(
            Finding(
              at: Anchor(plan.id, clause: "strategy"),
              "no commitment of '\(plan.title)' advances priority \(name) (\(priority.title))",
              label: "\(name) not advanced",
              help: "add 'advances \(name)' to a commitment that serves it, or accept the gap"))
        }
      }
    }
    return findings
  }
}
