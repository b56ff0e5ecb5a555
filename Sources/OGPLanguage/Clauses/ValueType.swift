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

  /// What people call it, in `Language.current`: "OGP value", "branch".
  public var name: String { words.name }

  /// "an OGP value", "a branch".
  public var withArticle: String { words.withArticle }

  /// "OGP values", "branches".
  public var plural: String { words.plural }

  private var words: (name: String, withArticle: String, plural: String) {
    switch self {
    case .actorKind: (WordsText.domainActorKind, WordsText.domainActorKindA, WordsText.domainActorKindMany)
    case .branch: (WordsText.domainBranch, WordsText.domainBranchA, WordsText.domainBranchMany)
    case .level: (WordsText.domainLevel, WordsText.domainLevelA, WordsText.domainLevelMany)
    case .memberKind:
      (WordsText.domainMemberKind, WordsText.domainMemberKindA, WordsText.domainMemberKindMany)
    case .ogpValue: (WordsText.domainOgpValue, WordsText.domainOgpValueA, WordsText.domainOgpValueMany)
    case .challengeArea:
      (WordsText.domainChallengeArea, WordsText.domainChallengeAreaA, WordsText.domainChallengeAreaMany)
    case .status: (WordsText.domainStatus, WordsText.domainStatusA, WordsText.domainStatusMany)
    case .completion:
      (WordsText.domainCompletion, WordsText.domainCompletionA, WordsText.domainCompletionMany)
    case .irmReport: (WordsText.domainIrmReport, WordsText.domainIrmReportA, WordsText.domainIrmReportMany)
    case .specificity:
      (WordsText.domainSpecificity, WordsText.domainSpecificityA, WordsText.domainSpecificityMany)
    case .continuity:
      (WordsText.domainContinuity, WordsText.domainContinuityA, WordsText.domainContinuityMany)
    case .potential: (WordsText.domainPotential, WordsText.domainPotentialA, WordsText.domainPotentialMany)
    case .potentialImpact:
      (WordsText.domainPotentialImpact, WordsText.domainPotentialImpactA, WordsText.domainPotentialImpactMany)
    case .earlyResults:
      (WordsText.domainEarlyResults, WordsText.domainEarlyResultsA, WordsText.domainEarlyResultsMany)
    case .yesNo: (WordsText.domainYesNo, WordsText.domainYesNoA, WordsText.domainYesNoMany)
    case .durationUnit:
      (WordsText.domainDurationUnit, WordsText.domainDurationUnitA, WordsText.domainDurationUnitMany)
    case .countQualifier:
      (WordsText.domainCountQualifier, WordsText.domainCountQualifierA, WordsText.domainCountQualifierMany)
    case .ruleSeverity:
      (WordsText.domainRuleSeverity, WordsText.domainRuleSeverityA, WordsText.domainRuleSeverityMany)
    case .ruleScope: (WordsText.domainRuleScope, WordsText.domainRuleScopeA, WordsText.domainRuleScopeMany)
    }
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

  /// "a date range like 2024-09 .. 2026-08", in `Language.current`.
  public var expectation: String {
    switch self {
    case .text: WordsText.expectText
    case .translation: WordsText.expectTranslation(languages: Language.tags)
    case .texts: WordsText.expectTexts
    case .integer: WordsText.expectInteger
    case .count: WordsText.expectCount
    case .date: WordsText.expectDate
    case .dates: WordsText.expectDates
    case .dateRange: WordsText.expectDateRange
    case .frequency: WordsText.expectFrequency
    case .enumeration(let domain):
      WordsText.expectEnumeration(domain: domain.withArticle, values: domain.values.joined(separator: ", "))
    case .enumerations(let domain):
      WordsText.expectEnumerations(domains: domain.plural, values: domain.values.joined(separator: ", "))
    case .actorReference: WordsText.expectActorReference
    case .actorReferences: WordsText.expectActorReferences
    case .strategyReference: WordsText.expectStrategyReference
    case .standardsReference: WordsText.expectStandardsReference
    case .objectiveReferences: WordsText.expectObjectiveReferences
    case .tags: WordsText.expectTags
    case .member: WordsText.expectMember
    case .requirement: WordsText.expectRequirement
    case .block: WordsText.expectBlock
    }
  }

  var isList: Bool {
    switch self {
    case .texts, .dates, .enumerations, .actorReferences, .objectiveReferences, .tags: true
    default: false
    }
  }
}
