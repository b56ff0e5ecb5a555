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
    guard !sections.isEmpty else { return MarkdownText.empty + "\n" }
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

  private func range(_ range: DateRange) -> String {
    MarkdownText.range(start: range.start.description, end: range.end.description)
  }

  /// `3 months`, `1 month`.
  private func duration(_ duration: Duration) -> String {
    switch duration.unit {
    case .days: MarkdownText.durationDays(count: duration.amount)
    case .weeks: MarkdownText.durationWeeks(count: duration.amount)
    case .months: MarkdownText.durationMonths(count: duration.amount)
    case .years: MarkdownText.durationYears(count: duration.amount)
    }
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
      (MarkdownText.planMember, "\(escape(plan.member.name)) (\(plan.member.kind.rawValue))"),
      (MarkdownText.planPeriod, range(plan.period)),
      (
        MarkdownText.planStrategy, plan.strategy.map { id in strategy.map { escape($0.title) } ?? escape(id) }
      ),
      (MarkdownText.planPointOfContact, plan.pointOfContact.map { actors([$0]) }),
      (MarkdownText.planSubmitted, plan.submitted?.description),
      (MarkdownText.planPrefix, plan.prefix.map(escape)),
    ])
    if let forum = plan.forum { lines += ["", "## " + MarkdownText.planForum, ""] + self.forum(forum) }
    if let cocreation = plan.cocreation {
      lines += ["", "## " + MarkdownText.planCocreation, ""] + self.cocreation(cocreation)
    }
    switch program.standardsSelection(for: plan) {
    case .undeclared: break
    case .version(let version):
      lines += [
        "", "## " + MarkdownText.planStandards, "", MarkdownText.planJudgedBy(version: escape(version.title)),
      ]
      lines += [""] + requirements(of: version)
    case .noneInForce(let day, let source):
      lines += [
        "", "## " + MarkdownText.planStandards, "",
        MarkdownText.planNoneInForce(day: day.description, source: self.source(source)),
      ]
    }
    if !plan.irm.isEmpty {
      lines += ["", "## " + MarkdownText.planIrm]
      for findings in plan.irm { lines += [""] + self.planFindings(findings) }
    }
    if let strategy {
      lines += ["", "## " + MarkdownText.planCoverage, ""] + coverage(plan, strategy)
    }
    lines += ["", "## " + MarkdownText.planCommitments]
    for commitment in plan.commitments {
      lines += [""] + self.commitment(commitment, in: plan, strategy: strategy)
    }
    if plan.commitments.isEmpty { lines += ["", MarkdownText.planNoCommitments] }
    return lines
  }

  private func forum(_ forum: Forum) -> Lines {
    var lines = [
      "**\(escape(forum.title))**"
        + (forum.meets.map { MarkdownText.forumMeets(duration: duration($0)) } ?? ".")
    ]
    if let doc = forum.doc { lines += ["", escape(doc)] }
    let facts = facts([
      (MarkdownText.forumMembers, forum.members.isEmpty ? nil : actors(forum.members)),
      (MarkdownText.forumRules, forum.rules.map(escape)),
      (MarkdownText.forumWebsite, forum.website.map(escape)),
      (MarkdownText.forumRepository, forum.repository.map(escape)),
      (MarkdownText.forumRepositoryUpdated, dates(forum.repositoryUpdates)),
      (MarkdownText.forumMeetings, dates(forum.meetings)),
      (MarkdownText.forumMinutes, forum.minutes.map(escape)),
    ])
    return facts.isEmpty ? lines : lines + [""] + facts
  }

  private func cocreation(_ evidence: CoCreationEvidence) -> Lines {
    var lines = facts([
      (MarkdownText.cocreationBegan, evidence.started?.description),
      (MarkdownText.cocreationTimeline, evidence.timeline.map(escape)),
      (MarkdownText.cocreationTimelinePublished, evidence.timelinePublished?.description),
      (MarkdownText.cocreationOutreach, evidence.outreach.map(escape)),
      (
        MarkdownText.cocreationChannels,
        evidence.channels.isEmpty ? nil : evidence.channels.map(escape).joined(separator: ", ")
      ),
      (MarkdownText.cocreationProposalsReceived, evidence.proposalsReceived.map(String.init)),
      (MarkdownText.cocreationProposalsAccepted, evidence.proposalsAccepted.map(String.init)),
      (MarkdownText.cocreationReasonedResponse, evidence.reasonedResponse.map(escape)),
      (MarkdownText.cocreationParticipants, evidence.participants.map(String.init)),
    ])
    if let description = evidence.description {
      lines += (lines.isEmpty ? [] : [""]) + [escape(description)]
    }
    return lines.isEmpty ? [MarkdownText.cocreationNone] : lines
  }

  /// What one IRM report found about the plan: its name and date, then its findings.
  private func planFindings(_ findings: PlanAssessment) -> Lines {
    let source = [
      findings.report.map { MarkdownExporter.words($0.rawValue) }, findings.published?.description,
    ]
    .compactMap { $0 }
    let facts = facts([
      (
        MarkdownText.irmMet,
        findings.met.isEmpty ? nil : findings.met.map(escape).joined(separator: ", ")
      ),
      (
        MarkdownText.irmNotMet,
        findings.notMet.isEmpty ? nil : findings.notMet.map(escape).joined(separator: ", ")
      ),
      (MarkdownText.irmContrary, findings.contraryToProcess.map(yesNo)),
      (MarkdownText.irmInfluence, findings.publicInfluence.map(escape)),
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
      "| \(MarkdownText.coverageCommitment) | "
        + objectives.map { cell(String($0.id.localName)) }.joined(separator: " | ") + " |",
      "| --- |" + String(repeating: " :-: |", count: objectives.count),
    ]
    for row in matrix.rows {
      let marks = objectives.map { row.objectives.contains($0.id) ? "●" : "·" }
      lines.append("| \(cell(row.commitment)). \(cell(row.title)) | " + marks.joined(separator: " | ") + " |")
    }
    let totals = objectives.map { objective in
      String(matrix.rows.count { $0.objectives.contains(objective.id) })
    }
    lines.append("| **\(MarkdownText.coverageTotal)** | " + totals.joined(separator: " | ") + " |")
    lines.append("")
    lines += objectives.map { "- **\(cell(String($0.id.localName))):** \(escape($0.title))" }
    let uncovered = matrix.uncoveredObjectives
    lines.append("")
    lines.append(
      MarkdownText.coverageUncovered(
        objectives: uncovered.isEmpty
          ? MarkdownText.coverageNone
          : uncovered.map { escape(String($0.id.localName)) }.joined(separator: ", ")))
    return lines
  }

  private func commitment(_ commitment: Commitment, in plan: ActionPlan, strategy: Strategy?) -> Lines {
    let id = local(commitment.id, in: plan.id)
    var lines = ["### \(escape(id)). \(escape(commitment.title))"]
    if let doc = commitment.doc { lines += ["", escape(doc)] }
    lines.append("")
    lines += facts([
      (MarkdownText.commitmentLead, commitment.leads.isEmpty ? nil : actors(commitment.leads)),
      (MarkdownText.commitmentPartners, commitment.partners.isEmpty ? nil : actors(commitment.partners)),
      (
        MarkdownText.commitmentValues,
        commitment.values.isEmpty
          ? nil : commitment.values.map { MarkdownExporter.words($0.rawValue) }.joined(separator: ", ")
      ),
      (
        MarkdownText.commitmentObjectives,
        commitment.advances.isEmpty ? nil : objectives(commitment.advances, plan: plan, strategy: strategy)
      ),
      (
        MarkdownText.commitmentAreas,
        commitment.areas.isEmpty
          ? nil : commitment.areas.map { escape(MarkdownExporter.words($0)) }.joined(separator: ", ")
      ),
      (MarkdownText.commitmentChallenge, commitment.challenge.map { MarkdownExporter.words($0.rawValue) }),
      (MarkdownText.commitmentPeriod, commitment.period.map(range)),
      (MarkdownText.commitmentStatus, commitment.status.map { MarkdownExporter.words($0.rawValue) }),
      (MarkdownText.commitmentContinuity, commitment.continuity.map { MarkdownExporter.words($0.rawValue) }),
      (MarkdownText.commitmentPrimaryArea, commitment.primaryArea.map(escape)),
      (MarkdownText.commitmentSector, commitment.sector.map(escape)),
      (MarkdownText.commitmentContact, commitment.contact.map(escape)),
      (MarkdownText.commitmentBudget, commitment.budget.map(escape)),
      (
        MarkdownText.commitmentLinks,
        commitment.links.isEmpty ? nil : commitment.links.map(escape).joined(separator: "; ")
      ),
    ])
    lines += paragraphs([
      (MarkdownText.commitmentProblem, commitment.problem),
      (MarkdownText.commitmentStatusQuo, commitment.statusQuo),
      (MarkdownText.commitmentDescription, commitment.description),
      (MarkdownText.commitmentGoal, commitment.goal),
      (MarkdownText.commitmentSolution, commitment.solution),
      (MarkdownText.commitmentExpectedResults, commitment.expectedResults),
    ])
    for assessment in commitment.assessments {
      let source = [
        assessment.report.map { MarkdownExporter.words($0.rawValue) }, assessment.published?.description,
      ]
      .compactMap { $0 }
      let heading =
        source.isEmpty
        ? MarkdownText.commitmentAssessment
        : MarkdownText.commitmentAssessmentFrom(source: source.joined(separator: ", "))
      lines += ["", "**\(heading).** " + self.assessment(assessment)]
    }
    guard !commitment.milestones.isEmpty else { return lines }
    lines += [
      "", "#### " + MarkdownText.commitmentMilestones, "",
      "| "
        + [
          MarkdownText.milestoneMilestone, MarkdownText.milestonePeriod, MarkdownText.milestoneDeliverable,
          MarkdownText.milestoneResponsible, MarkdownText.milestoneStatus,
        ].joined(separator: " | ") + " |",
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
    let parts: [(String, String?)] = [
      (MarkdownText.assessmentVerifiable, assessment.verifiable.map(yesNo)),
      (MarkdownText.assessmentRelevant, assessment.relevant.map(yesNo)),
      (
        MarkdownText.assessmentRelevantTo,
        assessment.relevance.isEmpty
          ? nil : assessment.relevance.map { MarkdownExporter.words($0.rawValue) }.joined(separator: ", ")
      ),
      (
        MarkdownText.assessmentSpecificity, assessment.specificity.map { MarkdownExporter.words($0.rawValue) }
      ),
      (MarkdownText.assessmentPotential, assessment.potential.map { MarkdownExporter.words($0.rawValue) }),
      (
        MarkdownText.assessmentPotentialImpact,
        assessment.potentialImpact.map { MarkdownExporter.words($0.rawValue) }
      ),
      (MarkdownText.assessmentCompletion, assessment.completion.map { MarkdownExporter.words($0.rawValue) }),
      (
        MarkdownText.assessmentOpenedGovernment,
        assessment.earlyResults.map { MarkdownExporter.words($0.rawValue) }
      ),
      (MarkdownText.assessmentEarlyResults, assessment.results.map(escape)),
      (MarkdownText.assessmentPromising, assessment.promising.map(yesNo)),
      (MarkdownText.assessmentStarred, assessment.starred.map(yesNo)),
    ]
    let written = parts.compactMap { name, value in value.map { "\(name): \($0)" } }
    return written.isEmpty ? MarkdownText.assessmentNothing : written.joined(separator: "; ") + "."
  }

  /// `over 1000`: a count with the bound or estimate the source gives.
  private func contributions(_ count: String, qualifier: CountQualifier?) -> String {
    switch qualifier {
    case nil: count
    case .over: MarkdownText.consultationOver(count: count)
    case .about: MarkdownText.consultationAbout(count: count)
    case .atLeast: MarkdownText.consultationAtLeast(count: count)
    case .under: MarkdownText.consultationUnder(count: count)
    }
  }

  private func yesNo(_ value: Bool) -> String { value ? MarkdownText.yes : MarkdownText.no }

  /// Which of the plan's dates chose the standards' version.
  private func source(_ source: CoCreationDate) -> String {
    switch source {
    case .started: MarkdownText.planSourceStarted
    case .submitted: MarkdownText.planSourceSubmitted
    case .periodStart: MarkdownText.planSourcePeriodStart
    }
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
      (MarkdownText.standardsInForceFrom, version.inForceFrom?.description),
      (MarkdownText.standardsInForceUntil, version.inForceUntil?.description),
      (MarkdownText.standardsMembers, version.members?.rawValue ?? MarkdownText.standardsAllMembers),
    ])
    if !version.standards.isEmpty { lines += [""] + requirements(of: version) }
    return lines
  }

  // MARK: Strategies

  func strategy(_ strategy: Strategy) -> Lines {
    var lines = ["# " + escape(strategy.title)]
    if let doc = strategy.doc { lines += ["", escape(doc)] }
    lines.append("")
    lines += facts([(MarkdownText.strategyPeriod, range(strategy.period))])
    lines += paragraphs([
      (MarkdownText.strategyVision, strategy.vision), (MarkdownText.strategyMission, strategy.mission),
    ])
    if let consultation = strategy.consultation {
      lines += ["", "## " + MarkdownText.strategyConsultation, ""] + self.consultation(consultation)
    }
    if !strategy.changes.isEmpty {
      lines += ["", "## " + MarkdownText.strategyChanges, ""]
      lines += strategy.changes.enumerated().map { "\($0.offset + 1). \(escape($0.element.title))" }
    }
    if !strategy.objectives.isEmpty {
      lines += ["", "## " + MarkdownText.strategyObjectives, ""]
      for objective in strategy.objectives {
        let label = objective.label.map { " (\(escape($0)))" } ?? ""
        let aim = objective.aim.map { " \(MarkdownText.strategyAim) " + escape($0) } ?? ""
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
      contributions(String(number), qualifier: consultation.contributionsQualifier)
    }

    var lines = facts([
      (MarkdownText.consultationPeriod, consultation.period.map(range)),
      (MarkdownText.consultationContributions, count),
    ])
    if let description = consultation.description {
      lines += (lines.isEmpty ? [] : [""]) + [escape(description)]
    }
    if !consultation.questions.isEmpty {
      lines +=
        (lines.isEmpty ? [] : [""]) + [MarkdownText.consultationQuestions, ""]
        + consultation.questions.map { "- " + escape($0) }
    }
    return lines.isEmpty ? [MarkdownText.consultationNone] : lines
  }
}
