/// What the Independent Reporting Mechanism found, in its own labels.
public struct Assessment: Codable, Sendable, Equatable {
  public var verifiable: Bool?
  /// The open government lens: is it relevant to a core value?
  public var relevant: Bool?
  /// Potential for results (since 2020).
  public var potential: PotentialForResults?
  /// Potential impact (before 2020).
  public var potentialImpact: PotentialImpact?
  public var completion: Status?
  /// Did it open government?
  public var earlyResults: EarlyResults?
  public var promising: Bool?
  public var starred: Bool?

  public init(
    verifiable: Bool? = nil, relevant: Bool? = nil, potential: PotentialForResults? = nil,
    potentialImpact: PotentialImpact? = nil, completion: Status? = nil,
    earlyResults: EarlyResults? = nil, promising: Bool? = nil, starred: Bool? = nil
  ) {
    self.verifiable = verifiable
    self.relevant = relevant
    self.potential = potential
    self.potentialImpact = potentialImpact
    self.completion = completion
    self.earlyResults = earlyResults
    self.promising = promising
    self.starred = starred
  }
}

public enum PotentialForResults: String, Codable, Sendable, CaseIterable {
  case unclear, modest, substantial
}

public enum PotentialImpact: String, Codable, Sendable, CaseIterable {
  case none, minor, moderate, transformative
}

public enum EarlyResults: String, Codable, Sendable, CaseIterable {
  case worsened
  case didNotChange = "did_not_change"
  case marginal, major, outstanding
}
