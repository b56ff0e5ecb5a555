/// A language `ogp` speaks to people in: diagnostics, explanations, help, the report.
///
/// Codes, rule names, keywords and the keys of machine formats are the same in every language;
/// only what a person reads changes.
public enum Language: String, CaseIterable, Hashable, Sendable {
  case english = "en"
  case spanish = "es"

  /// The language text is made in now: bound by the command line for a run, by the language
  /// server for a request, by a test for its body. Task-local, so two tests (or two requests)
  /// in two languages do not see each other's; `concurrentMap` carries it to its threads.
  @TaskLocal public static var current: Language = .english

  /// The language of a tag: `es`, `es_ES.UTF-8`, `es-MX`, `EN`; nil for a language `ogp` does not
  /// speak and for the POSIX locales `C` and `POSIX`.
  public init?(tag: String) {
    let language = tag.prefix { $0.isLetter }.lowercased()
    guard let known = Language(rawValue: language) else { return nil }
    self = known
  }

  /// The language a run speaks when no `--lang` is given: `OGP_LANG`, else the locale as POSIX
  /// orders it (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), else English. An empty variable is
  /// skipped; the first set one decides, even when it names a language `ogp` does not speak, as
  /// a program that does not speak French answers a French locale in its default language.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    if let chosen = environment["OGP_LANG"], !chosen.isEmpty, let language = Language(tag: chosen) {
      return language
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty { return Language(tag: value) ?? .english }
    }
    return .english
  }

  /// The values `--lang` takes, for its help and its error.
  public static var tags: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
