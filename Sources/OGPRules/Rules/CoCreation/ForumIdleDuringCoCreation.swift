import OGPModel

/// `COC015`: a forum whose log of meetings shows it did not meet as often as required while the
/// plan was co-created.
public struct ForumIdleDuringCoCreation: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC015", name: "forum-idle-during-co-creation", category: .cocreation,
    defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's forum logs meetings, but goes longer between them during co-creation than required.",
      es:
        "El foro de un plan registra reuniones, pero durante la cocreación pasa entre ellas más tiempo del permitido."
    ),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards (2022), MR 1.1, ask for a forum that meets \
        at least every six months (the 2017 standards, as recalled in the standards file, every \
        quarter); co-creation is when the forum's work matters most. The rule applies when the \
        plan's standards version (or, without versions, its strategy) declares 'minimum \
        forum_meets_every' with an interval, the plan says when co-creation began ('cocreation { \
        started }') and ended ('submitted'), and the forum logs its 'meetings'. It reports the \
        first stretch of co-creation longer than the interval with no meeting. A forum without a \
        log is COC009's finding, where the standards ask for one.
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP (2022), MR 1.1, piden un foro que se \
        reúna al menos cada seis meses (los estándares de 2017, según los recoge el archivo de \
        estándares, cada trimestre); la cocreación es cuando más importa el trabajo del foro. La \
        regla se aplica cuando la versión de los estándares del plan (o, sin versiones, su \
        estrategia) declara 'minimum forum_meets_every' con un intervalo, el plan dice cuándo \
        empezó la cocreación ('cocreation { started }') y cuándo terminó ('submitted'), y el \
        foro registra sus reuniones ('meetings'). Señala el primer tramo de la cocreación más \
        largo que el intervalo sin ninguna reunión. Un foro sin registro es el hallazgo de \
        COC009, cuando los estándares lo piden.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 1, MR 1.1: the forum meets regularly, at least every six months; read over co-creation by this tool",
        es: """
          Estándares de Participación y Cocreación de OGP (2022), estándar 1, MR 1.1: el foro se \
          reúne con regularidad, al menos cada seis meses; aplicado a la cocreación por esta \
          herramienta
          """)),
    fix: LocalizedText(
      en:
        "Meet at least as often as required while the plan is co-created, and log each meeting in 'meetings'.",
      es:
        "Reúnete al menos con la frecuencia exigida mientras se cocrea el plan, y anota cada reunión en 'meetings'."
    ),
    triggering: [
      """
      plan p "Plan de Acción Nacional 2019–2021: one meeting in eight months of co-creation" {
        member "Arcadia" national
        period 2019-09 .. 2021-08
        submitted 2019-08-30
        cocreation {
          started 2019-01-07
        }
        forum "Foro de Gobierno Abierto" {
          meets every 3 months
          members digital, rights
          meetings ↓2019-01-15, 2019-08-20
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional 2024–2026: a meeting every two months" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        submitted 2024-08-30
        cocreation {
          started 2024-03-04
        }
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
          members digital, rights
          meetings 2024-03-12, 2024-05-21, 2024-08-06, 2024-11-19, 2025-04-15, 2025-09-30, 2026-03-10
        }
      }

      plan q "Plan de Acción Nacional: no start of co-creation, nothing to measure" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        submitted 2024-08-30
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
          members digital, rights
          meetings 2024-08-06, 2024-11-19, 2025-04-15, 2025-09-30, 2026-03-10
        }
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard let forum = plan.forum, !forum.meetings.isEmpty, let started = plan.cocreation?.started,
        let submitted = plan.submitted,
        let applied = CoCreationStandards.applied(
          CoCreationStandards.forumMeetsEvery, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(1)),
        !applied.isDefault, let interval = applied.interval,
        let gap = CoCreationStandards.firstGap(
          in: forum.meetings, from: started.firstDay, to: min(submitted.lastDay, context.asOf),
          every: interval)
      else { return nil }
      let minimum = CoCreationStandards.every(interval)
      return Finding(
        at: Anchor(CoCreationStandards.forumID(of: plan), clause: "meetings"),
        CocreationText.COC015Message(
          forum: forum.title, from: "\(gap.from)", to: "\(gap.to)", source: applied.citation, minimum: minimum
        ),
        label: CocreationText.meetingGapLabel(minimum: minimum),
        help: CocreationText.COC015Help(minimum: minimum))
    }
  }
}
