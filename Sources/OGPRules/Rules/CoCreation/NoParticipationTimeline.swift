import OGPModel

/// `COC006`: a plan that names no published timeline of participation in its co-creation.
public struct NoParticipationTimeline: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC006", name: "no-participation-timeline", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "An action plan names no published timeline of the opportunities to take part in co-creating it.",
      es:
        "Un plan de acción no cita ningún calendario publicado de las oportunidades de participar en su cocreación."
    ),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards (in force since 1 January 2022) ask, under \
        standard 3, for inclusive and informed opportunities to take part in co-creation; a \
        published timeline of participation is among its minimum requirements, so people know \
        when and how they can contribute. It is a minimum requirement, not a recommendation, so a \
        plan that shows no timeline is a warning, as the other minimums are. The plan declares \
        the evidence ('cocreation { timeline … }') and the rule checks that it is declared.
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP (vigentes desde el 1 de enero de \
        2022) piden, en el estándar 3, oportunidades inclusivas e informadas de participar en la \
        cocreación; un calendario de participación publicado está entre sus requisitos mínimos, \
        para que la gente sepa cuándo y cómo puede contribuir. Es un requisito mínimo, no una \
        recomendación, así que un plan que no muestra calendario da un aviso, como los demás \
        mínimos. El plan declara la prueba ('cocreation { timeline … }') y la regla comprueba \
        que esté declarada.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 3: a timeline of the opportunities to take part, published ahead of co-creation (MR 3.1 as recalled; its exact wording is not confirmed here)",
        es: """
          Estándares de Participación y Cocreación de OGP (2022), estándar 3: un calendario de \
          las oportunidades de participar, publicado antes de la cocreación (MR 3.1 según se \
          recuerda; su redacción exacta no está confirmada aquí)
          """)),
    fix: LocalizedText(
      en: "Publish the participation timeline and link it: 'cocreation { timeline \"URL\" }'.",
      es: "Publica el calendario de participación y enlázalo: 'cocreation { timeline \"URL\" }'."),
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
          reasoned_response "https://valle.example/participa/respuesta"
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
          timeline "https://gobiernoabierto.example/cronograma"
        }
      }
      """,
      """
      plan p "Plan Local: the timeline may be described in the block itself" {
        member "Valle" local
        period 2024-09 .. 2025-08
        cocreation {
          timeline "Três oficinas públicas em março, consulta online em abril, validação em maio."
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard plan.cocreation?.timeline == nil,
        let source = CoCreationStandards.applied(
          CoCreationStandards.participationTimeline, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(3))?.citation
      else { return nil }
      // Without a `cocreation` block the anchor falls back to the plan's name.
      return Finding(
        at: Anchor(plan.id, clause: "cocreation"),
        CocreationText.COC006Message(plan: plan.title, source: source),
        label: plan.cocreation == nil
          ? CocreationText.noCocreationBlock : CocreationText.noClause(clause: "timeline"),
        help: CocreationText.COC006Help)
    }
  }
}
