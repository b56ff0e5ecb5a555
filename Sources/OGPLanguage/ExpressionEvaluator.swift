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
  /// A forum has no id of its own; it is known by its plan's.
  case forum(Forum, plan: String)

  public var id: String {
    switch self {
    case .plan(let plan): plan.id
    case .commitment(let commitment): commitment.id
    case .milestone(let milestone): milestone.id
    case .actor(let actor): actor.id
    case .objective(let objective): objective.id
    case .priority(let priority): priority.id
    case .strategy(let strategy): strategy.id
    case .forum(_, let plan): plan + ".forum"
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
    case .forum(let forum, _): forum.title
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
    case .declared(let kind, let id): return element(kind, id).map(RuntimeValue.element) ?? .none
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
    case .child(let base, let name):
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
    case .target: objectives[id].map(ElementValue.objective) ?? priorities[id].map(ElementValue.priority)
    case .milestone:
      commitments[parentID(id)]?.milestones.first { $0.id == id }.map(ElementValue.milestone)
    case .forum: plans[parentID(id)]?.forum.map { .forum($0, plan: parentID(id)) }
    }
  }

  private func parentID(_ id: String) -> String {
    guard let dot = id.lastIndex(of: ".") else { return id }
    return String(id[..<dot])
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

  private func text(_ value: String?) -> RuntimeValue { value.map(RuntimeValue.text) ?? .none }
  private func day(_ value: Day?) -> RuntimeValue { value.map(RuntimeValue.date) ?? .none }
  private func enumeration(_ value: String?) -> RuntimeValue { value.map(RuntimeValue.enumeration) ?? .none }
  private func actorList(_ ids: [String]) -> RuntimeValue {
    .list(ids.compactMap { actors[$0] }.map { .element(.actor($0)) })
  }

  func field(_ name: String, of element: ElementValue) -> RuntimeValue {
    switch (element, name) {
    case (_, "id"): return .text(element.id)
    case (_, "title"): return .text(element.title)
    case (.plan(let plan), _): return planField(name, plan)
    case (.commitment(let commitment), _): return commitmentField(name, commitment)
    case (.milestone(let milestone), _):
      switch name {
      case "name": return .text(String(milestone.id.localName))
      case "commitment":
        return self.element(.commitment, parentID(milestone.id)).map(RuntimeValue.element) ?? .none
      case "plan":
        return self.element(.plan, parentID(parentID(milestone.id))).map(RuntimeValue.element) ?? .none
      case "start": return day(milestone.period?.firstDay)
      case "end": return day(milestone.period?.lastDay)
      case "deliverable": return text(milestone.deliverable)
      case "status": return enumeration(milestone.status?.rawValue)
      default: return .none
      }
    case (.actor(let actor), _):
      switch name {
      case "kind": return .enumeration(actor.kind.rawValue)
      case "branch": return enumeration(actor.branch?.rawValue)
      case "level": return enumeration(actor.level?.rawValue)
      default: return .none
      }
    case (.objective(let objective), _):
      switch name {
      case "name": return .text(String(objective.id.localName))
      case "label": return text(objective.label)
      case "priorities": return .list(objective.priorities.map { .element(.priority($0)) })
      default: return .none
      }
    case (.priority(let priority), _):
      switch name {
      case "name": return .text(String(priority.id.localName))
      case "objective":
        return self.element(.objective, parentID(priority.id)).map(RuntimeValue.element) ?? .none
      default: return .none
      }
    case (.strategy(let strategy), _):
      switch name {
      case "start": return .date(strategy.period.firstDay)
      case "end": return .date(strategy.period.lastDay)
      case "objectives": return .list(strategy.objectives.map { .element(.objective($0)) })
      default: return .none
      }
    case (.forum(let forum, let plan), _):
      switch name {
      case "meets": return forum.meets.map(RuntimeValue.init) ?? .none
      case "members": return actorList(forum.members)
      case "website": return text(forum.website)
      case "repository": return text(forum.repository)
      case "rules": return text(forum.rules)
      case "plan": return self.element(.plan, plan).map(RuntimeValue.element) ?? .none
      default: return .none
      }
    }
  }

  private func planField(_ name: String, _ plan: ActionPlan) -> RuntimeValue {
    switch name {
    case "member": .text(plan.member.name)
    case "member_kind": .enumeration(plan.member.kind.rawValue)
    case "strategy": plan.strategy.flatMap { strategies[$0] }.map { .element(.strategy($0)) } ?? .none
    case "start": .date(plan.period.firstDay)
    case "end": .date(plan.period.lastDay)
    case "submitted": day(plan.submitted?.firstDay)
    case "prefix": text(plan.prefix)
    case "contact": plan.pointOfContact.flatMap { actors[$0] }.map { .element(.actor($0)) } ?? .none
    case "forum": plan.forum.map { .element(.forum($0, plan: plan.id)) } ?? .none
    case "commitments": .list(plan.commitments.map { .element(.commitment($0)) })
    case "milestones": .list(plan.commitments.flatMap(\.milestones).map { .element(.milestone($0)) })
    default: .none
    }
  }

  private func commitmentField(_ name: String, _ commitment: Commitment) -> RuntimeValue {
    switch name {
    case "name": .text(String(commitment.id.localName))
    case "plan": element(.plan, parentID(commitment.id)).map(RuntimeValue.element) ?? .none
    case "lead": actorList(commitment.leads)
    case "partners": actorList(commitment.partners)
    case "actors": actorList(commitment.leads + commitment.partners)
    case "values": .list(commitment.values.map { .enumeration($0.rawValue) })
    case "advances": .list(commitment.advances.compactMap { element(.target, $0) }.map(RuntimeValue.element))
    case "objectives":
      .list(
        commitment.advances.map { objectives[$0] != nil ? $0 : parentID($0) }.uniqued()
          .compactMap { objectives[$0] }.map { .element(.objective($0)) })
    case "areas": .list(commitment.areas.map(RuntimeValue.text))
    case "challenge": enumeration(commitment.challenge?.rawValue)
    case "start": day(commitment.period?.firstDay)
    case "end": day(commitment.period?.lastDay)
    case "status": enumeration(commitment.status?.rawValue)
    case "problem": text(commitment.problem)
    case "status_quo": text(commitment.statusQuo)
    case "description": text(commitment.description)
    case "goal": text(commitment.goal)
    case "solution": text(commitment.solution)
    case "budget": text(commitment.budget)
    case "milestones": .list(commitment.milestones.map { .element(.milestone($0)) })
    default: .none
    }
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
  fileprivate func uniqued() -> [String] {
    var seen = Set<String>()
    return filter { seen.insert($0).inserted }
  }
}
