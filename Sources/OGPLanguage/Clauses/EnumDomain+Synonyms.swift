/// The words people write for a closed set's values, in English and in Spanish (the language of
/// the seed deck), each mapped to the values it can mean in OGP's terms. The one table of them:
/// the checker suggests from it, and a test holds it to the domains' values.
///
/// Keys are written as `EnumDomain.normalisedKey` makes them: lower case, accents dropped,
/// words joined by `_`. A word that may mean several values maps to all of them, and is then
/// suggested without a fix-it.
extension EnumDomain {
  /// What the words `key` stand for in this domain, when they are a known other name.
  func synonym(_ key: String) -> [String]? {
    Self.synonymsByDomain[self]?[key]
  }

  /// Whether the values are OGP's own terms (an actor's kind, a status), not the language's
  /// (a unit of time, a rule's severity).
  var isOGPVocabulary: Bool {
    switch self {
    case .yesNo, .durationUnit, .countQualifier, .ruleSeverity, .ruleScope: false
    default: true
    }
  }

  /// Every synonym of this domain, for tests and documentation.
  var synonyms: [String: [String]] { Self.synonymsByDomain[self] ?? [:] }

  private static let synonymsByDomain: [EnumDomain: [String: [String]]] = [
    // OGP's members are national governments and local ones; OGP Local takes regional,
    // provincial and municipal governments alike (OGP.md, "The Partnership").
    .memberKind: [
      "country": ["national"], "federal": ["national"], "central": ["national"], "nacional": ["national"],
      "pais": ["national"], "estatal": ["national", "local"], "state": ["local"],
      "regional": ["local"], "subnational": ["local"], "subnacional": ["local"], "provincial": ["local"],
      "province": ["local"], "provincia": ["local"], "municipal": ["local"], "municipality": ["local"],
      "municipio": ["local"], "city": ["local"], "ciudad": ["local"], "county": ["local"],
      "departmental": ["local"], "departamental": ["local"], "autonomous_community": ["local"],
      "comunidad_autonoma": ["local"], "autonomica": ["local"], "ayuntamiento": ["local"],
      "ogp_local": ["local"],
    ],
    // An actor's own level of government, where a region is not a municipality.
    .level: [
      "federal": ["national"], "central": ["national"], "country": ["national"], "nacional": ["national"],
      "estatal": ["national", "regional"], "state": ["regional"], "provincial": ["regional"],
      "province": ["regional"], "provincia": ["regional"], "autonomous_community": ["regional"],
      "comunidad_autonoma": ["regional"], "autonomica": ["regional"], "autonomico": ["regional"],
      "departmental": ["regional"], "departamental": ["regional"], "municipal": ["local"],
      "municipality": ["local"], "municipio": ["local"], "city": ["local"], "ciudad": ["local"],
      "town": ["local"], "county": ["local"], "ayuntamiento": ["local"],
      "subnational": ["regional", "local"], "subnacional": ["regional", "local"],
    ],
    .actorKind: [
      "gobierno": ["government"], "public_sector": ["government"], "sector_publico": ["government"],
      "administration": ["government"], "administracion": ["government"],
      "administracion_publica": ["government"], "sociedad_civil": ["civil_society"],
      "ngo": ["civil_society"], "ong": ["civil_society"], "cso": ["civil_society"], "osc": ["civil_society"],
      "nonprofit": ["civil_society"], "non_profit": ["civil_society"], "business": ["private_sector"],
      "company": ["private_sector"], "sector_privado": ["private_sector"], "empresa": ["private_sector"],
      "university": ["academia"], "universidad": ["academia"], "academic": ["academia"],
      "academico": ["academia"], "academica": ["academia"], "academy": ["academia"],
      "international_organisation": ["multilateral"], "international_organization": ["multilateral"],
      "organismo_internacional": ["multilateral"], "organismo_multilateral": ["multilateral"],
      "press": ["media"], "prensa": ["media"], "medios": ["media"], "medios_de_comunicacion": ["media"],
      "journalism": ["media"], "periodismo": ["media"],
    ],
    .branch: [
      "ejecutivo": ["executive"], "poder_ejecutivo": ["executive"], "legislativo": ["legislative"],
      "poder_legislativo": ["legislative"], "legislature": ["legislative"], "parliament": ["legislative"],
      "parlamento": ["legislative"], "congress": ["legislative"], "congreso": ["legislative"],
      "judicial": ["judiciary"], "poder_judicial": ["judiciary"], "courts": ["judiciary"],
      "tribunales": ["judiciary"], "autonomo": ["autonomous"], "autonoma": ["autonomous"],
      "organismo_autonomo": ["autonomous"], "independent": ["autonomous"],
    ],
    .ogpValue: [
      "transparency": ["access_to_information"], "transparencia": ["access_to_information"],
      "acceso_a_la_informacion": ["access_to_information"], "participation": ["civic_participation"],
      "participacion": ["civic_participation"], "participacion_ciudadana": ["civic_participation"],
      "participacion_civica": ["civic_participation"], "accountability": ["public_accountability"],
      "rendicion_de_cuentas": ["public_accountability"], "technology": ["technology_innovation"],
      "innovation": ["technology_innovation"], "technology_and_innovation": ["technology_innovation"],
      "tecnologia_e_innovacion": ["technology_innovation"], "inclusion_social": ["inclusion"],
    ],
    .challengeArea: [
      "anticorrupcion": ["anti_corruption"], "corruption": ["anti_corruption"],
      "espacio_civico": ["civic_space"], "clima": ["climate_environment"],
      "medio_ambiente": ["climate_environment"], "environment": ["climate_environment"],
      "climate": ["climate_environment"], "gobernanza_digital": ["digital_governance"],
      "apertura_fiscal": ["fiscal_openness"], "transparencia_fiscal": ["fiscal_openness"],
      "genero": ["gender_inclusion"], "gender": ["gender_inclusion"], "justicia": ["justice"],
      "libertad_de_prensa": ["media_freedom"], "press_freedom": ["media_freedom"],
      "participacion_publica": ["public_participation"],
      "acceso_a_la_informacion": ["access_to_information"],
    ],
    .status: [
      "done": ["complete"], "finished": ["complete"], "completed": ["complete"], "completado": ["complete"],
      "completo": ["complete"], "terminado": ["complete"], "finalizado": ["complete"],
      "cumplido": ["complete"], "ongoing": ["in_progress"], "started": ["in_progress"],
      "underway": ["in_progress"], "under_way": ["in_progress"], "en_curso": ["in_progress"],
      "en_progreso": ["in_progress"], "en_proceso": ["in_progress"], "iniciado": ["in_progress"],
      "pending": ["not_started"], "pendiente": ["not_started"], "no_iniciado": ["not_started"],
      "sin_iniciar": ["not_started"], "planned": ["not_started"], "limitado": ["limited"],
      "sustancial": ["substantial"], "substancial": ["substantial"], "sin_evidencia": ["no_evidence"],
    ],
    // The IRM's scale has no word for work under way: it says how far it went.
    .completion: [
      "done": ["complete"], "finished": ["complete"], "completed": ["complete"], "completado": ["complete"],
      "completo": ["complete"], "terminado": ["complete"], "finalizado": ["complete"],
      "cumplido": ["complete"], "ongoing": ["limited", "substantial"], "started": ["limited", "substantial"],
      "en_curso": ["limited", "substantial"], "no_iniciado": ["not_started"], "sin_iniciar": ["not_started"],
      "limitado": ["limited"], "sustancial": ["substantial"], "substancial": ["substantial"],
      "sin_evidencia": ["no_evidence"],
    ],
    .continuity: [
      "nuevo": ["new"], "nueva": ["new"], "continued": ["carried_over"], "continuing": ["carried_over"],
      "continuacion": ["carried_over"], "continuidad": ["carried_over"],
    ],
    .durationUnit: [
      "dia": ["day"], "dias": ["days"], "semana": ["week"], "semanas": ["weeks"], "mes": ["month"],
      "meses": ["months"], "año": ["year"], "años": ["years"],
    ],
    .ruleSeverity: [
      "warn": ["warning"], "aviso": ["warning"], "advertencia": ["warning"], "information": ["info"],
      "informacion": ["info"],
    ],
    .ruleScope: [
      "commitments": ["commitment"], "compromiso": ["commitment"], "milestones": ["milestone"],
      "hito": ["milestone"], "plans": ["plan"], "actors": ["actor"],
    ],
    .yesNo: ["si": ["yes"], "true": ["yes"], "false": ["no"]],
    .countQualifier: [
      "more_than": ["over"], "mas_de": ["over"], "less_than": ["under"], "menos_de": ["under"],
      "approximately": ["about"], "around": ["about"], "aproximadamente": ["about"], "unos": ["about"],
      "al_menos": ["at_least"], "minimum": ["at_least"],
    ],
  ]

  /// How words are compared with the tables: lower case, the accents of Spanish dropped
  /// (`información` is `informacion`), joined by `_` as the language writes a value.
  static func normalisedKey(_ words: [String]) -> String {
    var key = ""
    for (position, word) in words.enumerated() {
      if position > 0 { key.unicodeScalars.append("_") }
      for scalar in word.lowercased().unicodeScalars {
        key.unicodeScalars.append(withoutAccent(scalar))
      }
    }
    return key
  }

  private static func withoutAccent(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "á", "à", "ä", "â": "a"
    case "é", "è", "ë", "ê": "e"
    case "í", "ì", "ï", "î": "i"
    case "ó", "ò", "ö", "ô": "o"
    case "ú", "ù", "ü", "û": "u"
    default: scalar
    }
  }
}
