/// A member's action plan: the commitments it co-created with civil society for a period.
public struct ActionPlan: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?
  public var member: Member
  /// The qualified id of the strategy the plan advances.
  public var strategy: String?
  /// The qualified id of the standards version the plan names; nil to let its dates choose.
  public var standards: String?
  public var period: DateRange
  /// The prefix of the member's commitment ids on OGP's site (`UY`, `ESVAC`).
  public var prefix: String?
  /// The qualified id of the government point of contact.
  public var pointOfContact: String?
  public var submitted: PartialDate?
  /// The qualified id of the body that monitors an OGP Local plan (its Local Monitoring Body).
  public var monitoringBody: String?
  public var forum: Forum?
  public var cocreation: CoCreationEvidence?
  /// The IRM's findings about the plan, one per report.
  public var irm: [PlanAssessment]
  public var commitments: [Commitment]

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    id: String, title: String, doc: String? = nil, member: Member, strategy: String? = nil,
    standards: String? = nil, period: DateRange, prefix: String? = nil, pointOfContact: String? = nil,
    submitted: PartialDate? = nil, monitoringBody: String? = nil, forum: Forum? = nil,
    cocreation: CoCreationEvidence? = nil, irm: [PlanAssessment] = [], commitments: [Commitment] = []
  ) {
    self.id = id
    self.title = title
    self.doc = doc
    self.member = member
    self.strategy = strategy
    self.standards = standards
    self.period = period
    self.prefix = prefix
    self.pointOfContact = pointOfContact
    self.submitted = submitted
    self.monitoringBody = monitoringBody
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
  /// When the repository was updated: its log of updates.
  public var repositoryUpdates: [PartialDate]
  /// When the forum met: its log of meetings.
  public var meetings: [PartialDate]
  /// Where the minutes of its meetings are published.
  public var minutes: String?

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    title: String, doc: String? = nil, meets: Duration? = nil, members: [String] = [],
    rules: String? = nil, website: String? = nil, repository: String? = nil,
    repositoryUpdates: [PartialDate] = [], meetings: [PartialDate] = [], minutes: String? = nil
  ) {
    self.title = title
    self.doc = doc
    self.meets = meets
    self.members = members
    self.rules = rules
    self.website = website
    self.repository = repository
    self.repositoryUpdates = repositoryUpdates
    self.meetings = meetings
    self.minutes = minutes
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
  /// When co-creation began: the date that chooses the standards a plan is judged by.
  public var started: PartialDate?
  /// When the participation timeline was published.
  public var timelinePublished: PartialDate?
  /// How the public was told about the chance to take part.
  public var outreach: String?
  /// The channels through which people could send proposals and feedback.
  public var channels: [String]
  public var proposalsReceived: Int?
  public var proposalsAccepted: Int?

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    timeline: String? = nil, reasonedResponse: String? = nil, participants: Int? = nil,
    description: String? = nil, started: PartialDate? = nil, timelinePublished: PartialDate? = nil,
    outreach: String? = nil, channels: [String] = [], proposalsReceived: Int? = nil,
    proposalsAccepted: Int? = nil
  ) {
    self.timeline = timeline
    self.reasonedResponse = reasonedResponse
    self.participants = participants
    self.description = description
    self.started = started
    self.timelinePublished = timelinePublished
    self.outreach = outreach
    self.channels = channels
    self.proposalsReceived = proposalsReceived
    self.proposalsAccepted = proposalsAccepted
  }
}

extension ActionPlan {
  /// Reads the JSON form; `irm`, added after the first release of schema version 1, may be
  /// absent from documents written before it.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(String.self, forKey: .id),
      title: try container.decode(String.self, forKey: .title),
      doc: try container.decodeIfPresent(String.self, forKey: .doc),
      member: try container.decode(Member.self, forKey: .member),
      strategy: try container.decodeIfPresent(String.self, forKey: .strategy),
      standards: try container.decodeIfPresent(String.self, forKey: .standards),
      period: try container.decode(DateRange.self, forKey: .period),
      prefix: try container.decodeIfPresent(String.self, forKey: .prefix),
      pointOfContact: try container.decodeIfPresent(String.self, forKey: .pointOfContact),
      submitted: try container.decodeIfPresent(PartialDate.self, forKey: .submitted),
      monitoringBody: try container.decodeIfPresent(String.self, forKey: .monitoringBody),
      forum: try container.decodeIfPresent(Forum.self, forKey: .forum),
      cocreation: try container.decodeIfPresent(CoCreationEvidence.self, forKey: .cocreation),
      irm: try container.decodeIfPresent([PlanAssessment].self, forKey: .irm) ?? [],
      commitments: try container.decode([Commitment].self, forKey: .commitments))
    translations = try container.decodeIfPresent(Translations.self, forKey: .translations)
  }
}

extension Forum {
  /// Reads the JSON form; the logs `repository_updates` and `meetings`, added after the first
  /// release of schema version 1, may be absent from documents written before them.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      title: try container.decode(String.self, forKey: .title),
      doc: try container.decodeIfPresent(String.self, forKey: .doc),
      meets: try container.decodeIfPresent(Duration.self, forKey: .meets),
      members: try container.decode([String].self, forKey: .members),
      rules: try container.decodeIfPresent(String.self, forKey: .rules),
      website: try container.decodeIfPresent(String.self, forKey: .website),
      repository: try container.decodeIfPresent(String.self, forKey: .repository),
      repositoryUpdates: try container.decodeIfPresent([PartialDate].self, forKey: .repositoryUpdates) ?? [],
      meetings: try container.decodeIfPresent([PartialDate].self, forKey: .meetings) ?? [],
      minutes: try container.decodeIfPresent(String.self, forKey: .minutes))
    translations = try container.decodeIfPresent(Translations.self, forKey: .translations)
  }
}

extension CoCreationEvidence {
  /// Reads the JSON form; `channels`, added after the first release of schema version 1, may be
  /// absent from documents written before it.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      timeline: try container.decodeIfPresent(String.self, forKey: .timeline),
      reasonedResponse: try container.decodeIfPresent(String.self, forKey: .reasonedResponse),
      participants: try container.decodeIfPresent(Int.self, forKey: .participants),
      description: try container.decodeIfPresent(String.self, forKey: .description),
      started: try container.decodeIfPresent(PartialDate.self, forKey: .started),
      timelinePublished: try container.decodeIfPresent(PartialDate.self, forKey: .timelinePublished),
      outreach: try container.decodeIfPresent(String.self, forKey: .outreach),
      channels: try container.decodeIfPresent([String].self, forKey: .channels) ?? [],
      proposalsReceived: try container.decodeIfPresent(Int.self, forKey: .proposalsReceived),
      proposalsAccepted: try container.decodeIfPresent(Int.self, forKey: .proposalsAccepted))
    translations = try container.decodeIfPresent(Translations.self, forKey: .translations)
  }
}
