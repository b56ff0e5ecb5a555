/// What the Independent Reporting Mechanism found about one commitment in one of its reports,
/// in its own labels. A commitment holds one per report (design review, midterm, results…).
public struct Assessment: Codable, Sendable, Equatable {
  /// The IRM product the findings come from.
  public var report: IRMReport?
  /// When that report was published: its era decides which indicators it uses.
  public var published: PartialDate?
  public var verifiable: Bool?
  /// The open government lens: is it relevant to a core value?
  public var relevant: Bool?
  /// The values the IRM found it relevant to, one by one (its older reports judged each value).
  public var relevance: [OGPValue]
  /// Specificity (before 2020).
  public var specificity: Specificity?
  /// Potential for results (since 2020).
  public var potential: PotentialForResults?
  /// Potential impact (before 2020).
  public var potentialImpact: PotentialImpact?
  public var completion: Completion?
  /// Did it open government?
  public var earlyResults: EarlyResults?
  /// The refreshed early-results indicator of recent results reports, in the report's own
  /// words: its labels are not confirmed here, so they are text, never checked.
  public var results: String?
  public var promising: Bool?
  public var starred: Bool?

  public init(
    report: IRMReport? = nil, published: PartialDate? = nil, verifiable: Bool? = nil, relevant: Bool? = nil,
    relevance: [OGPValue] = [], specificity: Specificity? = nil, potential: PotentialForResults? = nil,
    potentialImpact: PotentialImpact? = nil, completion: Completion? = nil,
    earlyResults: EarlyResults? = nil, results: String? = nil, promising: Bool? = nil, starred: Bool? = nil
  ) {
    self.report = report
    self.published = published
    self.verifiable = verifiable
    self.relevant = relevant
    self.relevance = relevance
    self.specificity = specificity
    self.potential = potential
    self.potentialImpact = potentialImpact
    self.completion = completion
    self.earlyResults = earlyResults
    self.results = results
    self.promising = promising
    self.starred = starred
  }
}

/// What the IRM found about a whole plan in one of its reports.
public struct PlanAssessment: Codable, Sendable, Equatable {
  public var report: IRMReport?
  public var published: PartialDate?
  /// The minimum requirements the IRM found met (`mr_1_1`), as the report numbers them.
  public var met: [String]
  /// The minimum requirements the IRM found not met.
  public var notMet: [String]
  /// Whether the IRM found that the member acted contrary to OGP process.
  public var contraryToProcess: Bool?
  /// The level of public influence on the plan, in the report's words. The IRM's older reports
  /// used a spectrum recalled here as (no consultation, inform, consult, involve, collaborate,
  /// empower), not confirmed, so it is text.
  public var publicInfluence: String?

  public init(
    report: IRMReport? = nil, published: PartialDate? = nil, met: [String] = [], notMet: [String] = [],
    contraryToProcess: Bool? = nil, publicInfluence: String? = nil
  ) {
    self.report = report
    self.published = published
    self.met = met
    self.notMet = notMet
    self.contraryToProcess = contraryToProcess
    self.publicInfluence = publicInfluence
  }
}

/// The IRM's products. Since 2020: the action plan review (within four months of submission), the
/// midterm review (four-year plans) and the results report (after the plan). Before: the design
/// and progress reports and the end-of-term report (the names of the older products are recalled,
/// not confirmed against OGP's text).
public enum IRMReport: String, Codable, Sendable, CaseIterable {
  case designReport = "design_report"
  case progressReport = "progress_report"
  case endOfTermReport = "end_of_term_report"
  case actionPlanReview = "action_plan_review"
  case midtermReview = "midterm_review"
  case resultsReport = "results_report"

  /// Whether the product belongs to the IRM's method since 2020 (true) or before (false).
  public var isSince2020: Bool {
    switch self {
    case .designReport, .progressReport, .endOfTermReport: false
    case .actionPlanReview, .midtermReview, .resultsReport: true
    }
  }
}

/// The IRM's completion scale: No Evidence Available, Not Started, Limited, Substantial, Complete.
/// Unlike a plan's own `Status` it has no "in progress".
public enum Completion: String, Codable, Sendable, CaseIterable {
  case noEvidence = "no_evidence"
  case notStarted = "not_started"
  case limited, substantial, complete
}

/// Specificity, as the IRM's reports before 2020 graded it. The scale (none, low, medium, high)
/// is recalled, not confirmed against OGP's text.
public enum Specificity: String, Codable, Sendable, CaseIterable {
  case none, low, medium, high
}

public enum PotentialForResults: String, Codable, Sendable, CaseIterable {
  case unclear, modest, substantial
}

public enum PotentialImpact: String, Codable, Sendable, CaseIterable {
  case none, minor, moderate, transformative
}

public enum EarlyResults: String, Codable, Sendable, CaseIterable {
  case worsened
  case didNotChange = "did_not_change"
  case marginal, major, outstanding
}

/// Whether a commitment is new in its plan or carried over from an earlier one.
public enum Continuity: String, Codable, Sendable, CaseIterable {
  case new
  case carriedOver = "carried_over"
}
