/// The actors of a generated plan: about one per twenty commitments (at least ten), of every
/// kind, with unique identifiers (`digital_agency_1`, `open_data_network_2`, ...).
struct ActorRoster: Sendable {
  struct Actor: Sendable {
    let id: String
    let kind: String
    let title: String
    /// `branch` and `level` for government actors; nil for the others.
    let government: (branch: String, level: String)?
  }

  private struct Template: Sendable {
    let stem: String
    let title: String
    /// Whether the title names a place ("Municipality of" + place).
    let needsPlace: Bool
    let branch: String
    let level: String
  }

  let actors: [Actor]
  /// Indices into `actors` of the government actors (preferred as leads).
  let governmentIndices: [Int]

  init(count: Int, rng: inout SplitMix64) {
    precondition(count >= Self.firstKinds.count, "need at least ten actors")
    var actors: [Actor] = []
    actors.reserveCapacity(count)
    var governmentIndices: [Int] = []
    var uses = Self.templates.map { [Int](repeating: 0, count: $0.count) }
    for index in 0..<count {
      // The first ten cover every kind, four of them government; the rest follow weights.
      let kindIndex =
        index < Self.firstKinds.count ? Self.firstKinds[index] : Self.weightedKind(&rng)
      let templateIndex = rng.int(below: Self.templates[kindIndex].count)
      let template = Self.templates[kindIndex][templateIndex]
      uses[kindIndex][templateIndex] += 1
      var title = template.title
      if template.needsPlace {
        title += " " + rng.pick(Vocabulary.places)
      } else if uses[kindIndex][templateIndex] > 1 {
        title += " (" + rng.pick(Vocabulary.places) + ")"
      }
      let kind = Self.kinds[kindIndex]
      let isGovernment = kind == "government"
      if isGovernment { governmentIndices.append(index) }
      actors.append(
        Actor(
          id: "\(template.stem)_\(index + 1)", kind: kind, title: title,
          government: isGovernment ? (template.branch, template.level) : nil))
    }
    self.actors = actors
    self.governmentIndices = governmentIndices
  }

  /// The `actor` declarations, one a line.
  func append(to out: inout String) {
    for actor in actors {
      out.append("actor ")
      out.append(actor.id)
      out.append(" ")
      out.append(actor.kind)
      out.append(" \"")
      out.append(actor.title)
      out.append("\"")
      if let government = actor.government {
        out.append(" { branch ")
        out.append(government.branch)
        out.append("; level ")
        out.append(government.level)
        out.append(" }")
      }
      out.append("\n")
    }
  }

  private static let kinds = [
    "government", "civil_society", "academia", "private_sector", "media", "multilateral",
  ]

  /// Indices into `kinds` of the first ten actors.
  private static let firstKinds = [0, 1, 0, 2, 1, 0, 3, 4, 0, 5]

  /// Out of 100: government 45, civil society 30, academia 10, private sector 7, media 5,
  /// multilateral 3.
  private static func weightedKind(_ rng: inout SplitMix64) -> Int {
    let roll = rng.int(below: 100)
    switch roll {
    case ..<45: return 0
    case ..<75: return 1
    case ..<85: return 2
    case ..<92: return 3
    case ..<97: return 4
    default: return 5
    }
  }

  private static func government(
    _ stem: String, _ title: String, _ branch: String, _ level: String
  ) -> Template {
    Template(stem: stem, title: title, needsPlace: level != "national", branch: branch, level: level)
  }

  private static func other(_ stem: String, _ title: String, needsPlace: Bool = false) -> Template {
    Template(stem: stem, title: title, needsPlace: needsPlace, branch: "", level: "")
  }

  /// Templates by kind, in the order of `kinds`.
  private static let templates: [[Template]] = [
    [
      government("digital_agency", "Digital Government Agency", "executive", "national"),
      government("finance_ministry", "Ministry of Finance", "executive", "national"),
      government("procurement_office", "Public Procurement Office", "executive", "national"),
      government("environment_ministry", "Ministry of Environment", "executive", "national"),
      government("justice_ministry", "Ministry of Justice and Human Rights", "executive", "national"),
      government("national_assembly", "National Assembly", "legislative", "national"),
      government("supreme_court", "Supreme Court of Justice", "judiciary", "national"),
      government("electoral_tribunal", "Electoral Tribunal", "judiciary", "national"),
      government("audit_office", "Supreme Audit Institution", "autonomous", "national"),
      government("information_commission", "Information Commission", "autonomous", "national"),
      government("statistics_office", "Instituto Nacional de Estadística", "autonomous", "national"),
      government("regional_government", "Regional Government of", "executive", "regional"),
      government("regional_council", "Regional Council of", "legislative", "regional"),
      government("municipality", "Municipality of", "executive", "local"),
      government("city_council", "City Council of", "legislative", "local"),
    ],
    [
      other("open_data_network", "Open Data Network"),
      other("transparencia_ciudadana", "Asociación Transparencia Ciudadana"),
      other("womens_budget_group", "Women's Budget Group"),
      other("youth_forum", "Youth Forum for Democracy"),
      other("accion_civica", "Acción Cívica"),
      other("right_to_know", "Right to Know Coalition"),
      other("environmental_defenders", "Environmental Defenders Network"),
      other("disability_alliance", "Disability Rights Alliance"),
      other("neighbourhood_council", "Neighbourhood Association of", needsPlace: true),
    ],
    [
      other("universitat_sudhafen", "Universität Südhafen"),
      other("policy_institute", "Institute for Public Policy"),
      other("school_of_government", "School of Government"),
      other("universidad_regional", "Universidad Regional de", needsPlace: true),
    ],
    [
      other("chamber_of_commerce", "Chamber of Commerce"),
      other("civic_tech_coop", "Civic Tech Cooperative"),
      other("software_association", "Software Industry Association"),
    ],
    [
      other("journalists_union", "Union of Journalists"),
      other("community_radio", "Community Radio Network"),
      other("investigative_centre", "Centro de Periodismo de Investigación"),
    ],
    [
      other("undp_office", "UNDP Country Office"),
      other("development_bank", "Regional Development Bank"),
      other("eu_delegation", "Delegation of the European Union"),
    ],
  ]
}
