import OGPModel

/// `OBJ003`: a priority no commitment names, though commitments name other priorities of its
/// objective, in a strategy that says its priorities are complete.
public struct PriorityNotAdvanced: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ003", name: "priority-not-advanced", category: .objectives, defaultSeverity: .info,
    summary: LocalizedText(
      en:
        "A priority of a strategy that lists them all is named by no commitment, though other priorities of its objective are.",
      es:
        "Ningún compromiso nombra una prioridad de una estrategia que las enumera todas, aunque sí otras prioridades de su objetivo."
    ),
    rationale: LocalizedText(
      en: """
        A strategy may list priorities under each objective. Where a plan advances an objective, \
        the forum may want to know which of its priorities no commitment takes up, but only if the \
        list is complete: a priority missing from a partial list says nothing about a gap. The \
        OGP strategy 2023–2028's deck lists "some priorities" ("Algunas prioridades") and does not \
        tie them to objectives, so its file says 'priorities_complete no' and the rule is silent \
        for it; it runs for a strategy that says 'priorities_complete yes'. Within one, it runs \
        for objectives whose priorities the plan names: a plan that advances an objective as a \
        whole made no claim about its priorities, and objectives no commitment advances are \
        reported once by OBJ002. This coverage check is this tool's convention, so the finding is \
        informational.
        """,
      es: """
        Una estrategia puede enumerar prioridades bajo cada objetivo. Cuando un plan hace \
        avanzar un objetivo, el foro puede querer saber qué prioridades suyas no asume ningún \
        compromiso, pero solo si la lista está completa: una prioridad que falta en una lista \
        parcial no indica ningún hueco. La presentación de la estrategia de OGP 2023–2028 \
        enumera "Algunas prioridades" y no las vincula a objetivos, así que su archivo dice \
        'priorities_complete no' y la regla calla con ella; se aplica a una estrategia que dice \
        'priorities_complete yes'. Dentro de una, se aplica a los objetivos cuyas prioridades \
        nombra el plan: un plan que hace avanzar un objetivo en su conjunto no afirma nada sobre \
        sus prioridades, y los objetivos que ningún compromiso hace avanzar los señala una sola \
        vez OBJ002. Esta comprobación de cobertura es una convención de esta herramienta, así \
        que el hallazgo es informativo.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "a coverage check of a plan against the priorities its strategy declares; the OGP Strategy 2023–2028 deck lists only some priorities (\"Algunas prioridades\") and ties none to an objective, so the check runs only for a strategy that says its list is complete",
        es: """
          una comprobación de cobertura de un plan frente a las prioridades que declara su \
          estrategia; la presentación de la Estrategia de OGP 2023–2028 solo enumera algunas \
          prioridades ("Algunas prioridades") y no vincula ninguna a un objetivo, así que la \
          comprobación solo se aplica a una estrategia que dice que su lista está completa
          """)),
    fix: LocalizedText(
      en: "Name the priority in a commitment's 'advances' (SO3.protect_participation), or accept the gap.",
      es:
        "Nombra la prioridad en el 'advances' de un compromiso (SO3.protect_participation), o acepta el hueco."
    ),
    triggering: [
      """
      strategy valle_2024_2027 "Estrategia de Gobierno Abierto de Valle 2024–2027" {
        period 2024 .. 2027
        priorities_complete yes
        objective O1 "Transparencia" {
          priority datos     "Datos abiertos"
          priority contratos "Contratación abierta"
        }
        objective O2 "Participación" {
          priority consejos "Consejos ciudadanos"
        }
      }

      plan p "Plan de Gobierno Abierto de Valle" {
        member "Valle" local
        strategy ↓valle_2024_2027
        period 2024-09 .. 2026-08
        commitment c01 "Datos abiertos municipales" {
          lead city
          advances O1.datos, O2
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "The OGP strategy lists only some priorities: no gap to report" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Espacio cívico" {
          lead assembly
          partners rights
          advances SO3.civic_space_protection, SO1.training, SO2.mainstreaming
        }
      }
      """,
      """
      strategy valle_2024_2027 "Estrategia de Gobierno Abierto de Valle 2024–2027" {
        period 2024 .. 2027
        priorities_complete yes
        objective O1 "Transparencia" {
          priority datos     "Datos abiertos"
          priority contratos "Contratación abierta"
        }
        objective O2 "Participación" {
          priority consejos "Consejos ciudadanos"
        }
      }

      plan p "Every priority of every objective it touches" {
        member "Valle" local
        strategy valle_2024_2027
        period 2024-09 .. 2026-08
        commitment c01 "Datos abiertos municipales" {
          lead city
          advances O1.datos, O1.contratos
        }
        commitment c02 "Consejo de participación" {
          lead city
          advances O2
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for plan in context.program.plans {
      // A partial list of priorities leaves no gap to report.
      guard let strategy = context.strategy(of: plan), strategy.prioritiesComplete == true else { continue }
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
              ObjectivesText.OBJ003Message(plan: plan.title, priority: name, title: priority.title),
              label: ObjectivesText.OBJ003Label(priority: name),
              help: ObjectivesText.OBJ003Help(priority: name)))
        }
      }
    }
    return findings
  }
}
