/// A member's action plan: the commitments it co-created with civil society for a period.
public struct ActionPlan: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?
  public var member: Member
  /// The qualified id of the strategy the plan advances.
  public var strategy: String?
  public var period: DateRange
  /// The prefix of the member's commitment ids on OGP's site (`UY`, `ESVAC`).
  public var prefix: String?
  /// The qualified id of the government point of contact.
  public var pointOfContact: String?
  public var submitted: PartialDate?
  public var forum: Forum?
  public var cocreation: CoCreationEvidence?
  /// The IRM's findings about the plan, one per report.
  public var irm: [PlanAssessment]
  public var commitments: [Commitment]

  public init(
    id: String, title: String, doc: String? = nil, member: Member, strategy: String? = nil,
    period: DateRange, prefix: String? = nil, pointOfContact: String? = nil,
    submitted: PartialDate? = nil, forum: Forum? = nil, cocreation: CoCreationEvidence? = nil,
    irm: [PlanAssessment] = [], commitments: [Commitment] = []
  ) {
    self.id = id
    self.title = title
    self.doc = doc
    self.member = member
    self.strategy = strategy
    self.period = period
    self.prefix = prefix
    self.pointOfContact = pointOfContact
    self.submitted = submitted
    self.forum = forum
    self.cocreation = cocreation
    self.irm = irm
    self.commitments = commitments
  }
}

public struct Member: Codable, Sendable, Equatable {
  public var name: String
  public var kind: MemberKind

  public init(name: String, kind: MemberKind) {
    self.name = name
    self.kind = kind
  }
}

public enum MemberKind: String, Codable, Sendable, CaseIterable {
  case national, local
}

/// The multi-stakeholder forum that co-creates and monitors the plan.
public struct Forum: Codable, Sendable, Equatable {
  public var title: String
  public var doc: String?
  /// How often it meets (`every 3 months`).
  public var meets: Duration?
  /// Qualified ids of member actors.
  public var members: [String]
  /// Where its rules of operation are published.
  public var rules: String?
  public var website: String?
  /// The online document repository.
  public var repository: String?

  public init(
    title: String, doc: String? = nil, meets: Duration? = nil, members: [String] = [],
    rules: String? = nil, website: String? = nil, repository: String? = nil
  ) {
    self.title = title
    self.doc = doc
    self.meets = meets
    self.members = members
    self.rules = rules
    self.website = website
    self.repository = repository
  }
}

/// Evidence of how the plan was co-created.
public struct CoCreationEvidence: Codable, Sendable, Equatable {
  /// Where the participation timeline was published.
  public var timeline: String?
  /// Where the reasoned response to stakeholders' proposals was published.
  public var reasonedResponse: String?
  public var participants: Int?
  public var description: String?

  public init(
    timeline: String? = nil, reasonedResponse: String? = nil, participants: Int? = nil,
    description: String? = nil
  ) {
    self.timeline = timeline
    self.reasonedResponse = reasonedResponse
    self.participants = participants
    self.description = description
  }
}
