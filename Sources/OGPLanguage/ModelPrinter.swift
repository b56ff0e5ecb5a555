import OGPModel

/// Writes a model back as `.ogp` source: the inverse of `Lowering`, for `ogp import` and for
/// tools that build plans as data.
///
/// Compiling the text gives the same `Program` when the model is one the language can state:
/// ids qualified as the checker qualifies them, references that resolve, words the language
/// reads as names, no `rules` (the model keeps a rule's header, not its conditions) and no doc
/// comment line ending in a carriage return. Everything goes in one file, with no `use`:
/// strategies, then actors, then plans. Declarations carry their local names; `advances` names
/// objectives within the plan's strategy (`SO3.protect_participation`).
///
/// The layout is the one `ogp fmt` produces: two-space indentation; values aligned one space
/// after the longest keyword of each run of clauses, lists wrapped after a comma at 110 columns;
/// one-line declarations (actors, changes, priorities) one under the other, aligned in columns,
/// an actor's clauses on its line (`{ branch executive; level national }`); clause blocks and
/// multi-line declarations set apart by a blank line, except milestones among themselves. Text
/// with line breaks is a `"""` string; a doc comment is written as it is, trailing spaces and
/// all.
public enum ModelPrinter {
  /// The `.ogp` source of `program`, ending in one newline.
  public static func print(_ program: Program) -> String {
    let declarations =
      program.strategies.map(strategy) + program.actors.map(actor) + program.plans.map(plan)
    var lines: [String] = []
    render(declarations.map(Item.declaration), indent: "", into: &lines)
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  // MARK: The model as declarations and clauses

  private static func strategy(_ strategy: Strategy) -> Declaration {
    var items = clauses([
      ("period", range(strategy.period)), ("vision", strategy.vision.map(text)),
      ("mission", strategy.mission.map(text)),
    ])
    if let consultation = strategy.consultation {
      items.append(
        .block(
          "consultation",
          clauses([
            ("period", consultation.period.map(range)),
            ("contributions", consultation.contributions.map { .inline(String($0)) }),
            ("description", consultation.description.map(text)),
            ("questions", list(consultation.questions.map(literal))),
          ])))
    }
    items += strategy.changes.map { change in
      .declaration(
        Declaration(
          keyword: "change", id: change.id, parent: strategy.id, title: change.title, doc: change.doc))
    }
    items += strategy.objectives.map { objective in
      var children = clauses([("label", objective.label.map(text)), ("aim", objective.aim.map(text))])
      children += objective.priorities.map { priority in
        .declaration(
          Declaration(
            keyword: "priority", id: priority.id, parent: objective.id, title: priority.title,
            doc: priority.doc))
      }
      return .declaration(
        Declaration(
          keyword: "objective", id: objective.id, parent: strategy.id, title: objective.title,
          doc: objective.doc, items: children))
    }
    items += strategy.standards.map { standard in
      var children = clauses([("description", standard.description.map(text))])
      children += standard.minimums.map { minimum in
        .clause("minimum", .inline(minimum.requirement + (minimum.interval.map { " " + duration($0) } ?? "")))
      }
      return .declaration(
        Declaration(
          keyword: "standard", id: standard.id, parent: strategy.id, title: standard.title, doc: standard.doc,
          items: children))
    }
    return Declaration(
      keyword: "strategy", id: strategy.id, title: strategy.title, doc: strategy.doc, items: items)
  }

  private static func actor(_ actor: Actor) -> Declaration {
    var declaration = Declaration(
      keyword: "actor", id: actor.id, title: actor.title, doc: actor.doc,
      items: clauses([
        ("branch", actor.branch.map { .inline($0.rawValue) }),
        ("level", actor.level.map { .inline($0.rawValue) }),
      ]))
    declaration.kind = actor.kind.rawValue
    declaration.isCompact = true
    return declaration
  }

  private static func plan(_ plan: ActionPlan) -> Declaration {
    var items = clauses([
      ("member", .inline(literal(plan.member.name) + " " + plan.member.kind.rawValue)),
      ("strategy", plan.strategy.map(ClauseValue.inline)), ("period", range(plan.period)),
      ("prefix", plan.prefix.map(text)), ("contact", plan.pointOfContact.map(ClauseValue.inline)),
      ("submitted", plan.submitted.map { .inline($0.description) }),
    ])
    if let cocreation = plan.cocreation {
      items.append(
        .block(
          "cocreation",
          clauses([
            ("timeline", cocreation.timeline.map(text)),
            ("reasoned_response", cocreation.reasonedResponse.map(text)),
            ("participants", cocreation.participants.map { .inline(String($0)) }),
            ("description", cocreation.description.map(text)),
          ])))
    }
    if let forum = plan.forum {
      items.append(
        .declaration(
          Declaration(
            keyword: "forum", title: forum.title, doc: forum.doc,
            items: clauses([
              ("meets", forum.meets.map { .inline("every " + duration($0)) }),
              ("members", list(forum.members)),
              ("rules", forum.rules.map(text)), ("website", forum.website.map(text)),
              ("repository", forum.repository.map(text)),
            ]))))
    }
    items += plan.commitments.map { .declaration(commitment($0, in: plan)) }
    return Declaration(keyword: "plan", id: plan.id, title: plan.title, doc: plan.doc, items: items)
  }

  private static func commitment(_ commitment: Commitment, in plan: ActionPlan) -> Declaration {
    // `advances` names objectives in the plan's strategy, so the strategy's prefix is left out.
    let strategyPrefix = plan.strategy.map { $0 + "." }
    let advances = commitment.advances.map { target in
      if let strategyPrefix, target.hasPrefix(strategyPrefix) {
        String(target.dropFirst(strategyPrefix.count))
      } else {
        target
      }
    }
    var items = clauses([
      ("lead", list(commitment.leads)), ("partners", list(commitment.partners)),
      ("values", list(commitment.values.map(\.rawValue))), ("advances", list(advances)),
      ("areas", list(commitment.areas)), ("challenge", commitment.challenge.map { .inline($0.rawValue) }),
      ("period", commitment.period.map(range)), ("problem", commitment.problem.map(text)),
      ("status_quo", commitment.statusQuo.map(text)), ("description", commitment.description.map(text)),
      ("goal", commitment.goal.map(text)), ("solution", commitment.solution.map(text)),
      ("budget", commitment.budget.map(text)), ("links", list(commitment.links.map(literal))),
      ("status", commitment.status.map { .inline($0.rawValue) }),
    ])
    if let assessment = commitment.assessment {
      func yesNo(_ value: Bool?) -> ClauseValue? { value.map { .inline($0 ? "yes" : "no") } }
      items.append(
        .block(
          "assessment",
          clauses([
            ("verifiable", yesNo(assessment.verifiable)), ("relevant", yesNo(assessment.relevant)),
            ("potential", assessment.potential.map { .inline($0.rawValue) }),
            ("potential_impact", assessment.potentialImpact.map { .inline($0.rawValue) }),
            ("completion", assessment.completion.map { .inline($0.rawValue) }),
            ("early_results", assessment.earlyResults.map { .inline($0.rawValue) }),
            ("promising", yesNo(assessment.promising)), ("starred", yesNo(assessment.starred)),
          ])))
    }
    items += commitment.milestones.map { milestone in
      var declaration = Declaration(
        keyword: "milestone", id: milestone.id, parent: commitment.id, title: milestone.title,
        doc: milestone.doc,
        items: clauses([
          ("period", milestone.period.map(range)), ("deliverable", milestone.deliverable.map(text)),
          ("status", milestone.status.map { .inline($0.rawValue) }),
        ]))
      declaration.followsSiblingsClosely = true
      return .declaration(declaration)
    }
    return Declaration(
      keyword: "commitment", id: commitment.id, parent: plan.id, title: commitment.title, doc: commitment.doc,
      items: items)
  }

  private static func clauses(_ pairs: [(String, ClauseValue?)]) -> [Item] {
    pairs.compactMap { keyword, value in value.map { .clause(keyword, $0) } }
  }

  /// `a, b`; nil for an empty list, which the language writes by leaving the clause out.
  private static func list(_ values: [String]) -> ClauseValue? {
    values.isEmpty ? nil : .list(values)
  }

  private static func range(_ range: DateRange) -> ClauseValue { .inline("\(range.start) .. \(range.end)") }

  /// `6 months`, `1 month`.
  private static func duration(_ duration: Duration) -> String {
    let unit = duration.unit.rawValue
    return "\(duration.amount) \(duration.amount == 1 ? String(unit.dropLast()) : unit)"
  }

  // MARK: Strings

  /// A text clause's value: a `"""` string when the text has line breaks, else a `"…"` one.
  private static func text(_ value: String) -> ClauseValue {
    guard value.unicodeScalars.contains("\n") else { return .inline(literal(value)) }
    return .multiline(lines(of: value).map(multilineContent))
  }

  /// The lines of a text, split at every line feed: a carriage return before one stays with
  /// its line (`String.split` would see `\r\n` as one character and not split it).
  static func lines(of text: String) -> [String] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String(String.UnicodeScalarView($0))
    }
  }

  /// A `"…"` string: quotes, backslashes and control characters escaped, the rest as it is.
  static func literal(_ value: String) -> String {
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      default: result += escaped(scalar)
      }
    }
    return result + "\""
  }

  /// One line of a `"""` string. A quote is escaped only where it starts a run of quotes, which
  /// could close the string; a space ending the line is escaped so that no line ends in a space
  /// and a line of spaces is not read as a blank one.
  private static func multilineContent(_ line: String) -> String {
    let scalars = Array(line.unicodeScalars)
    var result = ""
    for (index, scalar) in scalars.enumerated() {
      if scalar == "\"" {
        result += index + 1 < scalars.count && scalars[index + 1] == "\"" ? "\\\"" : "\""
      } else if scalar == " " && index == scalars.count - 1 {
        result += "\\u{20}"
      } else {
        result += escaped(scalar)
      }
    }
    return result
  }

  private static func escaped(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\\": "\\\\"
    case "\n": "\\n"
    case "\r": "\\r"
    case "\t": "\\t"
    case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
      "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    default: String(scalar)
    }
  }

  // MARK: Layout

  /// Where a list of values wraps, as the repository's Swift code does.
  private static let lineLength = 110

  private enum ClauseValue {
    /// Values written on the keyword's line.
    case inline(String)
    /// Comma-separated values, continued on the next lines when they do not fit.
    case list([String])
    /// The escaped lines of a `"""` string.
    case multiline([String])
  }

  private indirect enum Item {
    case clause(String, ClauseValue)
    /// A clause with a block of clauses: `cocreation { … }`.
    case block(String, [Item])
    case declaration(Declaration)
  }

  private struct Declaration {
    var keyword: String
    /// The local name; nil for a forum.
    var name: String?
    /// An actor's kind.
    var kind: String?
    /// The title as a string literal.
    var title: String
    var doc: String?
    var items: [Item] = []
    /// Its clauses go on the header's line, `{ a; b }`, as an actor's do.
    var isCompact = false
    /// No blank line between it and a sibling of its kind, as milestones are written.
    var followsSiblingsClosely = false

    init(
      keyword: String, id: String? = nil, parent: String? = nil, title: String, doc: String?,
      items: [Item] = []
    ) {
      self.keyword = keyword
      self.name = id.map { id in
        // Ids are qualified by their parent's (`plan.c01`); a declaration is written with its own part.
        if let parent, id.hasPrefix(parent + ".") {
          String(id.dropFirst(parent.count + 1))
        } else {
          String(id.localName)
        }
      }
      self.title = ModelPrinter.literal(title)
      self.doc = doc
      self.items = items
    }

    var isOneLine: Bool { items.isEmpty || isCompact }

    /// `{ branch executive; level national }`, or nothing.
    var compactBlock: String? {
      guard !items.isEmpty else { return nil }
      let clauses = items.map { item -> String in
        guard case .clause(let keyword, .inline(let value)) = item else { return "" }
        return keyword + " " + value
      }
      return "{ " + clauses.joined(separator: "; ") + " }"
    }

    var docLines: [String] {
      guard let doc else { return [] }
      return ModelPrinter.lines(of: doc).map { $0.isEmpty ? "///" : "/// " + $0 }
    }
  }

  /// Consecutive items printed alike: a run of clauses aligns its values, a run of one-line
  /// declarations its headers; anything else stands alone.
  private enum Group {
    case clauses([(String, ClauseValue)])
    case block(String, [Item])
    case oneLiners([Declaration])
    case declaration(Declaration)
  }

  private static func groups(_ items: [Item]) -> [Group] {
    var groups: [Group] = []
    for item in items {
      switch (item, groups.last) {
      case (.clause(let keyword, let value), .clauses(let run)?):
        groups[groups.count - 1] = .clauses(run + [(keyword, value)])
      case (.clause(let keyword, let value), _):
        groups.append(.clauses([(keyword, value)]))
      case (.block(let keyword, let items), _):
        groups.append(.block(keyword, items))
      case (.declaration(let declaration), .oneLiners(let run)?) where declaration.isOneLine:
        groups[groups.count - 1] = .oneLiners(run + [declaration])
      case (.declaration(let declaration), _):
        groups.append(declaration.isOneLine ? .oneLiners([declaration]) : .declaration(declaration))
      }
    }
    return groups
  }

  private static func render(_ items: [Item], indent: String, into lines: inout [String]) {
    var previous: Group?
    for group in groups(items) {
      if let previous, !closelyFollows(previous, group) { lines.append("") }
      switch group {
      case .clauses(let run):
        let width = run.map(\.0.count).max() ?? 0
        for (keyword, value) in run {
          renderClause(keyword, value, keywordWidth: width, indent: indent, into: &lines)
        }
      case .block(let keyword, let items):
        if items.isEmpty {
          lines.append(indent + keyword + " {}")
        } else {
          lines.append(indent + keyword + " {")
          render(items, indent: indent + "  ", into: &lines)
          lines.append(indent + "}")
        }
      case .oneLiners(let run):
        renderOneLiners(run, indent: indent, into: &lines)
      case .declaration(let declaration):
        lines += declaration.docLines.map { indent + $0 }
        lines.append(indent + header(declaration) + " {")
        render(declaration.items, indent: indent + "  ", into: &lines)
        lines.append(indent + "}")
      }
      previous = group
    }
  }

  private static func closelyFollows(_ previous: Group, _ group: Group) -> Bool {
    guard case .declaration(let first) = previous, case .declaration(let second) = group else { return false }
    return first.followsSiblingsClosely && second.followsSiblingsClosely && first.keyword == second.keyword
  }

  private static func renderClause(
    _ keyword: String, _ value: ClauseValue, keywordWidth: Int, indent: String, into lines: inout [String]
  ) {
    let start = indent + keyword.padded(to: keywordWidth) + " "
    switch value {
    case .inline(let text):
      lines.append(start + text)
    case .list(let items):
      // A line ending in a comma continues; the next item lines up with the first.
      var line = start + items[0]
      for item in items.dropFirst() {
        if line.count + 2 + item.count <= lineLength {
          line += ", " + item
        } else {
          lines.append(line + ",")
          line = String(repeating: " ", count: start.count) + item
        }
      }
      lines.append(line)
    case .multiline(let content):
      // The content and the closing delimiter sit one level in; the closing delimiter's
      // indentation is what the language strips from every line.
      let inner = indent + "  "
      lines.append(start + "\"\"\"")
      lines += content.map { $0.isEmpty ? "" : inner + $0 }
      lines.append(inner + "\"\"\"")
    }
  }

  private static func header(_ declaration: Declaration) -> String {
    ([declaration.keyword, declaration.name, declaration.kind, declaration.title] as [String?]).compactMap {
      $0
    }
    .joined(separator: " ")
  }

  /// One-line declarations one under the other, their names, kinds, titles and blocks in columns.
  private static func renderOneLiners(_ run: [Declaration], indent: String, into lines: inout [String]) {
    guard run.count > 1 else {
      let declaration = run[0]
      lines += declaration.docLines.map { indent + $0 }
      lines.append(indent + header(declaration) + (declaration.compactBlock.map { " " + $0 } ?? ""))
      return
    }
    let keywordWidth = run.map(\.keyword.count).max() ?? 0
    let nameWidth = run.map { $0.name?.count ?? 0 }.max() ?? 0
    let kindWidth = run.map { $0.kind?.count ?? 0 }.max() ?? 0
    let titleWidth = run.map(\.title.count).max() ?? 0
    for declaration in run {
      var cells = [declaration.keyword.padded(to: keywordWidth)]
      if nameWidth > 0 { cells.append((declaration.name ?? "").padded(to: nameWidth)) }
      if kindWidth > 0 { cells.append((declaration.kind ?? "").padded(to: kindWidth)) }
      if let block = declaration.compactBlock {
        cells += [declaration.title.padded(to: titleWidth), block]
      } else {
        cells.append(declaration.title)
      }
      lines += declaration.docLines.map { indent + $0 }
      lines.append(indent + cells.joined(separator: " "))
    }
  }
}
