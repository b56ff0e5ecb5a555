/// "Did you mean …?": the closest candidates by edit distance.
public enum Suggestions {
  /// At most `limit` candidates close to `name`, nearest first, ties in the candidates' order.
  public static func closest(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
    let target = Array(name.lowercased().unicodeScalars)
    let threshold = max(1, min(3, (target.count + 1) / 3))
    var scored: [(distance: Int, index: Int, candidate: String)] = []
    for (index, candidate) in candidates.enumerated() where candidate != name {
      let other = Array(candidate.lowercased().unicodeScalars)
      guard abs(other.count - target.count) <= threshold else { continue }
      let distance = editDistance(target, other)
      if distance <= threshold { scored.append((distance, index, candidate)) }
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    var seen = Set<String>()
    return scored.map(\.candidate).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
  }

  /// Levenshtein distance, with an adjacent transposition counting as one edit.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }

  /// "did you mean 'a'?", "did you mean 'a' or 'b'?", or nil.
  public static func didYouMean(_ suggestions: [String]) -> String? {
    guard let last = suggestions.last else { return nil }
    let quoted = suggestions.map { "'\($0)'" }
    if suggestions.count == 1 { return "did you mean \(quoted[0])?" }
    return "did you mean " + quoted.dropLast().joined(separator: ", ") + " or '\(last)'?"
  }
}
