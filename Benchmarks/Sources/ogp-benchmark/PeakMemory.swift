import Foundation
import OGPDiagnostics
import OGPGenerator
import OGPLanguage
import OGPRules

/// The peak memory a user sees: `ogp check` or `ogp lint` on a plan read from disk, in a fresh
/// process that does nothing else (no generator, no timings), as a fraction of the plan's size.
@_silgen_name("malloc_stats") func mallocStats()

enum PeakMemory {
  static func heap(_ label: String) {
    FileHandle.standardError.write(Data("== \(label): rss peak \(SizeBenchmark.peakResidentBytes() / 1_048_576)\n".utf8))
    mallocStats()
  }

  static func probe(directory: String) {
    heap("start")
    let sources = SourceMap()
    let file = sources.add(path: "plan.ogp", bytes: try! [UInt8](Data(contentsOf: URL(fileURLWithPath: directory + "/plan.ogp"))), firstLine: 1)
    let strategy = sources.add(path: "strategy.ogp", bytes: try! [UInt8](Data(contentsOf: URL(fileURLWithPath: directory + "/strategy.ogp"))), firstLine: 1)
    heap("read")
    var syntax: [SourceFileSyntax]? = [Parser.parse(file, deferringBlocksOf: 2048).syntax, Parser.parse(strategy).syntax]
    heap("parsed")
    var checked: Checker.Result? = Checker.check(syntax!)
    heap("checked")
    syntax = nil
    heap("syntax dropped")
    let index = checked!.index
    checked = nil
    withExtendedLifetime(index) { heap("index alone") }
  }

  enum Job: String, CaseIterable {
    case check, lint
  }

  /// Writes the plan of `commitments` and its strategy into a new temporary folder.
  static func writeCorpus(commitments: Int, seed: UInt64) throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ogp-benchmark-\(ProcessInfo.processInfo.processIdentifier)-\(commitments)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let corpus = PlanGenerator(commitments: commitments, seed: seed).generate()
    try Data(corpus.plan.utf8).write(to: directory.appendingPathComponent(GeneratedCorpus.planFileName))
    try Data(corpus.strategy.utf8).write(
      to: directory.appendingPathComponent(GeneratedCorpus.strategyFileName))
    return directory.path
  }

  /// Runs in the child: compiles (and lints) the plan in `directory`, as the commands do, and
  /// returns this process's peak resident bytes.
  static func measure(_ job: Job, directory: String) throws -> Int {
    if ProcessInfo.processInfo.environment["PROBE"] != nil { probe(directory: directory); return 0 }
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
