import OGPModel

/// Every clause of the language, once (grammar §3): for each declaration and clause block, the
/// clauses it takes and the model fields they fill. The checker, the model's construction, the
/// printer of `ogp import`, query fields, completion and the grammar and schema tests all read
/// these lists.
public enum ClauseTable {
  /// The clauses of a declaration, as the checker and help texts see them.
  public static func clauses(of kind: DeclarationKind) -> [ClauseSpec] {
    specs[kind] ?? []
  }

  /// The specs of each kind, listed once: the checker asks for them at every declaration.
  private static let specs: [DeclarationKind: [ClauseSpec]] = [
    .strategy: strategy.map(\.spec), .objective: objective.map(\.spec), .priority: priority.map(\.spec),
    .change: change.map(\.spec), .standard: standard.map(\.spec),
    .standards: standardsVersion.map(\.spec),
    .actor: actor.map(\.spec), .plan: plan.map(\.spec), .forum: forum.map(\.spec),
    .commitment: commitment.map(\.spec), .milestone: milestone.map(\.spec),
  ]

  /// The clauses of each clause block (`assessment`), by the block's keyword.
  package static let blockClauses: [String: [ClauseSpec]] = Dictionary(
    DeclarationKind.allCases.flatMap(clauses(of:)).compactMap { spec in
      if case .block(let inner) = spec.type { (spec.keyword, inner) } else { nil }
    },
    uniquingKeysWith: { first, _ in first })

  /// Every clause keyword, in order, numbered by position: the source index stores a clause's
  /// keyword as its number.
  static let keywords: [String] = Set(
    DeclarationKind.allCases.flatMap(clauses(of:)).map(\.keyword)
      + blockClauses.values.flatMap { $0.map(\.keyword) }
  ).sorted()
  static let keywordNumbers: [String: UInt16] = Dictionary(
    uniqueKeysWithValues: keywords.enumerated().map { ($1, UInt16($0)) })

  /// The declarations allowed directly inside `parent` (nil: the top level of a file).
  public static func children(of parent: DeclarationKind?) -> [DeclarationKind] {
    switch parent {
    case nil: [.strategy, .standards, .actor, .plan]
    case .strategy: [.objective, .change, .standard]
    case .objective: [.priority]
    case .standards: [.standard]
    case .plan: [.forum, .commitment]
    case .commitment: [.milestone]
    default: []
    }
  }

  static let strategy: [ClauseField<Strategy>] = [
    .titleTranslation(),
    .requiredDateRange("period", \.period, field: "period", "the years the strategy covers"),
    .localizedText("vision", \.vision, translation: \.vision, field: "vision", "the vision statement"),
    .localizedText("mission", \.mission, translation: \.mission, field: "mission", "the mission statement"),
    .yesNo(
      "priorities_complete", \.prioritiesComplete, field: "priorities_complete",
      "whether its priorities are all it has (yes) or some of them (no)"),
    .block(
      "consultation", \.consultation, empty: Consultation(), consultation, field: "consultation",
      "the consultation that produced the strategy"),
  ]

  static let consultation: [ClauseField<Consultation>] = [
    .dateRange("period", \.period, field: "period", "when the consultation ran"),
    .count(
      "contributions", \.contributions, qualifier: \.contributionsQualifier, field: "contributions",
      "how many contributions it received: 1000, or over 1000 when that is what the source says"),
    .localizedText(
      "description", \.description, translation: \.description, field: "description", "what happened"),
    .texts("questions", \.questions, field: "questions", "what it set out to learn"),
  ]

  static let objective: [ClauseField<StrategicObjective>] = [
    .titleTranslation(),
    .localizedText(
      "label", \.label, translation: \.label, field: "label", "the label the source document uses"),
    .localizedText("aim", \.aim, translation: \.aim, field: "aim", "what the objective aims at"),
  ]

  static let priority: [ClauseField<Priority>] = [.titleTranslation()]

  static let change: [ClauseField<FundamentalChange>] = [.titleTranslation()]

  static let standard: [ClauseField<CoCreationStandard>] = [
    .titleTranslation(),
    .localizedText(
      "description", \.description, translation: \.description, field: "description", "what the standard asks"
    ),
    .requirements(
      "minimum", \.minimums, field: "minimums",
      "a minimum requirement, with OGP's number, e.g. \"1.1\" forum_meets_every 6 months"),
  ]

  static let standardsVersion: [ClauseField<StandardsVersion>] = [
    .titleTranslation(),
    .date(
      "in_force_from", \.inForceFrom, field: "inForceFrom", "the first day plans co-created are judged by it"),
    .date("in_force_until", \.inForceUntil, field: "inForceUntil", "the last day it applies"),
    .enumeration("members", \.members, .memberKind, field: "members", "the kind of member it applies to"),
    .integer(
      "delivery_month", \.deliveryMonth, field: "deliveryMonth",
      "the month (1-12) by whose end plans are due, e.g. 8 for 31 August"),
    .integer(
      "grace_months", \.graceMonths, field: "graceMonths",
      "months past the deadline after which a plan is contrary to process"),
  ]

  static let actor: [ClauseField<Actor>] = [
    .titleTranslation(),
    .enumeration(
      "branch", \.branch, .branch, field: "branch", "executive, legislative, judiciary or autonomous"),
    .enumeration("level", \.level, .level, field: "level", "national, regional or local"),
  ]

  static let plan: [ClauseField<ActionPlan>] = [
    .titleTranslation(),
    .member("member", \.member, field: "member", "the member's name and kind"),
    .reference(
      "strategy", .strategyReference, \.strategy, field: "strategy", "the strategy the plan advances"),
    .reference(
      "standards", .standardsReference, \.standards, field: "standards",
      "the version of the co-creation standards it is judged by (else its dates choose)"),
    .requiredDateRange("period", \.period, field: "period", "the plan's implementation period"),
    .text("prefix", \.prefix, field: "prefix", "the prefix of the member's commitment ids (AR, ESVAC)"),
    .reference(
      "contact", .actorReference, \.pointOfContact, field: "pointOfContact", "the government point of contact"
    ),
    .date("submitted", \.submitted, field: "submitted", "when the plan was submitted"),
    .reference(
      "monitoring_body", .actorReference, \.monitoringBody, field: "monitoringBody",
      "the Local Monitoring Body of an OGP Local plan"),
    .block(
      "cocreation", \.cocreation, empty: CoCreationEvidence(), cocreation, field: "cocreation",
      "evidence of co-creation"),
    .blocks(
      "irm", \.irm, empty: PlanAssessment(), irm, field: "irm",
      "the IRM's findings on the plan, one per report"),
  ]

  static let irm: [ClauseField<PlanAssessment>] = [
    .enumeration("report", \.report, .irmReport, field: "report", "the IRM report the findings come from"),
    .date("published", \.published, field: "published", "when the report was published"),
    .tags("met", \.met, field: "met", "minimum requirements found met (mr_1_1, mr_2_1)"),
    .tags("not_met", \.notMet, field: "notMet", "minimum requirements found not met"),
    .yesNo(
      "contrary_to_process", \.contraryToProcess, field: "contraryToProcess",
      "whether the member acted contrary to process"),
    .text(
      "public_influence", \.publicInfluence, field: "publicInfluence",
      "the level of public influence, in the report's words"),
  ]

  static let cocreation: [ClauseField<CoCreationEvidence>] = [
    .text("timeline", \.timeline, field: "timeline", "where the participation timeline was published"),
    .text(
      "reasoned_response", \.reasonedResponse, field: "reasonedResponse",
      "where the reasoned response was published"),
    .integer("participants", \.participants, field: "participants", "how many people took part"),
    .localizedText(
      "description", \.description, translation: \.description, field: "description",
      "how the plan was co-created"),
    .date("started", \.started, field: "started", "when co-creation began"),
    .date(
      "timeline_published", \.timelinePublished, field: "timelinePublished",
      "when the participation timeline was published"),
    .localizedText(
      "outreach", \.outreach, translation: \.outreach, field: "outreach",
      "how the public was told it could take part"),
    .texts("channels", \.channels, field: "channels", "where people could send proposals and feedback"),
    .integer(
      "proposals_received", \.proposalsReceived, field: "proposalsReceived", "how many proposals came in"),
    .integer(
      "proposals_accepted", \.proposalsAccepted, field: "proposalsAccepted",
      "how many proposals the plan took up"),
  ]

  static let forum: [ClauseField<Forum>] = [
    .titleTranslation(),
    .frequency("meets", \.meets, field: "meets", "how often the forum meets"),
    .references("members", .actorReferences, \.members, field: "members", "the member actors"),
    .text("rules", \.rules, field: "rules", "where its rules are published"),
    .text("website", \.website, field: "website", "the OGP website"),
    .text("repository", \.repository, field: "repository", "the online document repository"),
    .dates(
      "repository_updated", \.repositoryUpdates, field: "repositoryUpdates", "when the repository was updated"
    ),
    .dates("meetings", \.meetings, field: "meetings", "when the forum met"),
    .text("minutes", \.minutes, field: "minutes", "where the minutes of its meetings are published"),
  ]

  static let commitment: [ClauseField<Commitment>] = [
    .titleTranslation(),
    .references(
      "lead", .actorReferences, required: true, \.leads, field: "leads", "the lead implementing institutions"),
    .references("partners", .actorReferences, \.partners, field: "partners", "supporting institutions"),
    .enumerations("values", \.values, .ogpValue, field: "values", "the OGP values it is relevant to"),
    .references(
      "advances", .objectiveReferences, \.advances, field: "advances",
      "the strategic objectives and priorities it advances"),
    .tags("areas", \.areas, field: "areas", "policy areas"),
    .enumeration("challenge", \.challenge, .challengeArea, field: "challenge", "its Open Gov Challenge area"),
    .dateRange("period", \.period, field: "period", "when it runs"),
    .localizedText(
      "problem", \.problem, translation: \.problem, field: "problem", "the public problem it addresses"),
    .localizedText("causes", \.causes, translation: \.causes, field: "causes", "what causes the problem"),
    .localizedText(
      "status_quo", \.statusQuo, translation: \.statusQuo, field: "statusQuo", "the situation today"),
    .localizedText(
      "description", \.description, translation: \.description, field: "description", "what will be done"),
    .localizedText("goal", \.goal, translation: \.goal, field: "goal", "what it aims to achieve"),
    .localizedText(
      "solution", \.solution, translation: \.solution, field: "solution", "how it will solve the problem"),
    .text("budget", \.budget, field: "budget", "its budget"),
    .text("contact", \.contact, field: "contact", "who to ask about it: name, title, email"),
    .localizedText(
      "expected_results", \.expectedResults, translation: \.expectedResults, field: "expectedResults",
      "the results it expects"),
    .enumeration(
      "continuity", \.continuity, .continuity, field: "continuity",
      "new, or carried over from an earlier plan"),
    .text("primary_area", \.primaryArea, field: "primaryArea", "its primary policy area"),
    .text("sector", \.sector, field: "sector", "the primary sector it serves"),
    .texts("links", \.links, field: "links", "links to other plans (SDGs, development plans)"),
    .enumeration("status", \.status, .status, field: "status", "its progress"),
    .blocks(
      "assessment", \.assessments, empty: Assessment(), assessment, field: "assessments",
      "the IRM's findings, one per report"),
  ]

  static let assessment: [ClauseField<Assessment>] = [
    .enumeration("report", \.report, .irmReport, field: "report", "the IRM report the findings come from"),
    .date("published", \.published, field: "published", "when the report was published"),
    .yesNo("verifiable", \.verifiable, field: "verifiable", "specific enough to verify"),
    .yesNo("relevant", \.relevant, field: "relevant", "has an open government lens"),
    .enumerations(
      "relevance", \.relevance, .ogpValue, field: "relevance", "the values it was found relevant to"),
    .enumeration(
      "specificity", \.specificity, .specificity, field: "specificity", "specificity (before 2020)"),
    .enumeration(
      "potential", \.potential, .potential, field: "potential", "potential for results (since 2020)"),
    .enumeration(
      "potential_impact", \.potentialImpact, .potentialImpact, field: "potentialImpact",
      "potential impact (before 2020)"),
    .enumeration(
      "completion", \.completion, .completion, field: "completion", "completion, in the IRM's labels"),
    .enumeration(
      "early_results", \.earlyResults, .earlyResults, field: "earlyResults", "did it open government?"),
    .text(
      "results", \.results, field: "results", "the refreshed early-results indicator, in the report's words"),
    .yesNo("promising", \.promising, field: "promising", "promising (since 2020)"),
    .yesNo("starred", \.starred, field: "starred", "starred (before 2020)"),
  ]

  static let milestone: [ClauseField<Milestone>] = [
    .titleTranslation(),
    .dateRange("period", \.period, field: "period", "when it runs"),
    .localizedText(
      "deliverable", \.deliverable, translation: \.deliverable, field: "deliverable", "the verifiable output"),
    .references(
      "responsible", .actorReferences, \.responsible, field: "responsible", "the bodies responsible for it"),
    .enumeration("status", \.status, .status, field: "status", "its progress"),
  ]
}
