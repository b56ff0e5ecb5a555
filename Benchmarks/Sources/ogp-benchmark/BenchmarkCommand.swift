import ArgumentParser
import Foundation

/// `ogp-benchmark`: times each phase of `ogp check` and `ogp lint` on generated plans of several
/// sizes, each size in a child process of its own so that its peak memory is its own, and
/// prints the figures with the growth from each size to ten times it. With `--write-corpus` it
/// writes the corpus the comparison script (scripts/compare-validators) runs the tools on.
///
/// Everything is timed in memory: no process start-up, no disk. Build with `-c release`.
@main
struct BenchmarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ogp-benchmark",
    abstract: "Time lex, parse, check, lint on generated plans; or write the benchmark corpus.",
    discussion: """
      For each size, a child process generates the plan (ogp-generate's generator), then runs \
      each phase --repetitions times and reports the median: lex (Lexer.tokenize), parse \
      (Parser.parse, less its lexing), check (Checker.check: the model and the source index), \
      lint (the rules, Linter.lint), and total (Compiler.compile from the bytes, then \
      Linter.lint), with MB/s and commitments/s of the total. Then the peak resident memory \
      (ru_maxrss) of checking and of linting the plan written to a temporary folder, each in a \
      fresh process reading it from disk as `ogp check` and `ogp lint` do, and that peak as a \
      multiple of the plan's size. Then the REPL: loading the plan into a session, and one \
      commitment typed at the prompt. Where a size is ten times another, the growth of each \
      figure is printed: 10× is linear.

      With --plans, times instead `ogp lint DIR` on a folder of that many generated plans of \
      20 commitments each (national and local, sharing one strategy file, each declaring its \
      own actors, the same ids in every file; ogp-generate --plans), written to a temporary \
      folder: the median time of compiling each plan as its own program and linting it, in \
      this process, with files/s, commitments/s and MB/s; and the peak memory of doing that \
      once in a fresh process.

      With --write-corpus DIR, writes for the largest size instead: strategy.ogp, plan.ogp, \
      plan.json (the compiled model, as `ogp export --to json` writes it), faulty.ogp (1% of \
      commitments with one fault each, --faults), faulty.json (the same faults in the model's \
      JSON) and manifest.json (which commitment got which fault, its code and line). With \
      --plans too, writes the largest collection instead: DIR/plans (the strategy and the plans) \
      and DIR/json (each plan's model, as `ogp export --to json` writes it).

      Examples:
        swift run -c release ogp-benchmark
        swift run -c release ogp-benchmark --commitments 1000,10000 --repetitions 5
        swift run -c release ogp-benchmark --commitments 100000 --write-corpus /tmp/corpus
        swift run -c release ogp-benchmark --plans 600,6000
        swift run -c release ogp-benchmark --plans 600 --write-corpus /tmp/plans
      """
  )

  @Option(help: "Comma-separated plan sizes, in commitments.")
  var commitments = "1000,10000,100000"

  @Option(help: "How many times to run each phase (the median is shown).")
  var repetitions = 3

  @Option(help: "Comma-separated numbers of plan files: time `ogp lint DIR` on folders of them instead.")
  var plans: String?

  @Option(help: "The generator's seed.")
  var seed: UInt64 = 1

  @Option(help: "Write the corpus for the largest size into this directory, and time nothing.")
  var writeCorpus: String?

  @Option(help: "The fraction of commitments given a fault in faulty.ogp and faulty.json.")
  var faults = 0.01

  @Option(help: .hidden)
  var child: Int?

  /// With `--directory`: the child that measures one job's peak memory.
  @Option(help: .hidden)
  var peakOf: String?

  @Option(help: .hidden)
  var directory: String?

  func validate() throws {
    guard repetitions > 0 else { throw ValidationError("--repetitions must be at least 1") }
    guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
      throw ValidationError("--commitments takes positive numbers separated by commas, e.g. 1000,10000")
    }
    if plans != nil, collections.isEmpty || !collections.allSatisfy({ $0 > 0 }) {
      throw ValidationError("--plans takes positive numbers separated by commas, e.g. 600,6000")
    }
    guard faults > 0 && faults <= 1 else {
      throw ValidationError("--faults is a fraction above 0, at most 1")
    }
  }

  var sizes: [Int] { commitments.split(separator: ",").compactMap { Int($0) } }

  var collections: [Int] { plans?.split(separator: ",").compactMap { Int($0) } ?? [] }

  func run() throws {
    if let peakOf, let directory {
      guard let job = PeakMemory.Job(rawValue: peakOf) else { throw ValidationError("no job '\(peakOf)'") }
      print(try PeakMemory.measure(job, directory: directory))
      return
    }
    if let child {
      // One size, measured in this process; the result goes to the parent as JSON.
      let result = try SizeBenchmark(commitments: child, seed: seed, repetitions: repetitions).run()
      let data = try JSONEncoder().encode(result)
      FileHandle.standardOutput.write(data)
      return
    }
    if let writeCorpus, let largest = collections.max() {
      try CollectionBenchmark(plans: largest, seed: seed, repetitions: 1).writeCorpus(to: writeCorpus)
      return
    }
    if !collections.isEmpty {
      try runCollections()
      return
    }
    if let writeCorpus {
      let size = sizes.max()!
      try CorpusWriter(commitments: size, seed: seed, faultRate: faults).write(to: writeCorpus)
      return
    }
    var results: [SizeResult] = []
    print(
      "ogp-benchmark: seed \(seed), median of \(repetitions) \(repetitions == 1 ? "run" : "runs"), "
        + "each size in its own process")
    print(Report.header)
    for size in sizes {
      let result = try runChild(size: size)
      print(Report.row(result))
      results.append(result)
    }
    print()
    print(Report.repl(results))
    let growth = Report.growth(results)
    if !growth.isEmpty {
      print()
      print(growth)
    }
    if let largest = results.max(by: { $0.commitments < $1.commitments }), !largest.slowestRules.isEmpty {
      print()
      print(Report.rules(largest))
    }
  }

  /// Times each collection in this process, then its peak memory in a child.
  private func runCollections() throws {
    print(
      "ogp-benchmark: seed \(seed), median of \(repetitions) \(repetitions == 1 ? "run" : "runs"), "
        + "\(CollectionBenchmark.commitmentsEach) commitments a plan")
    print(Report.collectionHeader)
    var results: [CollectionResult] = []
    for plans in collections {
      let directory = PeakMemory.temporaryDirectory("plans-\(plans)")
      defer { try? FileManager.default.removeItem(atPath: directory) }
      var result = try CollectionBenchmark(plans: plans, seed: seed, repetitions: repetitions).run(
        in: directory)
      let output = try runSelf(["--peak-of", PeakMemory.Job.lintFolder.rawValue, "--directory", directory])
      guard let bytes = Int(String(decoding: output, as: UTF8.self).filter(\.isNumber)) else {
        throw ValidationError("the lint run over \(plans) plans printed no figure")
      }
      result.peakBytes = bytes
      print(Report.row(result))
      results.append(result)
    }
    let growth = Report.growth(results)
    if !growth.isEmpty {
      print()
      print(growth)
    }
  }

  /// Runs this executable with `--child size` and decodes what it prints; then measures the
  /// peak memory of each job in a child of its own.
  private func runChild(size: Int) throws -> SizeResult {
    var result = try JSONDecoder().decode(
      SizeResult.self,
      from: runSelf([
        "--child", String(size), "--repetitions", String(repetitions), "--seed", String(seed),
      ]))
    let directory = try PeakMemory.writeCorpus(commitments: size, seed: seed)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for job in [PeakMemory.Job.check, .lint] {
      let output = try runSelf(["--peak-of", job.rawValue, "--directory", directory])
      guard let bytes = Int(String(decoding: output, as: UTF8.self).filter(\.isNumber)) else {
        throw ValidationError("the \(job) run for \(size) commitments printed no figure")
      }
      switch job {
      case .check: result.checkPeakBytes = bytes
      case .lint, .lintFolder: result.lintPeakBytes = bytes
      }
    }
    return result
  }

  /// Runs this executable with `arguments`; what it prints.
  private func runSelf(_ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    if !FileManager.default.fileExists(atPath: process.executableURL!.path) {
      process.executableURL = Bundle.main.executableURL
    }
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ValidationError(
        "ogp-benchmark \(arguments.joined(separator: " ")) failed (status \(process.terminationStatus))")
    }
    return data
  }
}
