import Foundation
import Testing

/// The real `ogp` binary against numbers written to overflow: durations of 999999999999999999
/// years, dates at the end of the calendar, sums past `Int.max`, baseline counts that are
/// negative or 1e30. Each is a coded diagnostic and exit 1 (or 2 for a broken baseline), never
/// a trap: no signal, no backtrace. Runs through `HostileInputTests`' helpers, with a time limit.
@Suite("Overflow")
struct OverflowTests {
  typealias Hostile = HostileInputTests

  static let plan = """
    actor gov government "Ministry" { branch executive; level national }
    actor cso civil_society "Network"

    plan late "Late plan" {
      member "Arcadia" national
      period 9998-01 .. 9999-12
      forum "Forum" {
        meets every 3 months
        members gov, cso
      }
      commitment c01 "Open data" {
        lead gov
        period 9998-02 .. 9999-12-31
      }
    }

    """

  /// Exit `status`, with `codes` among the diagnostics and no trace of a crash.
  static func expect(
    _ run: Hostile.Run, _ status: Int32, codes: [String], _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    Hostile.expectExit(run, status, what, sourceLocation: sourceLocation)
    for code in codes {
      #expect(
        run.errorText.contains("[\(code)]"), "\(what): no \(code) in\n\(run.errorText.prefix(2_000))",
        sourceLocation: sourceLocation)
    }
    for trace in ["Backtrac", "Fatal error", "Swift runtime failure", "Crash"] {
      #expect(!run.errorText.contains(trace), "\(what): '\(trace)'", sourceLocation: sourceLocation)
    }
  }

  // MARK: - Durations

  @Test("a duration of 999999999999999999 years in a clause is E0309, in check and lint")
  func hugeDurationInAPlan() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Hostile.write(
      Self.plan.replacingOccurrences(of: "every 3 months", with: "every 999999999999999999 years")
        + """
        strategy s "S" {
          period 2023 .. 2028
          standard cocreation "Co-creation" { minimum forum_meets_every 999999999999999999 weeks }
        }
        """, "plan.ogp", in: folder)
    for command in ["check", "lint"] {
      let run = try Hostile.ogp([command, file.path])
      Self.expect(run, 1, codes: ["E0309"], "ogp \(command)")
      #expect(run.errorText.contains("must be at most 10000"), "\(run.errorText)")
      #expect(Hostile.codes(run.errorText) == ["E0309", "E0309"], "\(run.errorText)")
    }
  }

  @Test("a duration of 999999999999999999 years in a member rule is E0309 where it is written")
  func hugeDurationInARule() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Hostile.write(
      Self.plan + """
        rule BIG01 error "Huge" {
          each commitment c
          require c.end < c.start + 999999999999999999 years
        }
        rule BIG02 error "Huger" {
          each commitment c
          require c.end + 999999999999999999 weeks + 999999999999999999 weeks > c.start
        }
        """, "rules.ogp", in: folder)
    for command in ["check", "lint", "rules"] {
      let run = try Hostile.ogp([command, file.path])
      Self.expect(run, 1, codes: ["E0309"], "ogp \(command)")
      // One error an expression: the first decides.
      #expect(Hostile.codes(run.errorText) == ["E0309", "E0309"], "\(run.errorText)")
    }
  }

  // MARK: - Dates

  @Test("a member rule's date past 9999-12-31 says it cannot be evaluated, as the rule's finding")
  func ruleDateArithmeticAtTheEndOfTheCalendar() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Hostile.write(
      Self.plan + """
        rule LATE01 error "Ends within ten thousand years" {
          each commitment c
          require c.end + 10000 years > c.start
          message "commitment {c.name} ends {c.end + 1 day}"
        }
        """, "rules.ogp", in: folder)
    let run = try Hostile.ogp(["lint", file.path])
    Self.expect(run, 1, codes: ["LATE01"], "ogp lint")
    #expect(
      run.errorText.contains(
        "LATE01 cannot be evaluated for 'late.c01': 9999-12-31 + 120000 months is after 9999-12-31"),
      "\(run.errorText)")
  }

  @Test("TIM001 with a minimum running past 9999 names the months, not a date that cannot be")
  func builtInRuleAtTheEndOfTheCalendar() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Hostile.write(Self.plan, "plan.ogp", in: folder)
    try Hostile.write(
      "[rules]\nTIM001 = \"error\"\n[thresholds]\nmin_plan_months = 10000\n", "ogp-lint.toml", in: folder)
    let run = try Hostile.ogp(["lint", file.path])
    Self.expect(run, 1, codes: ["TIM001"], "ogp lint")
    #expect(run.errorText.contains("extend the period to 10000 months"), "\(run.errorText)")
  }

  // MARK: - Queries

  static let tenTimesTheLargestLiteral = Array(repeating: "999999999999999999", count: 10)

  @Test(
    "sums and dates out of range in a query are E0313, constant or computed",
    arguments: [
      tenTimesTheLargestLiteral.joined(separator: " + "),
      "0 - " + tenTimesTheLargestLiteral.joined(separator: " - "),
      "count(commitments) + " + tenTimesTheLargestLiteral.joined(separator: " + "),
      "late.end + 1 day",
      "(late.end - 0001-01-01) + (late.end - 0001-01-01)",
      "as_of + 9999 weeks + 9999 years",
    ])
  func querySums(expression: String) throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Hostile.write(Self.plan, "plan.ogp", in: folder)
    for format in [[], ["--json"]] {
      let run = try Hostile.ogp(["query", "--as-of", "2026-06-30"] + format + [file.path, expression])
      Self.expect(run, 1, codes: ["E0313"], "ogp query '\(expression)'")
      #expect(run.standardOutput.isEmpty, "no value is printed: \(run.outputText)")
    }
  }

  @Test("days() and months() of a duration too long to convert are refused where written (E0309)")
  func queryConversions() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Hostile.write(Self.plan, "plan.ogp", in: folder)
    for expression in ["days(999999999999999999 months)", "months(999999999999999999 days)"] {
      let run = try Hostile.ogp(["query", "--as-of", "2026-06-30", file.path, expression])
      Self.expect(run, 1, codes: ["E0309"], "ogp query '\(expression)'")
    }
    let largest = try Hostile.ogp(["query", "--as-of", "2026-06-30", file.path, "days(10000 years)"])
    Self.expect(largest, 0, codes: [], "ogp query 'days(10000 years)'")
    #expect(largest.outputText == "3652425\n")
  }

  // MARK: - Baselines

  /// A baseline of the plan's OBJ001 finding (no objective advanced), with `count`.
  static func baseline(counts: [String], file: String) -> String {
    let entries = counts.map {
      #"{"code": "OBJ001", "file": "\#(file)", "element": "late.c01", "count": \#($0)}"#
    }
    return #"{"version": 1, "findings": [\#(entries.joined(separator: ", "))]}"#
  }

  @Test(
    "a baseline count that is negative, 1e30, fractional or past Int.max is refused in one line naming it",
    arguments: [["-5"], ["1e30"], ["1.5"], ["9223372036854775807", "9223372036854775807"]])
  func baselineCounts(counts: [String]) throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Hostile.write(Self.plan, "plan.ogp", in: folder)
    let baseline = try Hostile.write(
      Self.baseline(counts: counts, file: file.path), "baseline.json", in: folder)
    let run = try Hostile.ogp(["lint", "--baseline", baseline.path, file.path])
    Self.expect(run, 2, codes: [], "ogp lint --baseline with count \(counts)")
    let lines = run.errorText.split(separator: "\n")
    #expect(lines.count == 1, "\(run.errorText)")
    #expect(
      run.errorText.contains("findings[0] (OBJ001 at 'late.c01' in '\(file.path)') has count "),
      "\(run.errorText)")
    #expect(run.errorText.contains("not a whole number from 1 to 1000000000"), "\(run.errorText)")
    #expect(!run.errorText.contains("not valid JSON"))
  }
}
