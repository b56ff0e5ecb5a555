import Foundation
import OGPDiagnostics
import OGPInterchange
import OGPModel
import OGPTestSupport
import Testing

/// The tables of `ogp export --to csv --table` and the lines of `--to jsonl`, over several
/// programs that share ids: rows are told apart by `file`, and join on it.
@Suite("CSV tables and JSON Lines")
struct CSVTableTests {
  /// The national example twice, as two roots: the same plan, commitment and actor ids in each.
  static func twoRoots() throws -> [ExportedProgram] {
    let program = try Examples.program(Examples.nationalPlan)
    return [
      ExportedProgram(file: "a.ogp", program: program), ExportedProgram(file: "b.ogp", program: program),
    ]
  }

  @Test func namesAreListedOnceFromTheEnumerations() {
    #expect(
      CSVTable.names(joinedBy: "or") == "commitments, milestones, assessments, plans, irm, actors or findings"
    )
    #expect(ExportFormat.names(joinedBy: "and") == "json, yaml, csv, jsonl and markdown")
  }

  @Test("every table starts with its header and has a file and a plan column", arguments: CSVTable.allCases)
  func header(table: CSVTable) throws {
    let rows = try PythonCSV.rows(CSVExporter.export(table, of: try Self.twoRoots()))
    #expect(rows.first == table.columns)
    #expect(table.columns.first == "file" && table.columns.contains("plan"))
    #expect(rows.allSatisfy { $0.count == table.columns.count })
  }

  /// The README lists every table's columns; they are the ones the export writes.
  @Test("the README lists each table's columns", arguments: CSVTable.allCases)
  func readmeListsTheColumns(table: CSVTable) throws {
    let readme = try String(contentsOf: Examples.root.appendingPathComponent("README.md"), encoding: .utf8)
    let row = readme.split(separator: "\n").first { $0.hasPrefix("| `\(table.rawValue)`") }
    #expect(
      row?.contains("| `" + table.columns.joined(separator: " ") + "` |") == true,
      "\(String(describing: row))")
  }

  @Test func milestonesJoinTheirCommitmentsWithinTheirFile() throws {
    let roots = try Self.twoRoots()
    let commitments = try PythonCSV.rows(CSVExporter.export(.commitments, of: roots))
    let milestones = try PythonCSV.rows(CSVExporter.export(.milestones, of: roots))
    let commitmentKeys = commitments.dropFirst().map { [$0[0], $0[3], $0[4]] }
    #expect(Set(commitmentKeys).count == commitmentKeys.count, "file, plan and id are unique")
    let plan = roots[0].program.plans[0]
    #expect(commitmentKeys.count == 2 * plan.commitments.count)
    let milestoneCount = plan.commitments.reduce(0) { $0 + $1.milestones.count }
    try #require(milestones.count == 1 + 2 * milestoneCount)
    for row in milestones.dropFirst() {
      #expect(commitmentKeys.contains([row[0], row[1], row[2]]), "\(row)")
    }
    let responsible = try #require(milestones[0].firstIndex(of: "responsible"))
    #expect(milestones[1][responsible] == "finance;odn" && milestones[2][responsible] == "")
    #expect(
      Array(milestones[1].prefix(9)) == [
        "a.ogp", "arcadia_nap3", "c01", "m1", "Data model agreed with the forum", "2024-10", "2025-03",
        "2024-10-01", "2025-03-31",
      ])
  }

  @Test func assessmentsAreARowPerReportJoiningTheirCommitment() throws {
    let rows = try PythonCSV.rows(CSVExporter.export(.assessments, of: try Self.twoRoots()))
    let plan = try Self.twoRoots()[0].program.plans[0]
    let count = plan.commitments.reduce(0) { $0 + $1.assessments.count }
    try #require(count >= 2 && rows.count == 1 + 2 * count)
    let header = rows[0]
    let first = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
    let second = Dictionary(uniqueKeysWithValues: zip(header, rows[2]))
    #expect(first["file"] == "a.ogp" && first["commitment"] == "c01" && second["commitment"] == "c01")
    #expect(first["report"] == "action_plan_review" && second["report"] == "midterm_review")
    #expect(first["published_start_date"] == "2024-12-01" && first["published_end_date"] == "2024-12-31")
    #expect(first["relevance"] == "access_to_information;public_accountability")
    #expect(first["promising"] == "yes" && first["completion"] == "" && first["starred"] == "")
    #expect(second["completion"] == "limited" && second["early_results"] == "marginal")
  }

  @Test func plansWriteTheirPeriodAndSubmissionAsDays() throws {
    let rows = try PythonCSV.rows(CSVExporter.export(.plans, of: try Self.twoRoots()))
    try #require(rows.count == 3)
    let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[2]))
    #expect(row["file"] == "b.ogp" && row["plan"] == "arcadia_nap3")
    #expect(row["start_date"] == "2024-09-01" && row["end_date"] == "2028-08-31")
    #expect(row["submitted"] == "2024-08-30" && row["submitted_start_date"] == "2024-08-30")
    #expect(row["standards"] == "ogp_2022" && row["monitoring_body"] == "")
  }

  @Test func irmReportsOnAPlanAreARowEachWithTheRequirementsListed() throws {
    let rows = try PythonCSV.rows(CSVExporter.export(.irm, of: try Self.twoRoots()))
    let plan = try Self.twoRoots()[0].program.plans[0]
    try #require(!plan.irm.isEmpty && rows.count == 1 + 2 * plan.irm.count)
    let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
    #expect(row["file"] == "a.ogp" && row["plan"] == "arcadia_nap3" && row["report"] == "action_plan_review")
    #expect(row["published_start_date"] == "2024-12-01" && row["published_end_date"] == "2024-12-31")
    #expect(row["met"] == "mr_1_1;mr_2_1;mr_2_2;mr_4_1" && row["not_met"] == "mr_3_1")
    #expect(row["contrary_to_process"] == "no" && row["public_influence"] == "")
  }

  @Test func actorsAreListedWithEachPlanOrWithNoneInAProgramWithout() throws {
    let plan = try Examples.program(Examples.nationalPlan)
    let strategy = Program(actors: [Actor(id: "unit", title: "Unit", kind: .government)])
    let rows = try PythonCSV.rows(
      CSVExporter.export(
        .actors,
        of: [
          ExportedProgram(file: "plan.ogp", program: plan), ExportedProgram(file: "s.ogp", program: strategy),
        ]))
    #expect(rows.count == 1 + plan.actors.count + 1)
    #expect(rows.dropFirst().dropLast().allSatisfy { $0[0] == "plan.ogp" && $0[1] == "arcadia_nap3" })
    #expect(rows.last == ["s.ogp", "", "unit", "Unit", "government", "", ""])
  }

  @Test func findingsAreWrittenAsGiven() throws {
    let finding = ExportedFinding(
      file: "a.ogp", plan: "p", line: 3, column: 7, code: "MIL001", severity: .warning,
      element: "p.c1#period",
      message: "=the period, \"quoted\"")
    let rows = try PythonCSV.rows(CSVExporter.export(.findings, of: [], findings: [finding]))
    #expect(
      rows == [
        CSVTable.findings.columns,
        ["a.ogp", "p", "3", "7", "MIL001", "warning", "p.c1#period", "'=the period, \"quoted\""],
      ])
  }

  @Test func jsonLinesHoldOneProgramPerLineWithItsFile() throws {
    let roots = try Self.twoRoots()
    let text = try JSONLinesExporter.export(roots)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3 && lines.last == "", "a line per program, each ending in a newline")
    for (line, root) in zip(lines, roots) {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["file"] as? String == root.file)
      #expect(try ProgramJSON.decode(Data(line.utf8)) == root.program)
    }
  }
}
