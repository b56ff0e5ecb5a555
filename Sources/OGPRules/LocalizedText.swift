import OGPDiagnostics

/// A text of a rule's documentation in every language `ogp` speaks, written side by side in the
/// rule's type, so that one rule stays one type carrying its own docs. Both are kept and the one
/// of `Language.current` is read when it is shown, so a description made once serves every
/// language.
public struct LocalizedText: Sendable, Equatable {
  public let english: String
  public let spanish: String

  public init(en english: String, es spanish: String) {
    self.english = english
    self.spanish = spanish
  }

  /// A text said through the message catalogue: `message` is said once in each language.
  public init(saying message: () -> String) {
    english = Language.$current.withValue(.english, operation: message)
    spanish = Language.$current.withValue(.spanish, operation: message)
  }

  /// A text that is the same in every language: a member's own words, written in one.
  public init(verbatim text: String) {
    self.init(en: text, es: text)
  }

  public func text(in language: Language) -> String {
    switch language {
    case .english: english
    case .spanish: spanish
    }
  }

  /// The text in the current language.
  public var text: String { text(in: .current) }
}
