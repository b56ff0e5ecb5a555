/// One text in the languages other than the one it is written in: `aim es "…"` beside `aim "…"`.
///
/// The text written without a language is the default, kept in its own field of the model; this
/// holds only what a translation clause adds. The languages are the ones `ogp` speaks.
public struct LocalizedText: Codable, Sendable, Equatable {
  public var en: String?
  public var es: String?

  /// The language tags a translation may be given in, in the order they are written back.
  public static let languages = ["en", "es"]

  public init(en: String? = nil, es: String? = nil) {
    self.en = en
    self.es = es
  }

  /// The text in the language of `tag` (`es`); nil when it is not given, or not a language
  /// `ogp` speaks. Setting a language `ogp` does not speak changes nothing.
  public subscript(tag: String) -> String? {
    get {
      switch tag {
      case "en": en
      case "es": es
      default: nil
      }
    }
    set {
      switch tag {
      case "en": en = newValue
      case "es": es = newValue
      default: break
      }
    }
  }

  /// Every translation given, by language tag, in the order of `languages`.
  public var all: [(language: String, text: String)] {
    Self.languages.compactMap { tag in self[tag].map { (tag, $0) } }
  }
}

/// The translations of an element's texts, by field: `title` for its header's title, `aim`,
/// `description`… Each field names the model field whose default text it translates; the
/// checker fills only the ones the element's declaration takes.
public struct Translations: Codable, Sendable, Equatable {
  public var title: LocalizedText?
  public var vision: LocalizedText?
  public var mission: LocalizedText?
  public var label: LocalizedText?
  public var aim: LocalizedText?
  public var description: LocalizedText?
  public var outreach: LocalizedText?
  public var problem: LocalizedText?
  public var causes: LocalizedText?
  public var statusQuo: LocalizedText?
  public var goal: LocalizedText?
  public var solution: LocalizedText?
  public var expectedResults: LocalizedText?
  public var deliverable: LocalizedText?

  public init() {}

  /// Records `text` as the translation of `field` into the language of `tag`.
  public mutating func translate(
    _ field: WritableKeyPath<Translations, LocalizedText?>, into tag: String, _ text: String
  ) {
    var localized = self[keyPath: field] ?? LocalizedText()
    localized[tag] = text
    self[keyPath: field] = localized
  }
}

/// An element of the model whose texts may be given in several languages.
public protocol Translatable: SendableMetatype {
  /// Nil when no text of the element is translated, so its JSON form has no `translations`.
  var translations: Translations? { get set }
}

extension Translatable {
  /// `text` in the language of `tag` when the element gives that translation of `field`, else
  /// `text` itself, the default.
  public func text(_ text: String, _ field: KeyPath<Translations, LocalizedText?>, in tag: String) -> String {
    translations?[keyPath: field]?[tag] ?? text
  }

  /// As `text(_:_:in:)`, for an optional field: a translation without its default is not
  /// shown, as the checker refuses one.
  public func text(_ text: String?, _ field: KeyPath<Translations, LocalizedText?>, in tag: String) -> String?
  {
    text.map { self.text($0, field, in: tag) }
  }
}

/// An element with a title in its header, which `title es "…"` in its block translates.
public protocol Titled: Translatable {
  var title: String { get set }
}

extension Titled {
  /// The title in the language of `tag` when the element gives it, else the title as written.
  public func title(in tag: String) -> String { text(title, \.title, in: tag) }
}

extension Strategy: Titled {}
extension FundamentalChange: Titled {}
extension StrategicObjective: Titled {}
extension Priority: Titled {}
extension CoCreationStandard: Titled {}
extension StandardsVersion: Titled {}
extension Actor: Titled {}
extension ActionPlan: Titled {}
extension Forum: Titled {}
extension Commitment: Titled {}
extension Milestone: Titled {}
extension Consultation: Translatable {}
extension CoCreationEvidence: Translatable {}
