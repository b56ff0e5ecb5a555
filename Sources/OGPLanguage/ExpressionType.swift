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

  /// The type's name, in `Language.current`: "date", "list of commitments".
  public var description: String { names.name }

  /// "a date", "a list of commitments".
  var withArticle: String { names.withArticle }

  /// Many values of the type, as a list's elements: "dates", "commitments".
  var plural: String { names.plural }

  private var names: (name: String, withArticle: String, plural: String) {
    switch self {
    case .boolean: (ExpressionText.typeBoolean, ExpressionText.typeBooleanA, ExpressionText.typeBooleanMany)
    case .integer: (ExpressionText.typeInteger, ExpressionText.typeIntegerA, ExpressionText.typeIntegerMany)
    case .text: (ExpressionText.typeText, ExpressionText.typeTextA, ExpressionText.typeTextMany)
    case .date: (ExpressionText.typeDate, ExpressionText.typeDateA, ExpressionText.typeDateMany)
    case .duration:
      (ExpressionText.typeDuration, ExpressionText.typeDurationA, ExpressionText.typeDurationMany)
    case .none: (ExpressionText.typeNone, ExpressionText.typeNoneA, ExpressionText.typeNoneMany)
    case .enumeration(let domain): (domain.name, domain.withArticle, domain.plural)
    case .word(let word):
      (
        ExpressionText.typeWord(word: word), ExpressionText.typeWordA(word: word),
        ExpressionText.typeWordMany(word: word)
      )
    case .element(let kind): kind.names
    case .list(let element):
      (
        ExpressionText.typeList(elements: element.plural), ExpressionText.typeListA(elements: element.plural),
        ExpressionText.typeListMany(elements: element.plural)
      )
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

  /// What people call it, alone, with its article and many of it: "commitment", "a commitment",
  /// "commitments".
  var names: (name: String, withArticle: String, plural: String) {
    switch self {
    case .plan: (ExpressionText.elementPlan, ExpressionText.elementPlanA, ExpressionText.elementPlanMany)
    case .commitment:
      (
        ExpressionText.elementCommitment, ExpressionText.elementCommitmentA,
        ExpressionText.elementCommitmentMany
      )
    case .milestone:
      (ExpressionText.elementMilestone, ExpressionText.elementMilestoneA, ExpressionText.elementMilestoneMany)
    case .actor: (ExpressionText.elementActor, ExpressionText.elementActorA, ExpressionText.elementActorMany)
    case .objective:
      (ExpressionText.elementObjective, ExpressionText.elementObjectiveA, ExpressionText.elementObjectiveMany)
    case .priority:
      (ExpressionText.elementPriority, ExpressionText.elementPriorityA, ExpressionText.elementPriorityMany)
    case .strategy:
      (ExpressionText.elementStrategy, ExpressionText.elementStrategyA, ExpressionText.elementStrategyMany)
    case .forum: (ExpressionText.elementForum, ExpressionText.elementForumA, ExpressionText.elementForumMany)
    case .standard:
      (ExpressionText.elementStandard, ExpressionText.elementStandardA, ExpressionText.elementStandardMany)
    case .standards:
      (ExpressionText.elementStandards, ExpressionText.elementStandardsA, ExpressionText.elementStandardsMany)
    case .change:
      (ExpressionText.elementChange, ExpressionText.elementChangeA, ExpressionText.elementChangeMany)
    case .target:
      (ExpressionText.elementTarget, ExpressionText.elementTargetA, ExpressionText.elementTargetMany)
    case .consultation:
      (
        ExpressionText.elementConsultation, ExpressionText.elementConsultationA,
        ExpressionText.elementConsultationMany
      )
    case .cocreation:
      (
        ExpressionText.elementCocreation, ExpressionText.elementCocreationA,
        ExpressionText.elementCocreationMany
      )
    case .assessment:
      (
        ExpressionText.elementAssessment, ExpressionText.elementAssessmentA,
        ExpressionText.elementAssessmentMany
      )
    case .irm: (ExpressionText.elementIrm, ExpressionText.elementIrmA, ExpressionText.elementIrmMany)
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

  /// The functions' names.
  package static let functionNames = [
    "count", "any", "all", "min", "max", "length", "exists", "days", "months",
  ]

  /// How `function` is called and what it gives, for help and errors; nil for no function.
  package static func usage(of function: String) -> String? {
    switch function {
    case "count": ExpressionText.functionCount
    case "any": ExpressionText.functionAny
    case "all": ExpressionText.functionAll
    case "min": ExpressionText.functionMin
    case "max": ExpressionText.functionMax
    case "length": ExpressionText.functionLength
    case "exists": ExpressionText.functionExists
    case "days": ExpressionText.functionDays
    case "months": ExpressionText.functionMonths
    default: nil
    }
  }
}
