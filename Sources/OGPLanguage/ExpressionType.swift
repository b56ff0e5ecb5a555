import OGPModel

/// The type of an expression, as the checker infers it and as messages name it.
public indirect enum ExpressionType: Equatable, Hashable, Sendable, CustomStringConvertible {
  case boolean
  case integer
  case text
  case date
  /// A length of time: `6 months`, or the difference of two dates.
  case duration
  /// `none`: compares equal only to a missing value.
  case none
  case enumeration(EnumDomain)
  /// A bare word that is no name, such as `civil_society`: an enumeration value whose domain the
  /// comparison it stands in decides.
  case word(String)
  case element(ElementKind)
  case list(ExpressionType)

  public var description: String {
    switch self {
    case .boolean: "yes/no"
    case .integer: "number"
    case .text: "text"
    case .date: "date"
    case .duration: "duration"
    case .none: "none"
    case .enumeration(let domain): domain.rawValue
    case .word(let word): "the word '\(word)'"
    case .element(let kind): kind.rawValue
    case .list(let element): "list of \(element)"
    }
  }
}

/// What an expression can name in the model.
public enum ElementKind: String, Sendable, CaseIterable {
  case plan, commitment, milestone, actor, objective, priority, strategy, forum, standard, standards, change
  /// What a commitment advances: an objective or one of its priorities.
  case target = "objective or priority"
  /// The clause blocks, read like elements: `p.cocreation.timeline`; a repeatable one is a list
  /// of them (`c.assessment`).
  case consultation, cocreation, assessment, irm

  /// The kind of element a declaration is.
  public init(_ kind: DeclarationKind) {
    switch kind {
    case .strategy: self = .strategy
    case .objective: self = .objective
    case .priority: self = .priority
    case .change: self = .change
    case .standard: self = .standard
    case .standards: self = .standards
    case .actor: self = .actor
    case .plan: self = .plan
    case .forum: self = .forum
    case .commitment: self = .commitment
    case .milestone: self = .milestone
    }
  }

  /// The fields an expression may read, with their types: the clauses of `ClauseTable` and the
  /// fields derived from the model's shape (`id`, `plan`, `milestones`).
  public var fields: [String: ExpressionType] { Self.fieldTypes[self] ?? [:] }

  private static let fieldTypes = Dictionary(
    uniqueKeysWithValues: allCases.map { kind in
      var types: [String: ExpressionType] = [:]
      for spec in kind.clauses {
        for field in QueryField.fields(of: spec) { types[field.name] = field.type }
      }
      for field in kind.derivedFields { types[field.name] = field.type }
      return (kind, types)
    })

  /// Whether a value of this kind may stand where `other` is expected (a priority or an
  /// objective is a target).
  func fits(_ other: ElementKind) -> Bool {
    self == other || (other == .target && (self == .objective || self == .priority))
      || (self == .target && (other == .objective || other == .priority))
  }
}

/// The names every expression can use, besides declared names and the fields in scope.
package enum ExpressionGlobals {
  package static let types: [String: ExpressionType] = [
    "plans": .list(.element(.plan)), "commitments": .list(.element(.commitment)),
    "milestones": .list(.element(.milestone)), "actors": .list(.element(.actor)),
    "objectives": .list(.element(.objective)), "strategies": .list(.element(.strategy)),
    "standards": .list(.element(.standard)), "as_of": .date,
    "none": .none,
  ]

  /// The functions, with a one-line description for help and errors.
  package static let functions: [String: String] = [
    "count": "count(list): how many elements",
    "any": "any(list) or any(list, condition): some element, or some element meets the condition",
    "all": "all(list, condition): every element meets the condition",
    "min": "min(list): the earliest date or smallest number",
    "max": "max(list): the latest date or largest number",
    "length": "length(text): the number of characters",
    "exists": "exists(value): the value is given",
    "days": "days(duration): the number of days",
    "months": "months(duration): the number of whole months",
  ]
}
