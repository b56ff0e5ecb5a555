import OGPDiagnostics
import OGPModel

/// A readable document per plan, for publishing or review: the plan's facts, its forum and
/// co-creation evidence, the version of the co-creation standards it is judged by with its minimum
/// requirements, the coverage of its strategy's objectives as a table, then each commitment with
/// its milestones. A program without plans gives its strategies' and standards' outlines.
///
/// Everything written by users is escaped, so a title cannot open a link, a heading, a list, an
/// HTML tag or a table cell: only the document's own structure is Markdown. Control characters
/// show as their pictures, bidirectional controls as U+FFFD, and no line starts with `::` (which
/// a CI log would run as a workflow command).
public enum MarkdownExporter {
  /// The document in `Language.current`: each text's translation into it where one is given.
  public static func export(_ program: Program) -> String {
    let program = program.localized(into: Language.current.rawValue)
    let document = Document(program: program)
    let sections =
      program.plans.isEmpty
      ? program.strategies.map(document.strategy) + program.standards.map(document.standardsOutline)
      : program.plans.map(document.plan)
    guard !sections.isEmpty else { return "The program declares no plans and no strategies.\n" }
    return sections.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
  }

  /// User text for running prose: Markdown's punctuation escaped, and what would start a block
  /// at the beginning of a line (`-`, `+`, `=`, `1.`, indentation) defused.
  static func escape(_ text: String) -> String {
    lines(of: text).map(escapeLine).joined(separator: "\n")
  }

  /// User text for a table cell: on one line, with `|` escaped.
  static func escapeCell(_ text: String) -> String {
    lines(of: text).filter { !$0.isEmpty }.map(escapeLine).joined(separator: " ")
  }

  /// The lines of a text, broken where Markdown breaks them: at LF, CR and CRLF alike.
  private static func lines(of text: String) -> [String] {
    let scalars = text.unicodeScalars
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in scalars {
      if scalar == "\n" && previous == "\r" {
        // The second half of a CRLF: the line has ended already.
      } else if scalar == "\n" || scalar == "\r" {
        lines.append(String(line))
        line = String.UnicodeScalarView()
      } else {
        line.append(scalar)
      }
      previous = scalar
    }
    return lines + [String(line)]
  }

  private static func escapeLine(_ line: String) -> String {
    let trimmed = line.visible(lineBreaks: .space).drop(while: \.isWhitespace)
    var result = ""
    for character in trimmed {
      if "\\`*_[]<>|~#&".contains(character) { result.append("\\") }
      result.append(character)
    }
    if let first = result.first, "-+=:".contains(first) { return "\\" + result }
    // `1.` or `1)` would start an ordered list.
    let digits = result.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let marker = result.dropFirst(digits.count).first, marker == "." || marker == ")" {
      return digits + "\\" + result.dropFirst(digits.count)
    }
    return result
  }

  /// An enum value as words: `access_to_information` → `access to information`.
  static func words(_ value: String) -> String { value.replacing("_", with: " ") }
}

/// What the sections of one export look up: actors' and objectives' titles.
private struct Document {
  let program: Program
  let actorTitles: [String: String]
  let strategies: [String: Strategy]

  init(program: Program) {
    self.program = program
    actorTitles = Dictionary(
      program.actors.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    strategies = Dictionary(program.strategies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  typealias Lines = [String]

  private func escape(_ text: String) -> String { MarkdownExporter.escape(text) }
  private func cell(_ text: String) -> String { MarkdownExporter.escapeCell(text) }

  private func actors(_ ids: [String]) -> String {
    ids.map { escape(actorTitles[$0] ?? $0) }.joined(separator: ", ")
  }

  private func range(_ range: DateRange) -> String { "\(range.start) to \(range.end)" }

  /// `3 months`, `1 month`.
  private func duration(_ duration: Duration) -> String {
    duration.amount == 1 ? "1 \(duration.unit.rawValue.dropLast())" : duration.description
  }

  private func local(_ id: String, in parent: String) -> String {
    id.hasPrefix(parent + ".") ? String(id.dropFirst(parent.count + 1)) : id
  }

  /// `- **Name:** value` for the values that are there.
  private func facts(_ pairs: [(String, String?)]) -> Lines {
    pairs.compactMap { name, value in value.map { "- **\(name):** \($0)" } }
  }

  /// A paragraph per text, each after a blank line.
  private func paragraphs(_ pairs: [(String, String?)]) -> Lines {
    pairs.flatMap { name, text in text.map { ["", "**\(name).** " + escape($0)] } ?? [] }
  }

  // MARK: Plans

  func plan(_ plan: ActionPlan) -> Lines {
    let strategy = plan.strategy.flatMap { strategies[$0] }
    var lines = ["# " + escape(plan.title)]
    if let doc = plan.doc { lines += ["", escape(doc)] }
    lines.append("")
    lines += facts([
      ("Member", "\(escape(plan.member.name)) (\(plan.member.kind.rawValue))"),
      ("Period", range(plan.period)),
      ("Strategy", plan.strategy.map { id in strategy.map { escape($0.title) } ?? escape(id) }),
      ("Point of contact", plan.pointOfContact.map { actors([$0]) }),
      ("Submitted", plan.submitted?.description),
      ("Commitment id prefix", plan.prefix.map(escape)),
    ])
    if let forum = plan.forum { lines += ["", "## Forum", ""] + self.forum(forum) }
    if let cocreation = plan.cocreation { lines += ["", "## Co-creation", ""] + self.cocreation(cocreation) }
    switch program.standardsSelection(for: plan) {
    case .undeclared: break
    case .version(let version):
      lines += ["", "## Co-creation standards", "", "Judged by **\(escape(version.title))**."]
      lines += [""] + requirements(of: version)
    case .noneInForce(let day, let source):
      lines += [
        "", "## Co-creation standards", "",
        "No declared version of the co-creation standards was in force on \(day) (the plan's \(source.rawValue)).",
      ]
    }
    if !plan.irm.isEmpty {
      lines += ["", "## IRM findings on the plan"]
      for findings in plan.irm { lines += [""] + self.planFindings(findings) }
    }
    if let strategy {
      lines += ["", "## Coverage of the strategy's objectives", ""] + coverage(plan, strategy)
    }
    lines += ["", "## Commitments"]
    for commitment in plan.commitments {
      lines += [""] + self.commitment(commitment, in: plan, strategy: strategy)
    }
    if plan.commitments.isEmpty { lines += ["", "The plan has no commitments yet."] }
    return lines
  }

  private func forum(_ forum: Forum) -> Lines {
    var lines = ["**\(escape(forum.title))**" + (forum.meets.map { ", meets every \(duration($0))." } ?? ".")]
    if let doc = forum.doc { lines += ["", escape(doc)] }
    let facts = facts([
      ("Members", forum.members.isEmpty ? nil : actors(forum.members)), ("Rules", forum.rules.map(escape)),
      ("Website", forum.website.map(escape)), ("Document repository", forum.repository.map(escape)),
      ("Repository updated", dates(forum.repositoryUpdates)), ("Meetings", dates(forum.meetings)),
      ("Minutes", forum.minutes.map(escape)),
    ])
    return facts.isEmpty ? lines : lines + [""] + facts
  }

  private func cocreation(_ evidence: CoCreationEvidence) -> Lines {
    var lines = facts([
      ("Co-creation began", evidence.started?.description),
      ("Participation timeline", evidence.timeline.map(escape)),
      ("Timeline published", evidence.timelinePublished?.description),
      ("Outreach", evidence.outreach.map(escape)),
      ("Channels", evidence.channels.isEmpty ? nil : evidence.channels.map(escape).joined(separator: ", ")),
      ("Proposals received", evidence.proposalsReceived.map(String.init)),
      ("Proposals accepted", evidence.proposalsAccepted.map(String.init)),
      ("Reasoned response", evidence.reasonedResponse.map(escape)),
      ("Participants", evidence.participants.map(String.init)),
    ])
    if let description = evidence.description {
      lines += (lines.isEmpty ? [] : [""]) + [escape(description)]
    }
    return lines.isEmpty ? ["No evidence recorded."] : lines
  }

  /// What one IRM report found about the plan: its name and date, then its findings.
  private func planFindings(_ findings: PlanAssessment) -> Lines {
    let source = [
      findings.report.map { MarkdownExporter.words($0.rawValue) }, findings.published?.description,
    ]
    .compactMap { $0 }
    let facts = facts([
      (
        "Minimum requirements met",
        findings.met.isEmpty ? nil : findings.met.map(escape).joined(separator: ", ")
      ),
      (
        "Minimum requirements not met",
        findings.notMet.isEmpty ? nil : findings.notMet.map(escape).joined(separator: ", ")
      ),
      ("Acted contrary to process", findings.contraryToProcess.map { $0 ? "yes" : "no" }),
      ("Level of public influence", findings.publicInfluence.map(escape)),
    ])
    let heading = "**IRM" + (source.isEmpty ? "" : ": " + source.joined(separator: ", ")) + "**"
    return [heading] + (facts.isEmpty ? [] : [""] + facts)
  }

  /// Objectives across, commitments down: ● where a commitment advances the objective (itself
  /// or through one of its priorities), · where it does not.
  private func coverage(_ plan: ActionPlan, _ strategy: Strategy) -> Lines {
    let matrix = CoverageMatrix(plan: plan, strategy: strategy)
    let objectives = strategy.objectives
    var lines = [
      "| Commitment | " + objectives.map { cell(String($0.id.localName)) }.joined(separator: " | ") + " |",
      "| --- |" + String(repeating: " :-: |", count: objectives.count),
    ]
    for row in matrix.rows {
      let marks = objectives.map { row.objectives.contains($0.id) ? "●" : "·" }
      lines.append("| \(cell(row.commitment)). \(cell(row.title)) | " + marks.joined(separator: " | ") + " |")
    }
    let totals = objectives.map { objective in
      String(matrix.rows.count { $0.objectives.contains(objective.id) })
    }
    lines.append("| **Total** | " + totals.joined(separator: " | ") + " |")
    lines.append("")
    lines += objectives.map { "- **\(cell(String($0.id.localName))):** \(escape($0.title))" }
    let uncovered = matrix.uncoveredObjectives
    lines.append("")
    lines.append(
      "Objectives no commitment advances: "
        + (uncovered.isEmpty
          ? "none." : uncovered.map { escape(String($0.id.localName)) }.joined(separator: ", ") + "."))
    return lines
  }

  private func commitment(_ commitment: Commitment, in plan: ActionPlan, strategy: Strategy?) -> Lines {
    let id = local(commitment.id, in: plan.id)
    var lines = ["### \(escape(id)). \(escape(commitment.title))"]
    if let doc = commitment.doc { lines += ["", escape(doc)] }
    lines.append("")
    lines += facts([
      ("Lead", commitment.leads.isEmpty ? nil : actors(commitment.leads)),
      ("Partners", commitment.partners.isEmpty ? nil : actors(commitment.partners)),
      (
        "Values",
        commitment.values.isEmpty
          ? nil : commitment.values.map { MarkdownExporter.words($0.rawValue) }.joined(separator: ", ")
      ),
      (
        "Objectives",
        commitment.advances.isEmpty ? nil : objectives(commitment.advances, plan: plan, strategy: strategy)
      ),
      (
        "Policy areas",
        commitment.areas.isEmpty
          ? nil : commitment.areas.map { escape(MarkdownExporter.words($0)) }.joined(separator: ", ")
      ),
      ("Open Gov Challenge area", commitment.challenge.map { MarkdownExporter.words($0.rawValue) }),
      ("Period", commitment.period.map(range)),
      ("Status", commitment.status.map { MarkdownExporter.words($0.rawValue) }),
      ("New or carried over", commitment.continuity.map { MarkdownExporter.words($0.rawValue) }),
      ("Primary policy area", commitment.primaryArea.map(escape)),
      ("Sector", commitment.sector.map(escape)),
      ("Contact", commitment.contact.map(escape)),
      ("Budget", commitment.budget.map(escape)),
      ("Links", commitment.links.isEmpty ? nil : commitment.links.map(escape).joined(separator: "; ")),
    ])
    lines += paragraphs([
      ("Problem", commitment.problem), ("Status quo", commitment.statusQuo),
      ("Description", commitment.description), ("Goal", commitment.goal), ("Solution", commitment.solution),
      ("Expected results", commitment.expectedResults),
    ])
    for assessment in commitment.assessments {
      let source = [
        assessment.report.map { MarkdownExporter.words($0.rawValue) }, assessment.published?.description,
      ]
      .compactMap { $0 }
      let heading =
        source.isEmpty ? "IRM assessment" : "IRM assessment (" + source.joined(separator: ", ") + ")"
      lines += ["", "**\(heading).** " + self.assessment(assessment)]
    }
    guard !commitment.milestones.isEmpty else { return lines }
    lines += [
      "", "#### Milestones", "", "| Milestone | Period | Deliverable | Responsible | Status |",
      "| --- | --- | --- | --- | --- |",
    ]
    for milestone in commitment.milestones {
      let cells = [
        "\(cell(local(milestone.id, in: commitment.id))). \(cell(milestone.title))",
        milestone.period.map(range) ?? "", milestone.deliverable.map(cell) ?? "",
        milestone.responsible.map { cell(actorTitles[$0] ?? $0) }.joined(separator: ", "),
        milestone.status.map { MarkdownExporter.words($0.rawValue) } ?? "",
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines
  }

  /// `SO2 Deliver greater impact; SO4 › Raise the bar on …`: an objective by its title, a
  /// priority by its objective and its own title.
  private func objectives(_ targets: [String], plan: ActionPlan, strategy: Strategy?) -> String {
    targets.map { target in
      let relative = plan.strategy.map { local(target, in: $0) } ?? target
      let parts = relative.split(separator: ".", maxSplits: 1).map(String.init)
      let objective = strategy?.objectives.first { $0.id.localName == parts[0] }
      guard parts.count > 1 else {
        return escape(relative) + (objective.map { " " + escape($0.title) } ?? "")
      }
      let priority = objective?.priorities.first { $0.id.localName == parts[1] }
      return escape(parts[0]) + " › " + escape(priority?.title ?? parts[1])
    }.joined(separator: "; ")
  }

  private func assessment(_ assessment: Assessment) -> String {
    let yesNo = { (value: Bool) in value ? "yes" : "no" }
    let parts: [(String, String?)] = [
      ("verifiable", assessment.verifiable.map(yesNo)), ("relevant", assessment.relevant.map(yesNo)),
      (
        "relevant to",
        assessment.relevance.isEmpty
          ? nil : assessment.relevance.map { MarkdownExporter.words($0.rawValue) }.joined(separator: ", ")
      ),
      ("specificity", assessment.specificity.map { MarkdownExporter.words($0.rawValue) }),
      ("potential for results", assessment.potential.map { MarkdownExporter.words($0.rawValue) }),
      ("potential impact", assessment.potentialImpact.map { MarkdownExporter.words($0.rawValue) }),
      ("completion", assessment.completion.map { MarkdownExporter.words($0.rawValue) }),
      ("did it open government", assessment.earlyResults.map { MarkdownExporter.words($0.rawValue) }),
      ("early results", assessment.results.map(escape)),
      ("promising", assessment.promising.map(yesNo)), ("starred", assessment.starred.map(yesNo)),
    ]
    let written = parts.compactMap { name, value in value.map { "\(name): \($0)" } }
    return written.isEmpty ? "nothing recorded." : written.joined(separator: "; ") + "."
  }

  private func dates(_ dates: [PartialDate]) -> String? {
    dates.isEmpty ? nil : dates.map(\.description).joined(separator: ", ")
  }

  // MARK: Standards

  /// A line per standard of the version, and under it a line per minimum requirement:
  /// `MR 1.1: forum meets every 6 months`.
  private func requirements(of version: StandardsVersion) -> Lines {
    version.standards.flatMap { standard in
      ["- **\(escape(String(standard.id.localName))).** \(escape(standard.title))"]
        + standard.minimums.map { minimum in
          let words = MarkdownExporter.words(minimum.requirement)
          let interval =
            minimum.interval.map { words.hasSuffix(" every") ? " " + duration($0) : " (\(duration($0)))" }
            ?? ""
          return "  - " + (minimum.number.map { "MR \(escape($0)): " } ?? "") + escape(words) + interval
        }
    }
  }

  /// A standards version on its own: its dates, the members it applies to and its requirements.
  func standardsOutline(_ version: StandardsVersion) -> Lines {
    var lines = ["# " + escape(version.title)]
    if let doc = version.doc { lines += ["", escape(doc)] }
    lines.append("")
    lines += facts([
      ("In force from", version.inForceFrom?.description),
      ("In force until", version.inForceUntil?.description),
      ("Members", version.members?.rawValue ?? "all"),
    ])
    if !version.standards.isEmpty { lines += [""] + requirements(of: version) }
    return lines
  }

  // MARK: Strategies

  func strategy(_ strategy: Strategy) -> Lines {
    var lines = ["# " + escape(strategy.title)]
    if let doc = strategy.doc { lines += ["", escape(doc)] }
    lines.append("")
    lines += facts([("Period", range(strategy.period))])
    lines += paragraphs([("Vision", strategy.vision), ("Mission", strategy.mission)])
    if let consultation = strategy.consultation {
      lines += ["", "## Consultation", ""] + self.consultation(consultation)
    }
    if !strategy.changes.isEmpty {
      lines += ["", "## Fundamental changes", ""]
      lines += strategy.changes.enumerated().map { "\($0.offset + 1). \(escape($0.element.title))" }
    }
    if !strategy.objectives.isEmpty {
      lines += ["", "## Strategic objectives", ""]
      for objective in strategy.objectives {
        let label = objective.label.map { " (\(escape($0)))" } ?? ""
        let aim = objective.aim.map { " Aim: " + escape($0) } ?? ""
        lines.append(
          "- **\(escape(String(objective.id.localName))).** \(escape(objective.title))\(label).\(aim)")
        lines += objective.priorities.map { "  - \(escape($0.title)) (\(escape(String($0.id.localName))))" }
      }
    }
    return lines
  }

  /// When it ran, how many took part ("over 1000" when the source gives a bound), and what it asked.
  private func consultation(_ consultation: Consultation) -> Lines {
    let count = consultation.contributions.map { number in
      (consultation.contributionsQualifier.map { MarkdownExporter.words($0.rawValue) + " " } ?? "")
        + String(number)
    }
    var lines = facts([("Period", consultation.period.map(range)), ("Contributions", count)])
    if let description = consultation.description {
      lines += (lines.isEmpty ? [] : [""]) + [escape(description)]
    }
    if !consultation.questions.isEmpty {
      lines +=
        (lines.isEmpty ? [] : [""]) + ["Questions:", ""] + consultation.questions.map { "- " + escape($0) }
    }
    return lines.isEmpty ? ["Nothing recorded."] : lines
  }
}
