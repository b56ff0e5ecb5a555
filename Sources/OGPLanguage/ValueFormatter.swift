import OGPDiagnostics
import OGPModel

/// Prints what an expression computes. For people: a list of elements as an aligned table whose
/// columns depend on the kind (a commitment's lead, status and end; a milestone's deliverable …),
/// other lists one value a line, scalars plainly (dates ISO, `92 days`, `yes`/`no`, `none`). For
/// programs: JSON whose keys come in a fixed order, so that output can be compared and diffed.
public enum ValueFormatter {
  /// The value as text, ending in a line break. `type` is the expression's type: it names what
  /// an empty list would have held ("no commitments").
  public static func text(_ value: RuntimeValue, type: ExpressionType) -> String {
    lines(value, type: type).defusingWorkflowCommands()
  }

  private static func lines(_ value: RuntimeValue, type: ExpressionType) -> String {
    switch value {
    case .element(let element): return table([element])
    case .list(let items):
      guard !items.isEmpty else { return nothing(of: type) + "\n" }
      let elements = items.compactMap { item -> ElementValue? in
        guard case .element(let element) = item else { return nil }
        return element
      }
      if elements.count == items.count { return table(elements) }
      return items.map { scalar($0) + "\n" }.joined()
    case .text(let text): return text.visible(lineBreaks: .kept) + "\n"
    default: return scalar(value) + "\n"
    }
  }

  /// The values of one expression over several programs, each named by its root file, in the
  /// order given. Elements (alone or in lists) make one table whose first column is `file`;
  /// other values are a line each, after their file, a list's items a line each.
  public static func text(_ results: [(file: String, value: RuntimeValue)], type: ExpressionType) -> String {
    joinedLines(results, type: type).defusingWorkflowCommands()
  }

  private static func joinedLines(_ results: [(file: String, value: RuntimeValue)], type: ExpressionType)
    -> String
  {
    if let rows = elementRows(results) {
      guard !rows.isEmpty else { return nothing(of: type) + "\n" }
      return table(rows.map(\.element), files: rows.map(\.file))
    }
    let lines = results.flatMap { file, value in
      guard case .list(let items) = value else { return [(file, scalar(value))] }
      return items.map { (file, scalar($0)) }
    }
    let width = lines.map { $0.0.visible(lineBreaks: .space).count }.max() ?? 0
    return lines.map { file, value in
      let shown = file.visible(lineBreaks: .space)
      return (shown + String(repeating: " ", count: width - shown.count) + "  " + value)
        .trimmingTrailingSpaces() + "\n"
    }.joined()
  }

  /// Every result's elements with its file, when every result is an element or a list of them.
  private static func elementRows(_ results: [(file: String, value: RuntimeValue)]) -> [(
    file: String, element: ElementValue
  )]? {
    var rows: [(file: String, element: ElementValue)] = []
    for (file, value) in results {
      switch value {
      case .element(let element): rows.append((file, element))
      case .list(let items):
        for item in items {
          guard case .element(let element) = item else { return nil }
          rows.append((file, element))
        }
      default: return nil
      }
    }
    return rows
  }

  /// One value on one line: an element by its id, a list with commas.
  public static func scalar(_ value: RuntimeValue) -> String {
    switch value {
    case .none: "none"
    case .boolean(let value): value ? "yes" : "no"
    case .integer(let value): String(value)
    case .text(let value): value.visible(lineBreaks: .space)
    case .date(let day): day.description
    case .duration(let days, let months): duration(days: days, months: months)
    case .enumeration(let value): value
    case .element(let element): element.id
    case .list(let items): items.map(scalar).joined(separator: ", ")
    }
  }

  /// The value as JSON, ending in a line break: elements are objects with `id`, `kind` and
  /// `title` first, then their table's columns; dates are ISO strings; a duration is
  /// `{"months": 3, "days": 0}`; a missing value is `null`. A list of elements has one element
  /// a line.
  public static func json(_ value: RuntimeValue) -> String {
    let tree = json(of: value)
    guard case .array(let items) = tree, items.contains(where: \.isObject) else {
      return tree.rendered + "\n"
    }
    return "[\n" + items.map { "  " + $0.rendered }.joined(separator: ",\n") + "\n]\n"
  }

  /// The values of one expression over several programs as JSON, in the order given: the
  /// elements of every result in one list, each with `file` first; otherwise one object per
  /// program, `{"file": …, "value": …}`.
  public static func json(_ results: [(file: String, value: RuntimeValue)]) -> String {
    let items: [JSON] =
      elementRows(results).map { rows in
        rows.map { file, element in .object([("file", .string(file))] + members(of: element)) }
      } ?? results.map { .object([("file", .string($0.file)), ("value", json(of: $0.value))]) }
    return items.isEmpty
      ? "[]\n" : "[\n" + items.map { "  " + $0.rendered }.joined(separator: ",\n") + "\n]\n"
  }

  // MARK: Scalars

  /// `3 months`, `92 days`, `1 month 5 days`; nothing at all is `0 days`.
  static func duration(days: Int, months: Int) -> String {
    func amount(_ count: Int, _ unit: String) -> String { "\(count) \(unit)\(abs(count) == 1 ? "" : "s")" }
    var parts: [String] = []
    if months != 0 { parts.append(amount(months, "month")) }
    if days != 0 || months == 0 { parts.append(amount(days, "day")) }
    return parts.joined(separator: " ")
  }

  /// What an empty list of `type` is said to hold none of: "no commitments", "no values".
  private static func nothing(of type: ExpressionType) -> String {
    guard case .list(.element(let kind)) = type else { return ValueText.emptyValues }
    return ValueText.emptyElements(elements: kind.names.plural)
  }

  // MARK: Tables

  /// A column's content for one element, kept typed until it is printed as text or JSON.
  private enum Cell {
    case text(String?)
    case date(Day?)
    case names([String])
    case count(Int)

    /// A missing value is `-`, so that a reader sees the column is empty rather than misaligned.
    var text: String {
      switch self {
      case .text(let value): value.map { $0.visible(lineBreaks: .space) } ?? "-"
      case .date(let day): day?.description ?? "-"
      case .names(let names): names.isEmpty ? "-" : names.joined(separator: ", ")
      case .count(let count): String(count)
      }
    }

    var json: JSON {
      switch self {
      case .text(let value): value.map(JSON.string) ?? .null
      case .date(let day): day.map { .string($0.description) } ?? .null
      case .names(let names): .array(names.map(JSON.string))
      case .count(let count): .number(count)
      }
    }
  }

  /// A column: its heading in a table, its key in JSON and its cell.
  private struct Field {
    let heading: String
    let key: String
    let cell: Cell

    init(_ heading: String, key: String? = nil, _ cell: Cell) {
      self.heading = heading
      self.key = key ?? heading
      self.cell = cell
    }
  }

  /// The columns of an element's kind, in table order; its texts in `Language.current` where
  /// they are translated.
  private static func fields(of element: ElementValue) -> [Field] {
    let language = Language.current.rawValue
    let id = Field("id", .text(element.id))
    let title = Field("title", .text(element.title(in: language)))
    switch element {
    case .plan(let plan):
      return [
        id, Field("member", .text(plan.member.name)), Field("start", .date(plan.period.firstDay)),
        Field("end", .date(plan.period.lastDay)), Field("commitments", .count(plan.commitments.count)),
      ]
    case .commitment(let commitment):
      return [
        id, title, Field("lead", .names(commitment.leads)),
        Field("status", .text(commitment.status?.rawValue)),
        Field("end", .date(commitment.period?.lastDay)),
      ]
    case .milestone(let milestone):
      return [
        id, title, Field("end", .date(milestone.period?.lastDay)),
        Field("status", .text(milestone.status?.rawValue)),
        Field("deliverable", .text(milestone.text(milestone.deliverable, \.deliverable, in: language))),
      ]
    case .actor(let actor):
      // `kind` in JSON is the element's kind, so the actor's own kind takes another key there.
      return [
        id, Field("kind", key: "actor_kind", .text(actor.kind.rawValue)),
        Field("branch", .text(actor.branch?.rawValue)),
        title,
      ]
    case .strategy(let strategy):
      return [
        id, title, Field("start", .date(strategy.period.firstDay)),
        Field("end", .date(strategy.period.lastDay)),
      ]
    case .forum(let forum, _):
      return [id, title, Field("members", .names(forum.members))]
    case .objective, .priority, .standard, .standards, .change, .block:
      return [id, title]
    }
  }

  /// A heading line and a row per element, columns two spaces apart, no trailing spaces. Elements
  /// of different kinds (objectives and priorities a commitment advances) share their id and title.
  /// `files`, one per element, make a first column.
  private static func table(_ elements: [ElementValue], files: [String]? = nil) -> String {
    var rows = elements.map(fields(of:))
    let headings = rows[0].map(\.heading)
    if !rows.allSatisfy({ $0.map(\.heading) == headings }) {
      rows = elements.map {
        [Field("id", .text($0.id)), Field("title", .text($0.title(in: Language.current.rawValue)))]
      }
    }
    if let files {
      rows = zip(files, rows).map { [Field("file", .text($0))] + $1 }
    }
    let lines = [rows[0].map(\.heading)] + rows.map { $0.map(\.cell.text) }
    let widths = lines[0].indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
    return lines.map { line in
      zip(line, widths).map { cell, width in cell + String(repeating: " ", count: width - cell.count) }
        .joined(separator: "  ").trimmingTrailingSpaces() + "\n"
    }.joined()
  }

  // MARK: JSON

  private static func json(of value: RuntimeValue) -> JSON {
    switch value {
    case .none: .null
    case .boolean(let value): .bool(value)
    case .integer(let value): .number(value)
    case .text(let value), .enumeration(let value): .string(value)
    case .date(let day): .string(day.description)
    case .duration(let days, let months): .object([("months", .number(months)), ("days", .number(days))])
    case .list(let items): .array(items.map(json(of:)))
    case .element(let element): .object(members(of: element))
    }
  }

  /// An element's JSON members: `id`, `kind` and `title`, then its table's columns.
  private static func members(of element: ElementValue) -> [(String, JSON)] {
    [
      ("id", .string(element.id)), ("kind", .string(element.kind.rawValue)),
      ("title", .string(element.title(in: Language.current.rawValue))),
    ] + fields(of: element).filter { $0.key != "id" && $0.key != "title" }.map { ($0.key, $0.cell.json) }
  }

  /// JSON text with keys in the order given.
  private indirect enum JSON {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case number(Int)
    case bool(Bool)
    case null

    var isObject: Bool {
      if case .object = self { true } else { false }
    }

    /// On one line, with a space after each colon and comma.
    var rendered: String {
      switch self {
      case .object(let members):
        "{" + members.map { JSONString.quoted($0.0) + ": " + $0.1.rendered }.joined(separator: ", ") + "}"
      case .array(let items): "[" + items.map(\.rendered).joined(separator: ", ") + "]"
      case .string(let text): JSONString.quoted(text)
      case .number(let value): String(value)
      case .bool(let value): value ? "true" : "false"
      case .null: "null"
      }
    }
  }
}
