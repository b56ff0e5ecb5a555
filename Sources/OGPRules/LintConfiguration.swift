import OGPDiagnostics
import OGPModel

/// How a project tunes the linter: per-rule severity, thresholds and the as-of date. Read from
/// `ogp-lint.toml` (see `ConfigurationFile`); every number defaults to the domain brief's.
public struct LintConfiguration: Sendable, Equatable {
  /// Severity by rule code; a rule not listed keeps its default.
  public var severities: [String: RuleSeverity] = [:]
  public var thresholds = Thresholds()
  /// The objective ids the objective-specific rules look for in a plan's strategy.
  public var objectives = ObjectiveRoles()
  /// The date the timeline rules judge progress against; the CLI defaults it to today.
  public var asOf: PartialDate?
  /// Words that mark a deliverable as evidence, a case or a story (strategic objective 5).
  /// Matched case-insensitively as the start of a word, so `evaluat` matches "evaluation".
  public var evidenceWords: [String] = LintConfiguration.defaultEvidenceWords

  public init() {}

  public static let defaultEvidenceWords = [
    "evidence", "case", "stud", "story", "stories", "research", "evaluat", "lesson", "learning",
    "survey", "impact assessment",
    "evidencia", "caso", "estudio", "historia", "investigaci", "evaluaci", "lecci", "aprendizaje",
    "encuesta", "estudo", "pesquisa", "avalia", "étude", "preuve", "enquête",
  ]

  /// The severity a rule runs at, or nil when it is off.
  public func severity(of rule: RuleDescription) -> Diagnostic.Severity? {
    switch severities[rule.code] {
    case nil: rule.defaultSeverity
    case .off: nil
    case .info: .info
    case .warning: .warning
    case .error: .error
    }
  }
}

public enum RuleSeverity: String, Sendable, CaseIterable {
  case off, info, warning, error
}

/// Numbers from OGP's rules, which have changed over the years (18 months, then 20), so a project
/// can set them instead of finding them buried in rules.
public struct Thresholds: Sendable, Equatable {
  /// OGP used to recommend 5 to 15 commitments per plan (a recommendation, not a requirement).
  public var minimumCommitments = 5
  public var maximumCommitments = 15
  /// The OGP Local pilot (2016) asked for 3 to 5 commitments per local plan.
  public var minimumLocalCommitments = 3
  public var maximumLocalCommitments = 5
  /// A national plan covers at least 20 months of implementation.
  public var minimumPlanMonths = 20
  /// National plans run two or four years.
  public var planLengthsInYears = [2, 4]
  /// How far from 2 or 4 years a plan may be and still count as "about" that long.
  public var planLengthToleranceMonths = 2
  /// A deliverable shorter than this (in characters, ignoring surrounding spaces) says nothing
  /// verifiable.
  public var minimumDeliverableLength = 15
  /// How often the forum must meet when no `forum_meets_every` minimum the plan is judged by (its
  /// standards version's, or else its strategy's) says how often.
  public var forumMeetsEveryMonths = 6

  public init() {}
}

/// Which objective of the plan's strategy each objective-aware rule is about. The defaults are the
/// ids of the OGP strategy 2023–2028.
public struct ObjectiveRoles: Sendable, Equatable {
  /// SO1: broaden the community of reformers.
  public var broadening = "SO1"
  /// SO2: open government in every branch and level.
  public var impact = "SO2"
  /// SO3: protect and expand civic space.
  public var civicSpace = "SO3"
  /// SO4: collective progress, through the Open Gov Challenge.
  public var collectiveProgress = "SO4"
  /// SO5: a hub of innovation, evidence and stories.
  public var innovation = "SO5"

  public init() {}
}
