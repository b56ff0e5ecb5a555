import OGPDiagnostics
import OGPLanguage
import Testing

/// `ogp explain` shows an example and a fix for every code; both must be true.
struct DiagnosticCatalogueTests {
  static func compile(_ text: String, _ explanation: DiagnosticExplanation) -> Compilation {
    var files: [String: String] = [:]
    for (path, content) in explanation.companionFiles { files["/w/" + path] = content }
    files["/w/" + explanation.fileName] = text
    let compiler = Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/w")
    return compiler.compile([.file(explanation.fileName)])
  }

  /// Configuration codes are `ogp-lint.toml` snippets, which OGPRulesTests' ConfigurationTests run.
  static let runnable = DiagnosticCatalogue.all.filter {
    !$0.exampleIsIllustrative && !$0.exampleNeedsUnreadableCompanions && !$0.isConfiguration
  }

  /// Every runnable code in every language: a translation may give its own example and fix (to
  /// translate their comments), which must be as true as the English.
  static let runnableInEveryLanguage = runnable.flatMap { entry in Language.allCases.map { (entry.code, $0) }
  }

  @Test(arguments: runnableInEveryLanguage)
  func exampleTriggersItsCode(code: DiagnosticCode, language: Language) {
    let explanation = DiagnosticCatalogue.explanation(for: code, in: language)
    let codes = Self.compile(explanation.example, explanation).diagnostics.map(\.code)
    #expect(codes.contains(code.rawValue), "\(language) example for \(code.rawValue) gave \(codes)")
  }

  @Test(arguments: runnableInEveryLanguage)
  func fixCompilesClean(code: DiagnosticCode, language: Language) {
    let explanation = DiagnosticCatalogue.explanation(for: code, in: language)
    let diagnostics = Self.compile(explanation.fix, explanation).diagnostics
    #expect(diagnostics.isEmpty, "\(language) fix for \(code.rawValue) gave \(diagnostics.map(\.code))")
  }

  /// Every code is explained in Spanish (the build fails on a missing file): its own title and
  /// explanation, not the English's, and the same files, since the example's `use` lines name them.
  @Test(arguments: DiagnosticCode.allCases)
  func everyCodeIsExplainedInSpanish(code: DiagnosticCode) {
    let english = DiagnosticCatalogue.explanation(for: code, in: .english)
    let spanish = DiagnosticCatalogue.explanation(for: code, in: .spanish)
    #expect(spanish.code == code)
    #expect(!spanish.title.isEmpty && spanish.title != english.title, "\(code.rawValue)'s Spanish title")
    #expect(spanish.explanation != english.explanation, "\(code.rawValue)'s Spanish explanation")
    #expect(spanish.fileName == english.fileName)
    #expect(spanish.companionFiles == english.companionFiles)
  }

  /// A translation that keeps the English snippets says so by leaving them out; one that gives
  /// its own changes only the comments, so both show the same mistake.
  @Test func translatedSnippetsDifferOnlyInTheirComments() {
    for code in DiagnosticCode.allCases {
      let english = DiagnosticCatalogue.explanation(for: code, in: .english)
      let spanish = DiagnosticCatalogue.explanation(for: code, in: .spanish)
      for (mine, theirs) in [(spanish.example, english.example), (spanish.fix, english.fix)] {
        #expect(withoutComments(mine) == withoutComments(theirs), "\(code.rawValue)")
      }
    }
  }

  private func withoutComments(_ snippet: String) -> [Substring] {
    snippet.split(separator: "\n").filter { !$0.hasPrefix("//") && !$0.hasPrefix("#") }
  }

  @Test func explanationFollowsTheCurrentLanguage() {
    let spanish = Language.$current.withValue(.spanish) { DiagnosticCatalogue.explanation(for: "E0208") }
    #expect(spanish?.title == "objetivo o prioridad desconocidos")
    #expect(DiagnosticCatalogue.explanation(for: "E0208")?.title == "unknown objective or priority")
  }

  @Test func renderedSpanishHasSpanishHeadings() {
    let text = Language.$current.withValue(.spanish) {
      DiagnosticCatalogue.render(DiagnosticCatalogue.explanation(for: .invalidUTF8))
    }
    #expect(text.hasPrefix("E0001: UTF-8 no válido\n\nEl archivo contiene bytes"))
    #expect(text.contains("\nEjemplo:\n\n    // Guardado en Latin-1:"))
    #expect(text.contains("\nCorregido:\n\n    // Guardado en UTF-8:"))
    #expect(!text.contains("Example:"))
  }

  @Test(arguments: ["E0208", "e0208", "0208", " E0208 "])
  func codesAreFoundHoweverTheyAreWritten(written: String) {
    #expect(DiagnosticCatalogue.explanation(for: written)?.code == .unknownObjective)
  }

  @Test func unknownCodeIsNil() {
    #expect(DiagnosticCatalogue.explanation(for: "E9999") == nil)
  }

  @Test func renderedTextHasTitleExampleAndFix() {
    let text = DiagnosticCatalogue.render(DiagnosticCatalogue.explanation(for: .reversedRange))
    #expect(text.hasPrefix("E0402: "))
    #expect(text.contains("Example:"))
    #expect(text.contains("Fixed:"))
  }
}
