import OGPModel

/// `COC010`: a document repository whose log of updates shows it was not updated as often as
/// required.
public struct RepositoryNotKeptUp: BuiltInRule {
  public static let description = RuleDescription(
    code: "COC010", name: "repository-not-kept-up", category: .cocreation, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A forum's document repository logs no updates, or goes longer between them than required.",
      es:
        "El repositorio de documentos de un foro no registra actualizaciones, o pasa entre ellas más tiempo del permitido."
    ),
    rationale: LocalizedText(
      en: """
        OGP's Participation and Co-Creation Standards (2022), MR 2.2, ask for an online document \
        repository updated at least twice a year. The rule applies when the plan's standards \
        version (or, without versions, its strategy) declares 'minimum repository_updated_every', \
        and reads the interval from it. It reads the forum's 'repository_updated' log from the \
        start of co-creation ('cocreation { started }', else the plan's period) to the as-of day \
        (or the period's end) and reports the first stretch longer than the interval with no \
        update. A repository's address shows it exists; the log shows it is kept.
        """,
      es: """
        Los Estándares de Participación y Cocreación de OGP (2022), MR 2.2, piden un repositorio \
        de documentos en línea que se actualice al menos dos veces al año. La regla se aplica \
        cuando la versión de los estándares del plan (o, sin versiones, su estrategia) declara \
        'minimum repository_updated_every', y toma de ella el intervalo. Lee el registro \
        'repository_updated' del foro desde el inicio de la cocreación ('cocreation { started \
        }', si no el periodo del plan) hasta la fecha de referencia (o el final del periodo) y \
        señala el primer tramo más largo que el intervalo sin ninguna actualización. La \
        dirección de un repositorio muestra que existe; el registro muestra que se mantiene.
        """),
    basis: .ogp(
      LocalizedText(
        en:
          "OGP Participation and Co-Creation Standards (2022), standard 2, MR 2.2: a document repository updated at least twice a year",
        es:
          "Estándares de Participación y Cocreación de OGP (2022), estándar 2, MR 2.2: un repositorio de documentos actualizado al menos dos veces al año"
      )),
    fix: LocalizedText(
      en:
        "Log the repository's updates ('repository_updated 2024-09, 2025-03') and update it at least as often as required.",
      es:
        "Anota las actualizaciones del repositorio ('repository_updated 2024-09, 2025-03') y actualízalo al menos con la frecuencia exigida."
    ),
    triggering: [
      """
      plan p "Plan de Acción Nacional: one update in two years" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
          members digital, rights
          repository "https://example.org/docs"
          repository_updated ↓2024-10
        }
      }

      plan q "Plan de Ação Nacional: no log" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        forum ↓"Fórum Interinstitucional" {
          meets every 6 months
          members digital, rights
          repository "https://example.org/docs"
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción Nacional: updated every six months" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        forum "Foro de Gobierno Abierto" {
          meets every 6 months
          members digital, rights
          repository "https://example.org/docs"
          repository_updated 2024-09, 2025-03, 2025-09, 2026-03
        }
      }

      plan q "Plan de Acción Nacional 2019–2021: the 2017 standards set no interval" {
        member "Arcadia" national
        period 2019-09 .. 2021-08
        forum "Foro de Gobierno Abierto" {
          meets every 3 months
          members digital, rights
          repository "https://example.org/docs"
        }
      }
      """
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan in
      guard let forum = plan.forum, forum.repository != nil,
        let applied = CoCreationStandards.applied(
          CoCreationStandards.repositoryUpdatedEvery, for: plan, in: context,
          otherwise: CoCreationStandards.ogpStandard(2)),
        !applied.isDefault, let interval = applied.interval
      else { return nil }
      let start = plan.cocreation?.started?.firstDay ?? plan.period.firstDay
      let end = min(context.asOf, plan.period.lastDay)
      guard start <= end else { return nil }
      let minimum = CoCreationStandards.every(interval)
      let anchor = Anchor(CoCreationStandards.forumID(of: plan), clause: "repository_updated")
      guard !forum.repositoryUpdates.isEmpty else {
        return Finding(
          at: anchor,
          CocreationText.COC010NoUpdates(forum: forum.title, source: applied.citation, minimum: minimum),
          label: CocreationText.COC010NoUpdatesLabel, help: CocreationText.COC010NoUpdatesHelp)
      }
      guard
        let gap = CoCreationStandards.firstGap(
          in: forum.repositoryUpdates, from: start, to: end, every: interval)
      else { return nil }
      return Finding(
        at: anchor,
        CocreationText.COC010Gap(
          forum: forum.title, from: "\(gap.from)", to: "\(gap.to)", source: applied.citation, minimum: minimum
        ),
        label: CocreationText.updateGapLabel(minimum: minimum),
        help: CocreationText.COC010GapHelp(minimum: minimum))
    }
  }
}
