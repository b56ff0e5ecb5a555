/// A commitment: the union of what OGP's templates have asked over the years.
public struct Commitment: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?
  /// Qualified ids of the lead implementing institutions (one or more).
  public var leads: [String]
  /// Qualified ids of supporting institutions, government or not.
  public var partners: [String]
  public var values: [OGPValue]
  /// Qualified ids of the strategic objectives and priorities the commitment advances.
  public var advances: [String]
  /// Policy area tags: an open list.
  public var areas: [String]
  public var challenge: ChallengeArea?
  public var period: DateRange?
  public var problem: String?
  /// What causes the problem (the templates' "problem definition" asks it beside the problem).
  public var causes: String?
  public var statusQuo: String?
  /// What will be done.
  public var description: String?
  public var goal: String?
  /// How it will solve the problem.
  public var solution: String?
  public var budget: String?
  /// Who to ask about the commitment (the templates' contact: name, title, email), as written.
  public var contact: String?
  /// The results the commitment expects to achieve.
  public var expectedResults: String?
  /// Whether it is new or carried over from an earlier plan.
  public var continuity: Continuity?
  /// The primary policy area, in the plan's words (one of `areas`, or wider).
  public var primaryArea: String?
  /// The primary sector it serves (health, education…), in the plan's words.
  public var sector: String?
  /// Links to other plans (SDGs, national development plans).
  public var links: [String]
  public var status: Status?
  /// The IRM's findings, one per report.
  public var assessments: [Assessment]
  public var milestones: [Milestone]

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    id: String, title: String, doc: String? = nil, leads: [String], partners: [String] = [],
    values: [OGPValue] = [], advances: [String] = [], areas: [String] = [],
    challenge: ChallengeArea? = nil, period: DateRange? = nil, problem: String? = nil,
    causes: String? = nil, statusQuo: String? = nil, description: String? = nil, goal: String? = nil,
    solution: String? = nil, budget: String? = nil, contact: String? = nil, expectedResults: String? = nil,
    continuity: Continuity? = nil, primaryArea: String? = nil, sector: String? = nil, links: [String] = [],
    status: Status? = nil, assessments: [Assessment] = [], milestones: [Milestone] = []
  ) {
    self.id = id
    self.title = title
    self.doc = doc
    self.leads = leads
    self.partners = partners
    self.values = values
    self.advances = advances
    self.areas = areas
    self.challenge = challenge
    self.period = period
    self.problem = problem
    self.causes = causes
    self.statusQuo = statusQuo
    self.description = description
    self.goal = goal
    self.solution = solution
    self.budget = budget
    self.contact = contact
    self.expectedResults = expectedResults
    self.continuity = continuity
    self.primaryArea = primaryArea
    self.sector = sector
    self.links = links
    self.status = status
    self.assessments = assessments
    self.milestones = milestones
  }
}

public struct Milestone: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?
  public var period: DateRange?
  /// The verifiable output.
  public var deliverable: String?
  /// Qualified ids of the bodies responsible for the milestone.
  public var responsible: [String]
  public var status: Status?

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    id: String, title: String, doc: String? = nil, period: DateRange? = nil,
    deliverable: String? = nil, responsible: [String] = [], status: Status? = nil
  ) {
    self.id = id
    self.title = title
    self.doc = doc
    self.period = period
    self.deliverable = deliverable
    self.responsible = responsible
    self.status = status
  }
}

/// The three core values, and the two (technology and innovation, inclusion) that count for
/// relevance only beside a core value.
public enum OGPValue: String, Codable, Sendable, CaseIterable {
  case accessToInformation = "access_to_information"
  case civicParticipation = "civic_participation"
  case publicAccountability = "public_accountability"
  case technologyInnovation = "technology_innovation"
  case inclusion
}

/// The ten areas of the Open Gov Challenge (strategic objective 4).
public enum ChallengeArea: String, Codable, Sendable, CaseIterable {
  case accessToInformation = "access_to_information"
  case antiCorruption = "anti_corruption"
  case civicSpace = "civic_space"
  case climateEnvironment = "climate_environment"
  case digitalGovernance = "digital_governance"
  case fiscalOpenness = "fiscal_openness"
  case genderInclusion = "gender_inclusion"
  case justice
  case mediaFreedom = "media_freedom"
  case publicParticipation = "public_participation"
}

/// Progress of a commitment or milestone as the plan reports it: the IRM's completion scale plus
/// work under way. The IRM's own findings use `Completion`.
public enum Status: String, Codable, Sendable, CaseIterable {
  case notStarted = "not_started"
  case inProgress = "in_progress"
  case limited, substantial, complete
  case noEvidence = "no_evidence"
}

extension String {
  /// The objective part of an `advances` target: `s.SO3` for `s.SO3.protect_participation`.
  /// Targets are qualified as `strategy.objective[.priority]`.
  package var objectiveID: String {
    let utf8 = self.utf8
    guard let firstDot = utf8.firstIndex(of: UInt8(ascii: ".")),
      let secondDot = utf8[utf8.index(after: firstDot)...].firstIndex(of: UInt8(ascii: "."))
    else { return self }
    return String(self[..<secondDot])
  }
}
