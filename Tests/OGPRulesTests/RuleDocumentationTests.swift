import Foundation
import OGPRules
import Testing

/// `docs/rules.md` is generated from the rule definitions; it must not drift from them.
struct RuleDocumentationTests {
  static let documentURL = ExampleLinter.repositoryRoot.appendingPathComponent("docs/rules.md")

  @Test func docsRulesMatchesTheDefinitions() throws {
    let generated = RuleDocumentation.markdown()
    if ProcessInfo.processInfo.environment["OGP_UPDATE_GOLDENS"] != nil {
      try Data(generated.utf8).write(to: Self.documentURL, options: .atomic)
    }
    let committed = try String(contentsOf: Self.documentURL, encoding: .utf8)
    #expect(committed == generated, "run OGP_UPDATE_GOLDENS=1 swift test to regenerate docs/rules.md")
  }

  @Test func everyRuleHasASectionAnExplanationAndAListLine() {
    let markdown = RuleDocumentation.markdown()
    let list = RuleDocumentation.list()
    for rule in RuleRegistry.descriptions {
      #expect(markdown.contains("## \(rule.code)\n"))
      #expect(list.contains("\(rule.code)  "))
      let explanation = RuleDocumentation.explanation(rule)
      #expect(explanation.hasPrefix("\(rule.code): \(rule.summary)"))
      #expect(explanation.contains(rule.triggering[0].source.split(separator: "\n")[0]))
    }
  }

  /// Every rule says what it rests on: OGP's text, with the document and where in it, or this
  /// tool's heuristic; the docs and `ogp explain` state it.
  @Test func everyRuleStatesItsBasis() {
    let markdown = RuleDocumentation.markdown()
    for rule in RuleRegistry.descriptions {
      let text = rule.basis.text.trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(text.count >= 20, "\(rule.code) states too little of its basis")
      if case .member = rule.basis { Issue.record("\(rule.code): a built-in rule is not a member's") }
      let section = markdown.components(separatedBy: "## \(rule.code)\n").last ?? ""
      let heading = rule.basis.isOGP ? "**Rests on:** " : "**This tool's heuristic:** "
      #expect(section.contains(heading + rule.basis.text), "\(rule.code) in docs/rules.md")
      let explanation = RuleDocumentation.explanation(rule).replacingOccurrences(of: "\n", with: " ")
      #expect(explanation.contains(rule.basis.sentence), "\(rule.code) in ogp explain")
    }
  }

  /// The rules the issue re-graded keep their honest severities.
  @Test func regradedRulesKeepTheirSeverities() {
    let expected: [String: String] = [
      "OBJ001": "info", "STR001": "info", "COC005": "warning", "COC006": "warning", "TIM003": "warning",
    ]
    for (code, severity) in expected {
      #expect(RuleRegistry.description(for: code)?.defaultSeverity.rawValue == severity, "\(code)")
    }
    #expect(RuleRegistry.description(for: "TIM003")?.basis.isOGP == false, "TIM003 is this tool's judgement")
    #expect(RuleRegistry.description(for: "STR001")?.basis.text.contains("not a requirement") == true)
  }

  @Test func rulesAreFoundByCodeOrName() {
    #expect(RuleRegistry.description(for: "obj001")?.code == "OBJ001")
    #expect(RuleRegistry.description(for: " commitment-advances-nothing ")?.code == "OBJ001")
    #expect(RuleRegistry.description(for: "OBJ999") == nil)
  }
}
