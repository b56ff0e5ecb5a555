import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRepl
import OGPReport
import OGPRules
import Testing

/// Each input shape that once took time growing with the square of its size, run in process at
/// two sizes, one twice the other: the larger may cost at most `maximumGrowth` times the smaller,
/// where linear work costs about 2 and quadratic work 4.
///
/// Cost is the CPU time of this thread, the least of five runs: other tests and other
/// processes on the machine change the wall clock, much less a thread's own time (three runs
/// still let a full parallel test run push a linear shape past the bound once). The inputs stay
/// under the size at which the compiler parses a block on another core (2,048 declarations), so
/// all of it is done on this thread.
@Suite("Scaling: twice the input costs about twice as much")
struct ScalingTests {
  static let maximumGrowth = 3.0

  /// The least CPU time of this thread over five runs of `work`, in seconds.
  static func cost(_ work: () -> Void) -> Double {
    (0..<5).map { _ in
      var start = timespec()
      var end = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
      work()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
      return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }.min()!
  }

  /// Runs `work` on inputs of size `size` and `2 * size` and expects the cost to grow by at
  /// most `maximumGrowth`.
  static func expectLinear(
    _ what: String, size: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ work: (Int) -> Void
  ) {
    work(size)  // once, so that first-use costs (lazy tables, allocations) are not measured
    let small = cost { work(size) }
    let large = cost { work(2 * size) }
    let growth = large / max(small, 1e-6)
    print("\(what): \(size) → \(2 * size): \(Int(small * 1000)) ms → \(Int(large * 1000)) ms (×\(growth))")
    #expect(
      growth <= maximumGrowth,
      "\(what): twice the input cost \(growth) times as much (\(small) s → \(large) s)",
      sourceLocation: sourceLocation)
  }

  static func compile(_ text: String, files: [String: String] = [:]) -> Compilation {
    Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/plans")
      .compile([.bytes(Array(text.utf8), name: "plan.ogp", directory: "/plans")])
  }

  static let plan = "plan p \"P\" {\n  member \"X\" national\n  period 2024 .. 2025\n"

  // MARK: - Shapes

  @Test("an unknown name as long as the file, next to a declared one as long")
  func longUnknownName() {
    Self.expectLinear("long unknown name", size: 200_000) { length in
      let declared = String(repeating: "a", count: length)
      let written = String(repeating: "a", count: length - 1) + "b"
      let compilation = Self.compile(
        "actor \(declared) government \"A\"\n\(Self.plan)  commitment c \"C\" {\n    lead \(written)\n  }\n}\n"
      )
      #expect(compilation.diagnostics.count == 1)
    }
  }

  /// `a@a@a@…`: a diagnostic for every other byte of one line.
  static func oneLineOfErrors(_ count: Int) -> Compilation {
    compile(String(repeating: "a@", count: count) + "\n")
  }

  @Test("thousands of diagnostics on one line, located for text, JSON, SARIF, GitHub and JUnit")
  func diagnosticsOnOneLine() {
    // Every diagnostic is located and rendered (no limit): the cost is in the columns.
    Self.expectLinear("one line of errors, all formats", size: 2_000) { count in
      let compilation = Self.oneLineOfErrors(count)
      let report = DiagnosticReport(
        sources: compilation.sources, diagnostics: compilation.diagnostics, toolVersion: "0")
      _ = DiagnosticRenderer(sources: compilation.sources).render(compilation.diagnostics)
      _ = JSONDiagnosticFormat.render(report)
      _ = SARIFFormat.render(report)
      _ = GitHubFormat.render(report)
      _ = JUnitFormat.render(report, files: ["plan.ogp"])
    }
  }

  @Test("thousands of diagnostics on one line, in the formatter")
  func diagnosticsOnOneLineInTheFormatter() {
    Self.expectLinear("one line of errors, fmt", size: 4_000) { count in
      let sources = SourceMap()
      let file = sources.add(
        path: "plan.ogp", bytes: Array((String(repeating: "a@", count: count) + "\n").utf8))
      guard case .failure(.syntaxErrors(let diagnostics)) = SourceFormatter.format(file) else {
        Issue.record("expected syntax errors")
        return
      }
      _ = DiagnosticRenderer(sources: sources).render(diagnostics)
    }
  }

  @Test("a file of comment lines: checked, linted (suppressions are read from comments) and formatted")
  func commentLines() {
    Self.expectLinear("comment lines", size: 10_000) { count in
      let text =
        String(repeating: "// a comment line, long enough to be a line of its own\n", count: count)
        + "actor a government \"A\"\n"
      let compilation = Self.compile(text)
      _ = Linter().lint(compilation, asOf: Day(year: 2026, month: 1, day: 1))
      let sources = SourceMap()
      _ = SourceFormatter.format(sources.add(path: "plan.ogp", bytes: Array(text.utf8)))
    }
  }

  /// Bytes that are not a plan, the same on every run (SplitMix64), as text: a session reads
  /// files as text, so invalid bytes arrive as U+FFFD. Control bytes are turned into printable
  /// ones, or the file would be refused unread as binary (E0214).
  static func noise(_ count: Int) -> String {
    var state: UInt64 = 20_261_203
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for _ in 0..<count {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      let byte = UInt8(truncatingIfNeeded: value ^ (value >> 31))
      bytes.append(byte < 0x20 || byte == 0x7F ? byte ^ 0x40 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test("':load' of random bytes in a session")
  func loadRandomBytes() {
    Self.expectLinear(":load of random bytes", size: 50_000) { count in
      let session = ReplSession(
        workingDirectory: "/", provider: InMemorySourceProvider(["/noise.ogp": Self.noise(count)]),
        asOf: Day(year: 2026, month: 1, day: 1), writeFile: { _, _ in })
      let response = session.evaluate(":load /noise.ogp")
      #expect(response.isError)
      #expect(response.rendered.utf8.count < 60_000, "at most 100 diagnostics are shown")
    }
  }

  @Test("many 'use' of the same file")
  func manyUses() {
    Self.expectLinear("use of one file", size: 5_000) { count in
      let compilation = Self.compile(
        String(repeating: "use \"shared.ogp\"\n", count: count),
        files: ["/plans/shared.ogp": "actor a government \"A\"\n"])
      #expect(compilation.sources.all.count == 2)
    }
  }

  @Test("deep nesting")
  func deepNesting() {
    Self.expectLinear("nested braces", size: 50_000) { depth in
      _ = Self.compile(
        Self.plan + String(repeating: "{", count: depth) + String(repeating: "}", count: depth) + "\n}\n")
    }
  }

  @Test("a long string, and a long unterminated one")
  func longString() {
    Self.expectLinear("long string", size: 500_000) { length in
      let filler = String(repeating: "é", count: length)
      _ = Self.compile("strategy s \"S\" {\n  period 2023 .. 2028\n  vision \"\(filler)\"\n}\n")
      let open = Self.compile("strategy s \"S\" {\n  period 2023 .. 2028\n  vision \"\(filler)")
      _ = DiagnosticRenderer(sources: open.sources).render(open.diagnostics)
    }
  }

  @Test("many unknown names against many declared actors")
  func manyUnknownReferences() {
    Self.expectLinear("unknown references", size: 1_000) { count in
      let actors = (0..<count).map { "actor actor\($0) government \"A\($0)\"\n" }.joined()
      let partners = (0..<count).map { "unknown\($0)" }.joined(separator: ", ")
      let compilation = Self.compile(
        actors + Self.plan + "  commitment c \"C\" {\n    lead actor0\n    partners \(partners)\n  }\n}\n")
      #expect(compilation.diagnostics.count == count)
    }
  }

  @Test("many objectives, each advanced by name, and many unknown ones")
  func manyObjectives() {
    Self.expectLinear("objectives", size: 1_000) { count in
      let objectives = (0..<count).map {
        "  objective SO\($0) \"O\($0)\" {\n    priority p\($0) \"P\"\n  }\n"
      }.joined()
      let advances = (0..<count).map { "SO\($0).p\($0), SX\($0)" }.joined(separator: ", ")
      let compilation = Self.compile(
        "strategy s \"S\" {\n  period 2023 .. 2028\n\(objectives)}\nactor a government \"A\"\n"
          + "plan p \"P\" {\n  member \"X\" national\n  period 2024 .. 2025\n  strategy s\n"
          + "  commitment c \"C\" {\n    lead a\n    advances \(advances)\n  }\n}\n")
      #expect(compilation.diagnostics.count == count)
    }
  }

  @Test("a period of thousands of years makes a report of bounded size")
  func widePeriod() throws {
    func size(_ end: Int) throws -> Int {
      let compilation = Self.compile(
        "actor g government \"G\" { branch executive; level national }\nplan p \"P\" {\n"
          + "  member \"X\" national\n  period 2024 .. \(end)\n  commitment c \"C\" {\n    lead g\n"
          + "    period 2024 .. \(end)\n  }\n}\n")
      let program = try #require(compilation.program)
      return HTMLReport(program: program, findings: [], asOf: Day(year: 2025, month: 1, day: 1)).render().utf8
        .count
    }
    let twentyYears = try size(2043)
    let widest = try size(9999)
    #expect(widest <= twentyYears + 2_000, "9999: \(widest) bytes; 2043: \(twentyYears) bytes")
  }
}
