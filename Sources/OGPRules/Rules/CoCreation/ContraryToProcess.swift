import OGPModel

/// `COC014`: a plan submitted so long after OGP's delivery deadline that the member acted
/// contrary to process.
public struct ContraryToProcess: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC014", name: "contrary-to-process", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en:
        "A plan was submitted so long after the delivery deadline that the member acted contrary to process.",
      es: "Un plan se entregó tan tarde respecto al plazo que el miembro actuó en contra del proceso."),
    rationale: LocalizedText(
      en: """
        OGP's handbook sets a deadline for delivering action plans (31 August) and says a member \
        whose plan is more than four months late (after 1 January) "acted contrary to process". \
        These numbers have changed over the years (older rules said 30 June), so they are data: \
        the plan's standards version states them ('delivery_month 8', 'grace_months 4'), and the \
        rule applies only when it does and the plan says when it was 'submitted'. The deadline is \
        the end of the delivery month in the year the plan's period starts, or the year before \
        when the period starts in or before that month; a plan submitted by the day its period \
        starts is never late (off-cycle plans start in any month). That reading of "the plan's \
        deadline" is this tool's.
        """,
      es: """
        El manual de OGP fija un plazo para entregar los planes de acción (31 de agosto) y dice \
        que un miembro cuyo plan llega con más de cuatro meses de retraso (después del 1 de \
        enero) "actuó en contra del proceso". Estas cifras han cambiado con los años (las normas \
        antiguas decían 30 de junio), así que son datos: los fija la versión de los estándares \
        del plan ('delivery_month 8', 'grace_months 4'), y la regla solo se aplica cuando lo \
        hace y el plan dice cuándo se entregó ('submitted'). El plazo es el final del mes de \
        entrega del año en que empieza el periodo del plan, o del año anterior cuando el periodo \
        empieza en ese mes o antes; un plan entregado a más tardar el día en que empieza su \
        periodo nunca llega tarde (los planes fuera de ciclo empiezan en cualquier mes). Esa \
        lectura de "el plazo del plan" es de esta herramienta.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP handbook, action plan cycle: plans are due by 31 August; more than four months late (after 1 January) the member acted contrary to process (the dates are data in the standards version)",
        es: """
          manual de OGP, ciclo del plan de acción: los planes vencen el 31 de agosto; con más de \
          cuatro meses de retraso (después del 1 de enero) el miembro actuó en contra del \
          proceso (las fechas son datos de la versión de los estándares)
          """)),
    fix: LocalizedText(
      en: "Submit the plan by the deadline; if it was submitted earlier, correct 'submitted'.",
      es: "Entrega el plan dentro del plazo; si se entregó antes, corrige 'submitted'."),
    triggering: [
      """
      plan p "Plan de Acción Nacional 2024–2026, delivered in February" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        submitted ↓2025-02-03
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional 2024–2026, delivered in December: late, not contrary to process" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        submitted 2024-12-20
      }

      plan q "Plan Local: OGP Local's requirements in the standards file set no deadline" {
        member "Valle" local
        period 2024-09 .. 2025-08
        submitted 2025-06-01
      }

      plan r "Plan de Acción Nacional 2024–2026, off the cycle: delivered before its period starts" {
        member "Arcadia" national
        period 2024-07 .. 2026-06
        submitted 2024-06-30
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard case .version(let version) = context.standardsSelection(for: plan),
        let month = version.deliveryMonth, (1...12).contains(month), let grace = version.graceMonths,
        (0...120).contains(grace), let submitted = plan.submitted
      else { return nil }
      let start = plan.period.firstDay
      // A plan delivered by the day its implementation starts kept the calendar it set itself,
      // whatever the cycle's deadline (off-cycle plans start in any month).
      guard start < submitted.firstDay else { return nil }
      let year = start.month > month ? start.year : start.year - 1
      let deadline = Day(year: year, month: month, day: PartialDate.daysIn(month: month, year: year))
      guard let limit = deadline.adding(months: grace), limit < submitted.firstDay else { return nil }
      return Finding(
        at: Anchor(plan.id, clause: "submitted"),
        CocreationText.COC014Message(
          plan: plan.title, submitted: "\(submitted)", grace: grace, deadline: "\(deadline)",
          version: version.title),
        label: CocreationText.COC014Label(limit: "\(limit)"),
        help: CocreationText.COC014Help(deadline: "\(deadline)", limit: "\(limit)"))
    }
  }
}
