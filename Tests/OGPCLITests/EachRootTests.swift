import Foundation
import OGPTestSupport
import Testing

/// `ogp check` and `ogp lint` with several files: each FILE is its own program with what it
/// uses, so two plans may reuse an actor id; a strategy both use is read once and its findings
/// shown once.
struct EachRootTests {
  /// Two copies of the clean local plan, each declaring `odn`, using `strategy.ogp` (which uses
  /// `standards.ogp`, the repository's standards file, as the example strategy does); every file
  /// starts with a suppression that silences nothing (LNT001), so each file's findings show.
  static func project(brokenStrategy: Bool = false) throws -> URL {
    let directory = try LintCommandTests.temporaryDirectory()
    let unused = "// ogp:disable-next-line OBJ001\n"
    let plan =
      try String(contentsOf: Repository.url("examples/plans/valle-2025.ogp"), encoding: .utf8)
      .replacingOccurrences(of: "use \"../strategy/ogp-2023-2028.ogp\"", with: "use \"strategy.ogp\"")
      + "actor odn civil_society \"Open Data Network\"\n"
    var strategy = try String(
      contentsOf: Repository.url("examples/strategy/ogp-2023-2028.ogp"), encoding: .utf8
    )
    .replacingOccurrences(of: "use \"../standards/ogp-standards.ogp\"", with: "use \"standards.ogp\"")
    try LintCommandTests.write(
      String(contentsOf: Repository.url("examples/standards/ogp-standards.ogp"), encoding: .utf8),
      to: directory.appendingPathComponent("standards.ogp"))
    if brokenStrategy { strategy += "actor broken nonsense \"Broken\"\n" }
    try LintCommandTests.write(unused + strategy, to: directory.appendingPathComponent("strategy.ogp"))
    for name in ["north.ogp", "south.ogp"] {
      try LintCommandTests.write(unused + plan, to: directory.appendingPathComponent(name))
    }
    try LintCommandTests.write("actor x nonsense \"X\"\n", to: directory.appendingPathComponent("broken.ogp"))
    return directory
  }

  static func paths(_ names: String..., in directory: URL) -> [String] {
    names.map { directory.appendingPathComponent($0).path }
  }

  static func count(_ marker: String, in text: String) -> Int {
    text.components(separatedBy: marker).count - 1
  }

  @Test func twoPlansReusingAnActorCheckCleanTogether() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    for files in [["north.ogp"], ["south.ogp"], ["north.ogp", "south.ogp"]] {
      let result = try OGPProcess.run(["check"] + files.map { directory.appendingPathComponent($0).path })
      #expect(result.status == 0, "\(files): \(result.standardError)")
      #expect(result.standardError.isEmpty)
    }
  }

  /// What marks the LNT001 finding at the top of `file` in each format; paths are shown
  /// relative to the working directory or absolute, so only their last part is matched.
  static func marker(_ format: String, _ file: String) -> String {
    switch format {
    case "json": "/\(file)\","
    case "sarif": "/\(file):1\""
    case "github": "/\(file),line=1,"
    case "junit": "/\(file):1:1\" classname"
    default: "/\(file):1:1: warning[LNT001]"
    }
  }

  @Test(arguments: ["text", "json", "sarif", "github", "junit"])
  func twoPlansReusingAnActorLintTogether(format: String) throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try OGPProcess.run(
      ["lint", "--as-of", "2025-06-01", "--format", format]
        + Self.paths("north.ogp", "south.ogp", in: directory))
    // Status 0: no errors, so no E0205 for the actor both declare.
    #expect(result.status == 0, "\(result.standardError)")
    let output = format == "text" ? result.standardError : result.standardOutput
    for file in ["north.ogp", "south.ogp", "strategy.ogp"] {
      let shown = Self.count(Self.marker(format, file), in: output)
      #expect(shown == 1, "\(file) in \(format):\n\(output)")
    }
  }

  @Test func brokenFileGivesItsErrorsWhileTheOthersAreLinted() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try OGPProcess.run(
      ["lint", "--as-of", "2025-06-01"] + Self.paths("north.ogp", "broken.ogp", "south.ogp", in: directory))
    #expect(result.status == 1)
    #expect(result.standardError.contains("/broken.ogp:1:9: error[E0305]"))
    for file in ["north.ogp", "south.ogp", "strategy.ogp"] {
      #expect(
        Self.count(Self.marker("text", file), in: result.standardError)
          == 1)
    }
    #expect(result.standardError.contains("1 error, 3 warnings"))
  }

  @Test func errorInASharedFileIsShownOnce() throws {
    let directory = try Self.project(brokenStrategy: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try OGPProcess.run(["check"] + Self.paths("north.ogp", "south.ogp", in: directory))
    #expect(result.status == 1)
    #expect(Self.count("error[E0305]", in: result.standardError) == 1, "\(result.standardError)")
    #expect(result.standardError.contains("1 error"))
  }

  @Test func maxWarningsAndBaselinesTakeEveryRootTogether() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plans = Self.paths("north.ogp", "south.ogp", in: directory)
    let lint = ["lint", "--as-of", "2025-06-01"]
    let over = try OGPProcess.run(lint + ["--max-warnings", "2"] + plans)
    #expect(over.status == 1)
    #expect(over.standardError.contains("3 warnings, more than --max-warnings 2"))

    let baseline = directory.appendingPathComponent("baseline.json").path
    let written = try OGPProcess.run(lint + ["--write-baseline", baseline] + plans)
    #expect(written.status == 0)
    #expect(written.standardError.contains("wrote 3 findings"))
    let accepted = try OGPProcess.run(lint + ["--baseline", baseline, "--max-warnings", "0"] + plans)
    #expect(accepted.status == 0, "\(accepted.standardError)")
    #expect(accepted.standardError.contains("3 more accepted by the baseline"))
  }
}
