/// A strategy such as OGP's 2023–2028 strategy, which action plans `use` and advance.
public struct Strategy: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?
  public var period: DateRange
  public var vision: String?
  public var mission: String?
  /// The fundamental changes the consultation asked for.
  public var changes: [FundamentalChange]
  public var objectives: [StrategicObjective]
  /// Participation and co-creation standards declared inside the strategy: the older form, read
  /// only when the program declares no `standards` version (`StandardsVersion`).
  public var standards: [CoCreationStandard]
  /// The consultation that produced the strategy.
  public var consultation: Consultation?
  /// True when the strategy's priorities are all it has; false or nil when they are some of them
  /// (the OGP strategy 2023–2028's deck lists "some priorities"), so no coverage check can treat
  /// them as a complete list.
  public var prioritiesComplete: Bool?

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    id: String, title: String, doc: String? = nil, period: DateRange, vision: String? = nil,
    mission: String? = nil, changes: [FundamentalChange] = [], objectives: [StrategicObjective] = [],
    standards: [CoCreationStandard] = [], consultation: Consultation? = nil, prioritiesComplete: Bool? = nil
  ) {
    self.id = id
    self.title = title
    self.doc = doc
    self.period = period
    self.vision = vision
    self.mission = mission
    self.changes = changes
    self.objectives = objectives
    self.standards = standards
    self.consultation = consultation
    self.prioritiesComplete = prioritiesComplete
  }
}

public struct FundamentalChange: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(id: String, title: String, doc: String? = nil) {
    self.id = id
    self.title = title
    self.doc = doc
  }
}

public struct StrategicObjective: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?
  /// The label the source document uses ("Ampliación").
  public var label: String?
  /// What the objective aims at, in a sentence.
  public var aim: String?
  public var priorities: [Priority]

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    id: String, title: String, doc: String? = nil, label: String? = nil, aim: String? = nil,
    priorities: [Priority] = []
  ) {
    self.id = id
    self.title = title
    self.doc = doc
    self.label = label
    self.aim = aim
    self.priorities = priorities
  }
}

public struct Priority: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(id: String, title: String, doc: String? = nil) {
    self.id = id
    self.title = title
    self.doc = doc
  }
}

public struct CoCreationStandard: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?
  public var description: String?
  public var minimums: [MinimumRequirement]

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    id: String, title: String, doc: String? = nil, description: String? = nil,
    minimums: [MinimumRequirement] = []
  ) {
    self.id = id
    self.title = title
    self.doc = doc
    self.description = description
    self.minimums = minimums
  }
}

/// A minimum requirement of a standard, e.g. `forum_meets_every` 6 months.
///
/// The names are open: OGP's exact wording for standards 3–5 is not settled, so users declare
/// what they check and the rules read what is declared.
public struct MinimumRequirement: Codable, Sendable, Equatable {
  /// OGP's number for the requirement ("1.1", cited as "MR 1.1"), when the declaration gives one.
  public var number: String?
  public var requirement: String
  public var interval: Duration?

  public init(number: String? = nil, requirement: String, interval: Duration? = nil) {
    self.number = number
    self.requirement = requirement
    self.interval = interval
  }
}

public struct Consultation: Codable, Sendable, Equatable {
  public var period: DateRange?
  /// How many contributions it received; with `contributionsQualifier`, a bound or an estimate
  /// ("over 1,000" is 1000 and `over`), not an exact count.
  public var contributions: Int?
  public var contributionsQualifier: CountQualifier?
  public var description: String?
  /// What the consultation set out to learn.
  public var questions: [String]

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    period: DateRange? = nil, contributions: Int? = nil, contributionsQualifier: CountQualifier? = nil,
    description: String? = nil, questions: [String] = []
  ) {
    self.period = period
    self.contributions = contributions
    self.contributionsQualifier = contributionsQualifier
    self.description = description
    self.questions = questions
  }
}

/// How a count that is not exact relates to its number: `over 1000`, `about 600`.
public enum CountQualifier: String, Codable, Sendable, CaseIterable {
  case over, about
  case atLeast = "at_least"
  case under
}
