import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules
import Testing

/// Compiles a plan beside the forum policy of `examples/rules/forum-policy.ogp` and lints it:
/// the policy and the rules prelude in `/w/rules` and `/w/strategy`, the plan in
/// `/w/plans/example.ogp`.
enum PolicyLinter {
  static let policySource: String = {
    let url = ExampleLinter.repositoryRoot.appendingPathComponent("examples/rules/forum-policy.ogp")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  static let examplePath = "plans/example.ogp"

  struct Outcome {
    let compilation: Compilation
    let result: LintResult

    var findings: [Diagnostic] { result.diagnostics.filter { !$0.code.hasPrefix("E") } }
    var errors: [Diagnostic] { result.diagnostics.filter { $0.severity == .error && $0.code.hasPrefix("E") } }

    /// Where every diagnostic with `code` in the example starts, in order.
    func locations(of code: String) -> [ExampleLinter.Position] {
      result.diagnostics.filter { $0.code == code && compilation.sources[$0.span.file].path == examplePath }
        .map {
          let location = compilation.sources[$0.span.file].location(of: $0.span.start)
          return ExampleLinter.Position(line: location.line, column: location.column)
        }
        .sorted()
    }
  }

  static func compile(_ example: String, policy: String = policySource) -> Compilation {
    let provider = InMemorySourceProvider([
      "/w/strategy/" + RuleExample.preludeStrategyFile: ExampleLinter.strategySource,
      "/w/standards/ogp-standards.ogp": ExampleLinter.standardsSource,
      "/w/strategy/prelude.ogp": RuleExample.prelude,
      "/w/rules/forum-policy.ogp": policy,
      "/w/" + examplePath: example,
    ])
    return Compiler(provider: provider, workingDirectory: "/w").compile([
      .file("strategy/prelude.ogp"), .file("rules/forum-policy.ogp"), .file(examplePath),
    ])
  }

  static func lint(
    _ example: String, policy: String = policySource, configuration: LintConfiguration = LintConfiguration()
  ) -> Outcome {
    let compilation = compile(example, policy: policy)
    let result = Linter(configuration: configuration).lint(
      compilation, asOf: Day(year: 2026, month: 6, day: 30))
    return Outcome(compilation: compilation, result: result)
  }
}

/// The member rules of the example forum policy, each with plans that trigger it (a `↓` where
/// each finding lands) and plans that do not; then the checker's errors in rules, and how rules
/// meet suppressions, configuration and the machine formats.
struct UserRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let code: String
    let triggers: Bool
    let source: String

    var testDescription: String { "\(code) \(triggers ? "triggering" : "non-triggering")" }
  }

  static let header = """
    plan p "Plan" {
      member "Arcadia" national
      strategy ogp_2023_2028
      period 2024-09 .. 2026-08
    """

  static let cases: [Case] = [
    Case(
      code: "FORUM01", triggers: true,
      source: header + """

          commitment ↓c01 "Protecting civic space" {
            lead digital
            partners odn, uni
            advances SO3.protect_participation
          }
          commitment c02 "Open budgets" {
            lead finance
            advances SO2
          }
        }
        """),
    Case(
      code: "FORUM01", triggers: false,
      source: header + """

          commitment c01 "Protecting civic space" {
            lead digital
            partners odn, rights
            advances SO3
          }
        }
        """),
    Case(
      code: "FORUM02", triggers: true,
      source: header + """

          commitment ↓c01 "Parlamento Abierto" {
            lead assembly, digital
            milestone m1 "Votes" { deliverable "Open data on plenary votes" }
          }
          commitment ↓c02 "Legislative footprint" {
            lead assembly
          }
          commitment c03 "Open budgets" {
            lead finance
          }
        }
        """),
    Case(
      code: "FORUM02", triggers: false,
      source: header + """

          commitment c01 "Parlamento Abierto" {
            lead assembly
            milestone m1 "Hearings" { deliverable "Two Public Hearings on the transparency bill" }
          }
        }
        """),
    Case(
      code: "FORUM03", triggers: true,
      source: header + """

          commitment ↓c01 "Open budgets" {
            lead finance
            milestone m1 "Portal" { period 2025-01 .. 2025-09 }
          }
          commitment ↓c02 "Open contracts" {
            lead finance
          }
        }
        """),
    Case(
      code: "FORUM03", triggers: false,
      source: header + """

          commitment c01 "Open budgets" {
            lead finance
            milestone m1 "Data model" { period 2024-10 .. 2025-08 }
            milestone m2 "Portal" { period 2025-09 .. 2026-08 }
          }
        }
        """),
    Case(
      code: "FORUM04", triggers: true,
      source: header + """

          commitment c01 "Open budgets" {
            lead finance
            milestone ↓m1 "Portal" { period 2024-10 .. 2025-10 }
            milestone m2 "Review" { period 2025-11 .. 2026-08 }
          }
        }
        """),
    Case(
      code: "FORUM04", triggers: false,
      source: header + """

          commitment c01 "Open budgets" {
            lead finance
            milestone m1 "Portal" { period 2024-09 .. 2025-08 }
            milestone m2 "Review" { deliverable "An undated review" }
          }
        }
        """),
    Case(
      code: "FORUM05", triggers: true,
      source: header + """

          commitment ↓c01 "Beneficial ownership" {
            lead finance
            values access_to_information
            challenge anti_corruption
          }
          commitment ↓c02 "Asset declarations" {
            lead finance
            challenge anti_corruption
          }
        }
        """),
    Case(
      code: "FORUM05", triggers: false,
      source: header + """

          commitment c01 "Beneficial ownership" {
            lead finance
            values access_to_information, public_accountability
            challenge anti_corruption
          }
          commitment c02 "Open data" {
            lead digital
            challenge access_to_information
          }
        }
        """),
    Case(
      code: "FORUM06", triggers: true,
      source: """
        plan ↓p "Plan" {
          member "Arcadia" national
          period 2024-09 .. 2026-08
          forum "Forum" { meets every 6 months }
        }
        plan ↓q "Local plan" {
          member "Valle" local
          period 2025 .. 2026
        }
        """),
    Case(
      code: "FORUM06", triggers: false,
      source: """
        plan p "Plan" {
          member "Arcadia" national
          period 2024-09 .. 2026-08
          forum "Forum" { meets every 3 months }
        }
        plan q "Local plan" {
          member "Valle" local
          period 2025 .. 2026
          forum "Forum" { meets every 2 weeks }
        }
        """),
    Case(
      code: "FORUM07", triggers: true,
      source: """
        actor ↓health government "Ministry of Health" { branch executive }
        actor ↓senate government "Senate"
        """),
    Case(
      code: "FORUM07", triggers: false,
      source: """
        actor health government "Ministry of Health" { branch executive; level national }
        actor network civil_society "Health Watch"
        """),
  ]

  @Test func everyRuleOfThePolicyHasExamples() {
    let codes = PolicyLinter.compile("").rules.map(\.code)
    #expect(codes.count >= 5)
    for code in codes {
      #expect(Self.cases.contains { $0.code == code && $0.triggers }, "\(code) has no triggering example")
      #expect(
        Self.cases.contains { $0.code == code && !$0.triggers }, "\(code) has no non-triggering example")
    }
  }

  @Test func thePolicyRecordsItsRulesInTheModel() throws {
    let program = try #require(PolicyLinter.compile("").program)
    #expect(
      program.rules.map(\.id) == [
        "FORUM01", "FORUM02", "FORUM03", "FORUM04", "FORUM05", "FORUM06", "FORUM07",
      ])
    #expect(program.rules.first?.severity == .warning && program.rules.first?.doc != nil)
    #expect(program.rules.first { $0.id == "FORUM05" }?.severity == .error)
  }

  @Test(arguments: cases)
  func findingsLandOnTheMarkers(_ test: Case) {
    let outcome = PolicyLinter.lint(test.source.filter { $0 != RuleExample.marker })
    #expect(outcome.errors.isEmpty, "the example does not compile: \(outcome.errors.map(\.message))")
    let expected = ExampleLinter.markers(in: test.source)
    #expect(test.triggers == !expected.isEmpty)
    #expect(outcome.locations(of: test.code) == expected)
  }

  @Test(arguments: cases.filter(\.triggers))
  func suppressionSilencesEveryFinding(_ test: Case) {
    let markerLines = Set(ExampleLinter.markers(in: test.source).map(\.line))
    var lines: [String] = []
    for (index, line) in test.source.filter({ $0 != RuleExample.marker })
      .split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if markerLines.contains(index + 1) {
        lines.append("\(line.prefix { $0 == " " })// ogp:disable-next-line \(test.code)")
      }
      lines.append(String(line))
    }
    let outcome = PolicyLinter.lint(lines.joined(separator: "\n"))
    #expect(outcome.locations(of: test.code).isEmpty)
    #expect(outcome.locations(of: "LNT001").isEmpty, "the suppression must be used")
    #expect(outcome.locations(of: "LNT002").isEmpty)
  }

  @Test func aFindingHasTheMessageTheRuleWrites() throws {
    let outcome = PolicyLinter.lint(Self.cases[0].source.filter { $0 != RuleExample.marker })
    let finding = try #require(outcome.findings.first { $0.code == "FORUM01" })
    #expect(
      finding.message
        == "commitment c01 has 1 civil-society partners; the forum asks for two")
    #expect(finding.severity == .warning)
    #expect(finding.element == "p.c01")
    #expect(finding.primary.message == "does not meet FORUM01")
    #expect(finding.notes == ["FORUM01 is a member rule, declared at rules/forum-policy.ogp:11"])
    #expect(finding.help?.contains("count(c.partners where kind == civil_society) >= 2") == true)
  }

  @Test func messagesShowDatesListsDurationsAndMissingValues() throws {
    let policy = """
      use "../strategy/ogp-2023-2028.ogp"
      rule SHOW1 info "Show" {
        each commitment c
        require count(c.milestones) > 5
        message "{c.lead}|{c.partners}|{c.plan.start + 1 year}|{c.end - c.start}|{c.status}|{c.plan}|{count(c.milestones) > 1}|{3 months}"
      }
      """
    let outcome = PolicyLinter.lint(
      Self.header + """

          commitment c01 "Open budgets" {
            lead finance, digital
            period 2024-10 .. 2025-03
          }
        }
        """, policy: policy)
    let finding = try #require(outcome.findings.first { $0.code == "SHOW1" })
    #expect(finding.message == "finance, digital|none|2025-09-01|181 days|none|p|no|3 months")
  }

  @Test func withoutAMessageTheFindingIsTheTitle() throws {
    let policy = """
      rule TITLE1 warning "Every commitment names a goal" {
        each commitment c
        require exists(c.goal)
      }
      """
    let outcome = PolicyLinter.lint(
      Self.header + "\n  commitment c01 \"Open budgets\" { lead finance }\n}", policy: policy)
    #expect(outcome.findings.first { $0.code == "TITLE1" }?.message == "Every commitment names a goal")
  }

  // MARK: Configuration, suppressions by declaration, formats

  static func configuration(_ text: String, members: [UserRule]) -> Result<
    LintConfiguration, ConfigurationError
  > {
    let file = SourceMap().add(path: "ogp-lint.toml", bytes: Array(text.utf8))
    return ConfigurationFile.parse(file, rules: RuleRegistry.descriptions + members.map(\.description))
  }

  @Test func configurationChangesAMemberRulesSeverity() throws {
    let source = Self.cases[0].source.filter { $0 != RuleExample.marker }
    let members = UserRule.all(in: PolicyLinter.compile(source))
    let raised = try Self.configuration("[rules]\nFORUM01 = \"error\"\nforum03 = \"off\"\n", members: members)
      .get()
    let outcome = PolicyLinter.lint(source, configuration: raised)
    #expect(outcome.findings.filter { $0.code == "FORUM01" }.map(\.severity) == [.error])
    #expect(outcome.findings.filter { $0.code == "FORUM03" }.isEmpty)
    #expect(
      !outcome.findings.filter { $0.code == "FORUM04" || $0.code == "OBJ004" }.isEmpty, "others still run")
  }

  @Test func aConfigurationThatNamesAMemberRuleNeedsTheRule() {
    guard case .failure(let error) = Self.configuration("[rules]\nFORUM01 = \"off\"\n", members: []) else {
      Issue.record("FORUM01 is unknown without the policy")
      return
    }
    #expect(error.diagnostics.map(\.code) == ["E0504"])
  }

  @Test func aDeclarationSuppressionSilencesAMemberRule() {
    let source = Self.cases[0].source.filter { $0 != RuleExample.marker }
      .replacingOccurrences(
        of: "  commitment c01", with: "  // ogp:disable FORUM01 -- agreed with the forum\n  commitment c01")
    let outcome = PolicyLinter.lint(source)
    #expect(outcome.locations(of: "FORUM01").isEmpty)
    #expect(outcome.locations(of: "LNT001").isEmpty && outcome.locations(of: "LNT002").isEmpty)
    #expect(!outcome.locations(of: "FORUM03").isEmpty, "other member rules still run")
  }

  @Test func anUnusedSuppressionOfAMemberRuleIsReported() {
    let source = Self.cases[1].source.replacingOccurrences(
      of: "  commitment c01", with: "  // ogp:disable-next-line FORUM01\n  commitment c01")
    #expect(PolicyLinter.lint(source).locations(of: "LNT001").map(\.line) == [5])
  }

  @Test func baselinesAcceptMemberRuleFindings() throws {
    let source = Self.cases[0].source.filter { $0 != RuleExample.marker }
    let first = PolicyLinter.lint(source)
    let baseline = Baseline(accepting: first.result.diagnostics, sources: first.compilation.sources)
    let compilation = PolicyLinter.compile(source)
    let again = Linter().lint(compilation, asOf: Day(year: 2026, month: 6, day: 30), baseline: baseline)
    #expect(again.diagnostics.filter { $0.code.hasPrefix("FORUM") }.isEmpty)
    #expect(again.baselined == first.findings.count)
  }

  @Test func sarifAndJSONDescribeMemberRules() throws {
    let source = Self.cases[0].source.filter { $0 != RuleExample.marker }
    let outcome = PolicyLinter.lint(source)
    let members = UserRule.all(in: outcome.compilation)
    let report = DiagnosticReport(
      sources: outcome.compilation.sources, diagnostics: outcome.result.diagnostics,
      documentation: RuleDocumentation.diagnosticDocumentation(members.map(\.description)),
      toolVersion: "test")

    let sarif = try #require(
      try JSONSerialization.jsonObject(with: Data(SARIFFormat.render(report).utf8)) as? [String: Any])
    let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let forum = try #require(rules.first { $0["id"] as? String == "FORUM01" })
    #expect(
      (forum["shortDescription"] as? [String: Any])?["text"] as? String
        == "Every civic-space commitment has two civil-society partners")
    // SARIF's helpUri must be absolute: the declaring file and line go in the help text.
    #expect(
      ((forum["help"] as? [String: Any])?["markdown"] as? String)?.contains("rules/forum-policy.ogp#L11")
        == true)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.contains { $0["ruleId"] as? String == "FORUM01" })

    let json = JSONDiagnosticFormat.render(report)
    #expect(json.contains("\"FORUM01\"") && json.contains("commitment c01 has 1 civil-society partners"))
  }

  @Test func documentationListsAndExplainsMemberRules() {
    let members = UserRule.all(in: PolicyLinter.compile(""))
    let list = RuleDocumentation.list(members: members)
    #expect(
      list.contains(
        "Member rules:\n  FORUM01  warning  Every civic-space commitment has two civil-society partners"))
    #expect(list.contains("(rules/forum-policy.ogp:11)"))
    #expect(
      list.hasSuffix(
        "\(RuleRegistry.descriptions.count + members.count) rules. 'ogp explain CODE' shows a rule's rationale and examples.\n"
      ))
    let explanation = RuleDocumentation.explanation(members[0])
    #expect(explanation.hasPrefix("FORUM01: Every civic-space commitment has two civil-society partners\n"))
    #expect(explanation.contains("Declared at rules/forum-policy.ogp:11"))
    #expect(explanation.contains("    each commitment c where SO3 in c.advances\n"))
    #expect(explanation.contains("    require count(c.partners where kind == civil_society) >= 2\n"))
  }

  // MARK: The checker's errors in rules

  /// The diagnostics of a rule file compiled beside an empty example, as `CODE@line:column`.
  static func diagnose(_ policy: String) -> [String] {
    let compilation = PolicyLinter.compile("", policy: policy)
    return compilation.diagnostics.map {
      let location = compilation.sources[$0.span.file].location(of: $0.span.start)
      return "\($0.code)@\(location.line):\(location.column)"
    }
  }

  static func rule(_ body: String, header: String = "rule FORUM01 warning \"T\"") -> String {
    "use \"../strategy/ogp-2023-2028.ogp\"\n\(header) {\n\(body)\n}\n"
  }

  @Test(
    arguments: [
      // An unknown field, at the field.
      (
        rule(#"  each commitment c where SO3 in c.advances"# + "\n  require count(c.partner) >= 2"),
        ["E0211@4:19"]
      ),
      // A require that is a number, at the expression.
      (rule("  each commitment c\n  require count(c.partners)"), ["E0310@4:11"]),
      // A where that is a list.
      (rule("  each commitment c where c.partners\n  require exists(c.goal)"), ["E0310@3:27"]),
      // An unknown severity, at the word.
      (
        rule("  each commitment c\n  require exists(c.goal)", header: "rule FORUM01 warn \"T\""),
        ["E0305@2:14"]
      ),
      // An unknown scope.
      (rule("  each commitments c\n  require exists(c.goal)"), ["E0305@3:8"]),
      // A code of the built-in form, and one not in capitals.
      (
        rule("  each commitment c\n  require exists(c.goal)", header: "rule OBJ001 warning \"T\""),
        ["E0205@2:6"]
      ),
      (
        rule("  each commitment c\n  require exists(c.goal)", header: "rule E0208 warning \"T\""),
        ["E0205@2:6"]
      ),
      (
        rule("  each commitment c\n  require exists(c.goal)", header: "rule forum01 warning \"T\""),
        ["E0212@2:6"]
      ),
      // A misspelt clause, and the required ones missing.
      (rule("  each commitment c\n  requires exists(c.goal)"), ["E0302@2:6", "E0301@4:3"]),
      (rule("  message \"m\""), ["E0302@2:6", "E0302@2:6"]),
      // A repeated clause.
      (rule("  each commitment c\n  require exists(c.goal)\n  require exists(c.problem)"), ["E0306@5:3"]),
      // The message: a field that does not exist, a bare word, an unclosed brace, a multi-line string.
      (rule("  each commitment c\n  require exists(c.goal)\n  message \"goal of {c.nmae}\""), ["E0211@5:23"]),
      (rule("  each commitment c\n  require exists(c.goal)\n  message \"goal of {nmae}\""), ["E0211@5:21"]),
      (rule("  each commitment c\n  require exists(c.goal)\n  message \"goal of {c.name\""), ["E0113@5:20"]),
      (rule("  each commitment c\n  require exists(c.goal)\n  message \"goal of {}\""), ["E0113@5:20"]),
      (
        rule("  each commitment c\n  require exists(c.goal)\n  message \"\"\"\n    m\n    \"\"\""),
        ["E0304@5:11"]
      ),
      // Syntax: text after a condition, an operator with nothing after it, a missing name.
      (rule("  each commitment c\n  require c.lead.branch executive"), ["E0114@4:25"]),
      (rule("  each commitment c\n  require count(c.lead) >="), ["E0113@5:1"]),
      (rule("  each commitment where exists(c.goal)\n  require exists(c.goal)"), ["E0102@3:19"]),
      (rule("  each commitment c foo\n  require exists(c.goal)"), ["E0112@3:21"]),
      // A rule inside a plan.
      (
        "plan p \"P\" {\n  member \"A\" national\n  period 2024 .. 2026\n  rule R1 info \"T\" { each plan q }\n}\n",
        ["E0105@4:3"]
      ),
    ])
  func ruleErrors(_ source: String, _ expected: [String]) {
    #expect(Self.diagnose(source) == expected)
  }

  /// The language reserves the built-in rules' code forms without knowing the rules: the two
  /// must agree, and so must the diagnostics' codes.
  @Test func reservedCodesAreTheBuiltInOnes() {
    #expect(
      Set(RuleCode.reservedPrefixes) == Set(RuleCategory.allCases.filter { $0 != .member }.map(\.rawValue)))
    for description in RuleRegistry.descriptions { #expect(RuleCode.isReserved(description.code)) }
    for code in DiagnosticCode.allCases { #expect(RuleCode.isReserved(code.rawValue)) }
    #expect(
      RuleCode.isWellFormed("FORUM01") && !RuleCode.isReserved("FORUM01") && !RuleCode.isReserved("OBJ0001"))
  }

  @Test func aRuleCodeIsDeclaredOnce() throws {
    let body = "  each commitment c\n  require exists(c.goal)\n"
    let compilation = PolicyLinter.compile(
      "", policy: "rule FORUM01 warning \"A\" {\n\(body)}\nrule FORUM01 info \"B\" {\n\(body)}\n")
    let diagnostic = try #require(compilation.diagnostics.first)
    #expect(compilation.diagnostics.count == 1)
    #expect(diagnostic.code == "E0205" && diagnostic.message == "rule 'FORUM01' is declared twice")
    #expect(compilation.sources[diagnostic.span.file].location(of: diagnostic.span.start).line == 5)
    #expect(diagnostic.secondary.map(\.message) == ["first declared here"])
    #expect(compilation.program == nil)
  }

  @Test func misspeltWordsGetSuggestionsAndFixIts() throws {
    let compilation = PolicyLinter.compile(
      "",
      policy: Self.rule("  each commitmnt c\n  require exists(c.goal)", header: "rule forum01 warnig \"T\""))
    let messages = compilation.diagnostics.map { "\($0.code) \($0.help ?? "")" }
    #expect(messages.contains { $0.hasPrefix("E0305 did you mean 'warning'?") })
    #expect(messages.contains { $0.hasPrefix("E0305 did you mean 'commitment'?") })
    #expect(
      compilation.diagnostics.first { $0.code == "E0212" }?.fixIts.first?.edits.first?.replacement
        == "FORUM01")
  }

  @Test func aRuleWithErrorsElsewhereIsStillChecked() {
    let policy = Self.rule("  each commitment c\n  require count(c.partner) >= 1")
    let codes = PolicyLinter.compile("actor a governmnet \"A\"", policy: policy).diagnostics.map(\.code)
    #expect(codes.sorted() == ["E0211", "E0305"])
  }
}
