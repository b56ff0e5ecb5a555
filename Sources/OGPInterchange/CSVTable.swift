import OGPModel

/// The tables `ogp export --to csv --table` writes: tidy, one row per element, for pandas, R or
/// a spreadsheet. Each root is its own program, so two plans may each declare an actor `odn`, or
/// even share a plan id: every row starts with the `file` of the root its program was compiled
/// from (a finding's with the file it is in), and rows join on `file`, `plan` and an id. Ids
/// are local (`c01`, `m1`), written the same in every table that names them.
///
/// A date is written twice: as written (`start`, `end`: `2024-10`, `2025`, `2025-03-31`), and as
/// the full ISO days it stands for, which `pandas.to_datetime` reads unaided: `start_date` the
/// first day of `start`, `end_date` the last day of `end` (`2024-10` → 2024-10-01 … 2024-10-31).
public enum CSVTable: String, CaseIterable, Sendable {
  /// One row per commitment of every plan: `file`; `member`, `member_kind` (`national` or
  /// `local`); `plan`; `id`, the commitment's local id (`c01`); `title`; `leads`, `partners`:
  /// actor ids (ids, not titles: stable and unique), `;`-separated; `values`; `objectives`, the
  /// strategic objectives advanced (`SO2`), each once, counting an objective whose priority is
  /// advanced; `priorities` (`SO4.raise_the_bar`); `areas`; `challenge`; `start`, `end`,
  /// `start_date`, `end_date`, the commitment's period; `milestones`, how many; `completion`, the
  /// commitment's status, else the completion of its last IRM assessment that gives one, else empty; `continuity` (`new`
  /// or `carried_over`), `primary_area`, `sector`.
  case commitments
  /// One row per milestone: `file`, `plan`; `commitment`, the local id of its commitment, as the
  /// commitments table's `id` writes it; `id` (`m1`); `title`; `start`, `end`, `start_date`,
  /// `end_date`; `deliverable`; `status`; `responsible`, the actor ids of the bodies responsible,
  /// `;`-separated.
  case milestones
  /// One row per IRM assessment of a commitment, one per report, in the order written: `file`,
  /// `plan`; `commitment`, the local id of its commitment, as the commitments table's `id` writes
  /// it; `report` (`action_plan_review`, `results_report`…); `published` as written and
  /// `published_start_date`, `published_end_date`, the days it stands for; `verifiable`,
  /// `relevant`, `promising`, `starred`: `yes`, `no` or empty; `relevance`, the values it was
  /// found relevant to, `;`-separated; `specificity`; `potential`; `potential_impact`;
  /// `completion`; `early_results`; `results`, the refreshed indicator in the report's words.
  case assessments
  /// One row per plan: `file`, `plan`, `title`, `member`, `member_kind`; `strategy`, the id of the
  /// strategy it advances; `start`, `end`, `start_date`, `end_date`, its period; `submitted`, as
  /// written, and `submitted_start_date`, `submitted_end_date`, the days it stands for;
  /// `prefix`; `contact`, the point of contact's actor id; `commitments`, how many;
  /// `standards`, the id of the co-creation standards version the plan is judged by (the one it
  /// names, else the one in force when it was co-created), else empty; `monitoring_body`, the
  /// actor id of a local plan's Local Monitoring Body.
  case plans
  /// One row per IRM report on a plan (its `irm` blocks), in the order written: `file`, `plan`;
  /// `report`; `published` as written and `published_start_date`, `published_end_date`, the days
  /// it stands for; `met`, `not_met`, the minimum requirements (`mr_2_2`), `;`-separated;
  /// `contrary_to_process`: `yes`, `no` or empty; `public_influence`, in the report's words.
  case irm
  /// One row per actor and plan: `file`, `plan`, `id`, `title`, `kind`, `branch`, `level`. An
  /// actor belongs to a program, which may hold several plans: it is listed with each, so that
  /// (`file`, `plan`, `id`) joins a commitment's leads and partners, and once with an empty
  /// `plan` in a program without one (a strategy).
  case actors
  /// One row per lint finding, as `ogp lint` finds it (the same configuration and `--as-of`),
  /// in the programs exported, each once: `file`, the file it is in, and `line`, `column` there;
  /// `plan`, the plan whose element it is about, else empty; `code`; `severity`; `element`, the
  /// element's path as baselines write it (`plan.c01#period`), else empty; `message`.
  case findings

  /// The tables' names as a sentence lists them: `commitments, milestones, … or findings` for
  /// `"or"`.
  public static func names(joinedBy conjunction: String) -> String {
    allCases.map(\.rawValue).listed(joinedBy: conjunction)
  }

  /// What a row is, in a few words and the run's language, for `ogp export --help`.
  public var summary: String {
    switch self {
    case .commitments: CsvText.summaryCommitments
    case .milestones: CsvText.summaryMilestones
    case .assessments: CsvText.summaryAssessments
    case .plans: CsvText.summaryPlans
    case .irm: CsvText.summaryIrm
    case .actors: CsvText.summaryActors
    case .findings: CsvText.summaryFindings
    }
  }

  /// The header row's names, in order.
  public var columns: [String] {
    switch self {
    case .commitments: CSVTable.commitmentColumns.map(\.name)
    case .milestones: CSVTable.milestoneColumns.map(\.name)
    case .assessments: CSVTable.assessmentColumns.map(\.name)
    case .plans: CSVTable.planColumns.map(\.name)
    case .irm: CSVTable.irmColumns.map(\.name)
    case .actors: CSVTable.actorColumns.map(\.name)
    case .findings: CSVTable.findingColumns.map(\.name)
    }
  }

  /// The rows below the header, as text before CSV quoting; `findings` are the findings table's
  /// rows, which the other tables do not read.
  func rows(of programs: [ExportedProgram], findings: [ExportedFinding]) -> [[String]] {
    switch self {
    case .commitments:
      CSVTable.rows(
        CSVTable.commitmentColumns,
        programs.flatMap { exported in
          exported.program.plans.flatMap { plan in
            plan.commitments.map { CommitmentRow(file: exported.file, plan: plan, commitment: $0) }
          }
        })
    case .milestones:
      CSVTable.rows(
        CSVTable.milestoneColumns,
        programs.flatMap { exported in
          exported.program.plans.flatMap { plan in
            plan.commitments.flatMap { commitment in
              commitment.milestones.map {
                MilestoneRow(file: exported.file, plan: plan, commitment: commitment, milestone: $0)
              }
            }
          }
        })
    case .assessments:
      CSVTable.rows(
        CSVTable.assessmentColumns,
        programs.flatMap { exported in
          exported.program.plans.flatMap { plan in
            plan.commitments.flatMap { commitment in
              commitment.assessments.map {
                AssessmentRow(file: exported.file, plan: plan, commitment: commitment, assessment: $0)
              }
            }
          }
        })
    case .plans:
      CSVTable.rows(
        CSVTable.planColumns,
        programs.flatMap { exported in
          exported.program.plans.map { plan in
            PlanRow(
              file: exported.file, plan: plan, standards: exported.program.standardsSelection(for: plan))
          }
        })
    case .irm:
      CSVTable.rows(
        CSVTable.irmColumns,
        programs.flatMap { exported in
          exported.program.plans.flatMap { plan in
            plan.irm.map { IRMRow(file: exported.file, plan: plan, report: $0) }
          }
        })
    case .actors:
      CSVTable.rows(
        CSVTable.actorColumns,
        programs.flatMap { exported in
          // A program without plans still lists its actors, under no plan.
          let plans = exported.program.plans.isEmpty ? [nil] : exported.program.plans.map(\.id)
          return plans.flatMap { plan in
            exported.program.actors.map { ActorRow(file: exported.file, plan: plan, actor: $0) }
          }
        })
    case .findings:
      CSVTable.rows(CSVTable.findingColumns, findings)
    }
  }

  private static func rows<Row>(_ columns: [Column<Row>], _ elements: [Row]) -> [[String]] {
    elements.map { element in columns.map { $0.value(element) } }
  }
}
