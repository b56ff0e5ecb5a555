import Foundation
import Testing

/// Member rules (`rule` declarations) through the command line: `ogp lint` runs them beside the
/// built-in rules, with configuration, suppressions and the machine formats; `ogp rules` lists
/// them and `ogp explain` explains them, from the files that declare them.
struct UserRuleCommandTests {
  static let policy = "examples/rules/forum-policy.ogp"

  /// A plan that uses the example policy; `extra` goes inside the plan's block. Written in a
  /// temporary folder, it uses a file of the repository, so its runs name a root that holds both
  /// (`--root /`).
  static func plan(_ extra: String = "", before: String = "") -> String {
    """
    use "\(Repository.url(policy).path)"

    actor digital government "Digital Agency" { branch executive; level national }
    actor odn civil_society "Open Data Network"

    plan p "Plan" {
      member "Arcadia" national
      strategy ogp_2023_2028
      period 2024-09 .. 2026-08
      forum "Forum" { meets every 3 months; members digital, odn }
    \(before)  commitment c01 "Protecting civic space" {
        lead digital
        partners odn
        advances SO3
        milestone m1 "Dialogue table" {
          period 2024-10 .. 2025-03
          deliverable "Minutes of the dialogue table, published"
        }
      }
    \(extra)}

    """
  }

  /// Writes `text` as `plan.ogp` in a fresh directory, with `configuration` as its
  /// `ogp-lint.toml` when given; returns the plan's path.
  static func write(_ text: String, configuration: String? = nil) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ogp-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: directory.appendingPathComponent("plan.ogp"))
    if let configuration {
      try Data(configuration.utf8).write(to: directory.appendingPathComponent("ogp-lint.toml"))
    }
    return directory.appendingPathComponent("plan.ogp").path
  }

  /// Removes the folder `write` made for `path`.
  static func removeFolder(of path: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
  }

  @Test func lintRunsMemberRulesBesideTheBuiltInOnes() throws {
    let path = try Self.write(Self.plan())
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["lint", "--root", "/", "--as-of", "2025-06-30", path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardError.contains(
        "plan.ogp:11:14: warning[FORUM01]: commitment c01 has 1 civil-society partners; the forum asks for two"
      ))
    #expect(result.standardError.contains("= note: FORUM01 is a member rule, declared at \(Self.policy):11"))
    #expect(
      result.standardError.components(separatedBy: "[FORUM").count == 2,
      "FORUM01 alone: the plan meets the rest")
  }

  @Test func aMemberRuleOfSeverityErrorFailsTheRun() throws {
    let path = try Self.write(
      Self.plan(
        """
          commitment c02 "Beneficial ownership" {
            lead digital
            values access_to_information
            challenge anti_corruption
            milestone m1 "Register" { period 2024-10 .. 2025-06 }
          }

        """))
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["lint", "--root", "/", "--as-of", "2025-06-30", path])
    #expect(result.status == 1)
    #expect(
      result.standardError.contains("error[FORUM05]: commitment c02 is in the anti-corruption challenge"))
  }

  @Test func theConfigurationNamesMemberRules() throws {
    let path = try Self.write(Self.plan(), configuration: "[rules]\nFORUM01 = \"error\"\n")
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["lint", "--root", "/", "--as-of", "2025-06-30", path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[FORUM01]"))

    let off = try Self.write(Self.plan(), configuration: "[rules]\nforum01 = \"off\"\n")
    defer { Self.removeFolder(of: off) }
    let silent = try OGPProcess.run(["lint", "--root", "/", "--as-of", "2025-06-30", off])
    #expect(silent.status == 0)
    #expect(!silent.standardError.contains("FORUM01"))
  }

  @Test func aConfigurationNamingARuleNoFileDeclaresIsBroken() throws {
    let path = try Self.write(
      "actor digital government \"Digital Agency\"\n", configuration: "[rules]\nFORUM01 = \"off\"\n")
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["lint", "--root", "/", path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("error[E0504]: unknown rule 'FORUM01'"))
  }

  @Test func aSuppressionSilencesAMemberRule() throws {
    let path = try Self.write(
      Self.plan(before: "  // ogp:disable-next-line FORUM01 -- the second partner joins in 2025\n"))
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["lint", "--root", "/", "--as-of", "2025-06-30", path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.standardError.contains("FORUM01"))
    #expect(!result.standardError.contains("[LNT00"), "the suppression is used and understood")
  }

  @Test func sarifDescribesMemberRules() throws {
    let path = try Self.write(Self.plan())
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run([
      "lint", "--root", "/", "--as-of", "2025-06-30", "--format", "sarif", path,
    ])
    #expect(result.status == 0)
    let sarif = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rule = try #require((driver["rules"] as? [[String: Any]])?.first { $0["id"] as? String == "FORUM01" })
    #expect(
      (rule["shortDescription"] as? [String: Any])?["text"] as? String
        == "Every civic-space commitment has two civil-society partners")
    #expect((run["results"] as? [[String: Any]])?.contains { $0["ruleId"] as? String == "FORUM01" } == true)
  }

  @Test func rulesListsTheMemberRulesOfItsFiles() throws {
    let result = try OGPProcess.run(["rules", Self.policy])
    #expect(result.status == 0)
    #expect(
      result.standardOutput.contains(
        "Member rules:\n  FORUM01  warning  Every civic-space commitment has two civil-society partners  (\(Self.policy):11)"
      ))
    #expect(result.standardOutput.contains("  FORUM05  error    Anti-corruption commitments"))
    #expect(!(try OGPProcess.run(["rules"])).standardOutput.contains("Member rules"))
  }

  @Test func rulesListsEachRootsMemberRulesOnceWhenPlansReuseNames() throws {
    let directory = try EachRootTests.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let policy = try String(contentsOf: Repository.url(Self.policy), encoding: .utf8)
      .replacingOccurrences(of: "use \"../strategy/ogp-2023-2028.ogp\"", with: "use \"strategy.ogp\"")
    try LintCommandTests.write(policy, to: directory.appendingPathComponent("policy.ogp"))
    for name in ["north.ogp", "south.ogp"] {
      let path = directory.appendingPathComponent(name)
      try LintCommandTests.write("use \"policy.ogp\"\n" + String(contentsOf: path, encoding: .utf8), to: path)
    }
    // Both plans declare `odn`: as one program they would not compile.
    let result = try OGPProcess.run(["rules"] + EachRootTests.paths("north.ogp", "south.ogp", in: directory))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(EachRootTests.count("  FORUM01  warning", in: result.standardOutput) == 1)
    let explained = try OGPProcess.run(
      ["explain", "FORUM01"] + EachRootTests.paths("north.ogp", "south.ogp", in: directory))
    #expect(explained.status == 0, "\(explained.standardError)")
    #expect(explained.standardOutput.hasPrefix("FORUM01: "))
  }

  @Test func rulesRefusesAFileWithErrors() throws {
    let path = try Self.write(
      "rule FORUM01 warning \"T\" {\n  each commitment c\n  require count(c.partners)\n}\n")
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["rules", path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[E0310]"))
    #expect(result.standardOutput.isEmpty)
  }

  @Test func explainExplainsAMemberRuleFromItsFile() throws {
    let result = try OGPProcess.run(["explain", "forum01", Self.policy])
    #expect(result.status == 0)
    let text = result.standardOutput
    #expect(text.hasPrefix("FORUM01: Every civic-space commitment has two civil-society partners\n"))
    #expect(text.contains("Declared at \(Self.policy):11  ·  Default severity: warning"))
    #expect(text.contains("The forum's civic-space working group asks"))
    #expect(text.contains("    each commitment c where SO3 in c.advances\n"))
    #expect(text.contains("    require count(c.partners where kind == civil_society) >= 2\n"))

    let builtIn = try OGPProcess.run(["explain", "OBJ006", Self.policy])
    #expect(builtIn.standardOutput.hasPrefix("OBJ006: "))

    let withoutFile = try OGPProcess.run(["explain", "FORUM01"])
    #expect(withoutFile.status == 2)
    #expect(withoutFile.standardError.contains("unknown code 'FORUM01'"))
  }

  @Test func thePolicyIsFormattedAndChecksClean() throws {
    #expect(try OGPProcess.run(["check", Self.policy]).status == 0)
    #expect(try OGPProcess.run(["fmt", "--check", Self.policy]).status == 0)
  }
}
