import OGPDiagnostics
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
  case completion
  case irmReport = "IRM report"
  case specificity
  case continuity
  case potential = "potential for results"
  case potentialImpact = "potential impact"
  case earlyResults = "early result"
  case yesNo = "yes or no"
  case durationUnit = "unit of time"
  /// How an approximate count relates to its number (`over 1000`).
  case countQualifier = "count qualifier"
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
    case .completion: Completion.allCases.map(\.rawValue)
    case .irmReport: IRMReport.allCases.map(\.rawValue)
    case .specificity: Specificity.allCases.map(\.rawValue)
    case .continuity: Continuity.allCases.map(\.rawValue)
    case .potential: PotentialForResults.allCases.map(\.rawValue)
    case .potentialImpact: PotentialImpact.allCases.map(\.rawValue)
    case .earlyResults: EarlyResults.allCases.map(\.rawValue)
    case .yesNo: ["yes", "no"]
    case .durationUnit: ["day", "days", "week", "weeks", "month", "months", "year", "years"]
    case .countQualifier: CountQualifier.allCases.map(\.rawValue)
    case .ruleSeverity: Rule.Severity.allCases.map(\.rawValue)
    case .ruleScope: RuleScope.allCases.map(\.rawValue)
    }
  }
}

/// The type of a clause's value, as the checker expects it and as messages name it.
public indirect enum ValueType: Sendable {
  case text
  /// A language and a string, `es "…"`: the translation of a text given elsewhere (the
  /// header's title).
  case translation
  case texts
  case integer
  /// A whole number, exact or qualified: `1000`, `over 1000`.
  case count
  case date
  /// Dates separated by commas: a log of meetings or updates.
  case dates
  case dateRange
  /// `every N unit`.
  case frequency
  case enumeration(EnumDomain)
  case enumerations(EnumDomain)
  case actorReference
  case actorReferences
  case strategyReference
  case standardsReference
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
    case .translation: "a language and a string, like es \"…\" (languages: \(Language.tags))"
    case .texts: "one or more strings, separated by commas"
    case .integer: "a whole number"
    case .count: "a whole number, or one after over, about, at_least or under (over 1000)"
    case .date: "a date like 2024, 2024-06 or 2024-06-30"
    case .dates: "one or more dates, separated by commas (2024-03-12, 2024-09-20)"
    case .dateRange: "a date range like 2024-09 .. 2026-08"
    case .frequency: "a frequency like 'every 3 months'"
    case .enumeration(let domain): "one \(domain.rawValue) (\(domain.values.joined(separator: ", ")))"
    case .enumerations(let domain):
      "one or more \(domain.rawValue)s (\(domain.values.joined(separator: ", ")))"
    case .actorReference: "the name of an actor"
    case .actorReferences: "one or more actor names, separated by commas"
    case .strategyReference: "the name of a strategy"
    case .standardsReference: "the name of a standards version"
    case .objectiveReferences: "one or more objectives or priorities (SO2, SO3.protect_participation)"
    case .tags: "one or more snake_case tags (open_data, open_contracting)"
    case .member: "the member's name and kind, like \"Arcadia\" national"
    case .requirement:
      "a requirement name, optionally after its number and with a duration (\"1.1\" forum_meets_every 6 months)"
    case .block: "a block { … }"
    }
  }

  var isList: Bool {
    switch self {
    case .texts, .dates, .enumerations, .actorReferences, .objectiveReferences, .tags: true
    default: false
    }
  }
}
