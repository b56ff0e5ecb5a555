/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny pseudo-random generator whose output depends
/// only on its seed, so a corpus generated from the same seed is byte-identical everywhere.
///
/// It deliberately does not conform to `RandomNumberGenerator`: the standard library's
/// `random(in:using:)` and `shuffled(using:)` may change their algorithms between releases, so
/// every draw goes through the methods below, whose arithmetic is fixed.
struct SplitMix64: Sendable {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`, by Lemire's multiply-high reduction (no rejection loop; for the
  /// small bounds used here the bias is below 2⁻⁴⁰).
  mutating func int(below bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + int(below: range.count)
  }

  /// True with probability `numerator / denominator`.
  mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
    int(below: denominator) < numerator
  }

  /// One element of a non-empty array.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[int(below: elements.count)]
  }

  /// `count` distinct indices below `bound`, in the order drawn (`count` is at most `bound`).
  mutating func distinctIndices(_ count: Int, below bound: Int, excluding excluded: [Int] = [])
    -> [Int]
  {
    precondition(count + excluded.count <= bound, "not enough indices to draw from")
    var drawn: [Int] = []
    drawn.reserveCapacity(count)
    while drawn.count < count {
      let index = int(below: bound)
      if !drawn.contains(index) && !excluded.contains(index) { drawn.append(index) }
    }
    return drawn
  }
}
