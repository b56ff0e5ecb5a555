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
  case plan, commitment, milestone, actor, objective, priority, strategy, forum
  /// What a commitment advances: an objective or one of its priorities.
  case target = "objective or priority"

  /// The fields an expression may read, with their types.
  public var fields: [String: ExpressionType] {
    switch self {
    case .plan:
      [
        "id": .text, "title": .text, "member": .text, "member_kind": .enumeration(.memberKind),
        "strategy": .element(.strategy), "start": .date, "end": .date, "submitted": .date, "prefix": .text,
        "contact": .element(.actor), "forum": .element(.forum), "commitments": .list(.element(.commitment)),
        "milestones": .list(.element(.milestone)),
      ]
    case .commitment:
      [
        "id": .text, "name": .text, "title": .text, "plan": .element(.plan), "lead": .list(.element(.actor)),
        "partners": .list(.element(.actor)), "actors": .list(.element(.actor)),
        "values": .list(.enumeration(.ogpValue)), "advances": .list(.element(.target)),
        "objectives": .list(.element(.objective)), "areas": .list(.text),
        "challenge": .enumeration(.challengeArea), "start": .date, "end": .date,
        "status": .enumeration(.status),
        "problem": .text, "status_quo": .text, "description": .text, "goal": .text, "solution": .text,
        "budget": .text, "milestones": .list(.element(.milestone)),
      ]
    case .milestone:
      [
        "id": .text, "name": .text, "title": .text, "commitment": .element(.commitment),
        "plan": .element(.plan),
        "start": .date, "end": .date, "deliverable": .text, "status": .enumeration(.status),
      ]
    case .actor:
      [
        "id": .text, "title": .text, "kind": .enumeration(.actorKind), "branch": .enumeration(.branch),
        "level": .enumeration(.level),
      ]
    case .objective:
      ["id": .text, "name": .text, "title": .text, "label": .text, "priorities": .list(.element(.priority))]
    case .priority: ["id": .text, "name": .text, "title": .text, "objective": .element(.objective)]
    case .target: ["id": .text, "name": .text, "title": .text, "objective": .element(.objective)]
    case .strategy:
      ["id": .text, "title": .text, "start": .date, "end": .date, "objectives": .list(.element(.objective))]
    case .forum:
      [
        "title": .text, "meets": .duration, "members": .list(.element(.actor)), "website": .text,
        "repository": .text, "rules": .text, "plan": .element(.plan),
      ]
    }
  }

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
    "objectives": .list(.element(.objective)), "strategies": .list(.element(.strategy)), "as_of": .date,
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
