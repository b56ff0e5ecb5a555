/// A length of time as written: `6 months`, `2 weeks`.
public struct Duration: Codable, Sendable, Hashable, CustomStringConvertible {
  public var amount: Int
  public var unit: Unit

  public init(amount: Int, unit: Unit) {
    self.amount = amount
    self.unit = unit
  }

  public enum Unit: String, Codable, Sendable, CaseIterable {
    case days, weeks, months, years
  }

  /// An approximate length in days, for comparing durations of different units.
  public var approximateDays: Double {
    switch unit {
    case .days: Double(amount)
    case .weeks: Double(amount) * 7
    case .months: Double(amount) * 365.2425 / 12
    case .years: Double(amount) * 365.2425
    }
  }

  public var description: String { "\(amount) \(unit.rawValue)" }
}
