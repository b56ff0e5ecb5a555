import Foundation
import OGPGenerator
import OGPLanguage
import OGPRules

/// The peak memory a user sees: `ogp check` or `ogp lint` on a plan read from disk, or
/// `ogp lint` on a folder of plans, in a fresh process that does nothing else (no generator, no
/// timings).
enum PeakMemory {
  enum Job: String, CaseIterable {
    case check, lint
    /// `ogp lint plans` on a `CollectionBenchmark` folder.
    case lintFolder = "lint-folder"
  }

  /// Writes the plan of `commitments` and its strategy into a new temporary folder.
  static func writeCorpus(commitments: Int, seed: UInt64) throws -> String {
    let directory = temporaryDirectory("\(commitments)")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let corpus = PlanGenerator(commitments: commitments, seed: seed).generate()
    let url = URL(fileURLWithPath: directory)
    try Data(corpus.plan.utf8).write(to: url.appendingPathComponent(GeneratedCorpus.planFileName))
    try Data(corpus.strategy.utf8).write(to: url.appendingPathComponent(GeneratedCorpus.strategyFileName))
    return directory
  }

  /// A new folder's path in the temporary directory, unique to this process and `label`.
  static func temporaryDirectory(_ label: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("ogp-benchmark-\(ProcessInfo.processInfo.processIdentifier)-\(label)").path
  }

  /// Runs in the child: compiles (and lints) the plan, or the folder of plans, in `directory`,
  /// as the commands do, and returns this process's peak resident bytes.
  static func measure(_ job: Job, directory: String) throws -> Int {
    if job == .lintFolder {
      let (roots, findings) = CollectionBenchmark.lint(in: directory)
      guard !roots.hasErrors, !findings.isEmpty else {
        throw BenchmarkFailure("the plans in \(directory) do not lint as generated")
      }
      return SizeBenchmark.peakResidentBytes()
    }
    let compiler = Compiler(workingDirectory: directory)
    let compilation = compiler.compile([.file(GeneratedCorpus.planFileName)])
    guard compilation.program != nil else {
      throw BenchmarkFailure("the plan in \(directory) does not compile")
    }
    if job == .lint {
      let findings = Linter().lint(compilation, asOf: SizeBenchmark.asOf).diagnostics
      precondition(!findings.isEmpty, "the generated plan always has findings")
    }
    return SizeBenchmark.peakResidentBytes()
  }
}
