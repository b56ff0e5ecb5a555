import Foundation
import OGPGenerator
import OGPLanguage
import OGPModel

/// Writes the corpus of one size: the strategy, the plan and its model as JSON, and the faulty
/// variant as `.ogp` and as JSON with the manifest of its faults.
struct CorpusWriter {
  let commitments: Int
  let seed: UInt64
  let faultRate: Double

  func write(to directory: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let corpus = PlanGenerator(commitments: commitments, seed: seed, faultRate: faultRate).generate()
    guard let faulty = corpus.faultyPlan else { throw BenchmarkFailure("no faulty variant was generated") }
    let compilation = Compiler(
      provider: InMemorySourceProvider([
        "/corpus/" + GeneratedCorpus.strategyFileName: corpus.strategy,
        "/corpus/" + GeneratedCorpus.planFileName: corpus.plan,
      ]),
      workingDirectory: "/corpus"
    ).compile([.file(GeneratedCorpus.planFileName)])
    guard let program = compilation.program else {
      throw BenchmarkFailure("the generated plan does not compile: \(compilation.diagnostics.prefix(3))")
    }
    let json = try ProgramJSON.encode(program)
    let faultyJSON = try Self.inject(corpus.faults, into: json)
    let files: [(String, Data)] = [
      (GeneratedCorpus.strategyFileName, Data(corpus.strategy.utf8)),
      (GeneratedCorpus.planFileName, Data(corpus.plan.utf8)),
      ("plan.json", json),
      (GeneratedCorpus.faultyPlanFileName, Data(faulty.utf8)),
      ("faulty.json", faultyJSON),
      (GeneratedCorpus.manifestFileName, Data(corpus.manifestJSON().utf8)),
    ]
    for (name, data) in files {
      let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
      try data.write(to: url, options: .atomic)
      print("wrote \(url.path) (\(data.count) bytes)")
    }
    print("\(commitments) commitments, seed \(seed), \(corpus.faults.count) faults")
  }

  /// The model's JSON with the same faults the faulty `.ogp` has: the first lead of a commitment
  /// renamed, milestone m3's period ending later, milestone m2's period starting on 30 February.
  static func inject(_ faults: [InjectedFault], into json: Data) throws -> Data {
    guard var root = try JSONSerialization.jsonObject(with: json) as? [String: Any],
      var plans = root["plans"] as? [[String: Any]], var plan = plans.first,
      var commitments = plan["commitments"] as? [[String: Any]]
    else { throw BenchmarkFailure("plan.json has no plans[0].commitments") }
    var index: [String: Int] = [:]
    for (position, commitment) in commitments.enumerated() {
      if let id = commitment["id"] as? String, let name = id.split(separator: ".").last {
        index[String(name)] = position
      }
    }
    for fault in faults {
      guard let position = index[fault.commitment] else {
        throw BenchmarkFailure("plan.json has no commitment \(fault.commitment)")
      }
      var commitment = commitments[position]
      switch fault.kind {
      case .unknownActor:
        var leads = commitment["leads"] as? [String] ?? []
        leads[0] = fault.value
        commitment["leads"] = leads
      case .milestoneOutsideCommitment, .invalidDate:
        var milestones = commitment["milestones"] as? [[String: Any]] ?? []
        guard let milestone = fault.milestone,
          let which = milestones.firstIndex(where: {
            ($0["id"] as? String)?.hasSuffix("." + milestone) == true
          }),
          var period = milestones[which]["period"] as? [String: Any]
        else {
          throw BenchmarkFailure("\(fault.commitment) has no dated milestone \(fault.milestone ?? "?")")
        }
        if fault.kind == .invalidDate {
          period["start"] = fault.value
        } else {
          // The whole range as written, `2025-03 .. 2026-08`: its end is the late one.
          period["end"] = fault.value.components(separatedBy: " .. ").last
        }
        milestones[which]["period"] = period
        commitment["milestones"] = milestones
      }
      commitments[position] = commitment
    }
    plan["commitments"] = commitments
    plans[0] = plan
    root["plans"] = plans
    return try JSONSerialization.data(
      withJSONObject: root, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
  }
}
