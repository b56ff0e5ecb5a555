import OGPDiagnostics
import OGPModel

// The words a reader sees for the model's enums: OGP's own labels where it has them.

extension OGPValue {
  var label: String {
    switch self {
    case .accessToInformation: "Access to information"
    case .civicParticipation: "Civic participation"
    case .publicAccountability: "Public accountability"
    case .technologyInnovation: "Technology and innovation"
    case .inclusion: "Inclusion"
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
    case .accessToInformation: "Access to Information"
    case .antiCorruption: "Anti-Corruption"
    case .civicSpace: "Civic Space"
    case .climateEnvironment: "Climate and Environment"
    case .digitalGovernance: "Digital Governance"
    case .fiscalOpenness: "Fiscal Openness"
    case .genderInclusion: "Gender and Inclusion"
    case .justice: "Justice"
    case .mediaFreedom: "Media Freedom"
    case .publicParticipation: "Public Participation"
    }
  }
}

extension Status {
  /// The IRM's completion labels, plus work under way.
  var label: String {
    switch self {
    case .notStarted: "Not started"
    case .inProgress: "In progress"
    case .limited: "Limited"
    case .substantial: "Substantial"
    case .complete: "Complete"
    case .noEvidence: "No evidence available"
    }
  }
}

extension Completion {
  /// The IRM's completion labels.
  var label: String {
    switch self {
    case .noEvidence: "No evidence available"
    case .notStarted: "Not started"
    case .limited: "Limited"
    case .substantial: "Substantial"
    case .complete: "Complete"
    }
  }
}

extension IRMReport {
  var label: String {
    switch self {
    case .designReport: "Design report"
    case .progressReport: "Progress report"
    case .endOfTermReport: "End-of-term report"
    case .actionPlanReview: "Action plan review"
    case .midtermReview: "Midterm review"
    case .resultsReport: "Results report"
    }
  }
}

extension PotentialForResults {
  var label: String { rawValue.capitalized }
}

extension PotentialImpact {
  var label: String { rawValue.capitalized }
}

extension EarlyResults {
  var label: String {
    switch self {
    case .worsened: "Worsened"
    case .didNotChange: "Did not change"
    case .marginal: "Marginal"
    case .major: "Major"
    case .outstanding: "Outstanding"
    }
  }
}

extension MemberKind {
  var label: String {
    switch self {
    case .national: "national member"
    case .local: "local member"
    }
  }
}

extension Diagnostic.Severity {
  var label: String {
    switch self {
    case .error: "Error"
    case .warning: "Warning"
    case .info: "Info"
    }
  }

  /// Most severe first, as a reviewer reads them.
  static let descending: [Diagnostic.Severity] = [.error, .warning, .info]
}
