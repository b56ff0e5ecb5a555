/// The benchmark's tables, as text.
enum Report {
  static let phases = ["lex", "parse", "check", "lint", "total"]

  static var header: String {
    "commitments".leftPadded(11) + "size".leftPadded(10)
      + phases.map { $0.leftPadded(10) }.joined() + "MB/s".leftPadded(8) + "commitments/s".leftPadded(15)
      + "check RSS".leftPadded(11) + "×size".leftPadded(7) + "lint RSS".leftPadded(11) + "×size".leftPadded(7)
  }

  static func row(_ result: SizeResult) -> String {
    let total = result.seconds["total"] ?? 0
    return grouped(result.commitments).leftPadded(11) + megabytes(result.bytes).leftPadded(10)
      + phases.map { duration(result.seconds[$0] ?? 0).leftPadded(10) }.joined()
      + decimal(Double(result.bytes) / 1e6 / total, places: 1).leftPadded(8)
      + grouped(Int((Double(result.commitments) / total).rounded())).leftPadded(15)
      + megabytes(result.checkPeakBytes).leftPadded(11)
      + ratio(Double(result.checkPeakBytes), Double(result.bytes)).leftPadded(7)
      + megabytes(result.lintPeakBytes).leftPadded(11)
      + ratio(Double(result.lintPeakBytes), Double(result.bytes)).leftPadded(7)
  }

  static func repl(_ results: [SizeResult]) -> String {
    var lines = [
      "REPL".padded(11) + "load plan".leftPadded(12) + "one input".leftPadded(12)
        + "peak RSS".leftPadded(12)
    ]
    for result in results {
      lines.append(
        grouped(result.commitments).leftPadded(11) + duration(result.seconds["repl-load"] ?? 0).leftPadded(12)
          + duration(result.seconds["repl-input"] ?? 0).leftPadded(12)
          + megabytes(result.peakBytesWithRepl).leftPadded(12))
    }
    return lines.joined(separator: "\n")
  }

  /// For each size that is ten times an earlier one: how much each figure grew (10.0× is
  /// linear).
  static func growth(_ results: [SizeResult]) -> String {
    var lines: [String] = []
    for small in results {
      guard let large = results.first(where: { $0.commitments == small.commitments * 10 }) else { continue }
      if lines.isEmpty { lines.append("growth from N to 10·N (10.0× is linear):") }
      let figures =
        (phases + ["repl-load", "repl-input"]).map { phase in
          "\(phase) " + ratio(large.seconds[phase] ?? 0, small.seconds[phase] ?? 0)
        } + [
          "check RSS " + ratio(Double(large.checkPeakBytes), Double(small.checkPeakBytes)),
          "lint RSS " + ratio(Double(large.lintPeakBytes), Double(small.lintPeakBytes)),
        ]
      lines.append(
        "  \(grouped(small.commitments)) → \(grouped(large.commitments)): " + figures.joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }

  static func rules(_ result: SizeResult) -> String {
    var lines = [
      "rules at \(grouped(result.commitments)) commitments, slowest first (all rules: "
        + "\(duration(result.allRulesSeconds))):"
    ]
    for rule in result.slowestRules {
      lines.append("  \(rule.code)  \(duration(rule.seconds).leftPadded(10))  \(rule.findings) findings")
    }
    return lines.joined(separator: "\n")
  }

  static var collectionHeader: String {
    "plans".leftPadded(6) + "commitments".leftPadded(13) + "size".leftPadded(10) + "lint DIR".leftPadded(11)
      + "files/s".leftPadded(9) + "commitments/s".leftPadded(15) + "MB/s".leftPadded(7)
      + "peak RSS".leftPadded(11)
      + "findings".leftPadded(10)
  }

  static func row(_ result: CollectionResult) -> String {
    grouped(result.plans).leftPadded(6) + grouped(result.commitments).leftPadded(13)
      + megabytes(result.bytes).leftPadded(10) + duration(result.seconds).leftPadded(11)
      + grouped(Int((Double(result.plans) / result.seconds).rounded())).leftPadded(9)
      + grouped(Int((Double(result.commitments) / result.seconds).rounded())).leftPadded(15)
      + decimal(Double(result.bytes) / 1e6 / result.seconds, places: 1).leftPadded(7)
      + megabytes(result.peakBytes).leftPadded(11) + grouped(result.findings).leftPadded(10)
  }

  /// For each collection ten times as large as an earlier one: how time and memory grew.
  static func growth(_ results: [CollectionResult]) -> String {
    var lines: [String] = []
    for small in results {
      guard let large = results.first(where: { $0.plans == small.plans * 10 }) else { continue }
      if lines.isEmpty { lines.append("growth from N plans to 10·N (10.0× is linear):") }
      lines.append(
        "  \(grouped(small.plans)) → \(grouped(large.plans)): lint DIR " + ratio(large.seconds, small.seconds)
          + ", peak RSS " + ratio(Double(large.peakBytes), Double(small.peakBytes)))
    }
    return lines.joined(separator: "\n")
  }

  private static func ratio(_ large: Double, _ small: Double) -> String {
    small > 0 ? decimal(large / small, places: 1) + "×" : "–"
  }

  /// Milliseconds below ten seconds, seconds above.
  static func duration(_ seconds: Double) -> String {
    seconds >= 10 ? decimal(seconds, places: 2) + " s" : decimal(seconds * 1000, places: 1) + " ms"
  }

  static func megabytes(_ bytes: Int) -> String {
    decimal(Double(bytes) / 1_048_576, places: 1) + " MB"
  }

  /// `100,000`.
  static func grouped(_ value: Int) -> String {
    var digits = String(value)
    var result = ""
    while digits.count > 3 {
      result = "," + digits.suffix(3) + result
      digits.removeLast(3)
    }
    return digits + result
  }

  /// A fixed number of decimal places, without Foundation's formatters.
  static func decimal(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = String(scaled % Int(scale)).leftPadded(places, with: "0")
    return places == 0 ? String(whole) : "\(whole).\(fraction)"
  }
}

extension String {
  func padded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  func leftPadded(_ width: Int, with pad: Character = " ") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
