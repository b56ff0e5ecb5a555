import ArgumentParser
import Foundation
import OGPGenerator

/// `ogp-generate`: writes a large, valid strategy and plan for tests and benchmarks.
@main
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ogp-generate",
    abstract: "Generate a large, valid OGP strategy and action plan for tests and benchmarks.",
    discussion: """
      Writes two files into the output directory: strategy.ogp (the strategy gen_strategy, with \
      five objectives and the co-creation standards) and plan.ogp (which uses the strategy and \
      declares the actors and the plan gen_plan with the requested number of commitments, each \
      a little over a kilobyte of text with three milestones).

      The output is deterministic: the same --commitments and --seed give byte-identical files \
      on every platform. Every date is a real calendar date and every reference resolves, so \
      `ogp check` reports no errors. Files are written atomically; the directory is created if \
      needed. Exit status: 0 on success, 2 if the output cannot be written.

      With --faults RATE (a fraction such as 0.01) it also writes faulty.ogp, the same plan with \
      that fraction of its commitments given one mistake each, the three kinds in turn: a lead \
      that names no actor (E0206), a milestone ending after its commitment (E0403) and a date \
      that does not exist, 30 February (E0401); and manifest.json, which lists each fault with \
      its commitment, code and line. `ogp check faulty.ogp` reports exactly those errors. The \
      faults depend on --seed too; plan.ogp is the same with or without them.

      With --plans N it writes, instead of plan.ogp, N plans of --commitments commitments each \
      (plan-0001.ogp, plan-0002.ogp…; every fourth a local government's), all using \
      strategy.ogp and each declaring its own actors, with the same ids recurring across \
      files: a repository of many members' plans, for `ogp lint DIR`. Plan n is generated with \
      the seed --seed + n.

      Examples:
        ogp-generate --commitments 10000 --seed 7 --output /tmp/big
        ogp check /tmp/big/plan.ogp
        ogp-generate --commitments 10000 --faults 0.01 --output /tmp/big
        ogp-generate --plans 600 --commitments 20 --output /tmp/many && ogp lint /tmp/many
      """)

  @Option(help: "The number of commitments in the plan.")
  var commitments: Int = 1000

  @Option(help: "The seed of the pseudo-random generator.")
  var seed: UInt64 = 1

  @Option(help: "Also write faulty.ogp and manifest.json, with this fraction of commitments faulty (0.01).")
  var faults: Double?

  @Option(help: "Write this many plan files, of --commitments commitments each, instead of plan.ogp.")
  var plans: Int?

  @Option(
    name: .shortAndLong, help: "The directory to write strategy.ogp and the plans into.",
    completion: .directory)
  var output: String

  func validate() throws {
    guard commitments >= 0 else {
      throw ValidationError("--commitments must be zero or more (got \(commitments)).")
    }
    if let plans {
      guard plans > 0 else { throw ValidationError("--plans must be one or more (got \(plans)).") }
      guard faults == nil else {
        throw ValidationError("--faults writes one faulty plan; use it without --plans.")
      }
    }
    if let faults, !(faults > 0 && faults <= 1) {
      throw ValidationError("--faults takes a fraction above 0 and at most 1, such as 0.01 (got \(faults)).")
    }
  }

  func run() throws {
    let directory = try outputDirectory()
    if let plans {
      let collection = PlanCollection(plans: plans, commitmentsEach: commitments, seed: seed)
      var total = try write(collection.strategy, named: GeneratedCorpus.strategyFileName, into: directory)
      for number in 1...plans {
        total += try write(
          collection.plan(number), named: collection.fileName(ofPlan: number), into: directory)
      }
      print(
        "wrote \(GeneratedCorpus.strategyFileName) and \(plans) plans into \(directory.path): "
          + "\(commitments) commitments each, \(total) bytes, seeds \(seed &+ 1) to \(seed &+ UInt64(plans))")
      return
    }
    let corpus = PlanGenerator(commitments: commitments, seed: seed, faultRate: faults ?? 0).generate()
    var written: [(path: String, bytes: Int)] = []
    var files = corpus.files
    if let faulty = corpus.faultyPlan {
      files.append((GeneratedCorpus.faultyPlanFileName, faulty))
      files.append((GeneratedCorpus.manifestFileName, corpus.manifestJSON()))
    }
    for file in files {
      let bytes = try write(file.text, named: file.name, into: directory)
      written.append((directory.appendingPathComponent(file.name).path, bytes))
    }
    let list = written.map { "\($0.path) (\($0.bytes) bytes)" }.joined(separator: ", ")
    let total = written.reduce(0) { $0 + $1.bytes }
    let faultSummary = corpus.faultyPlan == nil ? "" : ", \(corpus.faults.count) faults"
    print("wrote \(list): \(commitments) commitments, \(total) bytes, seed \(seed)\(faultSummary)")
  }

  /// The output directory, created if needed.
  private func outputDirectory() throws -> URL {
    let directory = URL(fileURLWithPath: output, isDirectory: true)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw failure("'\(output)' exists and is not a directory")
      }
    } else {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      } catch {
        throw failure("cannot create directory '\(output)': \(error.localizedDescription)")
      }
    }
    return directory
  }

  /// Writes `text` to `name` in `directory`; how many bytes.
  private func write(_ text: String, named name: String, into directory: URL) throws -> Int {
    let url = directory.appendingPathComponent(name)
    let data = Data(text.utf8)
    do {
      // .atomic writes a temporary file beside the target, then renames it.
      try data.write(to: url, options: .atomic)
    } catch {
      throw failure("cannot write '\(url.path)': \(error.localizedDescription)")
    }
    return data.count
  }

  /// Prints `ogp-generate: error: message` to standard error; exit code 2, as `ogp` uses for a
  /// file it cannot read or write.
  private func failure(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("ogp-generate: error: \(message)\n".utf8))
    return ExitCode(2)
  }
}
