import OGPModel

/// A value an expression computes.
public indirect enum RuntimeValue: Sendable, Equatable {
  /// A value the model does not give (a commitment without a status).
  case none
  case boolean(Bool)
  case integer(Int)
  case text(String)
  case date(Day)
  /// Months and days are kept apart: `3 months` is not a fixed number of days.
  case duration(days: Int, months: Int)
  case enumeration(String)
  case element(ElementValue)
  case list([RuntimeValue])

  /// Approximate days, to order durations of different units.
  var approximateDays: Double? {
    guard case .duration(let days, let months) = self else { return nil }
    return Double(days) + Double(months) * Duration.daysPerMonth
  }
}

/// An element of the model, with what the evaluator needs to follow its references.
public enum ElementValue: Sendable, Equatable {
  case plan(ActionPlan)
  case commitment(Commitment)
  case milestone(Milestone)
  case actor(Actor)
  case objective(StrategicObjective)
  case priority(Priority)
  case strategy(Strategy)
  case standard(CoCreationStandard)
  /// A version of the co-creation standards (`standards ogp_2022`).
  case standards(StandardsVersion)
  case change(FundamentalChange)
  /// A forum has no id of its own; it is known by its plan's.
  case forum(Forum, plan: String)
  /// A clause block (`cocreation`), with its clauses' values, known by its owner's id; one of a
  /// repeatable block (`assessment`) also by its position among them, from 0.
  case block(ElementKind, [(keyword: String, value: CheckedValue)], owner: String, position: Int? = nil)

  public var kind: ElementKind {
    switch self {
    case .plan: .plan
    case .commitment: .commitment
    case .milestone: .milestone
    case .actor: .actor
    case .objective: .objective
    case .priority: .priority
    case .strategy: .strategy
    case .standard: .standard
    case .standards: .standards
    case .change: .change
    case .forum: .forum
    case .block(let kind, _, _, _): kind
    }
  }

  public var id: String {
    switch self {
    case .plan(let plan): plan.id
    case .commitment(let commitment): commitment.id
    case .milestone(let milestone): milestone.id
    case .actor(let actor): actor.id
    case .objective(let objective): objective.id
    case .priority(let priority): priority.id
    case .strategy(let strategy): strategy.id
    case .standard(let standard): standard.id
    case .standards(let version): version.id
    case .change(let change): change.id
    case .forum(_, let plan): plan + ".forum"
    case .block(let kind, _, let owner, let position?): owner + "." + kind.rawValue + "[\(position)]"
    case .block(let kind, _, let owner, nil): owner + "." + kind.rawValue
    }
  }

  public var title: String {
    switch self {
    case .plan(let plan): plan.title
    case .commitment(let commitment): commitment.title
    case .milestone(let milestone): milestone.title
    case .actor(let actor): actor.title
    case .objective(let objective): objective.title
    case .priority(let priority): priority.title
    case .strategy(let strategy): strategy.title
    case .standard(let standard): standard.title
    case .standards(let version): version.title
    case .change(let change): change.title
    case .forum(let forum, _): forum.title
    case .block(let kind, _, _, _): kind.rawValue
    }
  }

  /// The title in the language of `tag` when the element gives one, else as written; a block's
  /// name as `title` gives it.
  public func title(in tag: String) -> String {
    switch self {
    case .plan(let plan): plan.title(in: tag)
    case .commitment(let commitment): commitment.title(in: tag)
    case .milestone(let milestone): milestone.title(in: tag)
    case .actor(let actor): actor.title(in: tag)
    case .objective(let objective): objective.title(in: tag)
    case .priority(let priority): priority.title(in: tag)
    case .strategy(let strategy): strategy.title(in: tag)
    case .standard(let standard): standard.title(in: tag)
    case .standards(let version): version.title(in: tag)
    case .change(let change): change.title(in: tag)
    case .forum(let forum, _): forum.title(in: tag)
    case .block: title
    }
  }

  /// The doc comment the element was declared with.
  public var doc: String? {
    switch self {
    case .plan(let plan): plan.doc
    case .commitment(let commitment): commitment.doc
    case .milestone(let milestone): milestone.doc
    case .actor(let actor): actor.doc
    case .objective(let objective): objective.doc
    case .priority(let priority): priority.doc
    case .strategy(let strategy): strategy.doc
    case .standard(let standard): standard.doc
    case .standards(let version): version.doc
    case .change(let change): change.doc
    case .forum(let forum, _): forum.doc
    case .block: nil
    }
  }

  public static func == (lhs: ElementValue, rhs: ElementValue) -> Bool { lhs.id == rhs.id }
}

/// Runs typed expressions over a program. Lookups by id are built once, so evaluating over every
/// commitment stays linear.
public struct ExpressionEvaluator: Sendable {
  let program: Program
  let asOf: Day
  private let plans: [String: ActionPlan]
  private let commitments: [String: Commitment]
  private let actors: [String: Actor]
  private let strategies: [String: Strategy]
  private let objectives: [String: StrategicObjective]
  private let priorities: [String: Priority]
  private let standards: [String: CoCreationStandard]
  private let standardsVersions: [String: StandardsVersion]
  private let changes: [String: FundamentalChange]

  public init(program: Program, asOf: Day) {
    self.program = program
    self.asOf = asOf
    func index<T>(_ values: [T], _ id: (T) -> String) -> [String: T] {
      Dictionary(values.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
    plans = index(program.plans, \.id)
    commitments = index(program.plans.flatMap(\.commitments), \.id)
    actors = index(program.actors, \.id)
    strategies = index(program.strategies, \.id)
    objectives = index(program.strategies.flatMap(\.objectives), \.id)
    priorities = index(program.strategies.flatMap(\.objectives).flatMap(\.priorities), \.id)
    standards = index(program.strategies.flatMap(\.standards) + program.standards.flatMap(\.standards), \.id)
    standardsVersions = index(program.standards, \.id)
    changes = index(program.strategies.flatMap(\.changes), \.id)
  }

  /// The expression's value; throws when arithmetic on the program's values leaves the range
  /// of numbers, dates or durations.
  public func evaluate(_ expression: TypedExpression, bindings: [String: RuntimeValue] = [:])
    throws(ValueOutOfRange) -> RuntimeValue
  {
    switch expression {
    case .constant(let value): return value
    case .variable(let name): return bindings[name] ?? .none
    case .global(let name): return global(name)
    case .declared(let kind, let id, _): return element(kind, id).map(RuntimeValue.element) ?? .none
    case .field(let base, let name, let mapped):
      let value = try evaluate(base, bindings: bindings)
      guard mapped else {
        guard case .element(let element) = value else { return .none }
        return field(name, of: element)
      }
      guard case .list(let items) = value else { return .none }
      var result: [RuntimeValue] = []
      for case .element(let element) in items {
        switch field(name, of: element) {
        case .list(let inner): result += inner
        case .none: continue
        case let single: result.append(single)
        }
      }
      return .list(result)
    case .child(let base, let name, _):
      guard case .element(let parent) = try evaluate(base, bindings: bindings) else { return .none }
      return child(name, of: parent)
    case .not(let operand):
      guard case .boolean(let value) = try evaluate(operand, bindings: bindings) else { return .none }
      return .boolean(!value)
    case .binary(let operation, let left, let right):
      return try binary(operation, left, right, bindings)
    case .call(let name, let arguments):
      return try call(name, arguments, bindings)
    case .filter(let collection, let condition):
      guard case .list(let items) = try evaluate(collection, bindings: bindings) else { return .none }
      var inner = bindings
      var kept: [RuntimeValue] = []
      for item in items {
        inner["it"] = item
        if try holds(condition, bindings: inner) { kept.append(item) }
      }
      return .list(kept)
    }
  }

  /// True only when the expression is `yes`: a missing value does not satisfy a condition.
  public func holds(_ expression: TypedExpression, bindings: [String: RuntimeValue] = [:])
    throws(ValueOutOfRange) -> Bool
  {
    try evaluate(expression, bindings: bindings) == .boolean(true)
  }

  // MARK: Names

  private func global(_ name: String) -> RuntimeValue {
    switch name {
    case "plans": .list(program.plans.map { .element(.plan($0)) })
    case "commitments": .list(program.plans.flatMap(\.commitments).map { .element(.commitment($0)) })
    case "milestones":
      .list(program.plans.flatMap(\.commitments).flatMap(\.milestones).map { .element(.milestone($0)) })
    case "actors": .list(program.actors.map { .element(.actor($0)) })
    case "objectives": .list(program.strategies.flatMap(\.objectives).map { .element(.objective($0)) })
    case "strategies": .list(program.strategies.map { .element(.strategy($0)) })
    case "standards":
      .list(
        (program.strategies.flatMap(\.standards) + program.standards.flatMap(\.standards)).map {
          .element(.standard($0))
        })
    case "as_of": .date(asOf)
    default: .none
    }
  }

  public func element(_ kind: ElementKind, _ id: String) -> ElementValue? {
    switch kind {
    case .plan: plans[id].map(ElementValue.plan)
    case .commitment: commitments[id].map(ElementValue.commitment)
    case .actor: actors[id].map(ElementValue.actor)
    case .strategy: strategies[id].map(ElementValue.strategy)
    case .objective: objectives[id].map(ElementValue.objective)
    case .priority: priorities[id].map(ElementValue.priority)
    case .standard: standards[id].map(ElementValue.standard)
    case .standards: standardsVersions[id].map(ElementValue.standards)
    case .change: changes[id].map(ElementValue.change)
    case .target: objectives[id].map(ElementValue.objective) ?? priorities[id].map(ElementValue.priority)
    case .milestone:
      commitments[id.parentID]?.milestones.first { $0.id == id }.map(ElementValue.milestone)
    case .forum: plans[id.parentID]?.forum.map { .forum($0, plan: id.parentID) }
    // A block is reached through its owner's field, never by id.
    case .consultation, .cocreation, .assessment, .irm: nil
    }
  }

  private func child(_ name: String, of parent: ElementValue) -> RuntimeValue {
    let id = parent.id + "." + name
    switch parent {
    case .objective: return element(.priority, id).map(RuntimeValue.element) ?? .none
    case .plan: return element(.commitment, id).map(RuntimeValue.element) ?? .none
    case .commitment: return element(.milestone, id).map(RuntimeValue.element) ?? .none
    case .strategy: return element(.objective, id).map(RuntimeValue.element) ?? .none
    default: return .none
    }
  }

  // MARK: Fields

  /// A field of an element: a derived one, or a clause read through its `ClauseField`.
  func field(_ name: String, of element: ElementValue) -> RuntimeValue {
    if let derived = element.kind.derived[name] {
      return derived.read(self, element)
    }
    let id = element.id
    switch element {
    case .plan(let plan): return clause(name, element.kind, ClauseTable.plan, plan, owner: id)
    case .commitment(let commitment):
      return clause(name, element.kind, ClauseTable.commitment, commitment, owner: id)
    case .milestone(let milestone):
      return clause(name, element.kind, ClauseTable.milestone, milestone, owner: id)
    case .actor(let actor): return clause(name, element.kind, ClauseTable.actor, actor, owner: id)
    case .objective(let objective):
      return clause(name, element.kind, ClauseTable.objective, objective, owner: id)
    case .strategy(let strategy): return clause(name, element.kind, ClauseTable.strategy, strategy, owner: id)
    case .standard(let standard): return clause(name, element.kind, ClauseTable.standard, standard, owner: id)
    case .standards(let version):
      return clause(name, element.kind, ClauseTable.standardsVersion, version, owner: id)
    case .forum(let forum, _): return clause(name, element.kind, ClauseTable.forum, forum, owner: id)
    case .block(let kind, let entries, let owner, _):
      guard let position = kind.clausePositions[name] else { return .none }
      let spec = kind.clauses[position]
      return QueryField.value(
        name, of: spec, entries.first { $0.keyword == spec.keyword }?.value, owner: owner, in: self)
    case .priority, .change: return .none
    }
  }

  private func clause<Owner>(
    _ name: String, _ kind: ElementKind, _ fields: [ClauseField<Owner>], _ owner: Owner, owner id: String
  ) -> RuntimeValue {
    guard let position = kind.clausePositions[name] else { return .none }
    let field = fields[position]
    return QueryField.value(name, of: field.spec, field.read(owner), owner: id, in: self)
  }

  // MARK: Operators

  private func binary(
    _ operation: BinaryOperator, _ left: TypedExpression, _ right: TypedExpression,
    _ bindings: [String: RuntimeValue]
  ) throws(ValueOutOfRange) -> RuntimeValue {
    let l = try evaluate(left, bindings: bindings)
    switch operation {
    case .and:
      guard l == .boolean(true) else { return .boolean(false) }
      return .boolean(try holds(right, bindings: bindings))
    case .or:
      if l == .boolean(true) { return .boolean(true) }
      return .boolean(try holds(right, bindings: bindings))
    default: break
    }
    let r = try evaluate(right, bindings: bindings)
    switch operation {
    case .equal: return .boolean(l == r)
    case .notEqual: return .boolean(l != r)
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let order = compare(l, r) else { return .boolean(false) }
      switch operation {
      case .less: return .boolean(order < 0)
      case .lessOrEqual: return .boolean(order <= 0)
      case .greater: return .boolean(order > 0)
      default: return .boolean(order >= 0)
      }
    case .isIn, .isNotIn:
      let found = contains(r, l)
      return .boolean(operation == .isIn ? found : !found)
    case .plus, .minus:
      return try l.combined(with: r, subtracting: operation == .minus)
    case .and, .or: return .none
    }
  }

  /// Membership; an objective is in a list of targets when it or one of its priorities is
  /// (advancing a priority advances its objective).
  private func contains(_ collection: RuntimeValue, _ value: RuntimeValue) -> Bool {
    if case .text(let haystack) = collection, case .text(let needle) = value {
      return haystack.lowercased().contains(needle.lowercased())
    }
    guard case .list(let items) = collection else { return false }
    if case .element(.objective(let objective)) = value {
      return items.contains { item in
        guard case .element(let element) = item else { return false }
        return element.id.isWithin(objective.id)
      }
    }
    return items.contains(value)
  }

  private func compare(_ l: RuntimeValue, _ r: RuntimeValue) -> Int? {
    switch (l, r) {
    case (.integer(let a), .integer(let b)): compare(a, b)
    case (.date(let a), .date(let b)): compare(a, b)
    case (.text(let a), .text(let b)): compare(a, b)
    case (.duration, .duration):
      compare(l.approximateDays ?? 0, r.approximateDays ?? 0)
    default: nil
    }
  }

  private func compare<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : a == b ? 0 : 1 }

  // MARK: Functions

  private func call(_ name: String, _ arguments: [TypedExpression], _ bindings: [String: RuntimeValue])
    throws(ValueOutOfRange) -> RuntimeValue
  {
    let first = try evaluate(arguments[0], bindings: bindings)
    switch name {
    case "count":
      guard case .list(let items) = first else { return .integer(0) }
      return .integer(items.count)
    case "any", "all":
      guard case .list(let items) = first else { return .boolean(name == "all") }
      guard arguments.count == 2 else {
        return .boolean(items.contains { $0 == .boolean(true) || !($0 == .boolean(false) || $0 == .none) })
      }
      // Stops at the first item that decides, as `contains(where:)` and `allSatisfy` would.
      var inner = bindings
      for item in items {
        inner["it"] = item
        if try holds(arguments[1], bindings: inner) == (name == "any") { return .boolean(name == "any") }
      }
      return .boolean(name == "all")
    case "min", "max":
      guard case .list(let items) = first else { return .none }
      let present = items.filter { $0 != .none }
      return present.dropFirst().reduce(present.first ?? .none) { best, item in
        guard let order = compare(item, best) else { return best }
        return (name == "min" ? order < 0 : order > 0) ? item : best
      }
    case "length":
      guard case .text(let value) = first else { return .integer(0) }
      return .integer(value.count)
    case "exists":
      switch first {
      case .none: return .boolean(false)
      case .list(let items): return .boolean(!items.isEmpty)
      case .text(let value): return .boolean(!value.isEmpty)
      default: return .boolean(true)
      }
    case "days":
      guard case .duration(let days, let months) = first else { return .none }
      // Exact: a duration's parts are bounded by `RuntimeValue.longestDuration`.
      return .integer(days + Int((Double(months) * Duration.daysPerMonth).rounded()))
    default:
      guard case .duration(let days, let months) = first else { return .none }
      return .integer(months + Int(Double(days) / Duration.daysPerMonth))
    }
  }
}

extension Array where Element == String {
  func uniqued() -> [String] {
    var seen = Set<String>()
    return filter { seen.insert($0).inserted }
  }
}
