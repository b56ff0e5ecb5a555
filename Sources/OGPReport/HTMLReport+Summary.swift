import OGPDiagnostics
import OGPModel

extension HTMLReport {
  /// The plan at a glance: key figures, the facts a forum checks first (member, period,
  /// strategy, forum, co-creation evidence), milestones by status and findings about the plan.
  func summary(_ view: PlanView) -> [String] {
    let plan = view.plan
    var lines = [
      view.sectionStart("summary"),
      view.heading("Summary", id: view.id("summary-h")),
    ]
    if let doc = plan.doc { lines.append("<p class=\"lede\">\(doc.collapsedWhitespace.escapedForHTML)</p>") }

    let milestones = plan.commitments.flatMap(\.milestones)
    let complete = milestones.count { $0.status == .complete }
    lines += [
      "<ul class=\"figures\">",
      figure(plan.commitments.count, "commitment"),
      figure(milestones.count, "milestone"),
      "<li><span class=\"figure\">\(complete)</span> <span class=\"figure-label\">of \(milestones.count) "
        + "milestones complete</span></li>",
      figure(plan.period.months, "month", suffix: "plan period"),
    ]
    for severity in Diagnostic.Severity.descending {
      let count = view.findingCount(severity)
      lines.append(
        "<li class=\"sev-figure sev-\(severity.rawValue)\"><span class=\"figure\">\(count)</span> "
          + "<span class=\"figure-label\">\(severity.rawValue)\(count == 1 || severity == .info ? "" : "s")"
          + "</span></li>")
    }
    lines.append("</ul>")

    lines += [
      "<div class=\"facts-grid\">", "<div class=\"fact-group\">",
      view.heading("The plan", id: view.id("plan-h"), level: 1), "<dl class=\"facts\">",
    ]
    lines += fact(
      "Member", "\(plan.member.name.escapedForHTML) <span class=\"muted\">(\(plan.member.kind.label))</span>")
    lines += fact(
      "Period",
      "\(plan.period.displayText) <span class=\"muted\">(\(counted(plan.period.months, "month")))</span>")
    if let strategy = view.strategy {
      lines += fact(
        "Strategy",
        "\(strategy.title.escapedForHTML) <span class=\"muted\">(\(strategy.period.displayText))</span>")
    } else {
      lines += fact("Strategy", plan.strategy.map(\.escapedForHTML) ?? notStated)
    }
    switch view.standards {
    case .undeclared: break
    case .version(let version): lines += fact("Co-creation standards", version.title.escapedForHTML)
    case .noneInForce(let day, let source):
      lines += fact(
        "Co-creation standards",
        "<span class=\"missing\">none in force</span> <span class=\"muted\">(on \(day), its \(source.rawValue))</span>"
      )
    }
    if let submitted = plan.submitted { lines += fact("Submitted", "\(submitted)") }
    if let contact = plan.pointOfContact {
      lines += fact("Point of contact", view.actorName(contact).escapedForHTML)
    }
    if let body = plan.monitoringBody {
      lines += fact("Local Monitoring Body", view.actorName(body).escapedForHTML)
    }
    lines += ["</dl>", "</div>"]
    lines += forumFacts(view)
    lines += cocreationFacts(plan.cocreation, view: view)
    lines += irmFacts(plan.irm, view: view)
    lines.append("</div>")

    lines += milestoneStatus(view, milestones: milestones)

    lines += [view.heading("Findings about the plan", id: view.id("plan-findings-h"), level: 1)]
    if view.planFindings.isEmpty {
      lines.append("<p class=\"none\">No findings about the plan itself.</p>")
    } else {
      lines += findingList(view.planFindings) { view.subject(of: $0, below: "") }
    }
    lines.append("</section>")
    return lines
  }

  private var notStated: String { "<span class=\"missing\">not stated</span>" }

  private func figure(_ count: Int, _ noun: String, suffix: String? = nil) -> String {
    let label = (count == 1 ? noun : noun + "s") + (suffix.map { " " + $0 } ?? "")
    return "<li><span class=\"figure\">\(count)</span> <span class=\"figure-label\">\(label)</span></li>"
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
      "<div class=\"fact-group\">", view.heading("Multi-stakeholder forum", id: view.id("forum-h"), level: 1),
      "<dl class=\"facts\">",
    ]
    guard let forum = view.plan.forum else {
      return lines + fact("Forum", notStated) + ["</dl>", "</div>"]
    }
    lines += fact("Name", forum.title.escapedForHTML)
    lines += fact("Meets", forum.meets.map { "every \($0)" } ?? notStated)
    if !forum.members.isEmpty {
      let names = forum.members.map { view.actorName($0).escapedForHTML }
      lines += fact(
        "Members (\(forum.members.count))",
        names.joined(separator: " · "))
    }
    lines += fact("Rules", link(forum.rules))
    lines += fact("Website", link(forum.website))
    lines += fact("Documents", link(forum.repository))
    if let last = forum.repositoryUpdates.max(by: { $0.firstDay < $1.firstDay }) {
      lines += fact("Documents updated", "\(counted(forum.repositoryUpdates.count, "time")), last \(last)")
    }
    if let last = forum.meetings.max(by: { $0.firstDay < $1.firstDay }) {
      lines += fact("Meetings logged", "\(forum.meetings.count), last \(last)")
    }
    if let minutes = forum.minutes { lines += fact("Minutes", linkOrText(minutes)) }
    lines += ["</dl>", "</div>"]
    return lines
  }

  private func cocreationFacts(_ evidence: CoCreationEvidence?, view: PlanView) -> [String] {
    var lines = [
      "<div class=\"fact-group\">", view.heading("Co-creation", id: view.id("cocreation-h"), level: 1),
      "<dl class=\"facts\">",
    ]
    guard let evidence else { return lines + fact("Evidence", notStated) + ["</dl>", "</div>"] }
    lines += fact("Participants", evidence.participants.map(String.init) ?? notStated)
    lines += fact("Timeline", link(evidence.timeline))
    lines += fact("Reasoned response", link(evidence.reasonedResponse))
    if let started = evidence.started { lines += fact("Started", "\(started)") }
    if let published = evidence.timelinePublished { lines += fact("Timeline published", "\(published)") }
    if let outreach = evidence.outreach {
      lines += fact("Outreach", outreach.collapsedWhitespace.escapedForHTML)
    }
    if !evidence.channels.isEmpty {
      lines += fact("Channels", evidence.channels.map(linkOrText).joined(separator: " · "))
    }
    if let received = evidence.proposalsReceived {
      let accepted = evidence.proposalsAccepted.map { ", \($0) accepted" } ?? ""
      lines += fact("Proposals", "\(received) received\(accepted)")
    }
    if let description = evidence.description {
      lines += fact("How", description.collapsedWhitespace.escapedForHTML)
    }
    lines += ["</dl>", "</div>"]
    return lines
  }

  /// The IRM's findings on the plan, a group per report; nothing when none is recorded.
  private func irmFacts(_ reports: [PlanAssessment], view: PlanView) -> [String] {
    guard !reports.isEmpty else { return [] }
    var lines = [
      "<div class=\"fact-group\">", view.heading("IRM findings", id: view.id("irm-h"), level: 1),
      "<dl class=\"facts\">",
    ]
    for findings in reports {
      let source = [findings.report?.label, findings.published?.description].compactMap { $0 }
      lines += fact("Report", source.isEmpty ? notStated : source.joined(separator: ", ").escapedForHTML)
      if !findings.met.isEmpty {
        lines += fact("Requirements met", findings.met.joined(separator: ", ").escapedForHTML)
      }
      if !findings.notMet.isEmpty {
        lines += fact("Requirements not met", findings.notMet.joined(separator: ", ").escapedForHTML)
      }
      if let contrary = findings.contraryToProcess {
        lines += fact("Acted contrary to process", contrary ? "yes" : "no")
      }
      if let influence = findings.publicInfluence {
        lines += fact("Public influence", influence.collapsedWhitespace.escapedForHTML)
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
      "<title id=\"\(prefix)title\">Milestones by status</title>",
      "<desc id=\"\(prefix)desc\">\(counted(milestones.count, "milestone")): \(text.escapedForHTML).</desc>",
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
      view.heading("Milestones by status", id: view.id("status-h"), level: 1),
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
