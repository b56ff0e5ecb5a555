import OGPDiagnostics
import OGPModel

/// A self-contained HTML page about every action plan of one program, or of several (`ogp report`
/// makes each root file its own program): a summary, which objectives its commitments advance, a
/// timeline of commitments and milestones, and the commitments with the lint findings about each.
/// A page of several programs gives each a section headed by its root file.
///
/// The page needs nothing from the network (inline CSS and SVG, no script), reads in print and
/// on narrow screens, and does not depend on the clock: the same programs, findings and as-of
/// date give the same bytes.
///
/// Tests and scripts can count elements by their data attributes: each program's section is
/// `<section data-file="plans/a.ogp">` when there are several, each commitment's table row
/// `<tr data-commitment="c01">`, each milestone in the timeline `<g data-milestone="c01.m1">`,
/// each cell of the coverage table `<td data-cell="c01 SO2" data-coverage="direct">`.
public struct HTMLReport: Sendable {
  /// One program on the page, with the findings of its own lint run.
  public struct Part: Sendable {
    /// The root file the program was compiled from, as the compiler shows it; the heading of the
    /// program's section when the page holds several.
    public let file: String
    public let program: Program
    public let findings: [ReportFinding]

    public init(file: String, program: Program, findings: [ReportFinding]) {
      self.file = file
      self.program = program
      self.findings = findings
    }
  }

  /// The programs, in the order their sections appear.
  public let parts: [Part]
  /// The day progress is judged against, drawn as a line on the timeline.
  public let asOf: Day
  /// Who made the page (`ogp 0.1.0`), shown in its footer.
  public let generator: String

  /// A report on `program` with the findings of its lint run as of `asOf`.
  public init(program: Program, findings: [ReportFinding], asOf: Day, generator: String = "ogp") {
    self.init(parts: [Part(file: "", program: program, findings: findings)], asOf: asOf, generator: generator)
  }

  /// A report on several programs, each with the findings of its own lint run as of `asOf`.
  public init(parts: [Part], asOf: Day, generator: String = "ogp") {
    self.parts = parts
    self.asOf = asOf
    self.generator = generator
  }

  /// One part as the page lays it out: its plans' views and the findings none of them holds.
  private struct PartView {
    let part: Part
    /// Prefixes the ids of the part's own elements; empty when the page holds one part.
    let anchor: String
    let views: [PlanView]
    let unplaced: [ReportFinding]

    var otherFindingsID: String { anchor.isEmpty ? "other-findings" : anchor + "-other-findings" }
  }

  /// The page, as UTF-8 text, its programs' texts in `Language.current` where they are
  /// translated.
  public func render() -> String {
    let language = Language.current.rawValue
    let parts = parts.map {
      Part(file: $0.file, program: $0.program.localized(into: language), findings: $0.findings)
    }
    let plans = parts.flatMap(\.program.plans)
    let showsFiles = parts.count > 1
    let showsTitles = plans.count > 1
    // Sections sit below the file's heading and the plan's title, each when it is shown.
    let headingLevel = 2 + (showsFiles ? 1 : 0) + (showsTitles ? 1 : 0)
    var planNumber = 0
    let partViews = parts.enumerated().map { partIndex, part in
      let actors = Dictionary(
        part.program.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      let views = part.program.plans.map { plan in
        planNumber += 1
        return PlanView(
          plan: plan, number: planNumber, program: part.program, actors: actors, findings: part.findings,
          headingLevel: headingLevel)
      }
      let placed = Set(
        views.flatMap { view in part.findings.filter { PlanView.path(of: $0, in: view.plan) != nil } })
      return PartView(
        part: part, anchor: showsFiles ? "root\(partIndex + 1)" : "", views: views,
        unplaced: part.findings.filter { !placed.contains($0) })
    }

    let title =
      plans.count == 1
      ? plans[0].title
      : ReportText.pageTitleOfPlans(plans: ReportText.countActionPlans(count: plans.count))
    let members = orderedUnique(plans.map(\.member.name))
    var page = [
      "<!DOCTYPE html>",
      "<html lang=\"\(Language.current.rawValue)\">",
      "<head>",
      "<meta charset=\"utf-8\" />",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
      "<meta name=\"generator\" content=\"\(generator.escapedForHTML)\" />",
      "<title>\(ReportText.pageTitle(title: title, day: "\(asOf)").escapedForHTML)</title>",
      "<style>",
      ReportStyle.css,
      "</style>",
      "</head>",
      "<body>",
      "<a class=\"skip\" href=\"#main\">\(ReportText.pageSkip)</a>",
      "<header class=\"masthead\">",
      "<div class=\"wrap\">",
      "<p class=\"eyebrow\">\(ReportText.pageEyebrow)</p>",
      "<h1>\(title.escapedForHTML)</h1>",
      "<p class=\"meta\">"
        + (members.isEmpty ? "" : members.map(\.escapedForHTML).joined(separator: ", ") + " · ")
        + ReportText.pageProgressAsOf(day: "<time datetime=\"\(asOf)\">\(asOf.displayText)</time>") + "</p>",
    ]
    page += showsFiles ? contents(partViews) : navigation(partViews[0])
    page += ["</div>", "</header>", "<main id=\"main\" class=\"wrap\">"]
    for partView in partViews {
      page +=
        showsFiles
        ? fileSection(partView, showsTitles: showsTitles) : planSections(partView, showsTitles: showsTitles)
    }
    page += [
      "</main>",
      "<footer class=\"wrap\">",
      "<p>"
        + ReportText.pageFooter(
          generator: generator.escapedForHTML, day: "<time datetime=\"\(asOf)\">\(asOf.displayText)</time>",
          lint: "<code>ogp lint</code>", explain: "<code>ogp explain CODE</code>") + "</p>",
      "</footer>",
      "</body>",
      "</html>",
      "",
    ]
    return page.joined(separator: "\n")
  }

  /// The masthead's links when the page holds one program: each plan's sections.
  private func navigation(_ partView: PartView) -> [String] {
    let views = partView.views
    guard !views.isEmpty else { return [] }
    var lines = ["<nav aria-label=\"\(ReportText.navContents)\">", "<ul>"]
    for view in views {
      let sections = [
        ("summary", ReportText.navSummary), ("coverage", ReportText.navObjectives),
        ("timeline", ReportText.navTimeline), ("commitments", ReportText.navCommitments),
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
    if !partView.unplaced.isEmpty {
      lines.append("<li><a href=\"#\(partView.otherFindingsID)\">\(ReportText.navOtherFindings)</a></li>")
    }
    lines += ["</ul>", "</nav>"]
    return lines
  }

  /// The masthead's table of contents when the page holds several programs: each root file,
  /// and under it its plans.
  private func contents(_ partViews: [PartView]) -> [String] {
    var lines = ["<nav aria-label=\"\(ReportText.navContents)\">", "<ul>"]
    for partView in partViews {
      var links = partView.views.map { view in
        "<li><a href=\"#\(view.anchor)\">\(view.plan.title.escapedForHTML)</a></li>"
      }
      if !partView.unplaced.isEmpty {
        links.append("<li><a href=\"#\(partView.otherFindingsID)\">\(ReportText.navOtherFindings)</a></li>")
      }
      lines.append(
        "<li><a href=\"#\(partView.anchor)\">\(partView.part.file.escapedForHTML)</a>"
          + (links.isEmpty ? "" : "<ul>" + links.joined() + "</ul>") + "</li>")
    }
    lines += ["</ul>", "</nav>"]
    return lines
  }

  /// One program's section on a page of several, headed by its root file.
  private func fileSection(_ partView: PartView, showsTitles: Bool) -> [String] {
    let anchor = partView.anchor
    return [
      "<section class=\"root\" id=\"\(anchor)\" data-file=\"\(partView.part.file.escapedForHTML)\" "
        + "aria-labelledby=\"\(anchor)-h\">",
      "<h2 class=\"root-title\" id=\"\(anchor)-h\"><code>\(partView.part.file.escapedForHTML)</code></h2>",
    ] + planSections(partView, showsTitles: showsTitles) + ["</section>"]
  }

  /// A program's plans and the findings about none of them.
  private func planSections(_ partView: PartView, showsTitles: Bool) -> [String] {
    var lines: [String] = []
    if partView.views.isEmpty {
      lines.append(
        "<p class=\"empty\">\(ReportText.noPlan)</p>")
    }
    for view in partView.views {
      lines += planArticle(view, showsTitle: showsTitles)
    }
    if !partView.unplaced.isEmpty {
      let id = partView.otherFindingsID
      let level = partView.anchor.isEmpty ? 2 : 3
      lines += [
        "<section id=\"\(id)\" aria-labelledby=\"\(id)-h\">",
        "<h\(level) id=\"\(id)-h\">\(ReportText.navOtherFindings)</h\(level)>",
        "<p class=\"lede\">\(ReportText.otherFindingsLede)</p>",
      ]
      lines += findingList(partView.unplaced, subject: { _ in nil })
      lines.append("</section>")
    }
    return lines
  }

  private func planArticle(_ view: PlanView, showsTitle: Bool) -> [String] {
    var lines = [
      "<article class=\"plan\" id=\"\(view.anchor)\" data-plan=\"\(view.plan.id.escapedForHTML)\">"
    ]
    if showsTitle {
      let level = view.headingLevel - 1
      lines.append("<h\(level) class=\"plan-title\">\(view.plan.title.escapedForHTML)</h\(level)>")
    }
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
