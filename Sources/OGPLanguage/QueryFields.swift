import OGPModel

/// A field an expression reads from an element of the model: its name, its type, and how its
/// value is read.
///
/// Most fields are clauses, and come from `ClauseTable`: a clause is queryable by its keyword
/// (`c.status_quo`), a period by `start` and `end`, a member by `member` and `member_kind`, a
/// block as an element of its own (`c.cocreation.timeline`), a repeatable block as a list of them (`c.assessment`). The rest follow from the model's
/// shape (`id`, `plan`, `milestones`) and are listed in `derivedFields`.
struct QueryField: Sendable {
  let name: String
  let type: ExpressionType

  /// The fields a clause gives, with their types.
  static func fields(of spec: ClauseSpec) -> [QueryField] {
    func one(_ type: ExpressionType) -> [QueryField] { [QueryField(name: spec.keyword, type: type)] }
    switch spec.type {
    // A translation clause names the title, which every element with one reads as `title`.
    case .text, .translation: return one(.text)
    case .texts, .tags: return one(.list(.text))
    case .integer: return one(.integer)
    case .count:
      return [
        QueryField(name: spec.keyword, type: .integer),
        QueryField(name: spec.keyword + "_qualifier", type: .enumeration(.countQualifier)),
      ]
    case .date: return one(.date)
    case .dates: return one(.list(.date))
    case .dateRange: return [QueryField(name: "start", type: .date), QueryField(name: "end", type: .date)]
    case .frequency: return one(.duration)
    case .enumeration(.yesNo): return one(.boolean)
    case .enumeration(let domain): return one(.enumeration(domain))
    case .enumerations(let domain): return one(.list(.enumeration(domain)))
    case .actorReference: return one(.element(.actor))
    case .actorReferences: return one(.list(.element(.actor)))
    case .strategyReference: return one(.element(.strategy))
    case .standardsReference: return one(.element(.standards))
    case .objectiveReferences: return one(.list(.element(.target)))
    case .member:
      return [
        QueryField(name: spec.keyword, type: .text),
        QueryField(name: spec.keyword + "_kind", type: .enumeration(.memberKind)),
      ]
    case .requirement: return one(.list(.text))
    case .block:
      guard let kind = ElementKind(rawValue: spec.keyword) else { return [] }
      return one(spec.isRepeatable ? .list(.element(kind)) : .element(kind))
    }
  }

  /// The value of the field `name` of a clause whose model value is `value` (nil: not given).
  static func value(
    _ name: String, of spec: ClauseSpec, _ value: CheckedValue?, owner: String,
    in evaluator: ExpressionEvaluator
  ) -> RuntimeValue {
    guard let value else {
      let isList = fields(of: spec).first { $0.name == name }.map {
        if case .list = $0.type { true } else { false }
      }
      return isList == true ? .list([]) : .none
    }
    switch value {
    case .text(let text), .translation(_, let text): return .text(text)
    case .texts(let texts), .tags(let texts): return .list(texts.map(RuntimeValue.text))
    case .integer(let number): return .integer(number)
    case .count(let number, let qualifier):
      guard name == spec.keyword else { return qualifier.map(RuntimeValue.enumeration) ?? .none }
      return .integer(number)
    case .date(let date): return .date(date.firstDay)
    case .dates(let dates): return .list(dates.map { .date($0.firstDay) })
    case .dateRange(let range): return .date(name == "start" ? range.firstDay : range.lastDay)
    case .frequency(let duration): return RuntimeValue(duration)
    case .enumeration(let word):
      if case .enumeration(.yesNo) = spec.type { return .boolean(word == "yes") }
      return .enumeration(word)
    case .enumerations(let words): return .list(words.map(RuntimeValue.enumeration))
    case .reference(let id):
      let kind: ElementKind =
        switch spec.type {
        case .strategyReference: .strategy
        case .standardsReference: .standards
        default: .actor
        }
      return evaluator.element(kind, id).map(RuntimeValue.element) ?? .none
    case .references(let ids):
      let kind: ElementKind = if case .objectiveReferences = spec.type { .target } else { .actor }
      return .list(ids.compactMap { evaluator.element(kind, $0) }.map(RuntimeValue.element))
    case .member(let member):
      return name == spec.keyword ? .text(member.name) : .enumeration(member.kind.rawValue)
    case .requirements(let requirements): return .list(requirements.map { .text($0.written) })
    case .block(let entries):
      guard let kind = ElementKind(rawValue: spec.keyword) else { return .none }
      return .element(.block(kind, entries, owner: owner))
    case .blocks(let all):
      guard let kind = ElementKind(rawValue: spec.keyword) else { return .list([]) }
      return .list(
        all.enumerated().map { .element(.block(kind, $0.element, owner: owner, position: $0.offset)) })
    }
  }
}

extension MinimumRequirement {
  /// The requirement as a `minimum` clause states it: `"1.1" forum_meets_every 6 months`.
  var written: String {
    (number.map { "\"\($0)\" " } ?? "") + requirement + (interval.map { " " + $0.written } ?? "")
  }
}

extension Duration {
  /// `6 months`, `1 month`: as the language writes a duration.
  var written: String {
    let unit = unit.rawValue
    return "\(amount) \(amount == 1 ? String(unit.dropLast()) : unit)"
  }
}

/// A field that follows from the model's shape rather than from a clause.
struct DerivedField: Sendable {
  let name: String
  let type: ExpressionType
  let read: @Sendable (ExpressionEvaluator, ElementValue) -> RuntimeValue
}

extension ElementKind {
  /// The clauses an element of this kind is declared with: a declaration's, or a clause block's
  /// (the kinds are named like them).
  var clauses: [ClauseSpec] {
    if let kind = DeclarationKind(rawValue: rawValue) { return ClauseTable.clauses(of: kind) }
    return ClauseTable.blockClauses[rawValue] ?? []
  }

  /// The derived fields by name, built once: the evaluator looks one up for every element read.
  var derived: [String: DerivedField] { Self.derivedByKind[self] ?? [:] }

  /// The position in `clauses` of the clause each clause field reads.
  var clausePositions: [String: Int] { Self.clausePositionsByKind[self] ?? [:] }

  private static let derivedByKind = Dictionary(
    uniqueKeysWithValues: allCases.map { kind in
      (kind, Dictionary(kind.derivedFields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
    })

  private static let clausePositionsByKind = Dictionary(
    uniqueKeysWithValues: allCases.map { kind in
      var positions: [String: Int] = [:]
      for (position, spec) in kind.clauses.enumerated() {
        for field in QueryField.fields(of: spec) { positions[field.name] = position }
      }
      return (kind, positions)
    })

  /// The fields that are no clause: names, parents, children.
  var derivedFields: [DerivedField] {
    let id = DerivedField(name: "id", type: .text) { _, element in .text(element.id) }
    let title = DerivedField(name: "title", type: .text) { _, element in .text(element.title) }
    let name = DerivedField(name: "name", type: .text) { _, element in .text(String(element.id.localName)) }
    func parent(_ field: String, _ kind: ElementKind, levels: Int = 1) -> DerivedField {
      DerivedField(name: field, type: .element(kind)) { evaluator, element in
        var owner = element.id
        for _ in 0..<levels { owner = owner.parentID }
        return evaluator.element(kind, owner).map(RuntimeValue.element) ?? .none
      }
    }
    func children(
      _ field: String, _ kind: ElementKind, _ list: @escaping @Sendable (ElementValue) -> [ElementValue]
    )
      -> DerivedField
    {
      DerivedField(name: field, type: .list(.element(kind))) { _, element in
        .list(list(element).map(RuntimeValue.element))
      }
    }
    switch self {
    case .plan:
      return [
        id, title,
        DerivedField(name: "forum", type: .element(.forum)) { _, element in
          guard case .plan(let plan) = element, let forum = plan.forum else { return .none }
          return .element(.forum(forum, plan: plan.id))
        },
        children("commitments", .commitment) { element in
          guard case .plan(let plan) = element else { return [] }
          return plan.commitments.map(ElementValue.commitment)
        },
        children("milestones", .milestone) { element in
          guard case .plan(let plan) = element else { return [] }
          return plan.commitments.flatMap(\.milestones).map(ElementValue.milestone)
        },
      ]
    case .commitment:
      return [
        id, name, title, parent("plan", .plan),
        DerivedField(name: "actors", type: .list(.element(.actor))) { evaluator, element in
          guard case .commitment(let commitment) = element else { return .list([]) }
          return .list(
            (commitment.leads + commitment.partners).compactMap { evaluator.element(.actor, $0) }.map(
              RuntimeValue.element))
        },
        DerivedField(name: "objectives", type: .list(.element(.objective))) { evaluator, element in
          guard case .commitment(let commitment) = element else { return .list([]) }
          // A priority counts for the objective it belongs to, each objective once.
          return .list(
            commitment.advances.map { evaluator.element(.objective, $0) != nil ? $0 : $0.parentID }.uniqued()
              .compactMap { evaluator.element(.objective, $0) }.map(RuntimeValue.element))
        },
        children("milestones", .milestone) { element in
          guard case .commitment(let commitment) = element else { return [] }
          return commitment.milestones.map(ElementValue.milestone)
        },
      ]
    case .milestone:
      return [id, name, title, parent("commitment", .commitment), parent("plan", .plan, levels: 2)]
    case .actor:
      return [
        id, title,
        DerivedField(name: "kind", type: .enumeration(.actorKind)) { _, element in
          guard case .actor(let actor) = element else { return .none }
          return .enumeration(actor.kind.rawValue)
        },
      ]
    case .objective:
      return [
        id, name, title, parent("strategy", .strategy),
        children("priorities", .priority) { element in
          guard case .objective(let objective) = element else { return [] }
          return objective.priorities.map(ElementValue.priority)
        },
      ]
    case .priority, .target: return [id, name, title, parent("objective", .objective)]
    case .strategy:
      return [
        id, title,
        children("objectives", .objective) { element in
          guard case .strategy(let strategy) = element else { return [] }
          return strategy.objectives.map(ElementValue.objective)
        },
        children("standards", .standard) { element in
          guard case .strategy(let strategy) = element else { return [] }
          return strategy.standards.map(ElementValue.standard)
        },
        children("changes", .change) { element in
          guard case .strategy(let strategy) = element else { return [] }
          return strategy.changes.map(ElementValue.change)
        },
      ]
    case .change: return [id, name, title, parent("strategy", .strategy)]
    case .standard: return [id, name, title, parent("strategy", .strategy), parent("standards", .standards)]
    case .standards:
      return [
        id, title,
        children("standards", .standard) { element in
          guard case .standards(let version) = element else { return [] }
          return version.standards.map(ElementValue.standard)
        },
      ]
    case .forum: return [title, parent("plan", .plan)]
    case .consultation: return [parent("strategy", .strategy)]
    case .cocreation: return [parent("plan", .plan)]
    case .assessment: return [parent("commitment", .commitment)]
    case .irm: return [parent("plan", .plan)]
    }
  }
}

extension String {
  /// The id of the element that declares this one: `p.c01` for `p.c01.m1`.
  var parentID: String {
    guard let dot = lastIndex(of: ".") else { return self }
    return String(self[..<dot])
  }
}
