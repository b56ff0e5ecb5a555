/// The tables of `ogp-lint.toml`.
enum ConfigurationTable: String, CaseIterable {
  case rules, thresholds, objectives, evidence

  /// `[rules]`, as the table is written.
  var header: String { "[\(rawValue)]" }
}

/// Every key of `ogp-lint.toml` but those of `[rules]`, which are rule codes and names.
enum ConfigurationKey: String, CaseIterable {
  case asOf = "as_of"
  case minCommitments = "min_commitments"
  case maxCommitments = "max_commitments"
  case minLocalCommitments = "min_local_commitments"
  case maxLocalCommitments = "max_local_commitments"
  case minPlanMonths = "min_plan_months"
  case planLengthsYears = "plan_lengths_years"
  case planLengthToleranceMonths = "plan_length_tolerance_months"
  case minDeliverableLength = "min_deliverable_length"
  case forumMeetsEveryMonths = "forum_meets_every_months"
  case broadening
  case impact
  case civicSpace = "civic_space"
  case collectiveProgress = "collective_progress"
  case innovation
  case words

  /// The table the key is written in; nil for the top of the file, before any table header.
  var table: ConfigurationTable? {
    switch self {
    case .asOf:
      nil
    case .minCommitments, .maxCommitments, .minLocalCommitments, .maxLocalCommitments, .minPlanMonths,
      .planLengthsYears,
      .planLengthToleranceMonths, .minDeliverableLength, .forumMeetsEveryMonths:
      .thresholds
    case .broadening, .impact, .civicSpace, .collectiveProgress, .innovation:
      .objectives
    case .words:
      .evidence
    }
  }

  /// Where the key belongs, for a help message: "in the [thresholds] table".
  var place: String {
    table.map { ConfigurationText.placeTable(table: $0.header) } ?? ConfigurationText.placeTop
  }

  /// A value as it would be written in the file (the default, where there is one), which help
  /// messages show as an example.
  var example: String {
    let defaults = LintConfiguration()
    let thresholds = defaults.thresholds
    let objectives = defaults.objectives
    return switch self {
    case .asOf: "2026-06-30"
    case .minCommitments: String(thresholds.minimumCommitments)
    case .maxCommitments: String(thresholds.maximumCommitments)
    case .minLocalCommitments: String(thresholds.minimumLocalCommitments)
    case .maxLocalCommitments: String(thresholds.maximumLocalCommitments)
    case .minPlanMonths: String(thresholds.minimumPlanMonths)
    case .planLengthsYears: "[" + thresholds.planLengthsInYears.map(String.init).joined(separator: ", ") + "]"
    case .planLengthToleranceMonths: String(thresholds.planLengthToleranceMonths)
    case .minDeliverableLength: String(thresholds.minimumDeliverableLength)
    case .forumMeetsEveryMonths: String(thresholds.forumMeetsEveryMonths)
    case .broadening: "\"\(objectives.broadening)\""
    case .impact: "\"\(objectives.impact)\""
    case .civicSpace: "\"\(objectives.civicSpace)\""
    case .collectiveProgress: "\"\(objectives.collectiveProgress)\""
    case .innovation: "\"\(objectives.innovation)\""
    case .words: "[\"evidence\", \"case study\"]"
    }
  }

  /// The pair of commitment bounds `key` belongs to: national (`min_commitments`,
  /// `max_commitments`) or local (`min_local_commitments`, `max_local_commitments`).
  static func commitmentBounds(of key: ConfigurationKey) -> (
    minimum: ConfigurationKey, maximum: ConfigurationKey
  ) {
    key == .minLocalCommitments || key == .maxLocalCommitments
      ? (.minLocalCommitments, .maxLocalCommitments) : (.minCommitments, .maxCommitments)
  }

  /// The keys written in `table` (nil: the top of the file), in documentation order.
  static func keys(of table: ConfigurationTable?) -> [ConfigurationKey] {
    allCases.filter { $0.table == table }
  }
}
