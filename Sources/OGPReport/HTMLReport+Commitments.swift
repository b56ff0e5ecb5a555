import OGPModel

extension HTMLReport {
  /// The commitments table: one row per commitment with what it promises, who leads it, its
  /// values and objectives, its dates and status, its milestones, and the findings about it.
  func commitments(_ view: PlanView) -> [String] {
    let plan = view.plan
    var lines = [
      view.sectionStart("commitments"),
      view.heading(ReportText.navCommitments, id: view.id("commitments-h")),
    ]
    guard !plan.commitments.isEmpty else {
      return lines + ["<p class=\"none\">\(ReportText.commitmentsNone)</p>", "</section>"]
    }
    lines += [
      "<div class=\"scroll\">",
      "<table class=\"commitment-table\">",
      "<caption>"
        + ReportText.commitmentsCaption(
          commitments: ReportText.countCommitments(count: plan.commitments.count),
          plan: plan.title.escapedForHTML)
        + "</caption>",
      "<thead><tr>"
        + [
          ReportText.columnId, ReportText.columnCommitment, ReportText.columnLeads, ReportText.columnValues,
          ReportText.columnObjectives, ReportText.columnPeriod, ReportText.columnStatus,
          ReportText.columnFindings,
        ].map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>",
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
      "<th scope=\"row\" data-label=\"\(ReportText.columnId)\">\(local.escapedForHTML)</th>",
    ]
    lines +=
      ["<td data-label=\"\(ReportText.columnCommitment)\">"] + description(commitment, view: view) + ["</td>"]

    let leads = commitment.leads.map { "<li>\(view.actorName($0).escapedForHTML)</li>" }.joined()
    var people = "<td data-label=\"\(ReportText.columnLeads)\"><ul class=\"plain\">\(leads)</ul>"
    if !commitment.partners.isEmpty {
      people +=
        "<p class=\"partners\"><span class=\"muted\">\(ReportText.partnersWith)</span> "
        + commitment.partners.map { view.actorName($0).escapedForHTML }.joined(separator: ", ") + "</p>"
    }
    lines.append(people + "</td>")

    let values = commitment.values.map {
      "<li class=\"value\($0.isCore ? " core" : "")\">\($0.label)</li>"
    }.joined()
    lines.append(
      "<td data-label=\"\(ReportText.columnValues)\">"
        + (values.isEmpty
          ? "<span class=\"missing\">\(ReportText.none)</span>" : "<ul class=\"chips\">\(values)</ul>")
        + "</td>")

    lines.append(
      "<td data-label=\"\(ReportText.columnObjectives)\">" + objectives(commitment, view: view) + "</td>")

    if let period = commitment.period {
      lines.append(
        "<td data-label=\"\(ReportText.columnPeriod)\" class=\"nowrap\">\(period.start)<br />– \(period.end)"
          + "<span class=\"muted block\">\(ReportText.countMonths(count: period.months))</span></td>")
    } else {
      lines.append(
        "<td data-label=\"\(ReportText.columnPeriod)\"><span class=\"missing\">\(ReportText.factNotStated)</span></td>"
      )
    }

    let complete = commitment.milestones.count { $0.status == .complete }
    var status = "<td data-label=\"\(ReportText.columnStatus)\">"
    // The commitment's own status is optional: its milestones usually tell its progress.
    status +=
      commitment.status.map { statusBadge($0) } ?? "<span class=\"muted\">\(ReportText.factNotStated)</span>"
    if !commitment.milestones.isEmpty {
      status +=
        "<span class=\"muted block\">"
        + ReportText.milestonesComplete(
          complete: String(complete),
          milestones: ReportText.countMilestones(count: commitment.milestones.count))
        + "</span>"
    }
    lines.append(status + "</td>")

    lines.append("<td data-label=\"\(ReportText.columnFindings)\">")
    if findings.isEmpty {
      lines.append("<p class=\"none\">\(ReportText.noFindings)</p>")
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
      tags.append("<li class=\"tag challenge\">\(ReportText.tagChallenge(area: challenge.label))</li>")
    }
    if let primary = commitment.primaryArea {
      tags.append(
        "<li class=\"tag\">\(ReportText.tagPrimaryArea(area: primary.spacedWords.escapedForHTML))</li>")
    }
    tags += commitment.areas.map { "<li class=\"tag\">\($0.spacedWords.escapedForHTML)</li>" }
    if let sector = commitment.sector {
      tags.append("<li class=\"tag\">\(ReportText.tagSector(sector: sector.escapedForHTML))</li>")
    }
    if commitment.continuity == .carriedOver {
      tags.append("<li class=\"tag\">\(ReportText.tagCarriedOver)</li>")
    }
    if !tags.isEmpty { lines.append("<ul class=\"tags\">" + tags.joined() + "</ul>") }
    if let results = commitment.expectedResults {
      lines.append(
        "<p><span class=\"muted\">\(ReportText.expectedResults)</span> \(results.collapsedWhitespace.escapedForHTML)</p>"
      )
    }
    if let contact = commitment.contact {
      lines.append(
        "<p><span class=\"muted\">\(ReportText.contact)</span> \(contact.collapsedWhitespace.escapedForHTML)</p>"
      )
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
        + "\(milestone.period?.displayText ?? ReportText.noDates) · \(style.label.lowercased())</span>"
      if let deliverable = milestone.deliverable {
        item += "<span class=\"deliverable\">\(deliverable.collapsedWhitespace.escapedForHTML)</span>"
      }
      if !milestone.responsible.isEmpty {
        let names = milestone.responsible.map { view.actorName($0).escapedForHTML }.joined(separator: ", ")
        item += "<span class=\"muted\"> · \(ReportText.responsible(names: names))</span>"
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
    if let verifiable = assessment.verifiable {
      parts.append(verifiable ? ReportText.assessmentVerifiable : ReportText.assessmentNotVerifiable)
    }
    if let relevant = assessment.relevant {
      parts.append(ReportText.assessmentLens(answer: relevant ? ReportText.yes : ReportText.no))
    }
    if !assessment.relevance.isEmpty {
      parts.append(
        ReportText.assessmentRelevant(
          values: assessment.relevance.map { $0.label.lowercased() }.joined(separator: ", ")))
    }
    if let specificity = assessment.specificity {
      parts.append(ReportText.assessmentSpecificity(specificity: specificity.rawValue))
    }
    if let potential = assessment.potential {
      parts.append(ReportText.assessmentPotential(potential: potential.label))
    }
    if let impact = assessment.potentialImpact {
      parts.append(ReportText.assessmentImpact(impact: impact.label))
    }
    if let completion = assessment.completion {
      parts.append(ReportText.assessmentCompletion(completion: completion.label))
    }
    if let results = assessment.earlyResults {
      parts.append(ReportText.assessmentOpenedGovernment(answer: results.label))
    }
    if let results = assessment.results {
      parts.append(ReportText.assessmentEarlyResults(results: results.collapsedWhitespace.escapedForHTML))
    }
    if assessment.promising == true { parts.append(ReportText.assessmentPromising) }
    if assessment.starred == true { parts.append(ReportText.assessmentStarred) }
    return parts.isEmpty ? ReportText.assessmentAssessed : parts.joined(separator: " · ")
  }

  /// Objectives by their local id, each with the priorities named, titles in a tooltip.
  private func objectives(_ commitment: Commitment, view: PlanView) -> String {
    guard !commitment.advances.isEmpty else { return "<span class=\"missing\">\(ReportText.none)</span>" }
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
