/// "Did you mean …?": the closest candidates by edit distance.
///
/// The cost is bounded on any input: a name longer than `maximumNameLength` scalars gets no
/// suggestion (no one mistypes a name that long), a candidate whose length differs by more than
/// the threshold is skipped without being compared, and the distance is computed only along the
/// diagonal band the threshold allows, giving up as soon as the band exceeds it. One comparison
/// is then at most (2·3 + 1) × 64 cells, whatever the file holds.
public enum Suggestions {
  /// Names longer than this (in Unicode scalars) get no suggestion.
  public static let maximumNameLength = 64

  /// How many unknown names one check compares with the names declared, like compilers'
  /// typo-correction limits (clang's 50, swiftc's 10): a file of thousands of unknown names
  /// against thousands of declarations would otherwise cost their product.
  public static let searchesPerCheck = 100

  /// At most `limit` candidates close to `name`, nearest first, ties in the candidates' order.
  public static func closest(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
    guard isPlausibleName(name) else { return [] }
    let target = Array(name.lowercased().unicodeScalars)
    let threshold = max(1, min(3, (target.count + 1) / 3))
    // A scalar takes at most four UTF-8 bytes: a longer candidate cannot be within reach, and
    // is skipped before it is lowercased.
    let longestUTF8 = 4 * (target.count + threshold)
    var scored: [(distance: Int, index: Int, candidate: String)] = []
    for (index, candidate) in candidates.enumerated() where candidate != name {
      guard candidate.utf8.count <= longestUTF8 else { continue }
      let other = Array(candidate.lowercased().unicodeScalars)
      guard abs(other.count - target.count) <= threshold else { continue }
      let distance = editDistance(target, other, atMost: threshold)
      if distance <= threshold { scored.append((distance, index, candidate)) }
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    var seen = Set<String>()
    return scored.map(\.candidate).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
  }

  /// Whether `name` is short enough to be compared with candidates at all.
  public static func isPlausibleName(_ name: String) -> Bool {
    name.utf8.count <= 4 * maximumNameLength && name.unicodeScalars.count <= maximumNameLength
  }

  /// Levenshtein distance, with an adjacent transposition counting as one edit, when it is at
  /// most `bound`; otherwise some value above `bound`. Only cells within `bound` of the diagonal
  /// are computed (a path through any other cell costs more than `bound`).
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int {
    let beyond = bound + 1
    guard abs(a.count - b.count) <= bound else { return beyond }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previousPrevious = [Int](repeating: beyond, count: b.count + 1)
    var previous = (0...b.count).map { min($0, beyond) }
    var current = [Int](repeating: beyond, count: b.count + 1)
    for i in 1...a.count {
      let low = max(1, i - bound)
      let high = min(b.count, i + bound)
      current[0] = i <= bound ? i : beyond
      if low > 1 { current[low - 1] = beyond }
      var rowMinimum = current[0]
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = min(value, beyond)
        rowMinimum = min(rowMinimum, current[j])
      }
      if high < b.count { current[high + 1] = beyond }
      if rowMinimum > bound { return beyond }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }

  /// "did you mean 'a'?", "did you mean 'a' or 'b'?", or nil.
  public static func didYouMean(_ suggestions: [String]) -> String? {
    guard let last = suggestions.last else { return nil }
    let quoted = suggestions.map { "'\($0)'" }
    if suggestions.count == 1 { return SuggestionsText.didYouMeanOne(suggestion: quoted[0]) }
    return SuggestionsText.didYouMeanMany(
      suggestions: quoted.dropLast().joined(separator: ", "), last: "'\(last)'")
  }
}
