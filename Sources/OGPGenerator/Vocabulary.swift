/// The fixed word lists the generator draws from. Order matters: the generator indexes into
/// these arrays, so changing an entry changes every corpus generated afterwards.
enum Vocabulary {
  /// Place names, several with non-ASCII letters to exercise UTF-8 handling.
  static let places = [
    "Añelo", "Villa Señorío", "Écija", "Müggelheim", "São Lourenço", "Jönköping Norte",
    "Cañada Honda", "Saint-Étienne-du-Val", "Puerto Esperanza", "Riverside", "Northfield",
    "Lakeview", "Bahía Blanca", "Zürichsee", "Mérida Sur", "Eastbrook", "Piñas Altas",
    "Westmoor", "Ñuñoa Alto", "Hallgrímsfjörður",
  ]

  /// What public information or process a commitment is about (plural noun phrases).
  static let subjects = [
    "procurement records", "budget execution reports", "lobbying registers",
    "asset declarations", "water utility contracts", "court decisions", "environmental permits",
    "police complaint files", "school funding data", "land registry entries",
    "health facility inspections", "beneficial ownership filings", "consultation results",
    "mining licences", "social programme payments", "municipal planning decisions",
    "freedom of information requests", "parliamentary votes", "campaign finance reports",
    "infrastructure project data", "public job vacancies", "subsidy allocations",
    "air quality measurements", "tax expenditure estimates",
  ]

  /// What is wrong with a subject today ("procurement records ...").
  static let problems = [
    "are published late and in closed formats",
    "remain scattered across a dozen agencies",
    "share no common identifier, so they cannot be compared",
    "are rarely reviewed by any independent body",
    "are available only on paper at regional offices",
    "have no clear owner within government",
    "are hard to search with a screen reader",
    "are not translated into indigenous languages",
    "are summarised without the underlying figures",
    "disappear from public websites after each election",
  ]

  /// Who is affected by the problem.
  static let groups = [
    "journalists", "civil-society monitors", "small businesses", "rural communities",
    "women entrepreneurs", "young people", "local councillors", "researchers",
    "indigenous peoples", "persons with disabilities", "trade unions", "community radios",
  ]

  /// What the affected group cannot do ("journalists ...").
  static let consequences = [
    "cannot follow how public money is spent",
    "struggle to hold officials to account",
    "find it hard to take part in decisions that affect them",
    "wait months for answers to simple requests",
    "cannot detect conflicts of interest in time",
    "lose trust in the institutions that serve them",
    "have to rely on leaked documents and rumours",
  ]

  /// Where a subject should be by the end of the commitment ("procurement records will be ...").
  static let goals = [
    "published as open data within 48 hours",
    "available through a single searchable portal",
    "reviewed every quarter with the multi-stakeholder forum",
    "linked across agencies using shared identifiers",
    "explained in plain language, in Spanish, English and Quechua",
    "audited each year by an independent body",
    "accessible to screen readers and on mobile phones",
    "kept online for at least ten years",
  ]

  /// What the affected group will be able to do afterwards.
  static let benefits = [
    "follow every stage of the process",
    "compare results across regions",
    "report irregularities without fear of reprisal",
    "take part in setting priorities",
    "reuse the data in their own tools",
    "see how their feedback was used",
  ]

  /// Actions a lead agency takes (the solution).
  static let actions = [
    "adopt an open data standard", "train civil servants in every ministry",
    "set up a feedback mechanism for citizens", "publish quarterly progress reports",
    "hold public hearings in five regions", "build an API with documented endpoints",
    "pilot participatory budgeting", "create a confidential complaints channel",
    "amend the implementing regulation", "appoint an open data officer in each agency",
    "co-design a monitoring dashboard", "fund community monitors",
    "translate guidance into minority languages", "run a user survey twice a year",
  ]

  /// Verbs that open a commitment title.
  static let titleVerbs = [
    "Publish", "Open up", "Strengthen oversight of", "Co-create rules for", "Monitor",
    "Digitise", "Standardise", "Protect access to", "Improve the quality of", "Link",
  ]

  /// Open-list policy area tags (identifiers).
  static let areas = [
    "open_contracting", "beneficial_ownership", "fiscal_transparency", "lobbying",
    "right_to_information", "open_parliament", "open_justice", "extractive_industries",
    "climate_data", "health", "education", "digital_identity", "public_service_delivery",
    "whistleblower_protection", "land_rights",
  ]

  /// Titles of the three milestones, by phase.
  static let designMilestones = [
    "Baseline study", "Data model agreed", "Legal review", "Working group set up",
    "User needs mapped", "Diagnóstico participativo",
  ]
  static let buildMilestones = [
    "Pilot in", "Platform live in", "Training in", "Rules in force in", "First release in",
  ]
  static let reviewMilestones = [
    "Evaluation", "Scale-up", "Results to the forum", "Lessons learned", "Sustainability plan",
  ]

  /// Deliverables ("... for" a subject).
  static let deliverables = [
    "Published report on", "Open dataset of", "Training curriculum on", "Public API for",
    "Signed regulation on", "Evaluation of", "Dashboard of", "Minutes of public hearings on",
  ]

  /// Deliverables that stand alone.
  static let shortDeliverables = [
    "Published data model", "Baseline report", "Training curriculum", "Signed agreement",
    "Evaluation report", "Public dashboard", "Minutes of the hearings", "Draft regulation",
    "Roadmap for 2028", "Informe de evaluación",
  ]

  static let ogpValues = [
    "access_to_information", "civic_participation", "public_accountability",
    "technology_innovation", "inclusion",
  ]

  static let challenges = [
    "access_to_information", "anti_corruption", "civic_space", "climate_environment",
    "digital_governance", "fiscal_openness", "gender_inclusion", "justice", "media_freedom",
    "public_participation",
  ]

  /// Milestone statuses by phase: early milestones are further along.
  static let designStatuses = ["complete", "complete", "substantial", "in_progress", "limited"]
  static let buildStatuses = ["substantial", "in_progress", "in_progress", "limited", "not_started"]
  static let reviewStatuses = ["not_started", "not_started", "in_progress", "no_evidence", "limited"]
}
