import OGPDiagnostics
import OGPModel

/// An expression whose names are resolved and whose type is known: what the evaluator runs.
public indirect enum TypedExpression: Sendable {
  case constant(RuntimeValue)
  /// A variable bound by a rule (`each commitment c`) or by a filter (`it`).
  case variable(String)
  case global(String)
  /// A declared element, by qualified id, and where its name is written.
  case declared(ElementKind, String, at: SourceSpan)
  /// `base.field`; `mapped` when `base` is a list and the field is read from every element.
  case field(TypedExpression, String, mapped: Bool)
  /// `objective.priority` or `plan.commitment`: a child declared under an element, and where
  /// its name is written.
  case child(TypedExpression, String, at: SourceSpan)
  case not(TypedExpression)
  case binary(BinaryOperator, TypedExpression, TypedExpression)
  case call(String, [TypedExpression])
  /// `list where condition`; the condition reads the element through the variable `it`.
  case filter(TypedExpression, TypedExpression)
}

extension TypedExpression {
  /// Every declared element the expression names, with where its name is written, in source
  /// order: `SO3` and `SO3.protect` are the objective and its priority (a priority no such
  /// objective declares is for the caller to drop). For the source index, so that an editor
  /// finds and renames the names member rules use.
  func declarationsNamed(_ found: inout [(span: SourceSpan, id: String)]) {
    switch self {
    case .declared(_, let id, let span): found.append((span, id))
    case .child(let base, let name, let span):
      base.declarationsNamed(&found)
      // Under a variable (`c.milestones`) the child is no one declaration.
      if let parent = base.declaredID { found.append((span, parent + "." + name)) }
    case .field(let base, _, _), .not(let base): base.declarationsNamed(&found)
    case .binary(_, let left, let right), .filter(let left, let right):
      left.declarationsNamed(&found)
      right.declarationsNamed(&found)
    case .call(_, let arguments): for argument in arguments { argument.declarationsNamed(&found) }
    case .constant, .variable, .global: break
    }
  }

  /// The qualified id of the element a name or a path of names (`SO3.protect`) stands for.
  private var declaredID: String? {
    switch self {
    case .declared(_, let id, _): id
    case .child(let base, let name, _): base.declaredID.map { $0 + "." + name }
    default: nil
    }
  }
}

/// Types expressions against the names a program declares and resolves them.
///
/// A bare word that names nothing may still be an enumeration value (`civil_society`), so it is
/// typed `.word` and judged by the comparison it stands in; anywhere else it is an unknown name.
public struct ExpressionChecker: Sendable {
  /// Declared names an expression may use bare, by what they are called at the prompt.
  let declared: [String: (kind: ElementKind, id: String)]
  /// The local names of the priorities, commitments, milestones and objectives, by the kind of
  /// element they are declared in: what `SO3.protect_participation` may name.
  let childNames: [ElementKind: Set<Substring>]

  /// Types against what the checker indexed: a member rule's names, even in a program that has
  /// errors elsewhere.
  public init(index: SourceIndex) {
    self.init(declarations: index.declarations.lazy.map { ($0.kind, $0.id) })
  }

  /// Types against a model (a query over a compiled or imported program).
  public init(program: Program) {
    var declarations: [(DeclarationKind, String)] = []
    for strategy in program.strategies {
      declarations.append((.strategy, strategy.id))
      for objective in strategy.objectives {
        declarations.append((.objective, objective.id))
        declarations += objective.priorities.map { (.priority, $0.id) }
      }
    }
    declarations += program.actors.map { (.actor, $0.id) }
    for plan in program.plans {
      declarations.append((.plan, plan.id))
      for commitment in plan.commitments {
        declarations.append((.commitment, commitment.id))
        declarations += commitment.milestones.map { (.milestone, $0.id) }
      }
    }
    self.init(declarations: declarations)
  }

  private init(declarations: some Sequence<(DeclarationKind, String)>) {
    var declared: [String: (kind: ElementKind, id: String)] = [:]
    var childNames: [ElementKind: Set<Substring>] = [:]
    var ambiguous = Set<String>()
    func add(_ name: Substring, _ kind: ElementKind, _ id: String) {
      let name = String(name)
      if declared[name] != nil { ambiguous.insert(name) } else { declared[name] = (kind, id) }
    }
    for (kind, id) in declarations {
      switch kind {
      case .strategy: add(id[...], .strategy, id)
      case .actor: add(id[...], .actor, id)
      case .plan: add(id[...], .plan, id)
      case .standards: add(id[...], .standards, id)
      case .objective:
        add(id.localName, .objective, id)
        childNames[.strategy, default: []].insert(id.localName)
      case .commitment:
        add(id.localName, .commitment, id)
        childNames[.plan, default: []].insert(id.localName)
      case .priority: childNames[.objective, default: []].insert(id.localName)
      case .milestone: childNames[.commitment, default: []].insert(id.localName)
      case .change, .standard, .forum: break
      }
    }
    // A local name two plans or strategies share must be written in full.
    for name in ambiguous { declared[name] = nil }
    self.declared = declared
    self.childNames = childNames
  }

  /// The scope of names an expression sees: variables bound to element kinds, and the element
  /// whose fields may be named bare (inside a `where`, or the variable of a rule).
  public struct Scope: Sendable {
    public var variables: [String: ExpressionType]
    /// The variable whose fields are in scope unqualified.
    public var implicit: String?

    public init(variables: [String: ExpressionType] = [:], implicit: String? = nil) {
      self.variables = variables
      self.implicit = implicit
    }
  }

  public func check(_ expression: Expression, in scope: Scope = Scope()) -> Result<
    (TypedExpression, ExpressionType), Failure
  > {
    do {
      return .success(try inferValue(expression, scope))
    } catch {
      return .failure(error)
    }
  }

  /// Why an expression does not type: one diagnostic, since the first error decides the rest.
  public struct Failure: Error, Sendable {
    public let diagnostic: Diagnostic
  }

  private func fail(_ message: ExpressionMessage, at span: SourceSpan) -> Failure {
    Failure(diagnostic: message.diagnostic(at: span))
  }

  // MARK: Inference

  /// Infers an expression that must stand for a value: a bare word is only a value where a
  /// comparison gives it an enumeration, so anywhere else it is an unknown name.
  private func inferValue(_ expression: Expression, _ scope: Scope) throws(Failure) -> (
    TypedExpression, ExpressionType
  ) {
    let (typed, type) = try infer(expression, scope)
    if case .word(let word) = type { throw unknownWord(word, at: expression.span, scope) }
    return (typed, type)
  }

  private func infer(_ expression: Expression, _ scope: Scope) throws(Failure) -> (
    TypedExpression, ExpressionType
  ) {
    switch expression {
    case .text(let value, _): return (.constant(.text(value)), .text)
    case .integer(let value, _): return (.constant(.integer(value)), .integer)
    case .date(let text, let span):
      guard let date = PartialDate(text) else {
        throw fail(.invalidDate(text), at: span)
      }
      return (.constant(.date(date.firstDay)), .date)
    case .duration(let amount, let word, let span):
      // The parser reads a duration only after a unit's word; a zero amount is a length like any.
      guard let unit = Duration.Unit(word: word), amount <= Duration.amounts.upperBound else {
        throw fail(.durationTooLong(unit: word), at: span)
      }
      return (.constant(RuntimeValue(Duration(amount: amount, unit: unit))), .duration)
    case .name(let identifier): return try name(identifier, scope)
    case .member(let base, let field, _): return try member(base, field, scope)
    case .not(let operand, _):
      let typed = try expect(operand, .boolean, scope, role: .operand(of: "not"))
      return (.not(typed), .boolean)
    case .binary(let operation, let left, let right, let span):
      return try binary(operation, left, right, span, scope)
    case .call(let function, let arguments, let span):
      return try call(function, arguments, span, scope)
    case .filter(let collection, let condition, _):
      let (list, listType) = try inferValue(collection, scope)
      guard case .list(let elementType) = listType else {
        throw fail(.filterNeedsList(listType), at: collection.span)
      }
      var inner = scope
      inner.variables["it"] = elementType
      if case .element = elementType { inner.implicit = "it" }
      let typed = try expect(condition, .boolean, inner, role: .condition(of: "where"))
      return (.filter(list, typed), listType)
    }
  }

  private func name(_ identifier: Identifier, _ scope: Scope) throws(Failure) -> (
    TypedExpression, ExpressionType
  ) {
    let name = identifier.name
    if let type = scope.variables[name] { return (.variable(name), type) }
    if let implicit = scope.implicit, case .element(let kind)? = scope.variables[implicit],
      let type = kind.fields[name]
    {
      return (.field(.variable(implicit), name, mapped: false), type)
    }
    if let type = ExpressionGlobals.types[name] {
      return name == "none" ? (.constant(.none), .none) : (.global(name), type)
    }
    if let (kind, id) = declared[name] { return (.declared(kind, id, at: identifier.span), .element(kind)) }
    // A word that names nothing is an enumeration value, if the comparison it is in agrees.
    return (.constant(.enumeration(name)), .word(name))
  }

  private func member(_ base: Expression, _ field: Identifier, _ scope: Scope) throws(Failure) -> (
    TypedExpression, ExpressionType
  ) {
    let (typed, type) = try inferValue(base, scope)
    switch type {
    case .element(let kind):
      if let fieldType = kind.fields[field.name] {
        return (.field(typed, field.name, mapped: false), fieldType)
      }
      if let child = childKind(of: kind), hasChild(named: field.name, of: kind) {
        return (.child(typed, field.name, at: field.span), .element(child))
      }
      throw unknownField(field, of: kind)
    case .list(.element(let kind)):
      guard let fieldType = kind.fields[field.name] else { throw unknownField(field, of: kind) }
      if case .list(let inner) = fieldType { return (.field(typed, field.name, mapped: true), .list(inner)) }
      return (.field(typed, field.name, mapped: true), .list(fieldType))
    default:
      throw fail(.noFields(type, field: field.name), at: field.span)
    }
  }

  private func childKind(of kind: ElementKind) -> ElementKind? {
    switch kind {
    case .objective: .priority
    case .plan: .commitment
    case .commitment: .milestone
    case .strategy: .objective
    default: nil
    }
  }

  /// True when some element of `kind` declares a child so named: `SO3.protect_participation`.
  private func hasChild(named name: String, of kind: ElementKind) -> Bool {
    childNames[kind]?.contains(name[...]) ?? false
  }

  private func unknownField(_ field: Identifier, of kind: ElementKind) -> Failure {
    fail(
      .unknownField(
        field.name, of: kind, suggestions: suggestions(for: field.name, among: Array(kind.fields.keys))),
      at: field.span)
  }

  private func suggestions(for name: String, among candidates: [String]) -> [String] {
    Suggestions.closest(to: name, among: candidates.sorted())
  }

  /// Infers `expression` and insists on `type`.
  private func expect(
    _ expression: Expression, _ type: ExpressionType, _ scope: Scope, role: ExpressionMessage.Role
  )
    throws(Failure)
    -> TypedExpression
  {
    let (typed, actual) = try inferValue(expression, scope)
    guard actual == type else {
      throw fail(.wrongType(role, expected: type, actual: actual), at: expression.span)
    }
    return typed
  }

  private func unknownWord(_ word: String, at span: SourceSpan, _ scope: Scope) -> Failure {
    var candidates = Array(declared.keys) + Array(ExpressionGlobals.types.keys) + Array(scope.variables.keys)
    if let implicit = scope.implicit, case .element(let kind)? = scope.variables[implicit] {
      candidates += kind.fields.keys
    }
    return fail(
      .unknownName(word, suggestions: suggestions(for: word, among: candidates)), at: span
    )
  }

  // MARK: Operators

  private func binary(
    _ operation: BinaryOperator, _ left: Expression, _ right: Expression, _ span: SourceSpan, _ scope: Scope
  ) throws(Failure) -> (TypedExpression, ExpressionType) {
    switch operation {
    case .and, .or:
      let l = try expect(left, .boolean, scope, role: .operand(of: operation.rawValue))
      let r = try expect(right, .boolean, scope, role: .operand(of: operation.rawValue))
      return (.binary(operation, l, r), .boolean)
    case .isIn, .isNotIn:
      let (l, leftType) = try infer(left, scope)
      let (r, rightType) = try inferValue(right, scope)
      if leftType == .text && rightType == .text { return (.binary(operation, l, r), .boolean) }
      guard case .list(let elementType) = rightType else {
        throw fail(.inNeedsList(operation, right: rightType), at: right.span)
      }
      try unify(leftType, elementType, left: left, right: right, operation: operation, scope)
      return (.binary(operation, l, r), .boolean)
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
      let (l, leftType) = try infer(left, scope)
      let (r, rightType) = try infer(right, scope)
      try unify(leftType, rightType, left: left, right: right, operation: operation, scope)
      if operation != .equal && operation != .notEqual {
        let ordered: Set<ExpressionType> = [.integer, .date, .duration, .text]
        guard ordered.contains(leftType) || ordered.contains(rightType) else {
          throw fail(.cannotOrder(operation, leftType), at: span)
        }
      }
      return (.binary(operation, l, r), .boolean)
    case .plus, .minus:
      let (l, leftType) = try inferValue(left, scope)
      let (r, rightType) = try inferValue(right, scope)
      let type: ExpressionType
      switch (leftType, operation, rightType) {
      case (.integer, _, .integer): type = .integer
      case (.date, .minus, .date): type = .duration
      case (.date, _, .duration): type = .date
      case (.duration, _, .duration): type = .duration
      default:
        throw fail(.cannotCombine(operation, leftType, rightType), at: span)
      }
      // Constants are added now, so a sum out of range is an error where it is written.
      guard case .constant(let a) = l, case .constant(let b) = r else {
        return (.binary(operation, l, r), type)
      }
      do {
        return (.constant(try a.combined(with: b, subtracting: operation == .minus)), type)
      } catch {
        throw fail(.outOfRange(error), at: span)
      }
    }
  }

  /// Checks that two sides can be compared; a bare word must be a value of the other side's
  /// enumeration.
  private func unify(
    _ leftType: ExpressionType, _ rightType: ExpressionType, left: Expression, right: Expression,
    operation: BinaryOperator, _ scope: Scope
  ) throws(Failure) {
    switch (leftType, rightType) {
    case (let a, let b) where a == b: return
    case (.none, _), (_, .none): return
    case (.enumeration(let domain), .word(let word)): try member(word, of: domain, at: right.span)
    case (.word(let word), .enumeration(let domain)): try member(word, of: domain, at: left.span)
    case (.element(let a), .element(let b)) where a.fits(b): return
    case (.word(let word), _): throw unknownWord(word, at: left.span, scope)
    case (_, .word(let word)): throw unknownWord(word, at: right.span, scope)
    default:
      var hint = ExpressionMessage.ComparisonHint.sameKind
      if case .list = leftType, case .element = rightType {
        hint = .membership(element: right.sourceHint, list: left.sourceHint)
      } else if (leftType == .date && rightType == .integer) || (leftType == .integer && rightType == .date) {
        hint = .yearForDate
      }
      throw fail(.cannotCompare(operation, leftType, rightType, hint: hint), at: left.span.union(right.span))
    }
  }

  private func member(_ word: String, of domain: EnumDomain, at span: SourceSpan) throws(Failure) {
    guard !domain.values.contains(word) else { return }
    throw fail(
      .notInEnumeration(word, domain, suggestions: EnumSuggestion([word], in: domain).candidates), at: span)
  }

  // MARK: Functions

  private func call(_ function: Identifier, _ arguments: [Expression], _ span: SourceSpan, _ scope: Scope)
    throws(Failure) -> (TypedExpression, ExpressionType)
  {
    let name = function.name
    guard let usage = ExpressionGlobals.usage(of: name) else {
      let functions = ExpressionGlobals.functionNames.sorted()
      throw fail(
        .unknownFunction(name, suggestions: suggestions(for: name, among: functions), functions: functions),
        at: function.span)
    }
    func arity(_ counts: ClosedRange<Int>) throws(Failure) {
      guard counts.contains(arguments.count) else {
        throw fail(
          .wrongArgumentCount(function: name, counts: counts, given: arguments.count, usage: usage), at: span)
      }
    }
    func list(_ index: Int) throws(Failure) -> (TypedExpression, ExpressionType) {
      let (typed, type) = try inferValue(arguments[index], scope)
      guard case .list(let element) = type else {
        throw fail(.functionNeedsList(function: name, type, usage: usage), at: arguments[index].span)
      }
      return (typed, element)
    }
    switch name {
    case "count":
      try arity(1...1)
      return (.call(name, [try list(0).0]), .integer)
    case "any", "all":
      try arity(name == "any" ? 1...2 : 2...2)
      let (collection, element) = try list(0)
      guard arguments.count == 2 else { return (.call(name, [collection]), .boolean) }
      var inner = scope
      inner.variables["it"] = element
      if case .element = element { inner.implicit = "it" }
      let condition = try expect(arguments[1], .boolean, inner, role: .condition(of: name))
      return (.call(name, [collection, condition]), .boolean)
    case "min", "max":
      try arity(1...1)
      let (collection, element) = try list(0)
      guard [.date, .integer, .duration].contains(element) else {
        throw fail(
          .functionNeedsOrderedList(function: name, element: element, usage: usage), at: arguments[0].span)
      }
      return (.call(name, [collection]), element)
    case "length":
      try arity(1...1)
      return (.call(name, [try expect(arguments[0], .text, scope, role: .operand(of: "length"))]), .integer)
    case "exists":
      try arity(1...1)
      return (.call(name, [try inferValue(arguments[0], scope).0]), .boolean)
    default:
      try arity(1...1)
      return (.call(name, [try expect(arguments[0], .duration, scope, role: .operand(of: name))]), .integer)
    }
  }
}
