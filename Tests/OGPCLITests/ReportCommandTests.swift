import Foundation
import Testing

/// `ogp report`: the page is written, or nothing is and the exit status says why.
struct ReportCommandTests {
  static let arcadia = "examples/plans/arcadia-2024.ogp"

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ogp-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func writesThePageAndSaysWhere() throws {
    let folder = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html")
    let result = try OGPProcess.run(["report", Self.arcadia, "--html", output.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError == "ogp: wrote \(output.path)\n")
    #expect(result.standardOutput.isEmpty)
    let page = try String(contentsOf: output, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.components(separatedBy: "<tr data-commitment=").count - 1 == 9)
    // The examples' ogp-lint.toml sets the as-of date, so the page does not change with the calendar.
    #expect(page.contains("data-as-of=\"2026-06-30\""))
  }

  @Test func dashWritesToStandardOutput() throws {
    let result = try OGPProcess.run(["report", "--as-of", "2025-03", Self.arcadia, "--html", "-"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>"))
    #expect(result.standardOutput.hasSuffix("</html>\n"))
    #expect(result.standardOutput.contains("data-as-of=\"2025-03-01\""))
    #expect(result.standardError.isEmpty)
  }

  @Test func sameInputGivesTheSameBytes() throws {
    let first = try OGPProcess.run(["report", Self.arcadia, "--html", "-"])
    let second = try OGPProcess.run(["report", Self.arcadia, "--html", "-"])
    #expect(first.standardOutput == second.standardOutput)
  }

  @Test func checkerErrorsExitOneAndWriteNothing() throws {
    let folder = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html")
    let result = try OGPProcess.run([
      "report", "examples/errors/unknown-objective.ogp", "--html", output.path,
    ])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[E0208]"))
    #expect(result.standardError.contains("no report was written"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func unreadableInputExitsTwo() throws {
    let folder = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html")
    let result = try OGPProcess.run(["report", "no/such/plan.ogp", Self.arcadia, "--html", output.path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("cannot read 'no/such/plan.ogp'"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func unwritableOutputExitsTwo() throws {
    let folder = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("missing/report.html")
    let result = try OGPProcess.run(["report", Self.arcadia, "--html", output.path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("error: cannot write '\(output.path)'"))
  }

  @Test func readOnlyOutputIsLeftAlone() throws {
    let folder = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html")
    try Data("old".utf8).write(to: output)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: output.path)
    let result = try OGPProcess.run(["report", Self.arcadia, "--html", output.path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("read-only"))
    #expect(try String(contentsOf: output, encoding: .utf8) == "old")
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try OGPProcess.run(["report", Self.arcadia]).status == 2, "--html is required")
    let badDate = try OGPProcess.run(["report", Self.arcadia, "--html", "-", "--as-of", "June"])
    #expect(badDate.status == 2)
    #expect(badDate.standardError.contains("--as-of takes a date"))
  }
}
