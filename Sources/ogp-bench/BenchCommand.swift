import ArgumentParser
import OGPGenerator
import OGPLanguage
import OGPModel
import OGPRepl
import OGPRules

/// `ogp-bench`: times the front end and the linter on generated plans and prints the figures.
///
/// Everything runs in memory, so the figures are the work of `ogp check` and `ogp lint` without
/// process start-up or disk reads. Build with `-c release`: debug figures mean nothing.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ogp-bench",
    abstract: "Time check and lint on generated plans of several sizes; print the figures.",
    discussion: """
      For each size, generates a plan (ogp-generate's generator, seed 1), then runs each phase \
      --repetitions times and reports the fastest and the median run. The last column divides \
      the median by the number of commitments: it stays flat while the work is linear.

      Example:
        swift run -c release ogp-bench --commitments 1000,10000
      """
  )

  @Option(help: "Comma-separated plan sizes, in commitments.")
  var commitments = "1000,10000"

  @Option(help: "How many times to run each phase.")
  var repetitions = 5

  func validate() throws {
    guard repetitions > 0 else { throw ValidationError("--repetitions must be at least 1") }
    guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
      throw ValidationError("--commitments takes positive numbers separated by commas, e.g. 1000,10000")
    }
  }

  var sizes: [Int] { commitments.split(separator: ",").compactMap { Int($0) } }

  func run() throws {
    print("phase   commitments      bytes   fastest    median   per commitment")
    for size in sizes {
      let corpus = PlanGenerator(commitments: size, seed: 1).generate()
      var files: [String: String] = [:]
      for file in corpus.files { files["/bench/" + file.name] = file.text }
      let bytes = corpus.files.reduce(0) { $0 + $1.text.utf8.count }
      let compiler = Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/bench")

      var compilation: Compilation?
      let check = measure {
        compilation = compiler.compile([.file("plan.ogp")])
      }
      guard let compilation, compilation.program != nil else {
        throw ValidationError("the generated plan of \(size) commitments does not compile")
      }
      report("check", size: size, bytes: bytes, timings: check)

      let linter = Linter()
      let asOf = Day(year: 2026, month: 6, day: 30)
      var findings = 0
      let lint = measure {
        findings = linter.lint(compilation, asOf: asOf).diagnostics.count
      }
      report("lint", size: size, bytes: bytes, timings: lint)
      print("        (\(findings) findings)")
      if size == sizes.max(), let program = compilation.program {
        slowestRules(LintContext(program: program, configuration: LintConfiguration(), asOf: asOf))
        repl(files: files, size: size, bytes: bytes, asOf: asOf)
      }
    }
  }

  /// The REPL holding the plan: loading it (what stands between `ogp repl FILE` and its first
  /// prompt, besides process start-up), then one commitment typed at the prompt.
  private func repl(files: [String: String], size: Int, bytes: Int, asOf: Day) {
    var session: ReplSession?
    let load = measure {
      session = ReplSession(
        workingDirectory: "/bench", provider: InMemorySourceProvider(files), asOf: asOf,
        writeFile: { _, _ in })
      _ = session?.load(files: ["plan.ogp"])
    }
    report("repl-load", size: size, bytes: bytes, timings: load)
    guard let session else { return }
    var counter = 0
    let input = measure {
      counter += 1
      _ = session.evaluate(
        """
        commitment bench\(counter) "A commitment typed at the prompt" {
          lead audit_office_1
          advances SO2
        }
        """)
    }
    report("repl-input", size: size, bytes: bytes, timings: input)
  }

  /// The rules that take longest on the largest plan, with how many findings each makes.
  private func slowestRules(_ context: LintContext) {
    let timed = RuleRegistry.rules.map { rule in
      var count = 0
      let timings = measure { count = rule.check(context).count }
      return (code: rule.description.code, median: timings[timings.count / 2], findings: count)
    }
    let total = timed.reduce(0) { $0 + $1.median }
    print("rules, slowest first (all rules: \(milliseconds(total))):")
    for rule in timed.sorted(by: { $0.median > $1.median }).prefix(5) {
      print("  \(rule.code)  \(milliseconds(rule.median).leftPadded(10))  \(rule.findings) findings")
    }
  }

  /// Runs `body` `repetitions` times; the durations in seconds, sorted.
  private func measure(_ body: () -> Void) -> [Double] {
    let clock = ContinuousClock()
    return (0..<repetitions).map { _ in
      let elapsed = clock.measure(body)
      return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }.sorted()
  }

  private func report(_ phase: String, size: Int, bytes: Int, timings: [Double]) {
    let median = timings[timings.count / 2]
    print(
      phase.padded(6) + String(size).leftPadded(13) + String(bytes).leftPadded(11)
        + milliseconds(timings[0]).leftPadded(10) + milliseconds(median).leftPadded(10)
        + (String(oneDecimal(median / Double(size) * 1e6)) + " µs").leftPadded(17))
  }

  private func milliseconds(_ seconds: Double) -> String { oneDecimal(seconds * 1000) + " ms" }

  /// One decimal place, without Foundation's formatters.
  private func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}

extension String {
  fileprivate func padded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
