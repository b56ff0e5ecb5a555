import Foundation
import OGPTestSupport
import Testing

/// `ogp lint` as a user and a CI job see it: every exit code of the sketch, every format, the
/// configuration, baselines and coverage.
struct LintCommandTests {
  static let arcadia = "examples/plans/arcadia-2024.ogp"
  static let clean = "examples/plans/valle-2025.ogp"
  /// The plans clean under every rule: the local one in English and the regional one in Spanish.
  static let cleanPlans = [clean, "examples/plans/rio-claro-2025.ogp"]

  /// A fresh directory for files a test writes.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ogp-lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
  }

  // MARK: Exit codes

  @Test func warningsAloneExitZero() throws {
    let result = try OGPProcess.run(["lint", Self.arcadia])
    #expect(result.status == 0)
    #expect(result.standardError.contains("info[OBJ001]"))
    #expect(result.standardError.contains("0 errors, "))
  }

  /// The summary says which day progress was judged against: the configuration's, or --as-of.
  @Test func summaryStatesTheAsOfDate() throws {
    let configured = try OGPProcess.run(["lint", Self.arcadia])
    #expect(configured.standardError.hasSuffix(" infos (as of 2026-06-30)\n"), "\(configured.standardError)")
    let given = try OGPProcess.run(["lint", "--as-of", "2026-12-03", Self.arcadia])
    #expect(given.standardError.hasSuffix(" (as of 2026-12-03)\n"))
    let json = try OGPProcess.run(["lint", "--format", "json", "--as-of", "2026-12-03", Self.arcadia])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    #expect(document["as_of"] as? String == "2026-12-03")
  }

  @Test(arguments: cleanPlans)
  func cleanPlanExitsZeroAndSaysNothing(plan: String) throws {
    let result = try OGPProcess.run(["lint", "--max-warnings", "0", plan])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
  }

  /// The coverage table and a query's table name commitments in the run's language where the
  /// plan translates their titles: the Spanish example gives English ones.
  @Test(arguments: [
    ("en", "Open contracting in the regional government"),
    ("es", "Contrataciones abiertas en el gobierno regional"),
  ])
  func titlesInTheRunsLanguage(language: String, title: String) throws {
    let plan = "examples/plans/rio-claro-2025.ogp"
    let coverage = try OGPProcess.run(["lint", "--lang", language, "--coverage", plan])
    #expect(coverage.status == 0, "\(coverage.standardError)")
    #expect(coverage.standardOutput.contains(title), "\(coverage.standardOutput)")
    let query = try OGPProcess.run(["query", "--lang", language, plan, "commitments"])
    #expect(query.status == 0, "\(query.standardError)")
    #expect(query.standardOutput.contains(title), "\(query.standardOutput)")
  }

  @Test func warningsPastMaxWarningsExitOne() throws {
    let result = try OGPProcess.run(["lint", "--max-warnings", "0", Self.arcadia])
    #expect(result.status == 1)
    #expect(result.standardError.contains("more than --max-warnings 0"))
  }

  @Test func checkerErrorsExitOneAndNoRuleRuns() throws {
    let result = try OGPProcess.run(["lint", "examples/errors/unknown-objective.ogp"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[E0208]"))
    #expect(result.standardError.contains("lint rules run on a file once its errors above are fixed"))
  }

  @Test func badUseTargetIsADiagnosticAndExitsOne() throws {
    let result = try OGPProcess.run(["lint", "examples/errors/use-missing-file.ogp"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[E0201]"))
  }

  @Test func ruleConfiguredAsErrorExitsOne() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let config = directory.appendingPathComponent("ogp-lint.toml")
    try Self.write("[rules]\ncommitment-advances-nothing = \"error\"\n", to: config)
    let result = try OGPProcess.run(["lint", "--config", config.path, Self.arcadia])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[OBJ001]"))
  }

  @Test func brokenConfigurationExitsTwoNamingItsLine() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let config = directory.appendingPathComponent("ogp-lint.toml")
    try Self.write("[rules]\nOBJ001 = \"loud\"\n", to: config)
    let result = try OGPProcess.run(["lint", "--config", config.path, Self.arcadia])
    #expect(result.status == 2)
    #expect(result.standardError.contains("ogp-lint.toml:2:"))
    #expect(result.standardError.contains("error[E0505]"))
  }

  @Test func unreadableFileExitsTwo() throws {
    let result = try OGPProcess.run(["lint", "examples/plans/no-such-plan.ogp"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("cannot read 'examples/plans/no-such-plan.ogp'"))
  }

  @Test(arguments: [
    ["lint"],
    ["lint", "--as-of", "2026-13-01", arcadia],
    ["lint", "--format", "xml", arcadia],
    ["lint", "--coverage", "--format", "json", arcadia],
    ["lint", "--max-warnings", "-2", arcadia],
    ["lint", "--baseline", "examples/plans/no-such-baseline.json", arcadia],
    ["lint", "--baseline", arcadia, arcadia],
    ["lint", "--config", "examples/no-such-config.toml", arcadia],
  ])
  func usageErrorsExitTwo(arguments: [String]) throws {
    let result = try OGPProcess.run(arguments)
    #expect(result.status == 2, "\(arguments): \(result.standardError)")
    #expect(!result.standardError.isEmpty)
  }

  @Test func highestCodeWinsAcrossFiles() throws {
    let result = try OGPProcess.run(["lint", "examples/errors/unknown-objective.ogp", "missing.ogp"])
    #expect(result.status == 2)
  }

  // MARK: Configuration

  @Test func configurationIsFoundByWalkingUpFromTheFile() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plans = directory.appendingPathComponent("plans/national")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    // The search stops at the project root, which .git marks.
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try Self.write("[rules]\nSTR001 = \"off\"\n", to: directory.appendingPathComponent("ogp-lint.toml"))
    let plan = plans.appendingPathComponent("plan.ogp")
    try Self.write(
      """
      actor finance government "Ministry of Finance"
      plan p "Plan" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Open budgets" { lead finance }
      }
      """, to: plan)
    let result = try OGPProcess.run(["lint", "--as-of", "2025-01-01", plan.path])
    #expect(!result.standardError.contains("STR001"), "\(result.standardError)")
    #expect(result.standardError.contains("COC001"))
  }

  // MARK: Baselines

  @Test func baselineAcceptsExistingFindingsOnly() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let baseline = directory.appendingPathComponent("baseline.json")
    let written = try OGPProcess.run(["lint", "--write-baseline", baseline.path, Self.arcadia])
    #expect(written.status == 0)
    #expect(written.standardError.contains("ogp: wrote "))
    let text = try String(contentsOf: baseline, encoding: .utf8)
    #expect(text.contains("\"element\" : \"arcadia_nap3.c08\""))
    #expect(!text.contains("\"line\""), "keyed by element, never by line")

    let linted = try OGPProcess.run([
      "lint", "--baseline", baseline.path, "--max-warnings", "0", Self.arcadia,
    ])
    #expect(linted.status == 0, "\(linted.standardError)")
    #expect(linted.standardError.contains("accepted by the baseline"))
  }

  // MARK: Formats

  @Test func jsonListsEveryFindingWithItsPlaceAndDocs() throws {
    let result = try OGPProcess.run(["lint", "--format", "json", Self.arcadia])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
    let finding = try #require(diagnostics.first { $0["code"] as? String == "OBJ001" })
    #expect(finding["file"] as? String == Self.arcadia)
    #expect(finding["line"] as? Int != nil && finding["end_column"] as? Int != nil)
    #expect(finding["docs"] as? String == "docs/rules.md#obj001")
    #expect(finding["element"] as? String == "arcadia_nap3.c08")
  }

  @Test func sarifOfARealPlanValidatesAgainstTheSchema() throws {
    let result = try OGPProcess.run(["lint", "--format", "sarif", Self.arcadia])
    #expect(result.status == 0)
    let data = Data(result.standardOutput.utf8)
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count >= 3)
    #expect(
      result.standardOutput.unicodeScalars.contains { $0.value > 127 }, "non-ASCII text among the findings")
    let schema = Repository.url("Tests/OGPDiagnosticsTests/Data/sarif-schema-2.1.0.json")
    #expect(try SchemaValidator.validate(jsonData: data, schemaURL: schema) == [])
  }

  @Test func githubAnnotationsPointAtTheFile() throws {
    let result = try OGPProcess.run(["lint", "--format", "github", Self.arcadia])
    let lines = result.standardOutput.split(separator: "\n")
    #expect(!lines.isEmpty)
    #expect(
      lines.allSatisfy {
        $0.hasPrefix("::warning file=") || $0.hasPrefix("::notice file=") || $0.hasPrefix("::error file=")
      })
    #expect(lines.contains { $0.contains("title=OBJ001") && $0.contains("file=\(Self.arcadia),line=") })
  }

  @Test func junitIsOneSuitePerFile() throws {
    let result = try OGPProcess.run(["lint", "--format", "junit", Self.arcadia])
    #expect(result.standardOutput.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    #expect(result.standardOutput.contains("<testsuite name=\"\(Self.arcadia)\""))
    #expect(result.standardOutput.contains("OBJ001"))
  }

  // MARK: README

  /// The README's lint example is an excerpt of what `ogp lint` prints, and its rule count is
  /// the registry's.
  @Test func readmeShowsWhatLintPrints() throws {
    let readme = try String(contentsOf: Repository.url("README.md"), encoding: .utf8)
    let block = try #require(
      readme.components(separatedBy: "```console\n").dropFirst().first?
        .components(separatedBy: "```").first)
    var lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let command = lines.removeFirst()
    #expect(command == "$ ogp lint \(Self.arcadia)")
    let result = try OGPProcess.run(["lint", Self.arcadia])
    #expect(result.standardError.contains(lines.joined(separator: "\n")))

    let rules = try OGPProcess.run(["rules"])
    let count = try #require(rules.standardOutput.split(separator: "\n").last?.split(separator: " ").first)
    #expect(readme.contains("then [\(count) rules](docs/rules.md)"))
  }

  // MARK: Coverage, rules, explain

  @Test func coverageShowsTheMatrixAndTheGaps() throws {
    let result = try OGPProcess.run(["lint", "--coverage", Self.arcadia])
    #expect(result.status == 0)
    let output = result.standardOutput
    #expect(output.contains("SO1"))
    #expect(output.contains("c08"))
    #expect(output.contains("commitments advancing no objective: c08"))
  }

  @Test func rulesListsEveryRuleAndMarkdownIsTheDocs() throws {
    let list = try OGPProcess.run(["rules"])
    #expect(list.status == 0)
    #expect(list.standardOutput.contains("OBJ006"))
    let markdown = try OGPProcess.run(["rules", "--format", "markdown"])
    let docs = try String(contentsOf: Repository.url("docs/rules.md"), encoding: .utf8)
    #expect(markdown.standardOutput == docs)
  }

  @Test(arguments: ["OBJ006", "obj006", "civic-space-without-civil-society"])
  func explainCoversRules(written: String) throws {
    let result = try OGPProcess.run(["explain", written])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("OBJ006: "))
    #expect(result.standardOutput.contains("Triggers"))
    #expect(
      result.standardOutput.contains("\nThis tool's heuristic: this tool's reading of the OGP Strategy"))
  }

  @Test func explainSaysWhatARuleRestsOn() throws {
    let result = try OGPProcess.run(["explain", "COC002"])
    #expect(
      result.standardOutput.contains(
        "\nRests on: OGP Participation and Co-Creation Standards (2022), standard 1,"))
  }
}
