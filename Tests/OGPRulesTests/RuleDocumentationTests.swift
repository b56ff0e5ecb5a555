import Foundation
import OGPDiagnostics
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

  /// Every built-in rule carries its documentation in Spanish too: each text written, and not
  /// the English left in its place.
  @Test(arguments: RuleRegistry.descriptions.map(\.code))
  func everyRuleIsDocumentedInSpanish(code: String) throws {
    let rule = try #require(RuleRegistry.description(for: code))
    let texts = [
      ("summary", rule.localizedSummary), ("rationale", rule.localizedRationale),
      ("basis", rule.basis.localizedText), ("fix", rule.localizedFix),
    ]
    for (part, text) in texts {
      #expect(
        !text.spanish.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
        "\(code) has no Spanish \(part)")
      #expect(text.spanish != text.english, "\(code)'s Spanish \(part) is the English")
    }
  }

  /// What a rule says is chosen when it is read, so one description serves both languages.
  @Test func rulesSpeakTheCurrentLanguage() throws {
    let rule = try #require(RuleRegistry.description(for: "OBJ001"))
    let english = RuleDocumentation.explanation(rule)
    let spanish = Language.$current.withValue(.spanish) { RuleDocumentation.explanation(rule) }
    #expect(english.hasPrefix("OBJ001: \(rule.localizedSummary.english)\n"))
    #expect(spanish.hasPrefix("OBJ001: \(rule.localizedSummary.spanish)\n"))
    #expect(spanish.contains("Nombre: commitment-advances-nothing  ·  Categoría: Objetivos estratégicos"))
    #expect(spanish.contains("Heurística de esta herramienta: vincular los compromisos"))
    #expect(spanish.contains("Corrección: Añade una cláusula 'advances'"))
    #expect(spanish.contains("Se activa (↓ marca cada hallazgo):"))
    #expect(spanish.contains("Para silenciarla: '// ogp:disable-next-line OBJ001'"))
    // The examples are code, the same in every language.
    #expect(spanish.contains(rule.triggering[0].source.split(separator: "\n")[0]))
    let list = Language.$current.withValue(.spanish) { RuleDocumentation.list() }
    #expect(list.hasPrefix("Objetivos estratégicos:\n"))
    #expect(
      list.hasSuffix(
        "\(RuleRegistry.descriptions.count) reglas. 'ogp explain CÓDIGO' muestra la justificación y los ejemplos de una regla.\n"
      ))
  }

  /// `ogp rules --format markdown` in Spanish is the whole of docs/rules.md in Spanish; the
  /// committed file stays the English.
  @Test func markdownInSpanishTranslatesTheFrameAndTheRules() throws {
    let rule = try #require(RuleRegistry.description(for: "TIM005"))
    let markdown = Language.$current.withValue(.spanish) { RuleDocumentation.markdown() }
    #expect(markdown.hasPrefix("# Reglas de lint\n"))
    #expect(markdown.contains("| Código | Nombre | Por defecto | Fundamento | Resumen |"))
    #expect(markdown.contains("## Calendario\n"))
    #expect(markdown.contains("**Heurística de esta herramienta:** \(rule.basis.localizedText.spanish)."))
    #expect(markdown.contains("**Corrección:** \(rule.localizedFix.spanish)"))
    #expect(!markdown.contains("**Rests on:**"))
  }

  /// SARIF and JSON carry a rule's documentation in the language of the run.
  @Test func machineDocumentationFollowsTheLanguage() throws {
    let spanish = Language.$current.withValue(.spanish) { RuleDocumentation.diagnosticDocumentation() }
    let rule = try #require(RuleRegistry.description(for: "VER001"))
    #expect(spanish["VER001"]?.shortDescription == rule.localizedSummary.spanish)
    #expect(spanish["VER001"]?.fullDescription == rule.localizedRationale.spanish)
    #expect(spanish["VER001"]?.help == rule.localizedFix.spanish)
    #expect(spanish["VER001"]?.category == "Verificabilidad")
  }

  @Test func rulesAreFoundByCodeOrName() {
    #expect(RuleRegistry.description(for: "obj001")?.code == "OBJ001")
    #expect(RuleRegistry.description(for: " commitment-advances-nothing ")?.code == "OBJ001")
    #expect(RuleRegistry.description(for: "OBJ999") == nil)
  }
}
