import OGPModel

/// `STR001`: a plan with fewer or more commitments than OGP recommends.
public struct CommitmentCount: BuiltInRule {
  public static let description = RuleDescription(
    code: "STR001", name: "commitment-count", category: .structure, defaultSeverity: .info,
    summary: LocalizedText(
      en: "A plan has fewer or more commitments than OGP recommends.",
      es: "Un plan tiene menos o más compromisos de los que recomienda OGP."),
    rationale: LocalizedText(
      en: """
        OGP used to recommend ("strongly recommend") 5 to 15 commitments per action plan, and the \
        OGP Local pilot (2016) asked local members for 3 to 5. These were recommendations, not \
        requirements, so the finding is information: too few commitments may not reflect what \
        co-creation with civil society produced, and too many may spread the government's \
        attention and the IRM's assessment thin. A local member's plan is judged by the local \
        bounds, not the national ones. All four bounds are thresholds a project can change in \
        ogp-lint.toml, since OGP's guidance has changed over the years.
        """,
      es: """
        OGP recomendaba ("recomienda encarecidamente") entre 5 y 15 compromisos por plan de \
        acción, y el piloto de OGP Local (2016) pedía a los miembros locales entre 3 y 5. Eran \
        recomendaciones, no requisitos, así que el hallazgo es informativo: pocos compromisos \
        pueden no reflejar lo que produjo la cocreación con la sociedad civil, y demasiados \
        pueden dispersar la atención del gobierno y la evaluación del IRM. El plan de un miembro \
        local se juzga por los límites locales, no por los nacionales. Los cuatro límites son \
        umbrales que un proyecto puede cambiar en ogp-lint.toml, porque las orientaciones de OGP \
        han cambiado con los años.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP's former recommendation, not a requirement, of 5 to 15 commitments per action plan (\"strongly recommend\"), and the OGP Local pilot's (2016) request for 3 to 5",
        es: """
          la antigua recomendación de OGP, no un requisito, de entre 5 y 15 compromisos por plan \
          de acción ("strongly recommend"), y la petición del piloto de OGP Local (2016) de \
          entre 3 y 5
          """)),
    fix: LocalizedText(
      en: """
        Merge or drop commitments to stay within the recommended range, or add the ones \
        co-creation asked for; change the bounds in the [thresholds] table of ogp-lint.toml if \
        your programme follows other guidance.
        """,
      es: """
        Fusiona o descarta compromisos para quedar dentro del rango recomendado, o añade los que \
        pidió la cocreación; cambia los límites en la tabla [thresholds] de ogp-lint.toml si tu \
        programa sigue otras orientaciones.
        """),
    triggering: [
      """
      plan ↓p "Plan de Acción Nacional" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" { lead finance }
        commitment c02 "Justiça aberta" { lead court }
        commitment c03 "Parlamento abierto" { lead assembly }
        commitment c04 "Información pública" { lead ombuds }
      }
      plan ↓valle "Plan de Gobierno Abierto de Valle" {
        member "Valle" local
        period 2025-01 .. 2026-06
        commitment c01 "Ayuntamiento abierto" { lead city }
        commitment c02 "Presupuestos participativos" { lead city }
      }
      plan ↓valle2 "Segundo Plan de Valle: six is more than a local plan's five" {
        member "Valle" local
        period 2026-07 .. 2027-12
        commitment c01 "Ayuntamiento abierto" { lead city }
        commitment c02 "Presupuestos participativos" { lead city }
        commitment c03 "Contratación abierta municipal" { lead city }
        commitment c04 "Datos abiertos municipales" { lead city }
        commitment c05 "Consejo de participación" { lead city }
        commitment c06 "Agenda pública" { lead city }
      }
      plan ↓big "Plan con demasiados compromisos" {
        member "Arcadia" national
        period 2028-09 .. 2030-08
        commitment c01 "Compromiso 1" { lead finance }
        commitment c02 "Compromiso 2" { lead finance }
        commitment c03 "Compromiso 3" { lead finance }
        commitment c04 "Compromiso 4" { lead finance }
        commitment c05 "Compromiso 5" { lead finance }
        commitment c06 "Compromiso 6" { lead finance }
        commitment c07 "Compromiso 7" { lead finance }
        commitment c08 "Compromiso 8" { lead finance }
        commitment c09 "Compromiso 9" { lead finance }
        commitment c10 "Compromiso 10" { lead finance }
        commitment c11 "Compromiso 11" { lead finance }
        commitment c12 "Compromiso 12" { lead finance }
        commitment c13 "Compromiso 13" { lead finance }
        commitment c14 "Compromiso 14" { lead finance }
        commitment c15 "Compromiso 15" { lead finance }
        commitment c16 "Compromiso 16" { lead finance }
      }
      """,
      RuleExample(
        """
        plan ↓p "A programme that asks for six" {
          member "Arcadia" national
          period 2024-09 .. 2026-08
          commitment c01 "Presupuesto abierto" { lead finance }
          commitment c02 "Justiça aberta" { lead court }
          commitment c03 "Parlamento abierto" { lead assembly }
          commitment c04 "Información pública" { lead ombuds }
          commitment c05 "Gobierno digital" { lead digital }
        }
        """,
        configuration: """
          [thresholds]
          min_commitments = 6
          """),
    ],
    nonTriggering: [
      """
      plan p "Five commitments: the national minimum" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" { lead finance }
        commitment c02 "Justiça aberta" { lead court }
        commitment c03 "Parlamento abierto" { lead assembly }
        commitment c04 "Información pública" { lead ombuds }
        commitment c05 "Gobierno digital" { lead digital }
      }
      plan valle "Three commitments: the local minimum" {
        member "Valle" local
        period 2025-01 .. 2026-06
        commitment c01 "Ayuntamiento abierto" { lead city }
        commitment c02 "Presupuestos participativos" { lead city }
        commitment c03 "Contratación abierta municipal" { lead city }
      }
      """,
      RuleExample(
        """
        plan valle "A programme that lets local plans have eight" {
          member "Valle" local
          period 2025-01 .. 2026-06
          commitment c01 "Ayuntamiento abierto" { lead city }
          commitment c02 "Presupuestos participativos" { lead city }
          commitment c03 "Contratación abierta municipal" { lead city }
          commitment c04 "Datos abiertos municipales" { lead city }
          commitment c05 "Consejo de participación" { lead city }
          commitment c06 "Agenda pública" { lead city }
        }
        """,
        configuration: """
          [thresholds]
          max_local_commitments = 8
          """),
      """
      plan p "Fifteen commitments: the maximum" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Compromiso 1" { lead finance }
        commitment c02 "Compromiso 2" { lead finance }
        commitment c03 "Compromiso 3" { lead finance }
        commitment c04 "Compromiso 4" { lead finance }
        commitment c05 "Compromiso 5" { lead finance }
        commitment c06 "Compromiso 6" { lead finance }
        commitment c07 "Compromiso 7" { lead finance }
        commitment c08 "Compromiso 8" { lead finance }
        commitment c09 "Compromiso 9" { lead finance }
        commitment c10 "Compromiso 10" { lead finance }
        commitment c11 "Compromiso 11" { lead finance }
        commitment c12 "Compromiso 12" { lead finance }
        commitment c13 "Compromiso 13" { lead finance }
        commitment c14 "Compromiso 14" { lead finance }
        commitment c15 "Compromiso 15" { lead finance }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    let thresholds = context.thresholds
    return context.program.plans.compactMap { plan -> Finding? in
      let local = plan.member.kind == .local
      let minimum = local ? thresholds.minimumLocalCommitments : thresholds.minimumCommitments
      let maximum = local ? thresholds.maximumLocalCommitments : thresholds.maximumCommitments
      let count = plan.commitments.count
      let defaults = Thresholds()
      let isOGPs =
        local
        ? (minimum, maximum) == (defaults.minimumLocalCommitments, defaults.maximumLocalCommitments)
        : (minimum, maximum) == (defaults.minimumCommitments, defaults.maximumCommitments)
      // Bounds a project changed are its own, not OGP's.
      let range =
        !isOGPs
        ? StructureText.STR001RangeConfigured(
          minimum: "\(minimum)", maximum: "\(maximum)", kind: plan.member.kind.rawValue)
        : (local ? StructureText.STR001RangeLocal : StructureText.STR001RangeNational)(
          "\(minimum)", "\(maximum)")
      let settings = StructureText.STR001Settings(
        minimumKey: local ? "min_local_commitments" : "min_commitments",
        maximumKey: local ? "max_local_commitments" : "max_commitments")
      if count < minimum {
        return Finding(
          at: Anchor(plan.id),
          StructureText.STR001Fewer(plan: plan.title, count: count, minimum: "\(minimum)"),
          label: StructureText.STR001FewerLabel(count: count), notes: [range],
          help: StructureText.STR001FewerHelp(settings: settings))
      }
      if count > maximum {
        return Finding(
          at: Anchor(plan.id),
          StructureText.STR001More(plan: plan.title, count: "\(count)", maximum: "\(maximum)"),
          label: StructureText.STR001MoreLabel(count: "\(count)"), notes: [range],
          help: StructureText.STR001MoreHelp(settings: settings))
      }
      return nil
    }
  }
}
