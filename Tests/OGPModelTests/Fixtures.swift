import Foundation
import OGPModel

/// Values for the model tests: a program with every optional filled, and one with none.
enum Fixtures {
  static func date(_ text: String) -> PartialDate {
    guard let date = PartialDate(text) else { fatalError("bad fixture date \(text)") }
    return date
  }

  static func range(_ start: String, _ end: String) -> DateRange {
    DateRange(start: date(start), end: date(end))
  }

  static let strategy = translated(
    Strategy(
      id: "ogp_2023_2028", title: "OGP Strategy 2023-2028",
      doc: "The strategy adopted by the Steering Committee.", period: range("2023", "2028"),
      vision: "Governments that serve and are accountable to people.",
      mission: "To bring together government reformers and civil society leaders.",
      changes: [
        translated(
          FundamentalChange(
            id: "ogp_2023_2028.broader_participation", title: "Broaden participation",
            doc: "More voices in co-creation."), [\.title: LocalizedText(es: "Ampliar la participación")])
      ],
      objectives: [
        translated(
          StrategicObjective(
            id: "ogp_2023_2028.SO3", title: "Protect and expand civic space", doc: "Objective three.",
            label: "Ampliación", aim: "Defend the space for participation.",
            priorities: [
              translated(
                Priority(
                  id: "ogp_2023_2028.SO3.protect_participation", title: "Protect participation",
                  doc: "Guard the right to take part."),
                [\.title: LocalizedText(es: "Proteger la participación")]),
              Priority(id: "ogp_2023_2028.SO3.acción_cívica", title: "Acción cívica"),
            ]),
          [
            \.title: LocalizedText(es: "Proteger y ampliar el espacio cívico"),
            \.label: LocalizedText(en: "Expansion"),
            \.aim: LocalizedText(es: "Defender el espacio para la participación."),
          ])
      ],
      standards: [
        translated(
          CoCreationStandard(
            id: "ogp_2023_2028.forum_standard", title: "Establish a space for dialogue",
            doc: "Standard one.", description: "A forum that meets regularly.",
            minimums: [
              MinimumRequirement(
                number: "1.1", requirement: "forum_meets_every", interval: Duration(amount: 6, unit: .months)),
              MinimumRequirement(requirement: "forum_has_rules"),
            ]),
          [
            \.title: LocalizedText(es: "Establecer un espacio de diálogo"),
            \.description: LocalizedText(es: "Un foro que se reúne con regularidad."),
          ])
      ],
      consultation: translated(
        Consultation(
          period: range("2022-03", "2022-09-30"), contributions: 1_400, contributionsQualifier: .over,
          description: "An open call and regional workshops.",
          questions: ["What should OGP change?", "Where should OGP focus?"]),
        [\.description: LocalizedText(es: "Una convocatoria abierta y talleres regionales.")]),
      prioritiesComplete: false),
    [
      \.title: LocalizedText(es: "Estrategia de OGP 2023-2028"),
      \.vision: LocalizedText(es: "Gobiernos que sirven a las personas."),
      \.mission: LocalizedText(es: "Reunir a reformistas y sociedad civil."),
    ])

  static let actors = [
    translated(
      Actor(
        id: "agesic", title: "AGESIC", doc: "The agency for e-government.", kind: .government,
        branch: .executive, level: .national), [\.title: LocalizedText(es: "Agencia de Gobierno Electrónico")]
    ),
    Actor(id: "cainfo", title: "CAinfo", kind: .civilSociety),
    Actor(id: "udelar", title: "Universidad de la República", kind: .academia),
  ]

  static let milestone = translated(
    Milestone(
      id: "uy_2023.UY0101.m1", title: "Publish the open data catalogue", doc: "First milestone.",
      period: range("2023-09", "2024-03-31"), deliverable: "catalogodatos.gub.uy",
      responsible: ["agesic", "cainfo"], status: .complete),
    [
      \.title: LocalizedText(es: "Publicar el catálogo de datos abiertos"),
      \.deliverable: LocalizedText(es: "catalogodatos.gub.uy, publicado"),
    ])

  static let assessment = Assessment(
    report: .resultsReport, published: date("2028-03"), verifiable: true, relevant: true,
    relevance: [.accessToInformation, .civicParticipation], specificity: .high, potential: .substantial,
    potentialImpact: .moderate, completion: .substantial, earlyResults: .major,
    results: "Significant results", promising: true, starred: false)

  static let planAssessment = PlanAssessment(
    report: .actionPlanReview, published: date("2024-03"), met: ["mr_1_1", "mr_2_1"], notMet: ["mr_3_1"],
    contraryToProcess: false, publicInfluence: "collaborate")

  static let commitment = translated(
    Commitment(
      id: "uy_2023.UY0101", title: "Open data for participation", doc: "The first commitment.",
      leads: ["agesic"], partners: ["cainfo", "udelar"],
      values: [.accessToInformation, .civicParticipation, .technologyInnovation],
      advances: ["ogp_2023_2028.SO3", "ogp_2023_2028.SO3.protect_participation"],
      areas: ["open_data", "participación"], challenge: .accessToInformation,
      period: range("2023-09", "2027-06"), problem: "Data is hard to find.",
      causes: "No one is charged with publishing it.",
      statusQuo: "A catalogue with 40 data sets.", description: "Publish and promote open data.",
      goal: "Citizens use data to take part.", solution: "A catalogue and a user forum.",
      budget: "UYU 2,000,000", contact: "Ana Pérez, AGESIC, ana.perez@agesic.example",
      expectedResults: "Data used in public debate.", continuity: .carriedOver, primaryArea: "Open Data",
      sector: "Public services", links: ["SDG 16.10", "Plan Nacional de Desarrollo"],
      status: .inProgress, assessments: [assessment, Assessment(report: .actionPlanReview)],
      milestones: [milestone, Milestone(id: "uy_2023.UY0101.m2", title: "Train 200 users")]),
    [
      \.title: LocalizedText(es: "Datos abiertos para la participación"),
      \.problem: LocalizedText(es: "Los datos son difíciles de encontrar."),
      \.causes: LocalizedText(es: "Nadie está a cargo de publicarlos."),
      \.statusQuo: LocalizedText(es: "Un catálogo con 40 conjuntos de datos."),
      \.description: LocalizedText(es: "Publicar y promover datos abiertos."),
      \.goal: LocalizedText(es: "La ciudadanía usa datos para participar."),
      \.solution: LocalizedText(es: "Un catálogo y un foro de personas usuarias."),
      \.expectedResults: LocalizedText(es: "Datos usados en el debate público."),
    ])

  static let plan = translated(
    ActionPlan(
      id: "uy_2023", title: "Fifth National Action Plan 2023-2027", doc: "Uruguay's fifth plan.",
      member: Member(name: "Uruguay", kind: .national), strategy: "ogp_2023_2028",
      standards: "ogp_2022", period: range("2023-09", "2027-08"), prefix: "UY", pointOfContact: "agesic",
      submitted: date("2023-12-15"), monitoringBody: "cainfo",
      forum: translated(
        Forum(
          title: "Open Government Working Group", doc: "The multi-stakeholder forum.",
          meets: Duration(amount: 3, unit: .months), members: ["agesic", "cainfo"],
          rules: "https://gobiernoabierto.gub.uy/reglamento", website: "https://gobiernoabierto.gub.uy",
          repository: "https://gobiernoabierto.gub.uy/documentos",
          repositoryUpdates: [date("2023-03"), date("2023-09")],
          meetings: [date("2023-04-12"), date("2023-10-03")],
          minutes: "https://gobiernoabierto.gub.uy/actas"),
        [\.title: LocalizedText(es: "Grupo de Trabajo de Gobierno Abierto")]),
      cocreation: translated(
        CoCreationEvidence(
          timeline: "https://gobiernoabierto.gub.uy/cronograma",
          reasonedResponse: "https://gobiernoabierto.gub.uy/respuesta", participants: 350,
          description: "Twelve thematic tables.", started: date("2023-04"),
          timelinePublished: date("2023-03-15"),
          outreach: "Radio and social media", channels: ["https://gobiernoabierto.gub.uy/propuestas"],
          proposalsReceived: 120, proposalsAccepted: 30),
        [
          \.description: LocalizedText(es: "Doce mesas temáticas."),
          \.outreach: LocalizedText(es: "Radio y redes sociales"),
        ]),
      irm: [planAssessment],
      commitments: [commitment, Commitment(id: "uy_2023.UY0102", title: "Justice", leads: ["agesic"])]),
    [\.title: LocalizedText(en: "Fifth National Action Plan", es: "Quinto Plan de Acción Nacional 2023-2027")]
  )

  static let rule = Rule(
    id: "uy_2023.every_commitment_has_milestones", severity: .warning,
    title: "Every commitment has milestones", doc: "Asked by the forum.")

  static let standardsVersion = translated(
    StandardsVersion(
      id: "ogp_2022", title: "OGP Participation and Co-Creation Standards (2022)", doc: "The 2022 version.",
      inForceFrom: date("2022-01-01"), inForceUntil: date("2030-12-31"), members: .national, deliveryMonth: 8,
      graceMonths: 4,
      standards: [
        CoCreationStandard(
          id: "ogp_2022.S1", title: "A space for dialogue",
          minimums: [MinimumRequirement(number: "1.1", requirement: "public_rules")])
      ]), [\.title: LocalizedText(es: "Estándares de Participación y Cocreación de OGP (2022)")])
  /// `value` with `translations`, each a field and its texts: every translatable element of
  /// `rich` translates each of its texts, so the schema sees every key of `Translations`.
  static func translated<Element: Translatable>(
    _ value: Element, _ translations: [WritableKeyPath<Translations, LocalizedText?>: LocalizedText]
  ) -> Element {
    var element = value
    var all = Translations()
    for (field, text) in translations { all[keyPath: field] = text }
    element.translations = all
    return element
  }

  /// Every field a text can be translated in, each in both languages.
  static let everyTranslation: Translations = {
    var all = Translations()
    let fields: [WritableKeyPath<Translations, LocalizedText?>] = [
      \.title, \.vision, \.mission, \.label, \.aim, \.description, \.outreach, \.problem, \.causes,
      \.statusQuo, \.goal, \.solution, \.expectedResults, \.deliverable,
    ]
    for field in fields { all[keyPath: field] = LocalizedText(en: "Text", es: "Texto") }
    return all
  }()

  /// A program in which every optional of every type has a value somewhere.
  static let rich = Program(
    strategies: [strategy], standards: [standardsVersion], actors: actors, plans: [plan], rules: [rule])

  /// The JSON of `rich`, as `ProgramJSON` writes it.
  static func richJSON() throws -> Data { try ProgramJSON.encode(rich) }
}
