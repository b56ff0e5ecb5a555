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

  @Test(arguments: runnable.map(\.code))
  func exampleTriggersItsCode(code: DiagnosticCode) {
    let explanation = DiagnosticCatalogue.explanation(for: code)
    let codes = Self.compile(explanation.example, explanation).diagnostics.map(\.code)
    #expect(codes.contains(code.rawValue), "example for \(code.rawValue) gave \(codes)")
  }

  @Test(arguments: runnable.map(\.code))
  func fixCompilesClean(code: DiagnosticCode) {
    let explanation = DiagnosticCatalogue.explanation(for: code)
    let diagnostics = Self.compile(explanation.fix, explanation).diagnostics
    #expect(diagnostics.isEmpty, "fix for \(code.rawValue) gave \(diagnostics.map(\.code))")
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
