import OGPDiagnostics
import OGPModel

extension HTMLReport {
  /// The plan at a glance: key figures, the facts a forum checks first (member, period,
  /// strategy, forum, co-creation evidence), milestones by status and findings about the plan.
  func summary(_ view: PlanView) -> [String] {
    let plan = view.plan
    var lines = [
      view.sectionStart("summary"),
      view.heading(ReportText.navSummary, id: view.id("summary-h")),
    ]
    if let doc = plan.doc { lines.append("<p class=\"lede\">\(doc.collapsedWhitespace.escapedForHTML)</p>") }

    let milestones = plan.commitments.flatMap(\.milestones)
    let complete = milestones.count { $0.status == .complete }
    lines += [
      "<ul class=\"figures\">",
      figure(plan.commitments.count, ReportText.figureCommitments(count: plan.commitments.count)),
      figure(milestones.count, ReportText.figureMilestones(count: milestones.count)),
      figure(complete, ReportText.figureMilestonesComplete(count: String(milestones.count))),
      figure(plan.period.months, ReportText.figurePlanPeriod(count: plan.period.months)),
    ]
    for severity in Diagnostic.Severity.descending {
      let count = view.findingCount(severity)
      lines.append(
        "<li class=\"sev-figure sev-\(severity.rawValue)\"><span class=\"figure\">\(count)</span> "
          + "<span class=\"figure-label\">\(severity.figureLabel(count))</span></li>")
    }
    lines.append("</ul>")

    lines += [
      "<div class=\"facts-grid\">", "<div class=\"fact-group\">",
      view.heading(ReportText.factThePlan, id: view.id("plan-h"), level: 1), "<dl class=\"facts\">",
    ]
    lines += fact(
      ReportText.factMember,
      "\(plan.member.name.escapedForHTML) <span class=\"muted\">(\(plan.member.kind.label))</span>")
    lines += fact(
      ReportText.factPeriod,
      "\(plan.period.displayText) <span class=\"muted\">(\(ReportText.countMonths(count: plan.period.months)))</span>"
    )
    if let strategy = view.strategy {
      lines += fact(
        ReportText.factStrategy,
        "\(strategy.title.escapedForHTML) <span class=\"muted\">(\(strategy.period.displayText))</span>")
    } else {
      lines += fact(ReportText.factStrategy, plan.strategy.map(\.escapedForHTML) ?? notStated)
    }
    switch view.standards {
    case .undeclared: break
    case .version(let version): lines += fact(ReportText.factStandards, version.title.escapedForHTML)
    case .noneInForce(let day, let source):
      lines += fact(
        ReportText.factStandards,
        "<span class=\"missing\">\(ReportText.factNoneInForce)</span> <span class=\"muted\">"
          + ReportText.factNoneInForceWhen(day: "\(day)", source: source.label) + "</span>")
    }
    if let submitted = plan.submitted { lines += fact(ReportText.factSubmitted, "\(submitted)") }
    if let contact = plan.pointOfContact {
      lines += fact(ReportText.factPointOfContact, view.actorName(contact).escapedForHTML)
    }
    if let body = plan.monitoringBody {
      lines += fact(ReportText.factMonitoringBody, view.actorName(body).escapedForHTML)
    }
    lines += ["</dl>", "</div>"]
    lines += forumFacts(view)
    lines += cocreationFacts(plan.cocreation, view: view)
    lines += irmFacts(plan.irm, view: view)
    lines.append("</div>")

    lines += milestoneStatus(view, milestones: milestones)

    lines += [view.heading(ReportText.planFindingsHeading, id: view.id("plan-findings-h"), level: 1)]
    if view.planFindings.isEmpty {
      lines.append("<p class=\"none\">\(ReportText.planFindingsNone)</p>")
    } else {
      lines += findingList(view.planFindings) { view.subject(of: $0, below: "") }
    }
    lines.append("</section>")
    return lines
  }

  private var notStated: String { "<span class=\"missing\">\(ReportText.factNotStated)</span>" }

  /// A key figure: the number and, in `label`, what it counts.
  private func figure(_ count: Int, _ label: String) -> String {
    "<li><span class=\"figure\">\(count)</span> <span class=\"figure-label\">\(label)</span></li>"
  }

  /// A `<dt>`/`<dd>` pair; `value` is HTML already escaped.
  private func fact(_ term: String, _ value: String) -> [String] {
    ["<div><dt>\(term)</dt><dd>\(value)</dd></div>"]
  }

  private func link(_ text: String?) -> String {
    text.map(linkOrText) ?? notStated
  }

  private func forumFacts(_ view: PlanView) -> [String] {
    var lines = [
      "<div class=\"fact-group\">", view.heading(ReportText.forumHeading, id: view.id("forum-h"), level: 1),
      "<dl class=\"facts\">",
    ]
    guard let forum = view.plan.forum else {
      return lines + fact(ReportText.forumForum, notStated) + ["</dl>", "</div>"]
    }
    lines += fact(ReportText.forumName, forum.title.escapedForHTML)
    lines += fact(
      ReportText.forumMeets, forum.meets.map { ReportText.forumEvery(frequency: $0.displayText) } ?? notStated
    )
    if !forum.members.isEmpty {
      let names = forum.members.map { view.actorName($0).escapedForHTML }
      lines += fact(
        ReportText.forumMembers(count: String(forum.members.count)),
        names.joined(separator: " · "))
    }
    lines += fact(ReportText.forumRules, link(forum.rules))
    lines += fact(ReportText.forumWebsite, link(forum.website))
    lines += fact(ReportText.forumDocuments, link(forum.repository))
    if let last = forum.repositoryUpdates.max(by: { $0.firstDay < $1.firstDay }) {
      lines += fact(
        ReportText.forumDocumentsUpdated,
        ReportText.forumDocumentsUpdatedTimes(
          times: ReportText.countTimes(count: forum.repositoryUpdates.count), day: "\(last)"))
    }
    if let last = forum.meetings.max(by: { $0.firstDay < $1.firstDay }) {
      lines += fact(
        ReportText.forumMeetingsLogged,
        ReportText.forumMeetingsLoggedCount(count: String(forum.meetings.count), day: "\(last)"))
    }
    if let minutes = forum.minutes { lines += fact(ReportText.forumMinutes, linkOrText(minutes)) }
    lines += ["</dl>", "</div>"]
    return lines
  }

  private func cocreationFacts(_ evidence: CoCreationEvidence?, view: PlanView) -> [String] {
    var lines = [
      "<div class=\"fact-group\">",
      view.heading(ReportText.cocreationHeading, id: view.id("cocreation-h"), level: 1),
      "<dl class=\"facts\">",
    ]
    guard let evidence else {
      return lines + fact(ReportText.cocreationEvidence, notStated) + ["</dl>", "</div>"]
    }
    lines += fact(ReportText.cocreationParticipants, evidence.participants.map(String.init) ?? notStated)
    lines += fact(ReportText.cocreationTimeline, link(evidence.timeline))
    lines += fact(ReportText.cocreationReasonedResponse, link(evidence.reasonedResponse))
    if let started = evidence.started { lines += fact(ReportText.cocreationStarted, "\(started)") }
    if let published = evidence.timelinePublished {
      lines += fact(ReportText.cocreationTimelinePublished, "\(published)")
    }
    if let outreach = evidence.outreach {
      lines += fact(ReportText.cocreationOutreach, outreach.collapsedWhitespace.escapedForHTML)
    }
    if !evidence.channels.isEmpty {
      lines += fact(ReportText.cocreationChannels, evidence.channels.map(linkOrText).joined(separator: " · "))
    }
    if let received = evidence.proposalsReceived {
      let accepted = evidence.proposalsAccepted.map { ReportText.cocreationAccepted(count: String($0)) } ?? ""
      lines += fact(
        ReportText.cocreationProposals, ReportText.cocreationReceived(count: String(received)) + accepted)
    }
    if let description = evidence.description {
      lines += fact(ReportText.cocreationHow, description.collapsedWhitespace.escapedForHTML)
    }
    lines += ["</dl>", "</div>"]
    return lines
  }

  /// The IRM's findings on the plan, a group per report; nothing when none is recorded.
  private func irmFacts(_ reports: [PlanAssessment], view: PlanView) -> [String] {
    guard !reports.isEmpty else { return [] }
    var lines = [
      "<div class=\"fact-group\">", view.heading(ReportText.irmHeading, id: view.id("irm-h"), level: 1),
      "<dl class=\"facts\">",
    ]
    for findings in reports {
      let source = [findings.report?.label, findings.published?.description].compactMap { $0 }
      lines += fact(
        ReportText.irmReport, source.isEmpty ? notStated : source.joined(separator: ", ").escapedForHTML)
      if !findings.met.isEmpty {
        lines += fact(ReportText.irmMet, findings.met.joined(separator: ", ").escapedForHTML)
      }
      if !findings.notMet.isEmpty {
        lines += fact(ReportText.irmNotMet, findings.notMet.joined(separator: ", ").escapedForHTML)
      }
      if let contrary = findings.contraryToProcess {
        lines += fact(ReportText.irmContrary, contrary ? ReportText.yes : ReportText.no)
      }
      if let influence = findings.publicInfluence {
        lines += fact(ReportText.irmInfluence, influence.collapsedWhitespace.escapedForHTML)
      }
    }
    lines += ["</dl>", "</div>"]
    return lines
  }

  /// A bar of the plan's milestones split by status, and the same counts as text.
  private func milestoneStatus(_ view: PlanView, milestones: [Milestone]) -> [String] {
    guard !milestones.isEmpty else { return [] }
    let counts = StatusStyle.all.map { style in
      (style, milestones.count { StatusStyle.of($0.status).key == style.key })
    }.filter { $0.1 > 0 }
    let text = counts.map { "\($0.1) \($0.0.label.lowercased())" }.joined(separator: ", ")
    let prefix = view.id("status-")
    let width = 600.0
    var x = 0.0
    var svg = [
      "<svg class=\"status-bar\" role=\"img\" viewBox=\"0 0 \(coordinate(width)) 18\" "
        + "aria-labelledby=\"\(prefix)title \(prefix)desc\" preserveAspectRatio=\"none\">",
      "<title id=\"\(prefix)title\">\(ReportText.statusBarTitle)</title>",
      "<desc id=\"\(prefix)desc\">"
        + ReportText.statusBarDescription(
          milestones: ReportText.countMilestones(count: milestones.count), counts: text
        )
        .escapedForHTML + "</desc>",
      "<defs>" + counts.compactMap { $0.0.definition(id: prefix + $0.0.key) }.joined() + "</defs>",
    ]
    for (style, count) in counts {
      let share = width * Double(count) / Double(milestones.count)
      svg.append(
        "<rect x=\"\(coordinate(x))\" y=\"1\" width=\"\(coordinate(share))\" height=\"16\" "
          + style.barAttributes(patternPrefix: prefix) + "><title>\(style.label): \(count)</title></rect>")
      x += share
    }
    svg.append("</svg>")
    var lines = [
      "<div class=\"status-summary\">",
      view.heading(ReportText.statusBarTitle, id: view.id("status-h"), level: 1),
    ]
    lines += svg
    lines.append("<ul class=\"status-counts\">")
    lines += counts.map { style, count in
      "<li>\(statusSwatch(style)) \(count) <span>\(style.label.lowercased())</span></li>"
    }
    lines += ["</ul>", "</div>"]
    return lines
  }

  /// A small square in the status's colours, for lists that also say the status in words.
  func statusSwatch(_ style: StatusStyle) -> String {
    "<span class=\"swatch st-\(style.key)\" aria-hidden=\"true\"></span>"
  }
}
