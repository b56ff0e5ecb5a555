import Foundation
import OGPDiagnostics
import OGPGenerator
import OGPLanguage
import OGPModel
import OGPRules

/// The figures for a repository of many small plans, measured in one process.
struct CollectionResult: Codable {
  var plans: Int
  var commitments: Int
  /// Every plan file and the strategy.
  var bytes: Int
  /// Median seconds of `compile` (`Compiler.compileEach` of the folder) and `lint` (then
  /// `Linter.lint`), together: what `ogp lint DIR` does but print.
  var seconds: Double
  var findings: Int
  /// Peak resident memory of that in a process of its own (`PeakMemory`).
  var peakBytes = 0
}

/// `ogp lint DIR` on a folder of `PlanCollection` plans: written to disk once, then each plan
/// read, compiled as its own program with the strategy it uses, and linted, `repetitions` times.
struct CollectionBenchmark {
  static let commitmentsEach = 20
  static let folder = "plans"

  let plans: Int
  let seed: UInt64
  let repetitions: Int

  var collection: PlanCollection {
    PlanCollection(plans: plans, commitmentsEach: Self.commitmentsEach, seed: seed)
  }

  /// Writes the strategy and the plans into `directory`/plans; their bytes.
  func write(into directory: String) throws -> Int {
    let folder = URL(fileURLWithPath: directory).appendingPathComponent(Self.folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    func write(_ text: String, named name: String) throws -> Int {
      let data = Data(text.utf8)
      try data.write(to: folder.appendingPathComponent(name), options: .atomic)
      return data.count
    }
    var bytes = try write(collection.strategy, named: GeneratedCorpus.strategyFileName)
    for number in 1...plans {
      bytes += try write(collection.plan(number), named: collection.fileName(ofPlan: number))
    }
    return bytes
  }

  /// Lints the folder written into `directory` as `ogp lint` does.
  static func lint(in directory: String) -> (roots: CompiledRoots, findings: [Diagnostic]) {
    let roots = Compiler(workingDirectory: directory).compileEach([.folder(folder)])
    return (roots, Linter().lint(roots, asOf: SizeBenchmark.asOf).diagnostics)
  }

  func run(in directory: String) throws -> CollectionResult {
    let bytes = try write(into: directory)
    var findings = 0
    let seconds = try SizeBenchmark.median(repetitions: repetitions) {
      let (roots, diagnostics) = Self.lint(in: directory)
      guard roots.compilations.count == plans, !roots.hasErrors, roots.unreadableRoots.isEmpty else {
        throw BenchmarkFailure("the \(plans) generated plans do not check clean as roots")
      }
      findings = diagnostics.count
    }
    return CollectionResult(
      plans: plans, commitments: plans * Self.commitmentsEach, bytes: bytes, seconds: seconds,
      findings: findings)
  }

  /// Writes the plans and, in `json`, each plan's model as `ogp export --to json` writes it: the
  /// same content for a JSON Schema validator (scripts/compare-validators --plans).
  func writeCorpus(to directory: String) throws {
    let bytes = try write(into: directory)
    let json = URL(fileURLWithPath: directory).appendingPathComponent("json")
    try FileManager.default.createDirectory(at: json, withIntermediateDirectories: true)
    let roots = Compiler(workingDirectory: directory).compileEach([.folder(Self.folder)])
    var jsonBytes = 0
    for (number, compilation) in zip(1..., roots.compilations) {
      guard let program = compilation.program else {
        throw BenchmarkFailure("plan \(number) does not compile: \(compilation.diagnostics.prefix(3))")
      }
      let data = try ProgramJSON.encode(program)
      let name = collection.fileName(ofPlan: number).replacingOccurrences(of: ".ogp", with: ".json")
      try data.write(to: json.appendingPathComponent(name), options: .atomic)
      jsonBytes += data.count
    }
    print(
      "wrote \(plans) plans (\(bytes) bytes with the strategy) into \(directory)/\(Self.folder) "
        + "and their models (\(jsonBytes) bytes) into \(json.path)")
  }
}
