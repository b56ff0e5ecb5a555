/// A length of time as written: `6 months`, `2 weeks`.
public struct Duration: Codable, Sendable, Hashable, CustomStringConvertible {
  public var amount: Int
  public var unit: Unit

  /// The amounts a duration may count, in any unit. 10,000 years is far beyond any plan, and
  /// small enough that converting an amount to months or days, or adding it to a date, can never
  /// overflow: the checker and the JSON import refuse anything else.
  public static let amounts = 1...10_000

  public init(amount: Int, unit: Unit) {
    self.amount = amount
    self.unit = unit
  }

  public enum Unit: String, Codable, Sendable, CaseIterable {
    case days, weeks, months, years

    /// The unit a duration's word names, singular or plural: `month` and `months`.
    public init?(word: String) {
      self.init(rawValue: word.hasSuffix("s") ? word : word + "s")
    }
  }

  private enum CodingKeys: String, CodingKey {
    case amount, unit
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    amount = try container.decode(Int.self, forKey: .amount)
    unit = try container.decode(Unit.self, forKey: .unit)
    guard Duration.amounts.contains(amount) else {
      throw DecodingError.dataCorruptedError(
        forKey: .amount, in: container,
        debugDescription:
          "a duration counts \(Duration.amounts.lowerBound) to \(Duration.amounts.upperBound) \(unit.rawValue), not \(amount)"
      )
    }
  }

  /// The length as months and days, the two parts of date arithmetic (`3 months` is not a fixed
  /// number of days). Exact for any amount in `amounts`.
  public var monthsAndDays: (months: Int, days: Int) {
    switch unit {
    case .days: (0, amount)
    case .weeks: (0, amount * 7)
    case .months: (amount, 0)
    case .years: (amount * 12, 0)
    }
  }

  /// An approximate length in days, for comparing durations of different units.
  public var approximateDays: Double {
    Double(monthsAndDays.days) + Double(monthsAndDays.months) * Duration.daysPerMonth
  }

  /// The mean length of a Gregorian month.
  public static let daysPerMonth = 365.2425 / 12

  public var description: String { "\(amount) \(unit.rawValue)" }
}
