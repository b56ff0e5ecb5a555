/// Which commitments of a plan advance which objectives and priorities of its strategy, and the
/// gaps: what `ogp lint --coverage` prints.
public struct CoverageMatrix: Sendable, Equatable {
  public struct Row: Sendable, Equatable {
    /// The commitment's local id (`c01`).
    public let commitment: String
    public let title: String
    /// Ids of the objectives it advances, directly or through a priority.
    public let objectives: Set<String>
  }

  public let plan: ActionPlan
  public let strategy: Strategy
  public let rows: [Row]
  /// For each priority id, the local ids of the commitments naming it, in plan order.
  public let priorities: [String: [String]]

  public init(plan: ActionPlan, strategy: Strategy) {
    self.plan = plan
    self.strategy = strategy
    var priorities: [String: [String]] = [:]
    rows = plan.commitments.map { commitment in
      for target in commitment.advances where target != target.objectiveID {
        priorities[target, default: []].append(String(commitment.id.localName))
      }
      return Row(
        commitment: String(commitment.id.localName), title: commitment.title,
        objectives: Set(commitment.advances.map(\.objectiveID)))
    }
    self.priorities = priorities
  }

  /// One matrix per plan that names a strategy the program declares.
  public static func all(in program: Program) -> [CoverageMatrix] {
    let strategies = Dictionary(
      program.strategies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return program.plans.compactMap { plan in
      plan.strategy.flatMap { strategies[$0] }.map { CoverageMatrix(plan: plan, strategy: $0) }
    }
  }

  public var uncoveredObjectives: [StrategicObjective] {
    strategy.objectives.filter { objective in !rows.contains { $0.objectives.contains(objective.id) } }
  }

  /// The text table: a row per commitment, a column per objective, then priorities and gaps, in
  /// `Language.current`.
  public func render() -> String {
    let objectiveNames = strategy.objectives.map { String($0.id.localName) }
    let commitmentHeading = CoverageText.columnCommitment
    let idWidth = max(rows.map(\.commitment.count).max() ?? 0, commitmentHeading.count) + 1
    let columnWidth = max(objectiveNames.map(\.count).max() ?? 0, 3) + 2
    var lines = [
      CoverageText.heading(
        plan: "\(plan.title) (\(plan.id))", commitments: rows.count,
        objectives: "\(strategy.objectives.count)",
        strategy: strategy.id),
      "",
      commitmentHeading.padded(to: idWidth) + objectiveNames.map { $0.centred(in: columnWidth) }.joined(),
    ]
    for row in rows {
      let cells = strategy.objectives.map {
        (row.objectives.contains($0.id) ? "●" : "·").centred(in: columnWidth)
      }
      lines.append(row.commitment.padded(to: idWidth) + cells.joined() + "  " + row.title)
    }
    let totals = strategy.objectives.map { objective in
      String(rows.count { $0.objectives.contains(objective.id) }).centred(in: columnWidth)
    }
    lines.append(CoverageText.rowTotal.padded(to: idWidth) + totals.joined())
    // A partial list (the OGP strategy 2023–2028 lists "some priorities") must not read as all.
    lines += [
      "",
      strategy.prioritiesComplete == true ? CoverageText.prioritiesAll : CoverageText.prioritiesSome,
    ]
    let priorityNames = strategy.objectives.flatMap { objective in
      objective.priorities.map { (id: $0.id, name: "\(objective.id.localName).\($0.id.localName)") }
    }
    let nameWidth = priorityNames.map(\.name.count).max() ?? 0
    for priority in priorityNames {
      let named = priorities[priority.id].map { $0.joined(separator: ", ") } ?? "—"
      lines.append("  " + priority.name.padded(to: nameWidth) + "  " + named)
    }
    lines += ["", CoverageText.gaps]
    let uncovered = uncoveredObjectives
    let uncoveredNames = uncovered.map { "\($0.id.localName) (\($0.title))" }.joined(separator: ", ")
    lines.append(
      "  "
        + CoverageText.gapsObjectives(objectives: uncovered.isEmpty ? CoverageText.gapsNone : uncoveredNames))
    let unlinked = rows.filter(\.objectives.isEmpty).map(\.commitment)
    lines.append(
      "  "
        + CoverageText.gapsCommitments(
          commitments: unlinked.isEmpty ? CoverageText.gapsNone : unlinked.joined(separator: ", ")))
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func centred(in width: Int) -> String {
    let space = max(0, width - count)
    return String(repeating: " ", count: space / 2) + self + String(repeating: " ", count: space - space / 2)
  }
}
