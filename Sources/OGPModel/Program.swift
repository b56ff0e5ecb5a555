/// One compiled `.ogp` program: every declaration of every loaded file, each once.
///
/// References between declarations are qualified ids (`"ogp_2023_2028.SO3.protect_participation"`),
/// never nested copies, so the JSON form stays flat and each fact is stated once.
public struct Program: Codable, Sendable, Equatable {
  /// The version of the JSON form; bumped when a key changes meaning or disappears.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var strategies: [Strategy]
  public var actors: [Actor]
  public var plans: [ActionPlan]
  public var rules: [Rule]

  public init(
    schemaVersion: Int = Program.currentSchemaVersion,
    strategies: [Strategy] = [],
    actors: [Actor] = [],
    plans: [ActionPlan] = [],
    rules: [Rule] = []
  ) {
    self.schemaVersion = schemaVersion
    self.strategies = strategies
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
