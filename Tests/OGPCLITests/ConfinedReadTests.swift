import Foundation
import Testing

/// The real `ogp` binary on a project whose files are hostile: `use` and `ogp-lint.toml` try to
/// reach secrets outside the project root (or in `.git`), and a configuration above the
/// repository tries to turn rules off. Nothing of a secret may appear in any output format.
@Suite("Confined reads")
struct ConfinedReadTests {
  /// `base/repo` holds `.git` (the project root) and `plans/`; `base/secret` is beside the
  /// repository, outside the root.
  struct Project {
    let base: URL
    var repo: URL { base.appendingPathComponent("repo") }

    /// Words that appear only in the secrets, never in what ogp may print.
    static let secrets = ["ghs_outsideSecret", "ghs_gitHeaderSecret", "ghs_configSecret"]

    init(_ name: String = #function) throws {
      base = try HostileInputTests.directory("confined" + name)
      try write("[http]\n\textraheader = AUTHORIZATION: basic ghs_gitHeaderSecret\n", "repo/.git/config")
      // Written like a plan, so that any excerpt or quoted word of it would show the secret.
      try write(
        "actor ghs_outsideSecret government \"ghs_outsideSecret\"\nghs_outsideSecret\n", "secret/token.ogp")
      try write("[rules]\nghs_configSecret = \"off\"\n", "secret/ogp-lint.toml")
    }

    @discardableResult
    func write(_ text: String, _ path: String) throws -> URL {
      let url = base.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return url
    }

    func link(_ path: String, to target: String) throws {
      try FileManager.default.createDirectory(
        at: base.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(
        atPath: base.appendingPathComponent(path).path, withDestinationPath: target)
    }

    func path(_ relative: String) -> String { base.appendingPathComponent(relative).path }

    func remove() { try? FileManager.default.removeItem(at: base) }
  }

  /// A plan that checks clean and has lint findings as of 2026-06-30.
  static let plan = """
    actor gov government "Ministry" { branch executive; level national }
    plan p "Plan" {
      member "Arcadia" national
      period 2024-09 .. 2026-08
      commitment c1 "Open budgets" { lead gov }
    }

    """

  /// Every lint output of `arguments`: text (standard error), then JSON, SARIF and GitHub
  /// (standard output, with standard error).
  static func lintOutputs(_ arguments: [String]) throws -> [String] {
    try ["text", "json", "sarif", "github"].map { format in
      let run = try HostileInputTests.ogp(["lint", "--format", format, "--as-of", "2026-06-30"] + arguments)
      #expect(!run.timedOut, "ogp lint --format \(format) timed out")
      return run.outputText + run.errorText
    }
  }

  static func expectNoSecret(_ outputs: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    for output in outputs {
      for secret in Project.secrets {
        #expect(!output.contains(secret), "\(secret) shown:\n\(output)", sourceLocation: sourceLocation)
      }
    }
  }

  // MARK: - 'use'

  @Test("'use \"../…\"' out of the root is E0213, in every format, and the file is never shown")
  func parentOutsideRoot() throws {
    let project = try Project()
    defer { project.remove() }
    let plan = try project.write("use \"../../secret/token.ogp\"\n" + Self.plan, "repo/plans/p.ogp")
    let check = try HostileInputTests.ogp(["check", plan.path])
    HostileInputTests.expectExit(check, 1, "ogp check")
    #expect(HostileInputTests.codes(check.errorText) == ["E0213"], "\(check.errorText)")
    #expect(check.errorText.contains("is outside the project root"))
    let outputs = try Self.lintOutputs([plan.path])
    #expect(outputs.allSatisfy { $0.contains("E0213") })
    Self.expectNoSecret([check.errorText] + outputs)
  }

  @Test("an absolute 'use' path out of the root is E0213, also for a file that does not exist")
  func absoluteOutsideRoot() throws {
    let project = try Project()
    defer { project.remove() }
    let plan = try project.write(
      "use \"\(project.path("secret/token.ogp"))\"\nuse \"/etc/passwd\"\nuse \"\(project.path("secret/none.ogp"))\"\n"
        + Self.plan, "repo/plans/p.ogp")
    let check = try HostileInputTests.ogp(["check", plan.path])
    HostileInputTests.expectExit(check, 1, "ogp check")
    // A missing file outside is refused like any other: the error does not say what exists there.
    #expect(HostileInputTests.codes(check.errorText) == ["E0213", "E0213", "E0213"], "\(check.errorText)")
    let outputs = try Self.lintOutputs([plan.path])
    Self.expectNoSecret([check.errorText] + outputs)
    #expect(!(outputs + [check.errorText]).contains { $0.contains("root:x:0:0") })
  }

  @Test("a symbolic link in the project to a file outside is E0213; the file is never shown")
  func symbolicLinkOutsideRoot() throws {
    let project = try Project()
    defer { project.remove() }
    try project.link("repo/plans/shared.ogp", to: "../../secret/token.ogp")
    try project.link("repo/plans/dangling.ogp", to: "../../secret/none.ogp")
    let plan = try project.write("use \"shared.ogp\"\nuse \"dangling.ogp\"\n" + Self.plan, "repo/plans/p.ogp")
    let check = try HostileInputTests.ogp(["check", plan.path])
    HostileInputTests.expectExit(check, 1, "ogp check")
    #expect(HostileInputTests.codes(check.errorText) == ["E0213", "E0213"], "\(check.errorText)")
    #expect(check.errorText.contains("through a symbolic link"))
    Self.expectNoSecret([check.errorText] + (try Self.lintOutputs([plan.path])))
  }

  @Test("'.git/config', by path or through a link named .ogp, is E0214 and never shown in any format")
  func gitConfigNeverShown() throws {
    let project = try Project()
    defer { project.remove() }
    try project.link("repo/plans/settings.ogp", to: "../.git/config")
    let plan = try project.write(
      "use \"../.git/config\"\nuse \"settings.ogp\"\n" + Self.plan, "repo/plans/p.ogp")
    let check = try HostileInputTests.ogp(["check", plan.path])
    HostileInputTests.expectExit(check, 1, "ogp check")
    #expect(HostileInputTests.codes(check.errorText) == ["E0214", "E0214"], "\(check.errorText)")
    let outputs = try Self.lintOutputs([plan.path])
    #expect(outputs.allSatisfy { $0.contains("E0214") })
    Self.expectNoSecret([check.errorText] + outputs)
    #expect(!(outputs + [check.errorText]).contains { $0.contains("AUTHORIZATION") })
  }

  @Test("a used file that is not text is E0214 in every format, never excerpted nor quoted")
  func binaryUseNeverShown() throws {
    let project = try Project()
    defer { project.remove() }
    let bytes: [UInt8] =
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("\nghs_outsideSecret\n".utf8)
    let image = project.base.appendingPathComponent("repo/plans/image.ogp")
    try FileManager.default.createDirectory(
      at: image.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: image)
    let plan = try project.write("use \"image.ogp\"\n" + Self.plan, "repo/plans/p.ogp")
    let check = try HostileInputTests.ogp(["check", plan.path])
    #expect(HostileInputTests.codes(check.errorText) == ["E0214"], "\(check.errorText)")
    Self.expectNoSecret([check.errorText] + (try Self.lintOutputs([plan.path])))
  }

  @Test("a link planted among the files a glob names is refused (exit 2), never read")
  func commandLineLinkOutsideRoot() throws {
    let project = try Project()
    defer { project.remove() }
    let plan = try project.write(Self.plan, "repo/plans/a.ogp")
    try project.link("repo/plans/b.ogp", to: "../../secret/token.ogp")
    try project.link("repo/plans/c.ogp", to: "../.git/config")
    for command in ["check", "fmt", "lint"] {
      let run = try HostileInputTests.ogp([command, plan.path, project.path("repo/plans/b.ogp")])
      HostileInputTests.expectExit(run, 2, "ogp \(command) with a link out of the root")
      #expect(run.errorText.contains("leads out of the project root"), "\(run.errorText)")
      let git = try HostileInputTests.ogp([command, plan.path, project.path("repo/plans/c.ogp")])
      HostileInputTests.expectExit(git, 2, "ogp \(command) with a link to .git/config")
      Self.expectNoSecret([run.outputText, run.errorText, git.outputText, git.errorText])
    }
  }

  // MARK: - Configuration

  @Test("an ogp-lint.toml linked to a file outside the root is E0507 (exit 2); its content is never shown")
  func linkedConfigurationRefused() throws {
    let project = try Project()
    defer { project.remove() }
    let plan = try project.write(Self.plan, "repo/plans/p.ogp")
    try project.link("repo/ogp-lint.toml", to: "../secret/ogp-lint.toml")
    for format in ["text", "json", "sarif", "github"] {
      let run = try HostileInputTests.ogp(["lint", "--format", format, plan.path])
      HostileInputTests.expectExit(run, 2, "ogp lint --format \(format)")
      #expect(HostileInputTests.codes(run.errorText) == ["E0507"], "\(run.errorText)")
      Self.expectNoSecret([run.outputText, run.errorText])
    }
  }

  @Test("an ogp-lint.toml above the root is ignored; the one in use is named by -v, JSON and SARIF")
  func configurationAboveRootIgnored() throws {
    let project = try Project()
    defer { project.remove() }
    let plan = try project.write(Self.plan, "repo/plans/p.ogp")
    let arguments = ["lint", "--as-of", "2026-06-30", "--format", "json", plan.path]
    let before = try HostileInputTests.ogp(arguments)
    let codes = Set(before.outputText.matches(of: /"code": "([A-Z]+\d+)"/).map { String($0.1) })
    #expect(!codes.isEmpty, "\(before.outputText)")
    // Above the repository, where another job or user may write: it would turn every finding off.
    try project.write(
      "[rules]\n" + codes.sorted().map { "\($0) = \"off\"\n" }.joined(), "ogp-lint.toml")
    let after = try HostileInputTests.ogp(arguments + ["-v"])
    #expect(after.outputText == before.outputText)
    #expect(after.errorText.contains("configuration: none\n"), "\(after.errorText)")
    #expect(after.errorText.contains("root: \(project.repo.path)\n"), "\(after.errorText)")
    #expect(after.outputText.contains("\"configuration\": null"), "\(after.outputText)")

    try project.write("[thresholds]\nmin_commitments = 1\n", "repo/ogp-lint.toml")
    let used = try HostileInputTests.ogp(arguments + ["--verbose"])
    let sarif = try HostileInputTests.ogp(["lint", "--format", "sarif", plan.path])
    let json = try #require(JSONSerialization.jsonObject(with: used.standardOutput) as? [String: Any])
    let log = try #require(JSONSerialization.jsonObject(with: sarif.standardOutput) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let named = [
      json["configuration"] as? String,
      (run["properties"] as? [String: Any])?["configuration"] as? String,
      used.errorText.split(separator: "\n").first { $0.hasPrefix("configuration: ") }
        .map { String($0.dropFirst("configuration: ".count)) },
    ]
    // Each is the path as shown, relative to the working directory (the repository's root).
    for path in named {
      let resolved = path.map {
        URL(fileURLWithPath: $0, relativeTo: Repository.root).standardizedFileURL.path
      }
      #expect(resolved == project.path("repo/ogp-lint.toml"), "\(named)")
    }
  }

  // MARK: - --root

  @Test("--root widens the root to reach a file beside the repository, and narrows it to refuse one")
  func rootOption() throws {
    let project = try Project()
    defer { project.remove() }
    try project.write("actor shared government \"Shared\"\n", "shared/actors.ogp")
    try project.write("actor near government \"Near\"\n", "repo/shared/near.ogp")
    let plan = try project.write(
      "use \"../../shared/actors.ogp\"\nuse \"../shared/near.ogp\"\n" + Self.plan, "repo/plans/p.ogp")
    let found = try HostileInputTests.ogp(["check", plan.path])
    #expect(HostileInputTests.codes(found.errorText) == ["E0213"], "\(found.errorText)")
    let wide = try HostileInputTests.ogp(["check", "--root", project.base.path, plan.path])
    HostileInputTests.expectExit(wide, 0, "ogp check --root BASE")
    let narrow = try HostileInputTests.ogp(["check", "--root", project.path("repo/plans"), plan.path])
    #expect(HostileInputTests.codes(narrow.errorText) == ["E0213", "E0213"], "\(narrow.errorText)")
    let missing = try HostileInputTests.ogp(["check", "--root", project.path("nowhere"), plan.path])
    HostileInputTests.expectExit(missing, 2, "ogp check --root of a missing folder")
  }
}
