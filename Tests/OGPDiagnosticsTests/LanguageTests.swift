import OGPDiagnostics
import Testing

@Suite struct LanguageTests {
  @Test(arguments: [
    ("es", Language.spanish), ("es_ES.UTF-8", .spanish), ("es-MX", .spanish), ("ES", .spanish),
    ("en", .english), ("en_GB.UTF-8", .english),
  ])
  func tagNamesItsLanguage(tag: String, language: Language) {
    #expect(Language(tag: tag) == language)
  }

  @Test(arguments: ["C", "POSIX", "C.UTF-8", "fr_FR.UTF-8", "", "_es", "español"])
  func tagOfAnotherLanguageNamesNone(tag: String) {
    #expect(Language(tag: tag) == nil)
  }

  @Test func environmentIsReadInPOSIXOrderAfterOGPLang() {
    #expect(Language.fromEnvironment([:]) == .english)
    #expect(Language.fromEnvironment(["LANG": "es_ES.UTF-8"]) == .spanish)
    #expect(Language.fromEnvironment(["LANG": "es_ES.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .english)
    #expect(Language.fromEnvironment(["LC_MESSAGES": "en_US.UTF-8", "LC_ALL": "es_AR.UTF-8"]) == .spanish)
    #expect(Language.fromEnvironment(["LC_ALL": "es_AR.UTF-8", "OGP_LANG": "en"]) == .english)
    // A locale of a language ogp does not speak decides for English; it does not fall through.
    #expect(Language.fromEnvironment(["LC_ALL": "fr_FR.UTF-8", "LANG": "es_ES.UTF-8"]) == .english)
    // An empty variable is as if unset.
    #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "es_ES.UTF-8"]) == .spanish)
    // An OGP_LANG ogp does not speak is passed over for the locale.
    #expect(Language.fromEnvironment(["OGP_LANG": "fr", "LANG": "es_ES.UTF-8"]) == .spanish)
  }

  @Test func currentIsBoundPerTask() async {
    #expect(Language.current == .english)
    await Language.$current.withValue(.spanish) {
      #expect(Language.current == .spanish)
      await Task {
        #expect(Language.current == .spanish)
      }.value
    }
    #expect(Language.current == .english)
  }
}
