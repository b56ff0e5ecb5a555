import OGPModel

/// `OBJ005`: a plan that claims strategic objective 2 while executive bodies of one level of
/// government lead every commitment.
public struct ExecutiveOnlyImpact: BuiltInRule {
  public static let description = RuleDescription(
    code: "OBJ005", name: "executive-only-impact", category: .objectives, defaultSeverity: .warning,
    summary: LocalizedText(
      en:
        "A plan claims to spread open government across branches and levels (SO2) while executive bodies of one level lead every commitment.",
      es: """
        Un plan dice extender el gobierno abierto a todos los poderes y niveles (SO2), pero \
        órganos ejecutivos de un solo nivel son responsables de todos los compromisos.
        """),
    rationale: LocalizedText(
      en: """
        Strategic objective 2 is open government built into the functions and priorities of all \
        levels and branches of government; the strategy's second fundamental shift asks for open \
        government as the norm in every branch. A plan that claims it, yet gives every commitment \
        to executive bodies of one level, leaves the legislature, the judiciary, autonomous bodies \
        and the other levels out. Levels count as well as branches: a plan whose commitments are \
        led by national and local executives spreads across levels, and a regional government's \
        plan is judged as a regional plan (its own assembly or courts would count), not against \
        the national parliament. Leads whose branch is not declared are not counted as executive; \
        leads whose level is not declared add no level.
        """,
      es: """
        El objetivo estratégico 2 es un gobierno abierto integrado en las funciones y \
        prioridades de todos los niveles y poderes del Estado; el segundo cambio fundamental de \
        la estrategia pide que el gobierno abierto sea la norma en todos los poderes. Un plan \
        que lo afirma, pero confía todos sus compromisos a órganos ejecutivos de un solo nivel, \
        deja fuera al poder legislativo, al judicial, a los organismos autónomos y a los demás \
        niveles. Los niveles cuentan igual que los poderes: un plan cuyos compromisos tienen \
        como responsables a ejecutivos nacionales y locales se extiende a varios niveles, y el \
        plan de un gobierno regional se juzga como plan regional (contarían su propia asamblea o \
        sus tribunales), no frente al parlamento nacional. Los responsables cuyo poder no está \
        declarado no cuentan como ejecutivos; los responsables cuyo nivel no está declarado no \
        añaden ningún nivel.
        """),
    basis: .heuristic(
      LocalizedText(
        en:
          "this tool's reading of the OGP Strategy 2023–2028, strategic objective 2 (open government built into all levels and branches of government) and its second fundamental shift; the strategy asks no single plan for leads of several branches or levels",
        es: """
          la lectura que hace esta herramienta de la Estrategia de OGP 2023–2028, objetivo \
          estratégico 2 (un gobierno abierto integrado en todos los niveles y poderes del \
          Estado) y su segundo cambio fundamental; la estrategia no pide a ningún plan concreto \
          responsables de varios poderes o niveles
          """)),
    fix: LocalizedText(
      en:
        "Give a commitment to a legislative, judicial or autonomous body, or to a body of another level of government, or drop SO2 from 'advances'.",
      es:
        "Confía un compromiso a un órgano legislativo, judicial o autónomo, o a un órgano de otro nivel de gobierno, o quita SO2 de 'advances'."
    ),
    triggering: [
      """
      plan ↓p "Plan de Acción" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
          advances SO2.mainstreaming
        }
        commitment c02 "Servicios digitales" {
          lead digital, finance
          advances SO5
        }
      }

      plan ↓region "Plan de Gobierno Abierto de la Región" {
        member "Región del Valle" local
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto regional abierto" {
          lead regional_finance
          advances SO2
        }
        commitment c02 "Salud abierta" {
          lead regional_health
          advances SO1
        }
      }
      actor regional_finance government "Consejería de Hacienda" { branch executive; level regional }
      actor regional_health  government "Consejería de Salud"    { branch executive; level regional }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
        commitment c02 "Parlamento abierto" {
          lead assembly
          advances SO1
        }
      }
      """,
      """
      plan p "Executives only, but of two levels of government" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
        commitment c02 "Ayuntamiento abierto" {
          lead city
          advances SO1
        }
      }
      """,
      """
      plan p "Executive only, but no claim to SO2" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" {
          lead finance
          advances SO4
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard let objective = context.objective(context.configuration.objectives.impact, of: plan),
        let claimant = plan.commitments.first(where: { context.advances($0, objective) })
      else { return nil }
      var levels: [GovernmentLevel] = []
      for commitment in plan.commitments {
        for lead in commitment.leads {
          // A lead of another branch, or of an undeclared one, spreads the plan: no finding.
          guard let actor = context.actors[lead], actor.branch == .executive else { return nil }
          if let level = actor.level, !levels.contains(level) { levels.append(level) }
        }
      }
      // Executives of two levels spread the plan across levels.
      guard levels.count <= 1 else { return nil }
      let name = String(objective.id.localName)
      return Finding(
        at: Anchor(plan.id),
        ObjectivesText.OBJ005Message(
          plan: plan.title, objective: name,
          executive: levels.first.map { ObjectivesText.OBJ005ExecutiveOfLevel(level: $0.rawValue) }
            ?? ObjectivesText.OBJ005Executive),
        label: levels.first.map { ObjectivesText.OBJ005LabelOfLevel(level: $0.rawValue) }
          ?? ObjectivesText.OBJ005Label,
        notes: [ObjectivesText.OBJ005Note(commitment: String(claimant.id.localName), objective: name)])
    }
  }
}
