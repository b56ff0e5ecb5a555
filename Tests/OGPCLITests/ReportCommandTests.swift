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

  @Test func unreadableInputExitsTwoAndTheOthersAreReported() throws {
    let folder = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html")
    let result = try OGPProcess.run(["report", "no/such/plan.ogp", Self.arcadia, "--html", output.path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("cannot read 'no/such/plan.ogp'"))
    let page = try String(contentsOf: output, encoding: .utf8)
    #expect(page.components(separatedBy: "<tr data-commitment=").count - 1 == 9)
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

  // MARK: Several FILEs, each its own program

  /// `EachRootTests.project`'s two plans (each declaring actor `odn`) and its broken file.
  static func run(_ names: [String], html: String, in directory: URL) throws -> OGPProcess.Output {
    try OGPProcess.run(
      ["report", "--as-of", "2025-06-01"] + names.map { directory.appendingPathComponent($0).path }
        + ["--html", html])
  }

  static func count(_ marker: String, in page: String) -> Int {
    page.components(separatedBy: marker).count - 1
  }

  @Test func twoPlansReusingAnActorMakeOnePageWithASectionEach() throws {
    let directory = try EachRootTests.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("report.html")
    let result = try Self.run(["north.ogp", "south.ogp"], html: output.path, in: directory)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError == "ogp: wrote \(output.path)\n")
    let page = try String(contentsOf: output, encoding: .utf8)
    #expect(Self.count("<section class=\"root\"", in: page) == 2)
    #expect(Self.count("<article class=\"plan\"", in: page) == 2)
    let north = try #require(page.range(of: "north.ogp\" aria-labelledby"))
    let south = try #require(page.range(of: "south.ogp\" aria-labelledby"))
    #expect(north.lowerBound < south.lowerBound, "sections in the order of the FILEs")
    #expect(page.contains("<nav aria-label=\"Contents\">"))
  }

  @Test func aFolderGetsOnePagePerFile() throws {
    let directory = try EachRootTests.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let pages = directory.appendingPathComponent("site")
    let result = try Self.run(["north.ogp", "south.ogp"], html: pages.path + "/", in: directory)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: pages.path).sorted() == [
        "north.html", "south.html",
      ])
    for name in ["north.html", "south.html"] {
      let page = try String(contentsOf: pages.appendingPathComponent(name), encoding: .utf8)
      #expect(Self.count("<article class=\"plan\"", in: page) == 1)
      #expect(!page.contains("<section class=\"root\""), "a page of one file needs no file sections")
      #expect(result.standardError.contains("ogp: wrote \(pages.path)/\(name)\n"))
    }
  }

  @Test func aFolderNamedWithoutASlashIsRefused() throws {
    let directory = try EachRootTests.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try Self.run(["north.ogp"], html: directory.path, in: directory)
    #expect(result.status == 2)
    #expect(result.standardError.contains("is a folder; to write one page per FILE into it, end it with '/'"))
  }

  @Test(arguments: [false, true])
  func aBrokenFileIsLeftOutAndTheOthersAreReported(intoFolder: Bool) throws {
    let directory = try EachRootTests.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output =
      directory.appendingPathComponent(intoFolder ? "site" : "report.html").path + (intoFolder ? "/" : "")
    let result = try Self.run(["north.ogp", "broken.ogp", "south.ogp"], html: output, in: directory)
    #expect(result.status == 1)
    #expect(result.standardError.contains("/broken.ogp:1:9: error[E0305]"))
    #expect(
      result.standardError.contains(
        "the files with errors above were left out of the report; fix them to include them"))
    if intoFolder {
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: output).sorted() == ["north.html", "south.html"])
    } else {
      let page = try String(contentsOf: URL(fileURLWithPath: output), encoding: .utf8)
      #expect(Self.count("<section class=\"root\"", in: page) == 2)
      #expect(!page.contains("broken.ogp"))
    }
  }

  @Test func hostileRootNamesCannotWriteOutsideTheFolder() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plan = "plan p \"P\" {\n  member \"X\" national\n  period 2024 .. 2025\n}\n"
    let names = ["..ogp", "-rf.ogp", "a b;$(x).ogp", "one/plan.ogp", "two/plan.ogp", "victim.ogp"]
    for name in names {
      let url = directory.appendingPathComponent("plans/" + name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(plan.utf8).write(to: url)
    }
    // A pull request left a link where a page will go, to a file of the runner's.
    let site = directory.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: false)
    let secret = directory.appendingPathComponent("secret")
    try Data("keep".utf8).write(to: secret)
    try FileManager.default.createSymbolicLink(
      atPath: site.appendingPathComponent("victim.html").path, withDestinationPath: secret.path)

    let result = try OGPProcess.run(
      [
        "report", "--root", directory.path, directory.appendingPathComponent("plans").path, "--html",
        site.path + "/",
      ])
    #expect(result.status == 2, "the link is refused")
    #expect(result.standardError.contains("victim.html' is a symbolic link"), "\(result.standardError)")
    #expect(try String(contentsOf: secret, encoding: .utf8) == "keep")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        == ["a-b---x.html", "plan-2.html", "plan-3.html", "plan.html", "rf.html", "victim.html"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "plans", "secret", "site",
      ])
  }
}
