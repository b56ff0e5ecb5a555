import Foundation
import OGPDiagnostics
import OGPGenerator
import OGPLanguage
import OGPModel
import OGPRepl
import OGPRules

/// The figures for one size, measured in one process.
struct SizeResult: Codable {
  var commitments: Int
  /// The plan and the strategy it uses.
  var bytes: Int
  /// Median seconds of each phase, by name: lex, parse, check, lint, total, repl-load, repl-input.
  var seconds: [String: Double]
  /// Findings of the linter on the plan.
  var findings: Int
  /// Peak resident memory of `ogp check` and `ogp lint` on the plan read from disk, each in a
  /// process of its own (`PeakMemory`); and of this process at the end, with the REPL.
  var checkPeakBytes = 0
  var lintPeakBytes = 0
  var peakBytesWithRepl: Int
  /// The five slowest rules: code, median seconds, findings.
  var slowestRules: [RuleTiming]
  var allRulesSeconds: Double

  struct RuleTiming: Codable {
    var code: String
    var seconds: Double
    var findings: Int
  }
}

/// Measures one size: generate, then each phase `repetitions` times.
struct SizeBenchmark {
  let commitments: Int
  let seed: UInt64
  let repetitions: Int

  static let asOf = Day(year: 2026, month: 6, day: 30)

  func run() throws -> SizeResult {
    let corpus = PlanGenerator(commitments: commitments, seed: seed).generate()
    let planFile = SourceFile(id: SourceFileID(0), path: "plan.ogp", text: corpus.plan)
    let strategyFile = SourceFile(id: SourceFileID(1), path: "strategy.ogp", text: corpus.strategy)
    let sources = [planFile, strategyFile]
    let bytes = sources.reduce(0) { $0 + $1.bytes.count }
    var seconds: [String: Double] = [:]

    var tokens = 0
    seconds["lex"] = median {
      tokens = sources.reduce(0) { $0 + Lexer.tokenize($1).tokens.count }
    }
    precondition(tokens > 0)
    var parses: [ParseResult] = []
    let parseWithLexing = median {
      parses = sources.map { Parser.parse($0) }
    }
    // Parser.parse lexes first; what is left is the parser's own work.
    seconds["parse"] = max(0, parseWithLexing - seconds["lex"]!)
    guard parses.allSatisfy({ $0.diagnostics.isEmpty }) else {
      throw BenchmarkFailure("the generated plan of \(commitments) commitments has syntax errors")
    }
    // In the loader's order: the plan, then the strategy it uses.
    let syntax = parses.map(\.syntax)
    seconds["check"] = median {
      let checked = Checker.check(syntax)
      precondition(
        checked.diagnostics.isEmpty, "the generated plan has errors: \(checked.diagnostics.prefix(3))")
      precondition(checked.program.plans.first?.commitments.count == commitments)
    }
    parses = []

    let files = [
      "/bench/" + GeneratedCorpus.strategyFileName: corpus.strategy,
      "/bench/" + GeneratedCorpus.planFileName: corpus.plan,
    ]
    let compiler = Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/bench")
    let compilation = compiler.compile([.file(GeneratedCorpus.planFileName)])
    guard compilation.program != nil else {
      throw BenchmarkFailure("the generated plan of \(commitments) commitments does not compile")
    }
    let linter = Linter()
    var findings = 0
    seconds["lint"] = median { findings = linter.lint(compilation, asOf: Self.asOf).diagnostics.count }
    seconds["total"] = median {
      let compiled = compiler.compile([.file(GeneratedCorpus.planFileName)])
      findings = linter.lint(compiled, asOf: Self.asOf).diagnostics.count
    }

    var rules: [SizeResult.RuleTiming] = []
    let context = LintContext(
      program: compilation.program!, configuration: LintConfiguration(), asOf: Self.asOf)
    for rule in RuleRegistry.rules {
      var count = 0
      let time = median { count = rule.check(context).count }
      rules.append(.init(code: rule.description.code, seconds: time, findings: count))
    }
    let allRules = rules.reduce(0) { $0 + $1.seconds }
    rules.sort { $0.seconds > $1.seconds }
    repl(files: files, seconds: &seconds)
    return SizeResult(
      commitments: commitments, bytes: bytes, seconds: seconds, findings: findings,
      peakBytesWithRepl: Self.peakResidentBytes(), slowestRules: Array(rules.prefix(5)),
      allRulesSeconds: allRules)
  }

  /// The REPL holding the plan: loading it (what stands between `ogp repl FILE` and its first
  /// prompt, besides process start-up), then one commitment typed at the prompt.
  private func repl(files: [String: String], seconds: inout [String: Double]) {
    var session: ReplSession?
    seconds["repl-load"] = median {
      session = ReplSession(
        workingDirectory: "/bench", provider: InMemorySourceProvider(files), asOf: Self.asOf,
        writeFile: { _, _ in })
      _ = session?.load(files: [GeneratedCorpus.planFileName])
    }
    guard let session else { return }
    var counter = 0
    seconds["repl-input"] = median {
      counter += 1
      _ = session.evaluate(
        """
        commitment bench\(counter) "A commitment typed at the prompt" {
          lead audit_office_1
          advances SO2
        }
        """)
    }
  }

  /// Runs `body` `repetitions` times; the median duration in seconds.
  private func median(_ body: () -> Void) -> Double {
    Self.median(repetitions: repetitions, body)
  }

  /// Runs `body` `repetitions` times; the median duration in seconds.
  static func median(repetitions: Int, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let times = try (0..<repetitions).map { _ in
      let elapsed = try clock.measure(body)
      return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }.sorted()
    return times[times.count / 2]
  }

  /// getrusage's ru_maxrss: kilobytes on Linux, bytes on macOS.
  static func peakResidentBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    #if os(macOS)
      return Int(usage.ru_maxrss)
    #else
      return Int(usage.ru_maxrss) * 1024
    #endif
  }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
