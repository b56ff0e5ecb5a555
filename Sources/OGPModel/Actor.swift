/// An institution or organisation that leads, supports or takes part in the work.
public struct Actor: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  public var doc: String?
  public var kind: ActorKind
  public var branch: Branch?
  public var level: GovernmentLevel?

  /// Its texts in other languages, by field (`title es "…"`); nil when none is given.
  public var translations: Translations?

  public init(
    id: String, title: String, doc: String? = nil, kind: ActorKind, branch: Branch? = nil,
    level: GovernmentLevel? = nil
  ) {
    self.id = id
    self.title = title
    self.doc = doc
    self.kind = kind
    self.branch = branch
    self.level = level
  }
}

public enum ActorKind: String, Codable, Sendable, CaseIterable {
  case government
  case civilSociety = "civil_society"
  case privateSector = "private_sector"
  case academia, multilateral, media
}

/// A ministry of justice is `executive`; courts are `judiciary`.
public enum Branch: String, Codable, Sendable, CaseIterable {
  case executive, legislative, judiciary, autonomous
}

public enum GovernmentLevel: String, Codable, Sendable, CaseIterable {
  case national, regional, local
}
