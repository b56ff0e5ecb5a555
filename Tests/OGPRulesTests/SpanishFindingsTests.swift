import Foundation
import OGPDiagnostics
import OGPRules
import Testing

/// What the linter says in Spanish: the same findings, at the same places, in other words.
struct SpanishFindingsTests {
  /// The findings of the rule's triggering examples in `language`: code, place and words.
  private static func findings(of code: String, in language: Language) -> [Diagnostic] {
    guard let description = RuleRegistry.description(for: code) else { return [] }
    return Language.$current.withValue(language) {
      description.triggering.flatMap { example in
        ExampleLinter.lint(example.code, asOf: example.asOf, configuration: example.lintConfiguration)
          .result.diagnostics.filter { $0.code == code }
      }
    }
  }

  @Test(arguments: RuleRegistry.rules.map(\.description.code))
  func everyRuleFindsTheSameInOtherWords(code: String) {
    let english = Self.findings(of: code, in: .english)
    let spanish = Self.findings(of: code, in: .spanish)
    #expect(!english.isEmpty)
    #expect(spanish.map(\.span) == english.map(\.span))
    #expect(spanish.map(\.element) == english.map(\.element))
    for (said, translated) in zip(english, spanish) {
      #expect(said.message != translated.message, "\(code) says '\(translated.message)' in Spanish")
      #expect(said.notes.count == translated.notes.count)
    }
  }

  @Test(arguments: [
    ("OBJ001", "el compromiso 'Presupuesto abierto' no avanza ningún objetivo de la estrategia"),
    ("VAL001", "no declara ningún valor de OGP"),
    ("VER004", "no tiene hitos"),
    ("TIM005", "sigue marcado como not_started, pero su periodo terminó en"),
    ("COC001", "no tiene foro multiactor, algo que pide"),
    ("STR002", "repite el título"),
    ("IRM001", "da estrella al compromiso"),
  ])
  func aSampleOfRulesSpeaksSpanish(code: String, words: String) {
    let messages = Self.findings(of: code, in: .spanish).map(\.message)
    #expect(messages.contains { $0.contains(words) }, "\(code): \(messages)")
  }

  @Test func aFindingAboutWorkNamesItWithItsArticle() {
    let notes = Self.findings(of: "TIM005", in: .spanish)
    #expect(notes.allSatisfy { $0.message.hasPrefix("el compromiso '") || $0.message.hasPrefix("el hito '") })
    #expect(notes.allSatisfy { $0.notes == ["el avance se juzga a fecha de 2026-06-30"] })
  }

  @Test func aSuppressionThatNamesNoRuleIsReportedInSpanish() {
    let source = """
      plan p "Plan" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        // ogp:disable-next-line
        commitment c01 "Presupuesto abierto" { lead finance }
      }
      """
    let invalid = Language.$current.withValue(.spanish) {
      ExampleLinter.lint(source).result.diagnostics.filter { $0.code == InvalidSuppressionRule.code }
    }
    #expect(invalid.map(\.message) == ["la directiva no nombra ninguna regla"])
    #expect(
      invalid.map(\.help) == [
        "nombra los códigos que quieres silenciar, p. ej. '// ogp:disable-next-line OBJ001'"
      ])
  }

  @Test func theConfigurationIsReportedInSpanish() {
    let file = SourceMap().add(path: "ogp-lint.toml", bytes: Array("[umbrales]\n[rules]\nOBJ001 = 3\n".utf8))
    let messages = Language.$current.withValue(.spanish) {
      switch ConfigurationFile.parse(file, rules: RuleRegistry.descriptions) {
      case .success: [String]()
      case .failure(let error): error.diagnostics.map(\.message)
      }
    }
    #expect(
      messages == [
        "tabla desconocida [umbrales]", "la gravedad de OBJ001 debe ser una cadena, no un número entero",
      ])
  }

  @Test func aBaselineThatCannotBeUsedSaysWhyInSpanish() {
    let reasons = Language.$current.withValue(.spanish) {
      [#"{"version": 2, "findings": []}"#, #"{"findings": []}"#].map { text in
        do {
          _ = try Baseline.decode(Data(text.utf8))
          return ""
        } catch {
          return (error as? Baseline.Invalid)?.description ?? "\(error)"
        }
      }
    }
    #expect(reasons == ["la versión de línea base 2 no es 1", "falta version"])
  }
}
