import OGPDiagnostics
import OGPLanguage
import Testing

/// The checker's and member rules' messages in Spanish, where the Spanish goldens of
/// `examples/errors/` do not reach: each is compiled from memory under `Language.spanish`.
@Suite("The checker's messages in Spanish")
struct CheckMessageSpanishTests {
  @Test("a date's problem names the month in Spanish and says which part is wrong")
  func dateProblems() throws {
    let cases = [
      ("2026-02-30", "febrero de 2026 tiene 28 días"),
      ("2024-13", "no existe el mes 13"),
      ("2024-06-00", "no existe el día 0"),
      ("24-06", "el año necesita cuatro cifras"),
      ("0000-06", "no existe el año 0"),
    ]
    for (date, label) in cases {
      let found = try #require(spanish(plan("submitted \(date)")).first)
      #expect(found.message == "fecha no válida '\(date)'")
      #expect(found.primary.message == label)
    }
  }

  @Test("a forum, which has no name, is 'el foro' where its clauses are named")
  func forumOwner() throws {
    let found = try #require(spanish(plan("forum \"F\" {\n    meats every 3 months\n  }")).first)
    #expect(found.message == "cláusula desconocida 'meats' en el foro")
    #expect(
      found.help?.hasSuffix(
        "(el foro admite: title, meets, members, rules, website, repository, "
          + "repository_updated, meetings, minutes)") == true)
  }

  @Test("a declaration that belongs at the top level, inside a block, suggests the missing brace")
  func missingBraceNote() throws {
    let found = try #require(spanish(plan("actor a government \"A\"")).first)
    #expect(found.message == "no se puede declarar un actor dentro de un plan")
    #expect(
      found.notes == [
        "si esta declaración de actor debía estar en el nivel superior, falta una '}' antes de ella"
      ])
    #expect(found.help == "cámbiala de lugar: su sitio es el nivel superior de un archivo")
  }

  @Test("what a value was found to be is said in Spanish")
  func foundDescriptions() throws {
    let range = try #require(spanish(plan("submitted 2024 .. 2025")).first)
    #expect(range.message.hasSuffix("pero se encontró un intervalo"))
    let period = try #require(spanish(plan("submitted 2024", period: "2024-09")).first)
    #expect(period.message.hasSuffix("pero se encontró una sola fecha"))
    let values = try #require(spanish(plan("submitted 2024", period: "2024 2025 2026")).first)
    #expect(values.message.hasSuffix("pero se encontró una serie de 3 valores"))
  }

  @Test("a member rule's own messages, with its example 'message' clause, are in Spanish")
  func ruleMessages() throws {
    let diagnostics = spanish(
      """
      rule forum01 warning "T" {
        each commitment c
        require count(c.partners) >= 1
        message
        colour red
      }
      rule FORUM02 warning "T" {
        each commitment c
        require count(c.partners) >= 1
        message "m"
      }
      rule FORUM02 warning "T" {
        each commitment c
        require count(c.partners) >= 1
        message "m"
      }

      """)
    let messages = diagnostics.map(\.message)
    #expect(messages.contains("el código de regla 'forum01' no está escrito con mayúsculas y cifras"))
    #expect(messages.contains("'message' no tiene valor"))
    #expect(messages.contains("cláusula desconocida 'colour' en la regla 'forum01'"))
    #expect(messages.contains("la regla 'FORUM02' se declara dos veces"))
    let noValue = try #require(diagnostics.first { $0.message == "'message' no tiene valor" })
    #expect(
      noValue.help
        == "escríbela así: message \"el compromiso {c.name} no tiene ningún socio de la sociedad civil\"")
  }

  @Test("the same program reports the same messages in English when no language is bound")
  func englishStaysEnglish() throws {
    let compilation = Compiler(
      provider: InMemorySourceProvider(["/w/a.ogp": plan("submitted 2024-13")]), workingDirectory: "/w"
    )
    .compile([.file("a.ogp")])
    let found = try #require(compilation.diagnostics.first)
    #expect(found.message == "invalid date '2024-13'")
    #expect(found.primary.message == "there is no month 13")
  }

  @Test("'ogp explain' heads the example and its fix in Spanish")
  func explanationHeadings() {
    let explanation = DiagnosticCatalogue.explanation(for: .invalidDate)
    let text = Language.$current.withValue(.spanish) { DiagnosticCatalogue.render(explanation) }
    #expect(text.contains("\nEjemplo:\n"))
    #expect(text.contains("\nCorregido:\n"))
    #expect(!text.contains("Example:"))
  }

  /// A plan whose line 5 is `clause`, its period written as `period`.
  private func plan(_ clause: String, period: String = "2024-09 .. 2026-08") -> String {
    """
    plan p "P" {
      member "A" national
      period \(period)
      \(clause)
    }

    """
  }

  /// The diagnostics of `/w/a.ogp` holding `source`, compiled in Spanish.
  private func spanish(_ source: String) -> [Diagnostic] {
    Language.$current.withValue(.spanish) {
      Compiler(provider: InMemorySourceProvider(["/w/a.ogp": source]), workingDirectory: "/w")
        .compile([.file("a.ogp")]).diagnostics
    }
  }
}
