import OGPModel

extension HTMLReport {
  /// The commitments table: one row per commitment with what it promises, who leads it, its
  /// values and objectives, its dates and status, its milestones, and the findings about it.
  func commitments(_ view: PlanView) -> [String] {
    let plan = view.plan
    var lines = [
      view.sectionStart("commitments"),
      view.heading("Commitments", id: view.id("commitments-h")),
    ]
    guard !plan.commitments.isEmpty else {
      return lines + ["<p class=\"none\">The plan has no commitments yet.</p>", "</section>"]
    }
    lines += [
      "<div class=\"scroll\">",
      "<table class=\"commitment-table\">",
      "<caption>The \(counted(plan.commitments.count, "commitment")) of \(plan.title.escapedForHTML), "
        + "with their milestones and the lint findings about each</caption>",
      "<thead><tr>"
        + ["ID", "Commitment", "Leads", "Values", "Objectives", "Period", "Status", "Findings"].map {
          "<th scope=\"col\">\($0)</th>"
        }.joined() + "</tr></thead>",
      "<tbody>",
    ]
    for commitment in plan.commitments {
      lines += row(commitment, view: view)
    }
    lines += ["</tbody>", "</table>", "</div>", "</section>"]
    return lines
  }

  private func row(_ commitment: Commitment, view: PlanView) -> [String] {
    let local = view.localPath(commitment.id)
    let findings = view.commitmentFindings[local] ?? []
    var lines = [
      "<tr data-commitment=\"\(local.escapedForHTML)\" id=\"\(view.id(local.fragmentSafe))\">",
      "<th scope=\"row\" data-label=\"ID\">\(local.escapedForHTML)</th>",
    ]
    lines += ["<td data-label=\"Commitment\">"] + description(commitment, view: view) + ["</td>"]

    let leads = commitment.leads.map { "<li>\(view.actorName($0).escapedForHTML)</li>" }.joined()
    var people = "<td data-label=\"Leads\"><ul class=\"plain\">\(leads)</ul>"
    if !commitment.partners.isEmpty {
      people +=
        "<p class=\"partners\"><span class=\"muted\">with</span> "
        + commitment.partners.map { view.actorName($0).escapedForHTML }.joined(separator: ", ") + "</p>"
    }
    lines.append(people + "</td>")

    let values = commitment.values.map {
      "<li class=\"value\($0.isCore ? " core" : "")\">\($0.label)</li>"
    }.joined()
    lines.append(
      "<td data-label=\"Values\">"
        + (values.isEmpty ? "<span class=\"missing\">none</span>" : "<ul class=\"chips\">\(values)</ul>")
        + "</td>")

    lines.append("<td data-label=\"Objectives\">" + objectives(commitment, view: view) + "</td>")

    if let period = commitment.period {
      lines.append(
        "<td data-label=\"Period\" class=\"nowrap\">\(period.start)<br />– \(period.end)"
          + "<span class=\"muted block\">\(counted(period.months, "month"))</span></td>")
    } else {
      lines.append("<td data-label=\"Period\"><span class=\"missing\">not stated</span></td>")
    }

    let complete = commitment.milestones.count { $0.status == .complete }
    var status = "<td data-label=\"Status\">"
    // The commitment's own status is optional: its milestones usually tell its progress.
    status += commitment.status.map { statusBadge($0) } ?? "<span class=\"muted\">not stated</span>"
    if !commitment.milestones.isEmpty {
      status +=
        "<span class=\"muted block\">\(complete) of \(counted(commitment.milestones.count, "milestone")) complete</span>"
    }
    lines.append(status + "</td>")

    lines.append("<td data-label=\"Findings\">")
    if findings.isEmpty {
      lines.append("<p class=\"none\">No findings</p>")
    } else {
      lines += findingList(findings) { view.subject(of: $0, below: local) }
    }
    lines += ["</td>", "</tr>"]
    return lines
  }

  /// The title, the goal, the Challenge area, policy areas and sector, the expected results and
  /// contact, the IRM's assessments when recorded, and the milestones with their dates, status in
  /// words and responsible bodies.
  private func description(_ commitment: Commitment, view: PlanView) -> [String] {
    var lines = ["<p class=\"c-title\">\(commitment.title.escapedForHTML)</p>"]
    if let goal = commitment.goal ?? commitment.description {
      lines.append("<p class=\"goal\">\(goal.collapsedWhitespace.escapedForHTML)</p>")
    }
    var tags: [String] = []
    if let challenge = commitment.challenge {
      tags.append("<li class=\"tag challenge\">Open Gov Challenge: \(challenge.label)</li>")
    }
    if let primary = commitment.primaryArea {
      tags.append("<li class=\"tag\">Primary area: \(primary.spacedWords.escapedForHTML)</li>")
    }
    tags += commitment.areas.map { "<li class=\"tag\">\($0.spacedWords.escapedForHTML)</li>" }
    if let sector = commitment.sector {
      tags.append("<li class=\"tag\">Sector: \(sector.escapedForHTML)</li>")
    }
    if commitment.continuity == .carriedOver { tags.append("<li class=\"tag\">Carried over</li>") }
    if !tags.isEmpty { lines.append("<ul class=\"tags\">" + tags.joined() + "</ul>") }
    if let results = commitment.expectedResults {
      lines.append(
        "<p><span class=\"muted\">Expected results:</span> \(results.collapsedWhitespace.escapedForHTML)</p>")
    }
    if let contact = commitment.contact {
      lines.append(
        "<p><span class=\"muted\">Contact:</span> \(contact.collapsedWhitespace.escapedForHTML)</p>")
    }
    for assessment in commitment.assessments {
      lines.append(
        "<p class=\"irm\"><span class=\"muted\">\(assessmentSource(assessment)):</span> \(assessmentText(assessment))</p>"
      )
    }
    guard !commitment.milestones.isEmpty else { return lines }
    lines.append("<ol class=\"milestones\">")
    for milestone in commitment.milestones {
      let style = StatusStyle.of(milestone.status)
      var item =
        "<li>\(statusSwatch(style))<span class=\"m-id\">\(String(milestone.id.localName).escapedForHTML)</span> "
        + "\(milestone.title.escapedForHTML) <span class=\"muted\">"
        + "\(milestone.period?.displayText ?? "no dates") · \(style.label.lowercased())</span>"
      if let deliverable = milestone.deliverable {
        item += "<span class=\"deliverable\">\(deliverable.collapsedWhitespace.escapedForHTML)</span>"
      }
      if !milestone.responsible.isEmpty {
        let names = milestone.responsible.map { view.actorName($0).escapedForHTML }.joined(separator: ", ")
        item += "<span class=\"muted\"> · responsible: \(names)</span>"
      }
      lines.append(item + "</li>")
    }
    lines.append("</ol>")
    return lines
  }

  /// "IRM", or "IRM, Results report (2026-10)": which report the findings come from.
  private func assessmentSource(_ assessment: Assessment) -> String {
    let report = [assessment.report?.label, assessment.published?.description].compactMap { $0 }
    return report.isEmpty ? "IRM" : "IRM, " + report.joined(separator: ", ")
  }

  private func assessmentText(_ assessment: Assessment) -> String {
    var parts: [String] = []
    if let verifiable = assessment.verifiable { parts.append(verifiable ? "verifiable" : "not verifiable") }
    if let relevant = assessment.relevant { parts.append("open government lens: \(relevant ? "yes" : "no")") }
    if !assessment.relevance.isEmpty {
      parts.append(
        "relevant to " + assessment.relevance.map { $0.rawValue.spacedWords }.joined(separator: ", "))
    }
    if let specificity = assessment.specificity { parts.append("specificity: \(specificity.rawValue)") }
    if let potential = assessment.potential { parts.append("potential for results: \(potential.label)") }
    if let impact = assessment.potentialImpact { parts.append("potential impact: \(impact.label)") }
    if let completion = assessment.completion { parts.append("completion: \(completion.label)") }
    if let results = assessment.earlyResults { parts.append("did it open government? \(results.label)") }
    if let results = assessment.results {
      parts.append("early results: \(results.collapsedWhitespace.escapedForHTML)")
    }
    if assessment.promising == true { parts.append("promising") }
    if assessment.starred == true { parts.append("starred") }
    return parts.isEmpty ? "assessed" : parts.joined(separator: " · ")
  }

  /// Objectives by their local id, each with the priorities named, titles in a tooltip.
  private func objectives(_ commitment: Commitment, view: PlanView) -> String {
    guard !commitment.advances.isEmpty else { return "<span class=\"missing\">none</span>" }
    let items = commitment.advances.map { target -> String in
      let objective = view.strategy?.objectives.first { target.isWithin($0.id) }
      guard let objective else { return "<li>\(String(target.localName).escapedForHTML)</li>" }
      let name =
        "<span class=\"obj-id\" title=\"\(objective.title.escapedForHTML)\">"
        + "\(objective.id.localName.escapedForHTML)</span>"
      guard let priority = objective.priorities.first(where: { $0.id == target }) else {
        return "<li>\(name)</li>"
      }
      return "<li>\(name) <span class=\"via\" title=\"\(priority.title.escapedForHTML)\">"
        + "\(String(priority.id.localName).spacedWords.escapedForHTML)</span></li>"
    }
    return "<ul class=\"plain\">" + items.joined() + "</ul>"
  }
}
