import OGPDiagnostics
import OGPModel

/// A self-contained HTML page about every action plan of a program: a summary, which
/// objectives its commitments advance, a timeline of commitments and milestones, and the
/// commitments with the lint findings about each.
///
/// The page needs nothing from the network (inline CSS and SVG, no script), reads in print and
/// on narrow screens, and does not depend on the clock: the same program, findings and as-of
/// date give the same bytes.
///
/// Tests and scripts can count elements by their data attributes: each commitment's table row
/// is `<tr data-commitment="c01">`, each milestone in the timeline `<g data-milestone="c01.m1">`,
/// each cell of the coverage table `<td data-cell="c01 SO2" data-coverage="direct">`.
public struct HTMLReport: Sendable {
  public let program: Program
  public let findings: [ReportFinding]
  /// The day progress is judged against, drawn as a line on the timeline.
  public let asOf: Day
  /// Who made the page (`ogp 0.1.0`), shown in its footer.
  public let generator: String

  /// A report on `program` with the findings of its lint run as of `asOf`.
  public init(program: Program, findings: [ReportFinding], asOf: Day, generator: String = "ogp") {
    self.program = program
    self.findings = findings
    self.asOf = asOf
    self.generator = generator
  }

  /// The page, as UTF-8 text.
  public func render() -> String {
    let actors = Dictionary(program.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let headingLevel = program.plans.count == 1 ? 2 : 3
    let views = program.plans.enumerated().map { index, plan in
      PlanView(
        plan: plan, index: index, program: program, actors: actors, findings: findings,
        headingLevel: headingLevel)
    }
    let placed = Set(
      views.flatMap { view in findings.filter { PlanView.path(of: $0, in: view.plan) != nil } })
    let unplaced = findings.filter { !placed.contains($0) }

    let title =
      program.plans.count == 1
      ? program.plans[0].title
      : "\(counted(program.plans.count, "action plan")) of the Open Government Partnership"
    let members = orderedUnique(program.plans.map(\.member.name))
    var page = [
      "<!DOCTYPE html>",
      "<html lang=\"en\">",
      "<head>",
      "<meta charset=\"utf-8\" />",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
      "<meta name=\"generator\" content=\"\(generator.escapedForHTML)\" />",
      "<title>\(title.escapedForHTML) — OGP report as of \(asOf)</title>",
      "<style>",
      ReportStyle.css,
      "</style>",
      "</head>",
      "<body>",
      "<a class=\"skip\" href=\"#main\">Skip to the report</a>",
      "<header class=\"masthead\">",
      "<div class=\"wrap\">",
      "<p class=\"eyebrow\">Open Government Partnership · action plan report</p>",
      "<h1>\(title.escapedForHTML)</h1>",
      "<p class=\"meta\">"
        + (members.isEmpty ? "" : members.map(\.escapedForHTML).joined(separator: ", ") + " · ")
        + "progress as of <time datetime=\"\(asOf)\">\(asOf.displayText)</time></p>",
    ]
    page += navigation(views, otherFindings: !unplaced.isEmpty)
    page += ["</div>", "</header>", "<main id=\"main\" class=\"wrap\">"]
    if views.isEmpty {
      page.append("<p class=\"empty\">This program declares no action plan: there is nothing to report.</p>")
    }
    for view in views {
      page += planArticle(view, showsTitle: views.count > 1)
    }
    if !unplaced.isEmpty {
      page += [
        "<section id=\"other-findings\" aria-labelledby=\"other-findings-h\">",
        "<h2 id=\"other-findings-h\">Other findings</h2>",
        "<p class=\"lede\">Findings about the strategy or the files rather than a plan.</p>",
      ]
      page += findingList(unplaced, subject: { _ in nil })
      page.append("</section>")
    }
    page += [
      "</main>",
      "<footer class=\"wrap\">",
      "<p>Made by \(generator.escapedForHTML) from the program’s .ogp files; progress judged as of "
        + "<time datetime=\"\(asOf)\">\(asOf.displayText)</time>. Findings come from <code>ogp lint</code>: "
        + "run <code>ogp explain CODE</code> for what each means and how to fix it.</p>",
      "</footer>",
      "</body>",
      "</html>",
      "",
    ]
    return page.joined(separator: "\n")
  }

  private func navigation(_ views: [PlanView], otherFindings: Bool) -> [String] {
    guard !views.isEmpty else { return [] }
    var lines = ["<nav aria-label=\"Contents\">", "<ul>"]
    for view in views {
      let sections = [
        ("summary", "Summary"), ("coverage", "Objectives"), ("timeline", "Timeline"),
        ("commitments", "Commitments"),
      ]
      let links = sections.map { "<li><a href=\"#\(view.id($0.0))\">\($0.1)</a></li>" }
      if views.count > 1 {
        lines.append(
          "<li><a href=\"#\(view.anchor)\">\(view.plan.title.escapedForHTML)</a><ul>"
            + links.joined() + "</ul></li>")
      } else {
        lines += links
      }
    }
    if otherFindings { lines.append("<li><a href=\"#other-findings\">Other findings</a></li>") }
    lines += ["</ul>", "</nav>"]
    return lines
  }

  private func planArticle(_ view: PlanView, showsTitle: Bool) -> [String] {
    var lines = [
      "<article class=\"plan\" id=\"\(view.anchor)\" data-plan=\"\(view.plan.id.escapedForHTML)\">"
    ]
    if showsTitle { lines.append("<h2 class=\"plan-title\">\(view.plan.title.escapedForHTML)</h2>") }
    lines += summary(view)
    lines += coverage(view)
    lines += timeline(view)
    lines += commitments(view)
    lines.append("</article>")
    return lines
  }

  /// A list of findings, most severe first and otherwise in the order given; `subject` names
  /// the part of the element a finding is about, when that helps (`m2 · deliverable`).
  func findingList(_ findings: [ReportFinding], subject: (ReportFinding) -> String?) -> [String] {
    let ordered = Diagnostic.Severity.descending.flatMap { severity in
      findings.filter { $0.severity == severity }
    }
    var lines = ["<ul class=\"findings\">"]
    for finding in ordered {
      var item =
        "<li class=\"finding\" data-code=\"\(finding.code.escapedForHTML)\">"
        + severityBadge(finding.severity) + " <code>\(finding.code.escapedForHTML)</code> "
      if let subject = subject(finding), !subject.isEmpty {
        item += "<span class=\"subject\">\(subject.escapedForHTML)</span> "
      }
      item += "<span class=\"message\">\(finding.message.escapedForHTML)</span>"
      if let place = finding.place { item += " <span class=\"where\">\(place.escapedForHTML)</span>" }
      lines.append(item + "</li>")
    }
    lines.append("</ul>")
    return lines
  }

  func severityBadge(_ severity: Diagnostic.Severity) -> String {
    "<span class=\"badge sev-\(severity.rawValue)\">\(severity.label)</span>"
  }

  func statusBadge(_ status: Status) -> String {
    let style = StatusStyle.of(status)
    return "<span class=\"status\">\(statusSwatch(style))\(style.label)</span>"
  }
}

/// The elements of `values` in their first order, each once.
func orderedUnique(_ values: [String]) -> [String] {
  var seen = Set<String>()
  return values.filter { seen.insert($0).inserted }
}
