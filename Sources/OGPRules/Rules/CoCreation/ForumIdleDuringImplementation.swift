import OGPModel

/// `COC009`: a forum whose log of meetings shows it did not meet as often as required while the
/// plan was implemented.
public struct ForumIdleDuringImplementation: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC009", name: "forum-idle-during-implementation", category: .cocreation,
    defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's forum logs no meetings during implementation, or goes longer between them than required.",
      es:
        "El foro de un plan no registra reuniones durante la implementación, o pasa entre ellas más tiempo del permitido."
    ),
    rationale: LocalizedText(
      en: """
        Standard 5 of OGP's Participation and Co-Creation Standards (2022) asks for inclusive, \
        informed dialogue while the plan is implemented and monitored; its minimum requirement \
        (MR 5.1 in the standards file, recalled, to be confirmed) is that the forum keeps meeting \
        during implementation, and MR 1.1 says how often: at least every six months. The rule \
        applies when the plan's standards version (or, without versions, its strategy) declares \
        'minimum forum_meets_during_implementation'. It reads the forum's 'meetings' log from the \
        start of the plan's period to the as-of day (or the period's end) and reports the first \
        stretch longer than the forum's required interval ('minimum forum_meets_every', else \
        `[thresholds] forum_meets_every_months`) with no meeting. A stated frequency ('meets every \
        3 months') is a promise; the log is the evidence.
        """,
      es: """
        El estándar 5 de los Estándares de Participación y Cocreación de OGP (2022) pide un \
        diálogo inclusivo e informado mientras se implementa y se monitorea el plan; su \
        requisito mínimo (MR 5.1 en el archivo de estándares, recordado, por confirmar) es que \
        el foro siga reuniéndose durante la implementación, y el MR 1.1 dice con qué frecuencia: \
        al menos cada seis meses. La regla se aplica cuando la versión de los estándares del \
        plan (o, sin versiones, su estrategia) declara 'minimum \
        forum_meets_during_implementation'. Lee el registro de reuniones del foro ('meetings') \
        desde el inicio del periodo del plan hasta la fecha de referencia (o el final del \
        periodo) y señala el primer tramo más largo que el intervalo exigido al foro ('minimum \
        forum_meets_every', si no `[thresholds] forum_meets_every_months`) sin ninguna reunión. \
        Una frecuencia declarada ('meets every 3 months') es una promesa; el registro es la \
        prueba.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 5 (dialogue during implementation and monitoring), with MR 1.1's interval; the MR number of standard 5 is recalled, to be confirmed",
        es: """
          Estándares de Participación y Cocreación de OGP (2022), estándar 5 (diálogo durante la \
          implementación y el monitoreo), con el intervalo del MR 1.1; el número de MR del \
          estándar 5 es recordado, por confirmar
          """)),
    fix: LocalizedText(
      en:
        "Log the forum's meetings ('meetings 2024-10-15, 2025-03-20') and meet at least as often as required.",
      es:
        "Anota las reuniones del foro ('meetings 2024-10-15, 2025-03-20') y reúnete al menos con la frecuencia exigida."
    ),
    triggering: [
      """
      plan p "Plan de Acción Nacional: no meeting for almost a year" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
          members digital, rights
          meetings ↓2024-10-15, 2025-09-01, 2026-02-10
        }
      }

      plan q "Plan de Ação Nacional: no log at all" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        forum ↓"Fórum Interinstitucional" {
          meets every 3 months
          members digital, rights
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: a meeting every five or six months" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
          members digital, rights
          meetings 2024-11-05, 2025-04-22, 2025-10-14, 2026-03-30
        }
      }

      plan q "Plan de Acción Nacional 2019–2021: the 2017 standards ask nothing of implementation" {
        member "Arcadia" national
        period 2019-09 .. 2021-08
        forum "Foro de Gobierno Abierto" {
          meets every 3 months
          members digital, rights
        }
      }
      """,
      """
      plan p "Plan de Acción Nacional: implementation has not begun on the as-of day" {
        member "Arcadia" national
        period 2026-09 .. 2028-08
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
          members digital, rights
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard let forum = plan.forum,
        let applied = CoCreationStandards.applied(
          CoCreationStandards.forumMeetsDuringImplementation, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(5)),
        // Without a declaration (no versions, no strategy minimum) the rule is not asked for.
        !applied.isDefault,
        let window = CoCreationStandards.implementationSoFar(of: plan, asOf: context.asOf)
      else { return nil }
      let interval =
        applied.interval
        ?? CoCreationStandards.applied(
          CoCreationStandards.forumMeetsEvery, for: plan, in: context, otherwise: "")?.interval
        ?? Duration(amount: context.thresholds.forumMeetsEveryMonths, unit: .months)
      let minimum = CoCreationStandards.every(interval)
      let anchor = Anchor(CoCreationStandards.forumID(of: plan), clause: "meetings")
      guard !forum.meetings.isEmpty else {
        return Finding(
          at: anchor,
          CocreationText.COC009NoMeetings(forum: forum.title, source: applied.citation, minimum: minimum),
          label: CocreationText.COC009NoMeetingsLabel, help: CocreationText.COC009NoMeetingsHelp)
      }
      guard
        let gap = CoCreationStandards.firstGap(
          in: forum.meetings, from: window.start, to: window.end, every: interval)
      else { return nil }
      return Finding(
        at: anchor,
        CocreationText.COC009Gap(
          forum: forum.title, from: "\(gap.from)", to: "\(gap.to)", source: applied.citation, minimum: minimum
        ),
        label: CocreationText.meetingGapLabel(minimum: minimum),
        help: CocreationText.COC009GapHelp(minimum: minimum))
    }
  }
}
