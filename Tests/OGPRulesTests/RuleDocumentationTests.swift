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

  @Test func rulesAreFoundByCodeOrName() {
    #expect(RuleRegistry.description(for: "obj001")?.code == "OBJ001")
    #expect(RuleRegistry.description(for: " commitment-advances-nothing ")?.code == "OBJ001")
    #expect(RuleRegistry.description(for: "OBJ999") == nil)
  }
}
