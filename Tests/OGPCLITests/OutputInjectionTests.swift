import Foundation
import Testing

/// Text a pull request controls — file names, `use` paths, titles, problem statements — must not
/// drive the terminal (escape sequences), reorder what a reader sees (bidirectional controls),
/// or become a line that a GitHub Actions runner executes as a workflow command (`::error`,
/// `::add-mask::`, `::stop-commands::`), in any output of any command.
@Suite("Output injection")
struct OutputInjectionTests {
  /// A plan whose words carry every trick: escape sequences, a right-to-left override, a NUL
  /// (as escapes, which the language allows) and workflow commands at the start of lines.
  static let hostilePlan = #"""
    actor gov government "Unit \u{1B}[2J\u{1B}]0;pwned\u{7} \u{202E}gnp.exe\u{0}"

    plan p "Plan\u{1B}[31m red \u{2066}x\u{2069}" {
      member "M" national
      period 2024-01 .. 2025-12
      commitment c1 "::add-mask::tit\u{1B}le" {
        lead    gov
        problem """
          The problem.
          ::stop-commands::abcdef
            ::error file=x.ogp,line=1::fake annotation
          \u{3000}::warning::after an ideographic space
          """
        period  2024-02 .. 2024-12
      }
    }
    """#

  static func directory() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ogp-injection-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
    return folder
  }

  /// The lines of `text` that a GitHub Actions runner would read as a command: after leading
  /// white space of any kind, `::`.
  static func workflowCommands(in text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
      .filter { $0.drop(while: \.isWhitespace).hasPrefix("::") }
  }

  /// Scalars that must never be written raw: C0 controls but tab and line breaks, DEL, C1
  /// controls and the bidirectional controls.
  static func rawControls(in text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: false
      case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }.map { String(format: "U+%04X", $0.value) }
  }

  static func expectInert(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
      workflowCommands(in: text).isEmpty, "\(what): \(workflowCommands(in: text))",
      sourceLocation: sourceLocation)
    #expect(
      rawControls(in: text).isEmpty, "\(what): \(rawControls(in: text))", sourceLocation: sourceLocation)
  }

  @Test("a file name holding a line break and '::error …' stays on its line in text diagnostics")
  func fileNameWithWorkflowCommand() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = [
      "plan\n::error file=README.md,line=1::forged annotation\n.ogp",
      "::warning::starts with a command.ogp",
      "esc\u{1B}[2Jand\u{202E}bidi.ogp",
    ]
    for name in names {
      let file = folder.appendingPathComponent(name)
      // Declared twice, and not laid out as `ogp fmt` would: every command names the file.
      try Data("actor a   government \"A\"\nactor a government \"B\"\n".utf8).write(to: file)
      for command in [["check"], ["lint"], ["fmt", "--check"]] {
        let result = try OGPProcess.run(command + [file.path])
        #expect(result.status != 0)
        Self.expectInert(result.standardError, "\(command) \(name.debugDescription)")
        Self.expectInert(result.standardOutput, "\(command) \(name.debugDescription)")
      }
    }
  }

  @Test("a hostile name in a command's own message (cannot read, cannot write, wrote) is shown inert")
  func commandMessagesShowNamesInert() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = folder.appendingPathComponent("plan.ogp")
    try Data("actor a government \"A\"\n".utf8).write(to: plan)
    let hostile = folder.appendingPathComponent("x\n::error file=a,line=1::forged\u{1B}[2J\u{202E}.ogp").path
    let directory = folder.appendingPathComponent("\n::warning::dir\u{1B}]0;t\u{7}").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let commands: [[String]] = [
      ["check", hostile], ["lint", hostile], ["fmt", hostile], ["export", "--to", "json", hostile],
      ["run", hostile], ["import", hostile], ["export", "--to", "json", plan.path, "-o", directory],
      ["report", plan.path, "--html", directory], ["lint", plan.path, "--baseline", hostile],
      ["lint", plan.path, "--config", hostile], ["check", "--root", directory + "/missing", plan.path],
    ]
    for command in commands {
      let result = try OGPProcess.run(command)
      #expect(result.status == 2, "\(command): \(result.standardError)")
      #expect(!result.standardError.isEmpty)
      Self.expectInert(result.standardError, "\(command)")
    }
  }

  @Test("a 'use' path with escape sequences, bidi controls and '::' is shown inert")
  func usePathIsShownInert() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("plan.ogp")
    try Data(#"use "\u{1B}[31mred\u{202E}x\n::error::forged.ogp""#.utf8 + [0x0A]).write(to: file)
    let result = try OGPProcess.run(["check", file.path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[E0"))
    Self.expectInert(result.standardError, "check")
  }

  @Test(
    "exports and the report carry no raw control characters and no workflow command",
    arguments: [
      ["export", "--to", "markdown"], ["export", "--to", "csv"], ["export", "--to", "yaml"],
      ["export", "--to", "json"], ["export", "--to", "jsonl"], ["report"],
    ])
  func exportsAreInert(_ command: [String]) throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("plan.ogp")
    try Data(Self.hostilePlan.utf8).write(to: file)
    var arguments = command
    if command.first == "report" {
      arguments = ["report", file.path, "--html", folder.appendingPathComponent("report.html").path]
    } else {
      arguments.append(file.path)
    }
    let result = try OGPProcess.run(arguments)
    #expect(result.status == 0, "\(result.standardError)")
    var output = result.standardOutput
    if command.first == "report" {
      output = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
    }
    #expect(output.contains("add-mask"), "the text itself is kept")
    Self.expectInert(output, command.joined(separator: " "))
  }

  @Test(
    "every CSV table carries no raw control characters and no workflow command",
    arguments: ["commitments", "milestones", "plans", "actors", "findings"])
  func tablesAreInert(_ table: String) throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("plan.ogp")
    try Data(Self.hostilePlan.utf8).write(to: file)
    let result = try OGPProcess.run(
      ["export", "--to", "csv", "--table", table, "--as-of", "2025-06-01", file.path])
    #expect(result.status == 0, "\(result.standardError)")
    if table != "milestones" {
      #expect(result.standardOutput.split(separator: "\r\n").count > 1, "a header and rows")
    }
    Self.expectInert(result.standardOutput, table)
  }

  @Test("the JSON export keeps the exact text, escaped")
  func jsonKeepsTheText() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("plan.ogp")
    try Data(Self.hostilePlan.utf8).write(to: file)
    let result = try OGPProcess.run(["export", "--to", "json", file.path])
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    let actors = try #require(object?["actors"] as? [[String: Any]])
    #expect(actors.first?["title"] as? String == "Unit \u{1B}[2J\u{1B}]0;pwned\u{7} \u{202E}gnp.exe\u{0}")
  }

  @Test(
    "query and the REPL show plan text without workflow commands or controls",
    arguments: [
      "c1.title", "c1.problem", "commitments", "commitments.problem", "actors.title",
    ])
  func queryIsInert(_ expression: String) throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("plan.ogp")
    try Data(Self.hostilePlan.utf8).write(to: file)
    let result = try OGPProcess.run(["query", file.path, expression])
    #expect(result.status == 0, "\(result.standardError)")
    Self.expectInert(result.standardOutput, expression)

    let script = folder.appendingPathComponent("script.ogpx")
    try Data(":load \(file.path)\n\(expression)\n:show c1\n".utf8).write(to: script)
    let run = try OGPProcess.run(["run", script.path])
    Self.expectInert(run.standardOutput, "run: \(expression)")
    Self.expectInert(run.standardError, "run: \(expression)")
  }
}
