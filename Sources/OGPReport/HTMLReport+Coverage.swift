import OGPModel

/// How one commitment advances one objective: naming the objective itself, through some of its
/// priorities, or both.
struct CoverageCell: Sendable, Equatable {
  let direct: Bool
  let priorities: [Priority]

  init(commitment: Commitment, objective: StrategicObjective) {
    direct = commitment.advances.contains(objective.id)
    priorities = objective.priorities.filter { commitment.advances.contains($0.id) }
  }

  var isEmpty: Bool { !direct && priorities.isEmpty }

  /// The `data-coverage` value and the cell's class.
  enum Kind: String {
    case direct, priority, both, none
  }

  var kind: Kind {
    switch (direct, priorities.isEmpty) {
    case (true, true): .direct
    case (true, false): .both
    case (false, false): .priority
    case (false, true): .none
    }
  }
}

extension HTMLReport {
  /// The objectives × commitments heatmap: a table whose cells are shaded by how the commitment
  /// advances the objective, and say it in words too.
  func coverage(_ view: PlanView) -> [String] {
    let plan = view.plan
    var lines = [
      view.sectionStart("coverage"),
      view.heading(ReportText.coverageHeading, id: view.id("coverage-h")),
    ]
    guard let strategy = view.strategy, !strategy.objectives.isEmpty else {
      lines += [
        "<p class=\"none\">\(ReportText.coverageNoStrategy)</p>",
        "</section>",
      ]
      return lines
    }
    lines.append(
      "<p class=\"lede\">\(ReportText.coverageLede(strategy: strategy.title.escapedForHTML))</p>")
    let headers = strategy.objectives.map { objective in
      "<th scope=\"col\"><span class=\"obj-id\">\(objective.id.localName.escapedForHTML)</span> "
        + "<span class=\"obj-title\">\(objective.title.escapedForHTML)</span></th>"
    }
    let caption = ReportText.coverageCaption(
      commitments: ReportText.countCommitments(count: plan.commitments.count),
      objectives: ReportText.countObjectives(count: strategy.objectives.count),
      strategy: strategy.title.escapedForHTML)
    lines += [
      "<div class=\"scroll\">",
      "<table class=\"heatmap\">",
      "<caption>\(caption)</caption>",
      "<thead>",
      "<tr><th scope=\"col\">\(ReportText.columnCommitment)</th>" + headers.joined() + "</tr>",
      "</thead>",
      "<tbody>",
    ]
    var totals = Array(repeating: 0, count: strategy.objectives.count)
    for commitment in plan.commitments {
      let local = view.localPath(commitment.id)
      var row =
        "<tr><th scope=\"row\"><span class=\"cid\">\(local.escapedForHTML)</span> "
        + "\(commitment.title.escapedForHTML)</th>"
      for (index, objective) in strategy.objectives.enumerated() {
        let cell = CoverageCell(commitment: commitment, objective: objective)
        if !cell.isEmpty { totals[index] += 1 }
        row += coverageCell(cell, commitment: local, objective: objective)
      }
      lines.append(row + "</tr>")
    }
    lines += [
      "</tbody>",
      "<tfoot>",
      "<tr><th scope=\"row\">\(ReportText.coverageTotals)</th>"
        + totals.map { "<td class=\"total\(($0 == 0) ? " gap" : "")\">\($0)</td>" }.joined() + "</tr>",
      "</tfoot>",
      "</table>",
      "</div>",
      "<ul class=\"legend\" aria-label=\"\(ReportText.legend)\">",
      "<li><span class=\"key cov-direct\" aria-hidden=\"true\">●</span> \(ReportText.legendDirect)</li>",
      "<li><span class=\"key cov-priority\" aria-hidden=\"true\">◐</span> \(ReportText.legendPriority)</li>",
      "<li><span class=\"key cov-both\" aria-hidden=\"true\">●</span> \(ReportText.legendBoth)</li>",
      "<li><span class=\"key cov-none\" aria-hidden=\"true\">·</span> \(ReportText.legendNone)</li>",
      "</ul>",
    ]
    lines += gaps(view, strategy: strategy, totals: totals)
    lines.append("</section>")
    return lines
  }

  private func coverageCell(_ cell: CoverageCell, commitment: String, objective: StrategicObjective) -> String
  {
    let kind = cell.kind.rawValue
    let open =
      "<td class=\"cov-\(kind)\" data-cell=\"\(commitment.escapedForHTML) "
      + "\(objective.id.localName.escapedForHTML)\" data-coverage=\"\(kind)\">"
    let priorities = cell.priorities.map { priority in
      "<span class=\"via\" title=\"\(priority.title.escapedForHTML)\">"
        + "\(priority.id.localName.spacedWords.escapedForHTML)</span>"
    }.joined(separator: " ")
    let content =
      switch cell.kind {
      case .direct: "<span aria-hidden=\"true\">●</span> \(ReportText.cellDirect)"
      case .both: "<span aria-hidden=\"true\">●</span> \(ReportText.cellBoth(priorities: priorities))"
      case .priority:
        "<span aria-hidden=\"true\">◐</span> <span class=\"sr-only\">\(ReportText.cellThrough)</span> \(priorities)"
      case .none: "<span aria-hidden=\"true\">·</span><span class=\"sr-only\">\(ReportText.cellNone)</span>"
      }
    return open + content + "</td>"
  }

  private func gaps(_ view: PlanView, strategy: Strategy, totals: [Int]) -> [String] {
    let uncovered = zip(strategy.objectives, totals).filter { $0.1 == 0 }.map { objective, _ in
      "<strong>\(objective.id.localName.escapedForHTML)</strong> \(objective.title.escapedForHTML)"
    }
    let unlinked = view.plan.commitments.filter { commitment in
      strategy.objectives.allSatisfy { CoverageCell(commitment: commitment, objective: $0).isEmpty }
    }.map { "<strong>\(view.localPath($0.id).escapedForHTML)</strong> \($0.title.escapedForHTML)" }
    return [
      "<ul class=\"gaps\">",
      "<li>\(ReportText.gapsObjectives) "
        + (uncovered.isEmpty ? ReportText.none : uncovered.joined(separator: "; "))
        + "</li>",
      "<li>\(ReportText.gapsCommitments) "
        + (unlinked.isEmpty ? ReportText.none : unlinked.joined(separator: "; "))
        + "</li>",
      "</ul>",
    ]
  }
}
