import OGPDiagnostics
import OGPModel

/// One plan with what its sections look up: its strategy, the actors by id, and its findings
/// placed on the plan or on a commitment.
struct PlanView: Sendable {
  let plan: ActionPlan
  /// Prefixes ids in the page (sections, SVG patterns), so several plans never share one.
  let anchor: String
  let strategy: Strategy?
  /// The co-creation standards version the plan is judged by, as the linter chooses it.
  let standards: StandardsSelection
  let actors: [String: Actor]
  /// Findings about the plan itself, its forum or its co-creation.
  let planFindings: [ReportFinding]
  /// Findings by the local id of their commitment (`c01`), milestones' included.
  let commitmentFindings: [String: [ReportFinding]]
  /// The section heading level: 2 when the page shows one plan, one more under each plan's own
  /// title and one more under its file's heading.
  let headingLevel: Int

  /// - Parameter number: the plan's place on the page, from 1, which keeps its ids unique.
  init(
    plan: ActionPlan, number: Int, program: Program, actors: [String: Actor], findings: [ReportFinding],
    headingLevel: Int
  ) {
    self.plan = plan
    anchor = "plan\(number)-" + plan.id.localName.fragmentSafe
    strategy = plan.strategy.flatMap { id in program.strategies.first { $0.id == id } }
    standards = program.standardsSelection(for: plan)
    self.actors = actors
    self.headingLevel = headingLevel
    let commitmentIDs = Set(plan.commitments.map { String($0.id.localName) })
    var planFindings: [ReportFinding] = []
    var commitmentFindings: [String: [ReportFinding]] = [:]
    for finding in findings {
      guard let path = PlanView.path(of: finding, in: plan) else { continue }
      let first = String(path.prefix { $0 != "." && $0 != "#" })
      if commitmentIDs.contains(first) {
        commitmentFindings[first, default: []].append(finding)
      } else {
        planFindings.append(finding)
      }
    }
    self.planFindings = planFindings
    self.commitmentFindings = commitmentFindings
  }

  /// The finding's element relative to `plan` (`c06.m2#status`, `#forum`, or empty for the plan
  /// itself); nil when the finding is about something else.
  static func path(of finding: ReportFinding, in plan: ActionPlan) -> Substring? {
    guard let element = finding.element, element.hasPrefix(plan.id) else { return nil }
    let rest = element.dropFirst(plan.id.count)
    if rest.isEmpty || rest.first == "#" { return rest }
    return rest.first == "." ? rest.dropFirst() : nil
  }

  /// What a finding is about below `prefix` (a commitment's id, or nothing for the plan), for
  /// reading: `m2 · deliverable` for `arcadia_nap3.c06.m2#deliverable` in the row of `c06`.
  func subject(of finding: ReportFinding, below prefix: String) -> String? {
    guard let path = PlanView.path(of: finding, in: plan) else { return nil }
    let rest = path.dropFirst(prefix.count).drop { $0 == "." || $0 == "#" }
    return String(rest).replacing("#", with: " · ").spacedWords
  }

  /// How many of the plan's findings, its commitments' included, have `severity`.
  func findingCount(_ severity: Diagnostic.Severity) -> Int {
    planFindings.count { $0.severity == severity }
      + commitmentFindings.values.reduce(0) { total, list in total + list.count { $0.severity == severity } }
  }

  /// The id of a section of this plan, for links and `aria-labelledby`.
  func id(_ section: String) -> String { anchor + "-" + section }

  /// An actor's title, or its local id when the program does not declare it.
  func actorName(_ id: String) -> String {
    actors[id]?.title ?? String(id.localName)
  }

  /// A commitment or milestone's id within the plan: `c01`, `c01.m1`.
  func localPath(_ id: String) -> String {
    id.hasPrefix(plan.id + ".") ? String(id.dropFirst(plan.id.count + 1)) : String(id.localName)
  }

  /// The opening tag of one of the plan's sections, labelled by its heading (`name-h`).
  func sectionStart(_ name: String) -> String {
    "<section class=\"\(name)\" id=\"\(id(name))\" aria-labelledby=\"\(id(name + "-h"))\">"
  }

  func heading(_ text: String, id: String, level offset: Int = 0) -> String {
    let level = headingLevel + offset
    return "<h\(level) id=\"\(id)\">\(text)</h\(level)>"
  }
}
