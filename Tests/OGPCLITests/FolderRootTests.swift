import Foundation
import OGPTestSupport
import Testing

/// `ogp check` and `ogp lint` given a folder: every `.ogp` file below it, in byte order of their
/// paths, is a root, but a library (a file that declares no plan) is checked through the plans
/// that use it.
struct FolderRootTests {
  /// `EachRootTests.project` in `plans/` of a fresh folder, without its broken file; returns the
  /// fresh folder.
  static func project(brokenStrategy: Bool = false) throws -> URL {
    let plans = try EachRootTests.project(brokenStrategy: brokenStrategy)
    try FileManager.default.removeItem(at: plans.appendingPathComponent("broken.ogp"))
    let directory = try LintCommandTests.temporaryDirectory()
    try FileManager.default.moveItem(at: plans, to: directory.appendingPathComponent("plans"))
    return directory
  }

  static func run(_ arguments: [String], in directory: URL) throws -> OGPProcess.Output {
    try OGPProcess.run(
      arguments + ["--root", directory.path, directory.appendingPathComponent("plans").path])
  }

  @Test func twoPlansAndTheirStrategyLintCleanWithTheStrategyNoRoot() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try Self.run(["lint", "--as-of", "2025-06-01"], in: directory)
    #expect(result.status == 0, "\(result.standardError)")
    for file in ["north.ogp", "south.ogp", "strategy.ogp"] {
      #expect(EachRootTests.count(EachRootTests.marker("text", file), in: result.standardError) == 1)
    }
    // Only the three unused suppressions: the strategy is linted once, with the plans.
    #expect(result.standardError.contains("3 warnings"), "\(result.standardError)")
  }

  @Test func anErrorInTheSharedStrategyIsShownOnce() throws {
    let directory = try Self.project(brokenStrategy: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try Self.run(["check"], in: directory)
    #expect(result.status == 1)
    #expect(EachRootTests.count("error[E0305]", in: result.standardError) == 1, "\(result.standardError)")
  }

  @Test func rootsFollowTheirPathsAndExcludeDropsAFile() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let broken = "actor x nonsense \"X\"\nplan p \"P\" {\n  member \"A\" national\n}\n"
    let plans = directory.appendingPathComponent("plans")
    try FileManager.default.createDirectory(
      at: plans.appendingPathComponent("b"), withIntermediateDirectories: true)
    try LintCommandTests.write(broken, to: plans.appendingPathComponent("b/one.ogp"))
    try LintCommandTests.write(broken, to: plans.appendingPathComponent("a.ogp"))
    try LintCommandTests.write(broken, to: plans.appendingPathComponent("draft-x.ogp"))
    let result = try Self.run(["check"], in: directory)
    #expect(result.status == 1)
    let positions = ["/plans/a.ogp:", "/plans/b/one.ogp:", "/plans/draft-x.ogp:"].compactMap {
      result.standardError.range(of: $0)?.lowerBound
    }
    #expect(positions.count == 3 && positions == positions.sorted(), "\(result.standardError)")

    let excluded = try Self.run(
      ["check", "--exclude", "b/**", "--exclude", "draft-*", "--exclude", "a.ogp"], in: directory)
    #expect(excluded.status == 0, "\(excluded.standardError)")
  }

  @Test func aLinkToAFolderIsNotFollowed() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let elsewhere = directory.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try LintCommandTests.write("actor x nonsense \"X\"\n", to: elsewhere.appendingPathComponent("x.ogp"))
    try FileManager.default.createSymbolicLink(
      at: directory.appendingPathComponent("plans/linked"), withDestinationURL: elsewhere)
    let result = try Self.run(["check"], in: directory)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.standardError.contains("x.ogp"))
  }

  @Test func aLinkFoundToAFileOutOfTheRootIsRefused() throws {
    let directory = try Self.project()
    let outside = try LintCommandTests.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: directory)
      try? FileManager.default.removeItem(at: outside)
    }
    let secret = outside.appendingPathComponent("secret.ogp")
    try LintCommandTests.write("actor ghs_secret nonsense \"S\"\n", to: secret)
    try FileManager.default.createSymbolicLink(
      at: directory.appendingPathComponent("plans/leak.ogp"), withDestinationURL: secret)
    let result = try Self.run(["check"], in: directory)
    #expect(result.status == 2)
    #expect(
      result.standardError.contains("leak.ogp': it is a symbolic link that leads out of the project root"))
    #expect(!result.standardError.contains("ghs_secret"))
  }

  @Test func aFolderWithoutOGPFilesExitsTwo() throws {
    let directory = try LintCommandTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("plans/.git"), withIntermediateDirectories: true)
    try LintCommandTests.write("", to: directory.appendingPathComponent("plans/.git/hidden.ogp"))
    for command in ["check", "lint"] {
      let result = try Self.run([command], in: directory)
      #expect(result.status == 2)
      #expect(
        result.standardError.contains("it is a folder that holds no .ogp file"), "\(result.standardError)")
    }
  }

  @Test func theProjectRootIsFoundFromTheFolderNamed() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let project = directory.appendingPathComponent("plans")
    try FileManager.default.createDirectory(
      at: project.appendingPathComponent(".git"), withIntermediateDirectories: true)
    let result = try OGPProcess.run(["check", "-v", project.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("root: \(project.path)\n"), "\(result.standardError)")
  }

  @Test func aFileNamedAndFoundIsCompiledOnce() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let north = directory.appendingPathComponent("plans/north.ogp").path
    let result = try OGPProcess.run(
      [
        "lint", "--as-of", "2025-06-01", "--format", "json", "--root", directory.path, north,
        directory.appendingPathComponent("plans").path,
      ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(EachRootTests.count(EachRootTests.marker("json", "north.ogp"), in: result.standardOutput) == 1)
  }
}
