import OGPDiagnostics
import OGPModel

// The words a reader sees for the model's enums: OGP's own labels where it has them.

extension OGPValue {
  var label: String {
    switch self {
    case .accessToInformation: ReportText.valueAccessToInformation
    case .civicParticipation: ReportText.valueCivicParticipation
    case .publicAccountability: ReportText.valuePublicAccountability
    case .technologyInnovation: ReportText.valueTechnologyInnovation
    case .inclusion: ReportText.valueInclusion
    }
  }

  /// Technology and innovation and inclusion count for relevance only beside a core value, so
  /// they are drawn apart from the three core values.
  var isCore: Bool {
    switch self {
    case .accessToInformation, .civicParticipation, .publicAccountability: true
    case .technologyInnovation, .inclusion: false
    }
  }
}

extension ChallengeArea {
  /// The Open Gov Challenge's names for its ten areas.
  var label: String {
    switch self {
    case .accessToInformation: ReportText.challengeAccessToInformation
    case .antiCorruption: ReportText.challengeAntiCorruption
    case .civicSpace: ReportText.challengeCivicSpace
    case .climateEnvironment: ReportText.challengeClimateEnvironment
    case .digitalGovernance: ReportText.challengeDigitalGovernance
    case .fiscalOpenness: ReportText.challengeFiscalOpenness
    case .genderInclusion: ReportText.challengeGenderInclusion
    case .justice: ReportText.challengeJustice
    case .mediaFreedom: ReportText.challengeMediaFreedom
    case .publicParticipation: ReportText.challengePublicParticipation
    }
  }
}

extension Status {
  /// The IRM's completion labels, plus work under way.
  var label: String {
    switch self {
    case .notStarted: ReportText.statusNotStarted
    case .inProgress: ReportText.statusInProgress
    case .limited: ReportText.statusLimited
    case .substantial: ReportText.statusSubstantial
    case .complete: ReportText.statusComplete
    case .noEvidence: ReportText.statusNoEvidence
    }
  }
}

extension Completion {
  /// The IRM's completion labels.
  var label: String {
    switch self {
    case .noEvidence: ReportText.statusNoEvidence
    case .notStarted: ReportText.statusNotStarted
    case .limited: ReportText.statusLimited
    case .substantial: ReportText.statusSubstantial
    case .complete: ReportText.statusComplete
    }
  }
}

extension IRMReport {
  var label: String {
    switch self {
    case .designReport: ReportText.irmReportDesignReport
    case .progressReport: ReportText.irmReportProgressReport
    case .endOfTermReport: ReportText.irmReportEndOfTermReport
    case .actionPlanReview: ReportText.irmReportActionPlanReview
    case .midtermReview: ReportText.irmReportMidtermReview
    case .resultsReport: ReportText.irmReportResultsReport
    }
  }
}

extension PotentialForResults {
  var label: String {
    switch self {
    case .unclear: ReportText.potentialUnclear
    case .modest: ReportText.potentialModest
    case .substantial: ReportText.potentialSubstantial
    }
  }
}

extension PotentialImpact {
  var label: String {
    switch self {
    case .none: ReportText.impactNone
    case .minor: ReportText.impactMinor
    case .moderate: ReportText.impactModerate
    case .transformative: ReportText.impactTransformative
    }
  }
}

extension CoCreationDate {
  /// Which of the plan's dates chose its standards: "co-creation start".
  var label: String {
    switch self {
    case .started: ReportText.standardsSourceStarted
    case .submitted: ReportText.standardsSourceSubmitted
    case .periodStart: ReportText.standardsSourcePeriodStart
    }
  }
}

extension EarlyResults {
  var label: String {
    switch self {
    case .worsened: ReportText.earlyResultsWorsened
    case .didNotChange: ReportText.earlyResultsDidNotChange
    case .marginal: ReportText.earlyResultsMarginal
    case .major: ReportText.earlyResultsMajor
    case .outstanding: ReportText.earlyResultsOutstanding
    }
  }
}

extension MemberKind {
  var label: String {
    switch self {
    case .national: ReportText.memberNational
    case .local: ReportText.memberLocal
    }
  }
}

extension Diagnostic.Severity {
  var label: String {
    switch self {
    case .error: ReportText.severityError
    case .warning: ReportText.severityWarning
    case .info: ReportText.severityInfo
    }
  }

  /// "errors", "1 warning", for the key figures.
  func figureLabel(_ count: Int) -> String {
    switch self {
    case .error: ReportText.figureErrors(count: count)
    case .warning: ReportText.figureWarnings(count: count)
    case .info: ReportText.figureInfos
    }
  }

  /// Most severe first, as a reviewer reads them.
  static let descending: [Diagnostic.Severity] = [.error, .warning, .info]
}
