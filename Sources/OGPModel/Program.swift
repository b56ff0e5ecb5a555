/// One compiled `.ogp` program: every declaration of every loaded file, each once.
///
/// References between declarations are qualified ids (`"ogp_2023_2028.SO3.protect_participation"`),
/// never nested copies, so the JSON form stays flat and each fact is stated once.
public struct Program: Codable, Sendable, Equatable {
  /// The version of the JSON form; bumped when a key changes meaning or disappears.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var strategies: [Strategy]
  /// Versions of the Participation and Co-Creation Standards.
  public var standards: [StandardsVersion]
  public var actors: [Actor]
  public var plans: [ActionPlan]
  public var rules: [Rule]

  public init(
    schemaVersion: Int = Program.currentSchemaVersion,
    strategies: [Strategy] = [],
    standards: [StandardsVersion] = [],
    actors: [Actor] = [],
    plans: [ActionPlan] = [],
    rules: [Rule] = []
  ) {
    self.schemaVersion = schemaVersion
    self.strategies = strategies
    self.standards = standards
    self.actors = actors
    self.plans = plans
    self.rules = rules
  }
}

/// A check written by a member or a forum in its own `.ogp` files.
public struct Rule: Codable, Sendable, Equatable {
  public var id: String
  public var severity: Severity
  public var title: String
  public var doc: String?

  public init(id: String, severity: Severity, title: String, doc: String? = nil) {
    self.id = id
    self.severity = severity
    self.title = title
    self.doc = doc
  }

  public enum Severity: String, Codable, Sendable, CaseIterable {
    case error, warning, info
  }
}

extension Program {
  /// Reads the JSON form; `standards`, added after the first release of schema version 1, may be
  /// absent from documents written before it (an empty list).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      schemaVersion: try container.decode(Int.self, forKey: .schemaVersion),
      strategies: try container.decode([Strategy].self, forKey: .strategies),
      standards: try container.decodeIfPresent([StandardsVersion].self, forKey: .standards) ?? [],
      actors: try container.decode([Actor].self, forKey: .actors),
      plans: try container.decode([ActionPlan].self, forKey: .plans),
      rules: try container.decode([Rule].self, forKey: .rules))
  }
}
