import OGPModel

/// Each table's columns, in order, each beside the value it takes: the header and the rows
/// cannot disagree.
extension CSVTable {
  static let commitmentColumns: [Column<CommitmentRow>] = [
    Column("file") { $0.file },
    Column("member") { $0.plan.member.name },
    Column("member_kind") { $0.plan.member.kind.rawValue },
    Column("plan") { $0.plan.id },
    Column("id") { local($0.commitment.id, in: $0.plan.id) },
    Column("title") { $0.commitment.title },
    Column("leads") { list($0.commitment.leads) },
    Column("partners") { list($0.commitment.partners) },
    Column("values") { list($0.commitment.values.map(\.rawValue)) },
    Column("objectives") { list(unique($0.targets.map { String($0.prefix { $0 != "." }) })) },
    Column("priorities") { list(unique($0.targets.filter { $0.contains(".") })) },
    Column("areas") { list($0.commitment.areas) },
    Column("challenge") { $0.commitment.challenge?.rawValue ?? "" },
    Column("start") { $0.commitment.period?.start.description ?? "" },
    Column("end") { $0.commitment.period?.end.description ?? "" },
    Column("start_date") { $0.commitment.period?.firstDay.description ?? "" },
    Column("end_date") { $0.commitment.period?.lastDay.description ?? "" },
    Column("milestones") { String($0.commitment.milestones.count) },
    Column("completion") {
      $0.commitment.status?.rawValue ?? $0.commitment.assessments.last { $0.completion != nil }?.completion?
        .rawValue ?? ""
    },
    Column("continuity") { $0.commitment.continuity?.rawValue ?? "" },
    Column("primary_area") { $0.commitment.primaryArea ?? "" },
    Column("sector") { $0.commitment.sector ?? "" },
  ]

  static let milestoneColumns: [Column<MilestoneRow>] = [
    Column("file") { $0.file },
    Column("plan") { $0.plan.id },
    Column("commitment") { local($0.commitment.id, in: $0.plan.id) },
    Column("id") { local($0.milestone.id, in: $0.commitment.id) },
    Column("title") { $0.milestone.title },
    Column("start") { $0.milestone.period?.start.description ?? "" },
    Column("end") { $0.milestone.period?.end.description ?? "" },
    Column("start_date") { $0.milestone.period?.firstDay.description ?? "" },
    Column("end_date") { $0.milestone.period?.lastDay.description ?? "" },
    Column("deliverable") { $0.milestone.deliverable ?? "" },
    Column("status") { $0.milestone.status?.rawValue ?? "" },
    Column("responsible") { list($0.milestone.responsible) },
  ]

  static let assessmentColumns: [Column<AssessmentRow>] = [
    Column("file") { $0.file },
    Column("plan") { $0.plan.id },
    Column("commitment") { local($0.commitment.id, in: $0.plan.id) },
    Column("report") { $0.assessment.report?.rawValue ?? "" },
    Column("published") { $0.assessment.published?.description ?? "" },
    Column("published_start_date") { $0.assessment.published?.firstDay.description ?? "" },
    Column("published_end_date") { $0.assessment.published?.lastDay.description ?? "" },
    Column("verifiable") { yesNo($0.assessment.verifiable) },
    Column("relevant") { yesNo($0.assessment.relevant) },
    Column("relevance") { list($0.assessment.relevance.map(\.rawValue)) },
    Column("specificity") { $0.assessment.specificity?.rawValue ?? "" },
    Column("potential") { $0.assessment.potential?.rawValue ?? "" },
    Column("potential_impact") { $0.assessment.potentialImpact?.rawValue ?? "" },
    Column("completion") { $0.assessment.completion?.rawValue ?? "" },
    Column("early_results") { $0.assessment.earlyResults?.rawValue ?? "" },
    Column("results") { $0.assessment.results ?? "" },
    Column("promising") { yesNo($0.assessment.promising) },
    Column("starred") { yesNo($0.assessment.starred) },
  ]

  static let planColumns: [Column<PlanRow>] = [
    Column("file") { $0.file },
    Column("plan") { $0.plan.id },
    Column("title") { $0.plan.title },
    Column("member") { $0.plan.member.name },
    Column("member_kind") { $0.plan.member.kind.rawValue },
    Column("strategy") { $0.plan.strategy ?? "" },
    Column("start") { $0.plan.period.start.description },
    Column("end") { $0.plan.period.end.description },
    Column("start_date") { $0.plan.period.firstDay.description },
    Column("end_date") { $0.plan.period.lastDay.description },
    Column("submitted") { $0.plan.submitted?.description ?? "" },
    Column("submitted_start_date") { $0.plan.submitted?.firstDay.description ?? "" },
    Column("submitted_end_date") { $0.plan.submitted?.lastDay.description ?? "" },
    Column("prefix") { $0.plan.prefix ?? "" },
    Column("contact") { $0.plan.pointOfContact ?? "" },
    Column("commitments") { String($0.plan.commitments.count) },
    Column("standards") {
      if case .version(let version) = $0.standards { version.id } else { "" }
    },
    Column("monitoring_body") { $0.plan.monitoringBody ?? "" },
  ]

  static let irmColumns: [Column<IRMRow>] = [
    Column("file") { $0.file },
    Column("plan") { $0.plan.id },
    Column("report") { $0.report.report?.rawValue ?? "" },
    Column("published") { $0.report.published?.description ?? "" },
    Column("published_start_date") { $0.report.published?.firstDay.description ?? "" },
    Column("published_end_date") { $0.report.published?.lastDay.description ?? "" },
    Column("met") { list($0.report.met) },
    Column("not_met") { list($0.report.notMet) },
    Column("contrary_to_process") { yesNo($0.report.contraryToProcess) },
    Column("public_influence") { $0.report.publicInfluence ?? "" },
  ]

  static let actorColumns: [Column<ActorRow>] = [
    Column("file") { $0.file },
    Column("plan") { $0.plan ?? "" },
    Column("id") { $0.actor.id },
    Column("title") { $0.actor.title },
    Column("kind") { $0.actor.kind.rawValue },
    Column("branch") { $0.actor.branch?.rawValue ?? "" },
    Column("level") { $0.actor.level?.rawValue ?? "" },
  ]

  static let findingColumns: [Column<ExportedFinding>] = [
    Column("file") { $0.file },
    Column("plan") { $0.plan ?? "" },
    Column("line") { String($0.line) },
    Column("column") { String($0.column) },
    Column("code") { $0.code },
    Column("severity") { $0.severity.rawValue },
    Column("element") { $0.element ?? "" },
    Column("message") { $0.message },
  ]

  /// `id` without its parent's prefix: `c01` for `plan.c01` in `plan`.
  private static func local(_ id: String, in parent: String) -> String {
    id.hasPrefix(parent + ".") ? String(id.dropFirst(parent.count + 1)) : id
  }

  private static func list(_ values: [String]) -> String { values.joined(separator: ";") }

  /// `yes`, `no`, or empty when not recorded: as the language writes it.
  private static func yesNo(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "" }

  private static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}

/// A column of a table: its name in the header, and its value in the row of an element.
struct Column<Row>: Sendable {
  let name: String
  let value: @Sendable (Row) -> String

  init(_ name: String, _ value: @escaping @Sendable (Row) -> String) {
    self.name = name
    self.value = value
  }
}

/// What a row of each table is about, with the file and plan every row names.
struct CommitmentRow {
  let file: String
  let plan: ActionPlan
  let commitment: Commitment

  /// The `advances` targets within the plan's strategy (`SO2`, `SO4.raise_the_bar`): they are
  /// qualified as `strategy.objective[.priority]`.
  var targets: [String] {
    let prefix = plan.strategy.map { $0 + "." } ?? ""
    return commitment.advances.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
  }
}

struct MilestoneRow {
  let file: String
  let plan: ActionPlan
  let commitment: Commitment
  let milestone: Milestone
}

struct AssessmentRow {
  let file: String
  let plan: ActionPlan
  let commitment: Commitment
  let assessment: Assessment
}

struct PlanRow {
  let file: String
  let plan: ActionPlan
  let standards: StandardsSelection
}

struct IRMRow {
  let file: String
  let plan: ActionPlan
  let report: PlanAssessment
}

struct ActorRow {
  let file: String
  /// Nil in a program without plans.
  let plan: String?
  let actor: Actor
}
