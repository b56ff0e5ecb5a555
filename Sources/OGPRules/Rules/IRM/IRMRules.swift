import OGPModel

extension RuleRegistry {
  /// The rules of this category, in code order.
  static let irmRules: [any LintRule] = [
    StarredWithoutConditions(), IndicatorOfAnotherEra(), IRMFindingUnknownRequirement(),
  ]
}

extension Assessment {
  /// Whether the report uses the IRM's method since 2020 (true), the one before (false), or
  /// cannot tell (nil): its publication date decides, else the kind of report, else the period
  /// of the plan assessed (`planPeriod`): a plan that ended before 2020 was judged by the older
  /// method, one that started in 2021 or later by the newer; a plan across the change tells
  /// nothing.
  func isSince2020(planPeriod: DateRange?) -> Bool? {
    if let published { return published.year >= 2020 }
    if let report { return report.isSince2020 }
    guard let planPeriod else { return nil }
    if planPeriod.end.year < 2020 { return false }
    if planPeriod.start.year >= 2021 { return true }
    return nil
  }

  /// "the action plan review of 2024-12", "the assessment": how findings name the report.
  var named: String {
    let report =
      switch report {
      case nil: IrmText.reportAssessment
      case .designReport: IrmText.reportDesignReport
      case .progressReport: IrmText.reportProgressReport
      case .endOfTermReport: IrmText.reportEndOfTermReport
      case .actionPlanReview: IrmText.reportActionPlanReview
      case .midtermReview: IrmText.reportMidtermReview
      case .resultsReport: IrmText.reportResultsReport
      }
    return published.map { IrmText.reportNamed(report: report, published: "\($0)") }
      ?? IrmText.reportUnnamed(report: report)
  }
}
