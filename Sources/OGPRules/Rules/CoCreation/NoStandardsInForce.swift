import OGPModel

/// `COC008`: standards versions are declared, but none was in force when the plan was co-created.
public struct NoStandardsInForce: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC008", name: "no-standards-in-force", category: .cocreation, defaultSeverity: .info,
    summary: LocalizedText(
      en: "No declared version of the co-creation standards was in force when a plan was co-created.",
      es: "Ninguna versión declarada de los estándares de cocreación estaba vigente cuando se cocreó un plan."
    ),
    rationale: LocalizedText(
      en: """
        OGP judges a plan by the Participation and Co-Creation Standards in force when it was \
        co-created: the 2022 standards since 1 January 2022, the 2017 standards before them, and \
        OGP Local's own requirements for local members. When the program declares `standards` \
        versions, a plan is judged by the one it names, or else by the one in force on its \
        co-creation date (its 'cocreation { started }', else 'submitted', else the start of its \
        period) for its kind of member. A plan co-created before any declared version (a 2015 \
        plan) has no minimum requirements to meet, so the requirement rules stay silent for it; \
        this finding says so, and which date was used, rather than passing the plan in silence.
        """,
      es: """
        OGP juzga un plan según los Estándares de Participación y Cocreación vigentes cuando se \
        cocreó: los estándares de 2022 desde el 1 de enero de 2022, los de 2017 antes que ellos, \
        y los requisitos propios de OGP Local para los miembros locales. Cuando el programa \
        declara versiones de `standards`, un plan se juzga por la que nombra, o si no por la \
        vigente en su fecha de cocreación (su 'cocreation { started }', si no 'submitted', si no \
        el inicio de su periodo) para su tipo de miembro. Un plan cocreado antes de cualquier \
        versión declarada (un plan de 2015) no tiene requisitos mínimos que cumplir, así que las \
        reglas de requisitos callan con él; este hallazgo lo dice, y qué fecha se usó, en lugar \
        de dar el plan por bueno en silencio.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP judges a plan by the Participation and Co-Creation Standards in force when it was co-created (2022 standards in force since 1 January 2022; the 2017 standards before them)",
        es: """
          OGP juzga un plan según los Estándares de Participación y Cocreación vigentes cuando \
          se cocreó (los estándares de 2022, vigentes desde el 1 de enero de 2022; los de 2017 \
          antes que ellos)
          """)),
    fix: LocalizedText(
      en: """
        Name the version the plan is judged by ('standards ogp_2017'), give the date co-creation \
        began ('cocreation { started 2017-03 }'), or declare the version that was in force then.
        """,
      es: """
        Nombra la versión por la que se juzga el plan ('standards ogp_2017'), indica la fecha en \
        que empezó la cocreación ('cocreation { started 2017-03 }'), o declara la versión que \
        estaba vigente entonces.
        """),
    triggering: [
      """
      plan p "Segundo Plan de Acción Nacional 2015–2017" {
        member "Arcadia" national
        period ↓2015-07 .. 2017-06
      }

      plan q "Plan Local piloto 2016" {
        member "Valle" local
        period ↓2016-09 .. 2017-12
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional 2024–2026: the 2022 standards" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
      }

      plan q "Plan de Acción Nacional 2015–2017, judged by the version it names" {
        member "Arcadia" national
        standards ogp_2017
        period 2015-07 .. 2017-06
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard case .noneInForce(let day, let source) = context.standardsSelection(for: plan) else { return nil }
      let clause =
        switch source {
        case .started: "cocreation"
        case .submitted: "submitted"
        case .periodStart: "period"
        }
      let date =
        switch source {
        case .started: CocreationText.COC008DateStarted
        case .submitted: CocreationText.COC008DateSubmitted
        case .periodStart: CocreationText.COC008DatePeriodStart
        }
      return Finding(
        at: Anchor(plan.id, clause: clause),
        CocreationText.COC008Message(plan: plan.title, day: "\(day)", date: date),
        label: CocreationText.COC008Label(day: "\(day)"), help: CocreationText.COC008Help)
    }
  }
}
