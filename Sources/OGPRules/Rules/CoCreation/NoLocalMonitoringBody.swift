import OGPModel

/// `COC013`: a plan judged by requirements that ask for a Local Monitoring Body names none.
public struct NoLocalMonitoringBody: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC013", name: "no-local-monitoring-body", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A local plan names no Local Monitoring Body.",
      es: "Un plan local no nombra ningún Órgano Local de Monitoreo."),
    rationale: LocalizedText(
      en: """
        OGP Local has minimum requirements of its own, and a Local Monitoring Body that follows \
        and reports on a local plan's implementation in place of the IRM's national reports \
        (shared/domain/OGP.md; the details of OGP Local's requirements are recalled, to be \
        confirmed, and kept as data in the standards file). The rule applies when the plan's \
        standards version (for a local plan, OGP Local's) declares 'minimum \
        local_monitoring_body', and asks the plan to name the body with 'monitoring_body'.
        """,
      es: """
        OGP Local tiene sus propios requisitos mínimos, y un Órgano Local de Monitoreo que sigue \
        la implementación de un plan local e informa sobre ella en lugar de los informes \
        nacionales del IRM (shared/domain/OGP.md; los detalles de los requisitos de OGP Local \
        son recordados, por confirmar, y se guardan como datos en el archivo de estándares). La \
        regla se aplica cuando la versión de los estándares del plan (para un plan local, la de \
        OGP Local) declara 'minimum local_monitoring_body', y pide al plan que nombre el órgano \
        con 'monitoring_body'.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Local: a Local Monitoring Body follows a local plan's implementation (OGP Local's minimum requirements, recalled, to be confirmed)",
        es:
          "OGP Local: un Órgano Local de Monitoreo sigue la implementación de un plan local (requisitos mínimos de OGP Local, recordados, por confirmar)"
      )),
    fix: LocalizedText(
      en: "Name the plan's Local Monitoring Body: 'monitoring_body observatory' (an actor).",
      es: "Nombra el Órgano Local de Monitoreo del plan: 'monitoring_body observatory' (un actor)."),
    triggering: [
      """
      plan ↓p "Plan Local de Gobierno Abierto" {
        member "Valle" local
        period 2024-09 .. 2025-08
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan Local de Gobierno Abierto" {
        member "Valle" local
        period 2024-09 .. 2025-08
        monitoring_body uni
      }

      plan q "Plan de Acción Nacional: the national standards ask for no such body" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard plan.monitoringBody == nil,
        let applied = CoCreationStandards.applied(
          CoCreationStandards.localMonitoringBody, for: plan, in: context,
          otherwise: CocreationText.standardOgpLocal),
        !applied.isDefault
      else { return nil }
      return Finding(
        at: Anchor(plan.id, clause: "monitoring_body"),
        CocreationText.COC013Message(plan: plan.title, source: applied.citation),
        label: CocreationText.COC013Label, help: CocreationText.COC013Help)
    }
  }
}
