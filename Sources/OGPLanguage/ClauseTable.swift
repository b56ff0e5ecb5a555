import OGPModel

/// The closed sets of words a clause may take, read from the model's enums so the language and
/// the model cannot disagree.
public enum EnumDomain: String, CaseIterable, Sendable {
  case actorKind = "actor kind"
  case branch
  case level
  case memberKind = "member kind"
  case ogpValue = "OGP value"
  case challengeArea = "Open Gov Challenge area"
  case status
  case potential = "potential for results"
  case potentialImpact = "potential impact"
  case earlyResults = "early result"
  case yesNo = "yes or no"
  case durationUnit = "unit of time"
  /// How serious a `rule`'s findings are.
  case ruleSeverity = "rule severity"
  /// What a `rule` checks each of (`each commitment c`).
  case ruleScope = "kind of element"

  /// "an OGP value", "a branch".
  public var withArticle: String {
    (rawValue.first.map { "aeiouAEIOU".contains($0) } ?? false ? "an " : "a ") + rawValue
  }

  public var values: [String] { Self.valuesByDomain[self] ?? valuesFromTheModel }

  /// Every domain's words, listed once: the checker asks for them at every enumeration value.
  private static let valuesByDomain = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0, $0.valuesFromTheModel) })

  private var valuesFromTheModel: [String] {
    switch self {
    case .actorKind: ActorKind.allCases.map(\.rawValue)
    case .branch: Branch.allCases.map(\.rawValue)
    case .level: GovernmentLevel.allCases.map(\.rawValue)
    case .memberKind: MemberKind.allCases.map(\.rawValue)
    case .ogpValue: OGPValue.allCases.map(\.rawValue)
    case .challengeArea: ChallengeArea.allCases.map(\.rawValue)
    case .status: Status.allCases.map(\.rawValue)
    case .potential: PotentialForResults.allCases.map(\.rawValue)
    case .potentialImpact: PotentialImpact.allCases.map(\.rawValue)
    case .earlyResults: EarlyResults.allCases.map(\.rawValue)
    case .yesNo: ["yes", "no"]
    case .durationUnit: ["day", "days", "week", "weeks", "month", "months", "year", "years"]
    case .ruleSeverity: Rule.Severity.allCases.map(\.rawValue)
    case .ruleScope: RuleScope.allCases.map(\.rawValue)
    }
  }
}

/// The type of a clause's value, as the checker expects it and as messages name it.
public indirect enum ValueType: Sendable {
  case text
  case texts
  case integer
  case date
  case dateRange
  /// `every N unit`.
  case frequency
  case enumeration(EnumDomain)
  case enumerations(EnumDomain)
  case actorReference
  case actorReferences
  case strategyReference
  case objectiveReferences
  /// An open list of snake_case tags.
  case tags
  /// `"Name" national|local`.
  case member
  /// `name [N unit]`.
  case requirement
  /// A `{ … }` block of sub-clauses.
  case block([ClauseSpec])

  /// "a date range like 2024-09 .. 2026-08".
  public var expectation: String {
    switch self {
    case .text: "a string"
    case .texts: "one or more strings, separated by commas"
    case .integer: "a whole number"
    case .date: "a date like 2024, 2024-06 or 2024-06-30"
    case .dateRange: "a date range like 2024-09 .. 2026-08"
    case .frequency: "a frequency like 'every 3 months'"
    case .enumeration(let domain): "one \(domain.rawValue) (\(domain.values.joined(separator: ", ")))"
    case .enumerations(let domain):
      "one or more \(domain.rawValue)s (\(domain.values.joined(separator: ", ")))"
    case .actorReference: "the name of an actor"
    case .actorReferences: "one or more actor names, separated by commas"
    case .strategyReference: "the name of a strategy"
    case .objectiveReferences: "one or more objectives or priorities (SO2, SO3.protect_participation)"
    case .tags: "one or more snake_case tags (open_data, open_contracting)"
    case .member: "the member's name and kind, like \"Arcadia\" national"
    case .requirement: "a requirement name, optionally with a duration (forum_meets_every 6 months)"
    case .block: "a block { … }"
    }
  }

  var isList: Bool {
    switch self {
    case .texts, .enumerations, .actorReferences, .objectiveReferences, .tags: true
    default: false
    }
  }
}

/// One clause a declaration (or a clause block) accepts.
public struct ClauseSpec: Sendable {
  public let keyword: String
  public let type: ValueType
  public let isRequired: Bool
  public let isRepeatable: Bool
  /// One line for help texts and completion.
  public let summary: String

  init(
    _ keyword: String, _ type: ValueType, required: Bool = false, repeatable: Bool = false, _ summary: String
  ) {
    self.keyword = keyword
    self.type = type
    self.isRequired = required
    self.isRepeatable = repeatable
    self.summary = summary
  }
}

/// Which clauses each declaration takes (grammar §3), and which declarations may stand inside it.
public enum ClauseTable {
  public static func clauses(of kind: DeclarationKind) -> [ClauseSpec] {
    switch kind {
    case .strategy: strategy
    case .objective: objective
    case .priority, .change: []
    case .standard: standard
    case .actor: actor
    case .plan: plan
    case .forum: forum
    case .commitment: commitment
    case .milestone: milestone
    }
  }

  /// The declarations allowed directly inside `parent` (nil: the top level of a file).
  public static func children(of parent: DeclarationKind?) -> [DeclarationKind] {
    switch parent {
    case nil: [.strategy, .actor, .plan]
    case .strategy: [.objective, .change, .standard]
    case .objective: [.priority]
    case .plan: [.forum, .commitment]
    case .commitment: [.milestone]
    default: []
    }
  }

  static let strategy: [ClauseSpec] = [
    ClauseSpec("period", .dateRange, required: true, "the years the strategy covers"),
    ClauseSpec("vision", .text, "the vision statement"),
    ClauseSpec("mission", .text, "the mission statement"),
    ClauseSpec("consultation", .block(consultation), "the consultation that produced the strategy"),
  ]

  static let consultation: [ClauseSpec] = [
    ClauseSpec("period", .dateRange, "when the consultation ran"),
    ClauseSpec("contributions", .integer, "how many contributions it received"),
    ClauseSpec("description", .text, "what happened"),
    ClauseSpec("questions", .texts, "what it set out to learn"),
  ]

  static let objective: [ClauseSpec] = [
    ClauseSpec("label", .text, "the label the source document uses"),
    ClauseSpec("aim", .text, "what the objective aims at"),
  ]

  static let standard: [ClauseSpec] = [
    ClauseSpec("description", .text, "what the standard asks"),
    ClauseSpec(
      "minimum", .requirement, repeatable: true, "a minimum requirement, e.g. forum_meets_every 6 months"),
  ]

  static let actor: [ClauseSpec] = [
    ClauseSpec("branch", .enumeration(.branch), "executive, legislative, judiciary or autonomous"),
    ClauseSpec("level", .enumeration(.level), "national, regional or local"),
  ]

  static let plan: [ClauseSpec] = [
    ClauseSpec("member", .member, required: true, "the member's name and kind"),
    ClauseSpec("strategy", .strategyReference, "the strategy the plan advances"),
    ClauseSpec("period", .dateRange, required: true, "the plan's implementation period"),
    ClauseSpec("prefix", .text, "the prefix of the member's commitment ids (AR, ESVAC)"),
    ClauseSpec("contact", .actorReference, "the government point of contact"),
    ClauseSpec("submitted", .date, "when the plan was submitted"),
    ClauseSpec("cocreation", .block(cocreation), "evidence of co-creation"),
  ]

  static let cocreation: [ClauseSpec] = [
    ClauseSpec("timeline", .text, "where the participation timeline was published"),
    ClauseSpec("reasoned_response", .text, "where the reasoned response was published"),
    ClauseSpec("participants", .integer, "how many people took part"),
    ClauseSpec("description", .text, "how the plan was co-created"),
  ]

  static let forum: [ClauseSpec] = [
    ClauseSpec("meets", .frequency, "how often the forum meets"),
    ClauseSpec("members", .actorReferences, "the member actors"),
    ClauseSpec("rules", .text, "where its rules are published"),
    ClauseSpec("website", .text, "the OGP website"),
    ClauseSpec("repository", .text, "the online document repository"),
  ]

  static let commitment: [ClauseSpec] = [
    ClauseSpec("lead", .actorReferences, required: true, "the lead implementing institutions"),
    ClauseSpec("partners", .actorReferences, "supporting institutions"),
    ClauseSpec("values", .enumerations(.ogpValue), "the OGP values it is relevant to"),
    ClauseSpec("advances", .objectiveReferences, "the strategic objectives and priorities it advances"),
    ClauseSpec("areas", .tags, "policy areas"),
    ClauseSpec("challenge", .enumeration(.challengeArea), "its Open Gov Challenge area"),
    ClauseSpec("period", .dateRange, "when it runs"),
    ClauseSpec("problem", .text, "the public problem it addresses"),
    ClauseSpec("status_quo", .text, "the situation today"),
    ClauseSpec("description", .text, "what will be done"),
    ClauseSpec("goal", .text, "what it aims to achieve"),
    ClauseSpec("solution", .text, "how it will solve the problem"),
    ClauseSpec("budget", .text, "its budget"),
    ClauseSpec("links", .texts, "links to other plans (SDGs, development plans)"),
    ClauseSpec("status", .enumeration(.status), "its progress"),
    ClauseSpec("assessment", .block(assessment), "the IRM's assessment"),
  ]

  static let assessment: [ClauseSpec] = [
    ClauseSpec("verifiable", .enumeration(.yesNo), "specific enough to verify"),
    ClauseSpec("relevant", .enumeration(.yesNo), "has an open government lens"),
    ClauseSpec("potential", .enumeration(.potential), "potential for results (since 2020)"),
    ClauseSpec("potential_impact", .enumeration(.potentialImpact), "potential impact (before 2020)"),
    ClauseSpec("completion", .enumeration(.status), "completion"),
    ClauseSpec("early_results", .enumeration(.earlyResults), "did it open government?"),
    ClauseSpec("promising", .enumeration(.yesNo), "promising (since 2020)"),
    ClauseSpec("starred", .enumeration(.yesNo), "starred (before 2020)"),
  ]

  static let milestone: [ClauseSpec] = [
    ClauseSpec("period", .dateRange, "when it runs"),
    ClauseSpec("deliverable", .text, "the verifiable output"),
    ClauseSpec("status", .enumeration(.status), "its progress"),
  ]
}
