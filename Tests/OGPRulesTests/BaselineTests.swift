import Foundation
import OGPDiagnostics
import OGPRules
import Testing

/// Baselines key findings by code, file and element path, so edits elsewhere keep them accepted.
struct BaselineTests {
  static let plan = """
    plan p "Plan" {
      member "Arcadia" national
      strategy ogp_2023_2028
      period 2024-09 .. 2026-08
      commitment c01 "Open budgets" {
        lead finance
      }
    }
    """

  static func baseline(of text: String) -> Baseline {
    let outcome = ExampleLinter.lint(text)
    return Baseline(accepting: outcome.result.diagnostics, sources: outcome.compilation.sources)
  }

  @Test func acceptedFindingsStayAcceptedWhenLinesAreInsertedAbove() {
    let baseline = Self.baseline(of: Self.plan)
    #expect(
      baseline.findings.contains { $0.code == "OBJ001" && $0.element == "p.c01" && $0.file == "example.ogp" })
    let moved = Self.plan.replacingOccurrences(
      of: "  commitment c01",
      with: "  // A comment the forum added.\n\n  submitted 2024-08-30\n\n  commitment c01")
    let outcome = ExampleLinter.lint(moved, baseline: baseline)
    #expect(outcome.locations(of: "OBJ001").isEmpty)
    #expect(outcome.result.baselined == baseline.findings.reduce(0) { $0 + $1.count })
  }

  @Test func newFindingsAreStillReported() {
    let baseline = Self.baseline(of: Self.plan)
    let grown = Self.plan.replacingOccurrences(
      of: "  commitment c01",
      with: "  commitment c02 \"Open contracts\" {\n    lead finance\n  }\n  commitment c01")
    let outcome = ExampleLinter.lint(grown, baseline: baseline)
    #expect(outcome.locations(of: "OBJ001").map(\.line) == [5], "only the new commitment c02")
  }

  @Test func countsAcceptAsManyFindingsAsThereWere() {
    let text = Self.plan.replacingOccurrences(
      of: "lead finance", with: "lead finance\n    advances SO1, SO2, SO3, SO4")
    let baseline = Self.baseline(of: text)
    let fewer = text.replacingOccurrences(of: "SO1, SO2, SO3, SO4", with: "SO1, SO2, SO3")
    #expect(ExampleLinter.lint(fewer).locations(of: "OBJ002").count == 2)
    let outcome = ExampleLinter.lint(fewer, baseline: baseline)
    #expect(outcome.locations(of: "OBJ002").count == 1, "one of the two objectives not advanced is new")
  }

  @Test func checkerErrorsAreNeverAccepted() {
    let broken = Self.plan.replacingOccurrences(of: "lead finance", with: "lead nobody")
    let outcome = ExampleLinter.lint(broken)
    let baseline = Baseline(accepting: outcome.result.diagnostics, sources: outcome.compilation.sources)
    #expect(baseline.findings.isEmpty)
    #expect(!outcome.errors.isEmpty)
  }

  @Test func encodingRoundTripsAndRejectsOtherVersions() throws {
    let baseline = Self.baseline(of: Self.plan)
    #expect(try Baseline.decode(baseline.encoded()) == baseline)
    let future = String(decoding: baseline.encoded(), as: UTF8.self).replacingOccurrences(
      of: "\"version\" : 1", with: "\"version\" : 2")
    #expect(throws: (any Error).self) { try Baseline.decode(Data(future.utf8)) }
  }

  static func entry(count: String) -> Data {
    Data(
      """
      {"version": 1, "findings": [
        {"code": "OBJ001", "file": "example.ogp", "element": "p", "count": 1},
        {"code": "OBJ001", "file": "example.ogp", "element": "p.c01", "count": \(count)}
      ]}
      """.utf8)
  }

  @Test(
    "a count that is negative, zero, fractional or beyond the range names the entry in one line",
    arguments: ["-5", "0", "1.5", "1e30", "9223372036854775807", "1000000001"])
  func countsOutOfRangeAreRefused(count: String) {
    #expect {
      try Baseline.decode(Self.entry(count: count))
    } throws: { error in
      let text = String(describing: error)
      return text.hasPrefix("findings[1] (OBJ001 at 'p.c01' in 'example.ogp') has count ")
        && text.hasSuffix(", not a whole number from 1 to 1000000000") && !text.contains("\n")
    }
  }

  @Test func theLargestCountIsAccepted() throws {
    #expect(try Baseline.decode(Self.entry(count: "1000000000")).findings[1].count == 1_000_000_000)
    #expect(try Baseline.decode(Self.entry(count: "3e0")).findings[1].count == 3)
  }

  @Test func otherMistakesAreOneLineEach() {
    func message(_ text: String) -> String {
      do {
        _ = try Baseline.decode(Data(text.utf8))
        return "accepted"
      } catch {
        return error.description
      }
    }
    #expect(message("{\"version\": 1e30, \"findings\": []}") == "baseline version 1e+30 is not 1")
    #expect(message("{\"version\": 1}") == "findings is missing")
    #expect(message("[1, 2") == "it is not valid JSON")
    #expect(
      message("{\"version\": 1, \"findings\": [{\"code\": \"A\", \"file\": \"f\", \"element\": \"e\"}]}")
        == "findings[0].count is missing")
  }

  @Test("counts for one finding that add up past Int.max accept every finding, without overflow")
  func countsAddUpWithoutOverflow() {
    let entry = Baseline.Entry(code: "OBJ001", file: "example.ogp", element: "p.c01", count: .max)
    let outcome = ExampleLinter.lint(Self.plan, baseline: Baseline(findings: [entry, entry]))
    #expect(outcome.locations(of: "OBJ001").isEmpty)
  }
}
