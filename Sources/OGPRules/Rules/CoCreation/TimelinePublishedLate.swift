import OGPModel

/// `COC011`: a participation timeline published less far ahead of co-creation than required.
public struct TimelinePublishedLate: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC011", name: "timeline-published-late", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's participation timeline was published less far ahead of co-creation than required.",
      es:
        "El calendario de participación de un plan se publicó con menos antelación a la cocreación de la exigida."
    ),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards ask that the timeline of participation be \
        published ahead of co-creation, so people can plan to take part (MR 3.1 of 2022 in the \
        standards file; the number and the two weeks' lead time are recalled, to be confirmed, \
        and kept as data). The rule applies when the plan's standards version (or, without \
        versions, its strategy) declares 'minimum participation_timeline' with a lead time, and \
        the plan says both when co-creation began ('cocreation { started }') and when the \
        timeline was published ('timeline_published'). A missing timeline is COC006's finding.
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP piden que el calendario de \
        participación se publique antes de la cocreación, para que la gente pueda organizarse \
        para participar (MR 3.1 de 2022 en el archivo de estándares; el número y la antelación \
        de dos semanas son recordados, por confirmar, y se guardan como datos). La regla se \
        aplica cuando la versión de los estándares del plan (o, sin versiones, su estrategia) \
        declara 'minimum participation_timeline' con una antelación, y el plan dice tanto cuándo \
        empezó la cocreación ('cocreation { started }') como cuándo se publicó el calendario \
        ('timeline_published'). Un calendario que falta es el hallazgo de COC006.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 3, MR 3.1: a timeline of participation published ahead of co-creation (number and lead time recalled, to be confirmed)",
        es: """
          Estándares de Participación y Cocreación de OGP (2022), estándar 3, MR 3.1: un \
          calendario de participación publicado antes de la cocreación (número y antelación \
          recordados, por confirmar)
          """)),
    fix: LocalizedText(
      en: "Publish the timeline at least the lead time before co-creation starts, and record both dates.",
      es:
        "Publica el calendario al menos con la antelación exigida antes de que empiece la cocreación, y anota ambas fechas."
    ),
    triggering: [
      """
      plan p "Plan de Acción Nacional: timeline out three days before" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        cocreation {
          timeline           "https://example.org/timeline"
          started            2024-03-04
          timeline_published ↓2024-03-01
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: a month ahead" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        cocreation {
          timeline           "https://example.org/timeline"
          started            2024-03-04
          timeline_published 2024-02-01
        }
      }

      plan q "Plan de Acción Nacional: no publication date, nothing to compare" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        cocreation {
          timeline "https://example.org/timeline"
          started  2024-03-04
        }
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard let evidence = plan.cocreation, let started = evidence.started,
        let published = evidence.timelinePublished,
        let applied = CoCreationStandards.applied(
          CoCreationStandards.participationTimeline, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(3)),
        !applied.isDefault, let lead = applied.interval
      else { return nil }
      let (months, days) = lead.monthsAndDays
      guard let due = started.firstDay.adding(months: -months, days: -days), due < published.firstDay
      else { return nil }
      let spoken = CoCreationStandards.spoken(lead)
      return Finding(
        at: Anchor(plan.id, clause: "cocreation.timeline_published"),
        CocreationText.COC011Message(
          plan: plan.title, published: "\(published)", lead: spoken, started: "\(started)",
          source: applied.citation),
        label: CocreationText.COC011Label(due: "\(due)"),
        help: CocreationText.COC011Help(due: "\(due)", lead: spoken))
    }
  }
}
