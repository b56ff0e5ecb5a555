import OGPDiagnostics
import OGPModel

/// Writes a model back as `.ogp` source: the inverse of the checker's building of the model, for
/// `ogp import` and for tools that build plans as data. Every clause is written through its
/// `ClauseField`, so a clause added to `ClauseTable` is printed without a change here.
///
/// Compiling the text gives the same `Program` when the model is one the language can state:
/// ids qualified as the checker qualifies them, references that resolve, words the language
/// reads as names, no `rules` (the model keeps a rule's header, not its conditions) and no doc
/// comment line ending in a carriage return. Everything goes in one file, with no `use`:
/// strategies, then actors, then plans. Declarations carry their local names; `advances` names
/// objectives within the plan's strategy (`SO3.protect_participation`).
///
/// The printer decides what is written and where lines and blank lines fall: lists wrapped after
/// a comma at 110 columns, one-line declarations (actors, changes, priorities) one under the
/// other, an actor's clauses on its line (`{ branch executive; level national }`), clause blocks
/// and multi-line declarations set apart by a blank line, except milestones among themselves.
/// A translated text is followed by a clause per translation (`aim es "…"`), a header's title
/// translated by `title es "…"` at the top of the declaration's block.
/// `ogp fmt`'s layout does the rest (indentation and alignment). Text with line breaks is a
/// `"""` string; a doc comment is written as it is, trailing spaces and all.
public enum ModelPrinter {
  /// The `.ogp` source of `program`, ending in one newline.
  public static func print(_ program: Program) -> String {
    let declarations =
      program.strategies.map(strategy) + program.standards.map(standardsVersion) + program.actors.map(actor)
      + program.plans.map(plan)
    var lines: [String] = []
    render(declarations.map(Item.declaration), indent: "", into: &lines)
    guard !lines.isEmpty else { return "" }
    let text = lines.joined(separator: "\n") + "\n"
    // The text parses by construction; should the formatter ever refuse it, it is still the model.
    guard
      case .success(let formatted) = SourceFormatter.format(
        SourceFile(id: SourceFileID(0), path: "", text: text))
    else { return text }
    return formatted
  }

  // MARK: The model as declarations and clauses

  private static func strategy(_ strategy: Strategy) -> Declaration {
    var items = clauses(ClauseTable.strategy, of: strategy)
    items += strategy.changes.map { change in
      .declaration(
        Declaration(
          keyword: "change", id: change.id, parent: strategy.id, title: change.title, doc: change.doc,
          items: clauses(ClauseTable.change, of: change)))
    }
    items += strategy.objectives.map { objective in
      var children = clauses(ClauseTable.objective, of: objective)
      children += objective.priorities.map { priority in
        .declaration(
          Declaration(
            keyword: "priority", id: priority.id, parent: objective.id, title: priority.title,
            doc: priority.doc, items: clauses(ClauseTable.priority, of: priority)))
      }
      return .declaration(
        Declaration(
          keyword: "objective", id: objective.id, parent: strategy.id, title: objective.title,
          doc: objective.doc, items: children))
    }
    items += strategy.standards.map { standard in
      .declaration(
        Declaration(
          keyword: "standard", id: standard.id, parent: strategy.id, title: standard.title, doc: standard.doc,
          items: clauses(ClauseTable.standard, of: standard)))
    }
    return Declaration(
      keyword: "strategy", id: strategy.id, title: strategy.title, doc: strategy.doc, items: items)
  }

  private static func standardsVersion(_ version: StandardsVersion) -> Declaration {
    var items = clauses(ClauseTable.standardsVersion, of: version)
    items += version.standards.map { standard in
      .declaration(
        Declaration(
          keyword: "standard", id: standard.id, parent: version.id, title: standard.title, doc: standard.doc,
          items: clauses(ClauseTable.standard, of: standard)))
    }
    return Declaration(
      keyword: "standards", id: version.id, title: version.title, doc: version.doc, items: items)
  }

  private static func actor(_ actor: Actor) -> Declaration {
    var declaration = Declaration(
      keyword: "actor", id: actor.id, title: actor.title, doc: actor.doc,
      items: clauses(ClauseTable.actor, of: actor))
    declaration.kind = actor.kind.rawValue
    declaration.isCompact = true
    return declaration
  }

  private static func plan(_ plan: ActionPlan) -> Declaration {
    var items = clauses(ClauseTable.plan, of: plan)
    if let forum = plan.forum {
      items.append(
        .declaration(
          Declaration(
            keyword: "forum", title: forum.title, doc: forum.doc, items: clauses(ClauseTable.forum, of: forum)
          )))
    }
    // `advances` names objectives in the plan's strategy, so the strategy's prefix is left out.
    let strategyPrefix = plan.strategy.map { $0 + "." }
    items += plan.commitments.map { commitment in
      var items = clauses(ClauseTable.commitment, of: commitment, strategyPrefix: strategyPrefix)
      items += commitment.milestones.map { milestone in
        var declaration = Declaration(
          keyword: "milestone", id: milestone.id, parent: commitment.id, title: milestone.title,
          doc: milestone.doc, items: clauses(ClauseTable.milestone, of: milestone))
        declaration.followsSiblingsClosely = true
        return .declaration(declaration)
      }
      return .declaration(
        Declaration(
          keyword: "commitment", id: commitment.id, parent: plan.id, title: commitment.title,
          doc: commitment.doc, items: items))
    }
    return Declaration(keyword: "plan", id: plan.id, title: plan.title, doc: plan.doc, items: items)
  }

  /// The clauses the model gives `owner`, in the order of its `ClauseTable` list; a text's
  /// translations follow it, one clause each (`aim es "…"`).
  private static func clauses<Owner>(
    _ fields: [ClauseField<Owner>], of owner: Owner, strategyPrefix: String? = nil
  ) -> [Item] {
    fields.flatMap { field in
      let written = field.read(owner).map { items(field.spec, $0, strategyPrefix: strategyPrefix) } ?? []
      return written
        + field.translations(owner).flatMap {
          items(field.spec, .translation(language: $0.language, text: $0.text), strategyPrefix: nil)
        }
    }
  }

  /// A clause value as written: one clause, or one per requirement of a repeatable clause.
  private static func items(_ spec: ClauseSpec, _ value: CheckedValue, strategyPrefix: String?) -> [Item] {
    let keyword = spec.keyword
    func one(_ value: ClauseValue?) -> [Item] { value.map { [.clause(keyword, $0)] } ?? [] }
    switch value {
    case .text(let value): return one(text(value))
    case .translation(let language, let value): return [.clause(keyword + " " + language, text(value))]
    case .texts(let values): return one(list(values.map(literal)))
    case .integer(let number): return one(.inline(String(number)))
    case .count(let number, let qualifier):
      return one(.inline((qualifier.map { $0 + " " } ?? "") + String(number)))
    case .date(let date): return one(.inline(date.description))
    case .dates(let dates): return one(list(dates.map(\.description)))
    case .dateRange(let range): return one(.inline("\(range.start) .. \(range.end)"))
    case .frequency(let duration): return one(.inline("every " + duration.written))
    case .enumeration(let word), .reference(let word): return one(.inline(word))
    case .enumerations(let words), .tags(let words): return one(list(words))
    case .references(let ids):
      guard case .objectiveReferences = spec.type, let strategyPrefix else { return one(list(ids)) }
      return one(
        list(ids.map { $0.hasPrefix(strategyPrefix) ? String($0.dropFirst(strategyPrefix.count)) : $0 }))
    case .member(let member): return one(.inline(literal(member.name) + " " + member.kind.rawValue))
    case .requirements(let requirements):
      return requirements.map { requirement in
        let number = requirement.number.map { literal($0) + " " } ?? ""
        let interval = requirement.interval.map { " " + $0.written } ?? ""
        return .clause(keyword, .inline(number + requirement.requirement + interval))
      }
    case .block(let entries):
      guard case .block(let specs) = spec.type else { return [] }
      let inner = entries.flatMap { entry in
        specs.first { $0.keyword == entry.keyword }.map {
          items($0, entry.value, strategyPrefix: strategyPrefix)
        }
          ?? []
      }
      return [.block(keyword, inner)]
    case .blocks(let all):
      return all.flatMap { items(spec, .block($0), strategyPrefix: strategyPrefix) }
    }
  }

  /// `a, b`; nil for an empty list, which the language writes by leaving the clause out.
  private static func list(_ values: [String]) -> ClauseValue? {
    values.isEmpty ? nil : .list(values)
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

    /// A compact block holds clauses of one line only: a title translated with line breaks
    /// needs the block's lines.
    var isOneLine: Bool {
      items.isEmpty
        || (isCompact
          && items.allSatisfy { if case .clause(_, .inline) = $0 { true } else { false } })
    }

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
        // Lists wrap where the formatter's alignment will put their values.
        let width = run.map(\.0.count).max() ?? 0
        for (keyword, value) in run {
          renderClause(keyword, value, valueColumn: indent.count + width + 1, indent: indent, into: &lines)
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
    _ keyword: String, _ value: ClauseValue, valueColumn: Int, indent: String, into lines: inout [String]
  ) {
    let start = indent + keyword + " "
    switch value {
    case .inline(let text):
      lines.append(start + text)
    case .list(let items):
      // A line ending in a comma continues; the formatter lines the next item up with the first.
      var line = start + items[0]
      var width = valueColumn + items[0].count
      for item in items.dropFirst() {
        if width + 2 + item.count <= lineLength {
          line += ", " + item
          width += 2 + item.count
        } else {
          lines.append(line + ",")
          line = indent + "  " + item
          width = valueColumn + item.count
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

  /// One-line declarations one under the other; the formatter puts their parts in columns.
  private static func renderOneLiners(_ run: [Declaration], indent: String, into lines: inout [String]) {
    for declaration in run {
      lines += declaration.docLines.map { indent + $0 }
      lines.append(indent + header(declaration) + (declaration.compactBlock.map { " " + $0 } ?? ""))
    }
  }
}
