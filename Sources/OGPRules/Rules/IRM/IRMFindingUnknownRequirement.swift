import OGPModel

/// `IRM003`: an IRM finding on a plan names a minimum requirement that the standards version the
/// plan is judged by does not number, or finds one requirement both met and not met.
public struct IRMFindingUnknownRequirement: BuiltInRule {
  public static let description = RuleDescription(
    code: "IRM003", name: "irm-finding-unknown-requirement", category: .irm, defaultSeverity: .warning,
    summary: LocalizedText(
      en:
        "An IRM finding on a plan names a minimum requirement its standards version does not have, or one both met and not met.",
      es:
        "Una conclusión del IRM sobre un plan nombra un requisito mínimo que su versión de los estándares no tiene, o uno cumplido y no cumplido a la vez."
    ),
    rationale: LocalizedText(
      en: """
        The IRM reports a plan's compliance requirement by requirement, numbered as in the \
        Participation and Co-Creation Standards the plan was co-created under (MR 2.2 of 2022, \
        4a of 2017). A name in an `irm` block's `met` or `not_met` that the plan's standards \
        version does not number (`mr_2_2` for "2.2") is a typo, or a requirement of another \
        version; a requirement listed as both met and not met in one report contradicts itself. \
        The rule applies when the plan is judged by a declared standards version that numbers its \
        requirements.
        """,
      es: """
        El IRM informa del cumplimiento de un plan requisito por requisito, numerados como en \
        los Estándares de Participación y Cocreación con los que se cocreó el plan (MR 2.2 de \
        2022, 4a de 2017). Un nombre en el `met` o el `not_met` de un bloque `irm` que la \
        versión de los estándares del plan no numera (`mr_2_2` para "2.2") es una errata, o un \
        requisito de otra versión; un requisito que figura como cumplido y no cumplido en un \
        mismo informe se contradice. La regla se aplica cuando el plan se juzga por una versión \
        declarada de los estándares que numera sus requisitos.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "a consistency check between the plan's IRM findings and the numbers of the standards version it is judged by",
        es:
          "una comprobación de coherencia entre las conclusiones del IRM sobre el plan y los números de la versión de los estándares por la que se juzga"
      )),
    fix: LocalizedText(
      en:
        "Name the requirement as the plan's standards version numbers it ('mr_2_2' for MR 2.2), once per report.",
      es:
        "Nombra el requisito como lo numera la versión de los estándares del plan ('mr_2_2' para MR 2.2), una vez por informe."
    ),
    triggering: [
      """
      plan p "Plan de Acción Nacional 2024–2026" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        irm {
          report    action_plan_review
          published 2024-12
          met       mr_1_1, ↓mr_1_9
          not_met   mr_3_1
        }
        irm {
          report    results_report
          published 2026-12
          met       mr_2_1, mr_5_1
          not_met   ↓mr_2_1
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional 2024–2026" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        irm {
          report    action_plan_review
          published 2024-12
          met       mr_1_1, mr_2_1, mr_2_2
          not_met   mr_3_1
        }
      }

      plan q "Plan de Acción Nacional 2018–2020: the 2017 standards number their requirements 1b, 4a…" {
        member "Arcadia" national
        period 2018-09 .. 2020-08
        irm {
          report design_report
          met    mr_1b, mr_4a
        }
      }

      plan r "Plan Local: OGP Local's requirements are not numbered, so no name is checked" {
        member "Valle" local
        period 2024-09 .. 2025-08
        irm {
          met mr_9_9
        }
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for plan in context.program.plans where !plan.irm.isEmpty {
      guard case .version(let version) = context.standardsSelection(for: plan) else { continue }
      let numbered = Set(
        version.standards.flatMap(\.minimums).compactMap { $0.number.map(Self.name(ofNumber:)) })
      guard !numbered.isEmpty else { continue }
      for (position, report) in plan.irm.enumerated() {
        let block = "irm[\(position)]"
        for (clause, names) in [("met", report.met), ("not_met", report.notMet)] {
          for (item, name) in names.enumerated() where !numbered.contains(name) {
            findings.append(
              Finding(
                at: Anchor(plan.id, clause: block + "." + clause, item: item),
                IrmText.IRM003Unknown(name: name, plan: plan.title, version: version.title),
                label: IrmText.IRM003UnknownLabel,
                help: IrmText.IRM003UnknownHelp(names: numbered.sorted().joined(separator: ", "))))
          }
        }
        let met = Set(report.met)
        for (item, name) in report.notMet.enumerated() where met.contains(name) && numbered.contains(name) {
          findings.append(
            Finding(
              at: Anchor(plan.id, clause: block + ".not_met", item: item),
              IrmText.IRM003Both(plan: plan.title, name: name), label: IrmText.IRM003BothLabel,
              help: IrmText.IRM003BothHelp(name: name)))
        }
      }
    }
    return findings
  }

  /// `mr_2_2` for "2.2", `mr_4a` for "4a": how an `irm` block names a numbered requirement.
  static func name(ofNumber number: String) -> String {
    "mr_" + number.lowercased().replacing(".", with: "_")
  }
}
