import OGPDiagnostics
import OGPModel

/// What a clause is, as the language sees it: its keyword, the shape of its value, how often it
/// may be given, and the model field it fills.
public struct ClauseSpec: Sendable {
  public let keyword: String
  public let type: ValueType
  public let isRequired: Bool
  public let isRepeatable: Bool
  /// Whether the clause may also be given per language, `aim es "…"` beside `aim "…"`.
  public let isTranslatable: Bool
  /// The name of the model field the clause fills, as the JSON export and schema spell it.
  public let modelField: String
  /// One line for help texts, completion and the docs.
  public let summary: String
}

/// A clause value after type checking and name resolution.
public indirect enum CheckedValue: Sendable, Equatable {
  case text(String)
  /// A translation clause's value: `es "…"` after `aim`, or after `title` for the header's title.
  case translation(language: String, text: String)
  case texts([String])
  case integer(Int)
  /// A count, with its qualifier's word when it is not exact.
  case count(Int, qualifier: String?)
  case date(PartialDate)
  case dates([PartialDate])
  case dateRange(DateRange)
  case frequency(Duration)
  case enumeration(String)
  case enumerations([String])
  /// A qualified id.
  case reference(String)
  case references([String])
  case tags([String])
  case member(Member)
  case requirements([MinimumRequirement])
  /// The clauses of a block, by keyword, in the order of the block's descriptors.
  case block([(keyword: String, value: CheckedValue)])
  /// The blocks of a repeatable block clause (`assessment`), in the order written.
  case blocks([[(keyword: String, value: CheckedValue)]])

  public static func == (lhs: CheckedValue, rhs: CheckedValue) -> Bool {
    switch (lhs, rhs) {
    case (.text(let l), .text(let r)): l == r
    case (.translation(let l, let lt), .translation(let r, let rt)): l == r && lt == rt
    case (.texts(let l), .texts(let r)), (.enumerations(let l), .enumerations(let r)),
      (.references(let l), .references(let r)), (.tags(let l), .tags(let r)):
      l == r
    case (.integer(let l), .integer(let r)): l == r
    case (.count(let l, let lq), .count(let r, let rq)): l == r && lq == rq
    case (.date(let l), .date(let r)): l == r
    case (.dates(let l), .dates(let r)): l == r
    case (.dateRange(let l), .dateRange(let r)): l == r
    case (.frequency(let l), .frequency(let r)): l == r
    case (.enumeration(let l), .enumeration(let r)), (.reference(let l), .reference(let r)): l == r
    case (.member(let l), .member(let r)): l == r
    case (.requirements(let l), .requirements(let r)): l == r
    case (.block(let l), .block(let r)):
      Self.sameEntries(l, r)
    case (.blocks(let l), .blocks(let r)):
      l.count == r.count && zip(l, r).allSatisfy { Self.sameEntries($0, $1) }
    default: false
    }
  }

  private static func sameEntries(
    _ l: [(keyword: String, value: CheckedValue)], _ r: [(keyword: String, value: CheckedValue)]
  ) -> Bool {
    l.count == r.count && zip(l, r).allSatisfy { $0.keyword == $1.keyword && $0.value == $1.value }
  }
}

/// One clause of a declaration or block whose values fill an `Owner` (a `Commitment`, an
/// `Assessment`): the clause's description and the two directions between its checked value and
/// the model. Checking, building the model, printing it back (`ogp import`) and reading it in
/// queries all go through these; `ClauseTable` lists them.
public struct ClauseField<Owner>: Sendable {
  public let spec: ClauseSpec
  /// Writes a checked value into the model.
  let store: @Sendable (inout Owner, CheckedValue) -> Void
  /// The model's value as a clause value; nil when the model leaves it out (the clause would not
  /// be written).
  let read: @Sendable (Owner) -> CheckedValue?
  /// The model's translations of the clause's text, each a clause of its own; empty for a
  /// clause that is not translatable.
  let translations: @Sendable (Owner) -> [(language: String, text: String)]

  init(
    _ keyword: String, _ type: ValueType, required: Bool = false, repeatable: Bool = false, field: String,
    _ summary: String, store: @escaping @Sendable (inout Owner, CheckedValue) -> Void,
    read: @escaping @Sendable (Owner) -> CheckedValue?,
    translations: (@Sendable (Owner) -> [(language: String, text: String)])? = nil
  ) {
    spec = ClauseSpec(
      keyword: keyword, type: type, isRequired: required, isRepeatable: repeatable,
      isTranslatable: translations != nil, modelField: field, summary: summary)
    self.store = store
    self.read = read
    self.translations = translations ?? { _ in [] }
  }
}

// The shapes of field, one constructor each, so that a table entry names only the keyword, the
// key path and what differs.
extension ClauseField {
  static func text(
    _ keyword: String, _ path: WritableKeyPath<Owner, String?> & Sendable, field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .text, field: field, summary,
      store: { owner, value in if case .text(let text) = value { owner[keyPath: path] = text } },
      read: { $0[keyPath: path].map(CheckedValue.text) })
  }

  /// A text a person reads, which may also be given per language: `aim "…"` is the default,
  /// `aim es "…"` its translation, kept at `translation` in the owner's `Translations`.
  static func localizedText(
    _ keyword: String, _ path: WritableKeyPath<Owner, String?> & Sendable,
    translation: WritableKeyPath<Translations, LocalizedText?> & Sendable, field: String, _ summary: String
  ) -> Self where Owner: Translatable {
    let all: WritableKeyPath<Owner, Translations?> & Sendable = \.translations
    return Self(
      keyword, .text, field: field, summary,
      store: { owner, value in
        switch value {
        case .text(let text): owner[keyPath: path] = text
        case .translation(let language, let text):
          var translations = owner[keyPath: all] ?? Translations()
          translations.translate(translation, into: language, text)
          owner[keyPath: all] = translations
        default: break
        }
      },
      read: { $0[keyPath: path].map(CheckedValue.text) },
      translations: { $0[keyPath: all]?[keyPath: translation]?.all ?? [] })
  }

  /// `title es "…"` in a declaration's block: its header's title in another language. The title
  /// itself is the header's, so the clause takes only translations and reads back none.
  static func titleTranslation() -> Self where Owner: Titled {
    let all: WritableKeyPath<Owner, Translations?> & Sendable = \.translations
    return Self(
      "title", .translation, field: "title", "the title in another language: title es \"…\"",
      store: { owner, value in
        guard case .translation(let language, let text) = value else { return }
        var translations = owner[keyPath: all] ?? Translations()
        translations.translate(\.title, into: language, text)
        owner[keyPath: all] = translations
      },
      read: { _ in nil },
      translations: { $0[keyPath: all]?.title?.all ?? [] })
  }

  static func texts(
    _ keyword: String, _ path: WritableKeyPath<Owner, [String]> & Sendable, field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .texts, field: field, summary,
      store: { owner, value in if case .texts(let texts) = value { owner[keyPath: path] = texts } },
      read: { owner in owner[keyPath: path].isEmpty ? nil : .texts(owner[keyPath: path]) })
  }

  static func integer(
    _ keyword: String, _ path: WritableKeyPath<Owner, Int?> & Sendable, field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .integer, field: field, summary,
      store: { owner, value in if case .integer(let number) = value { owner[keyPath: path] = number } },
      read: { $0[keyPath: path].map(CheckedValue.integer) })
  }

  /// A count that may be approximate: the number and its qualifier, two fields of the model.
  static func count(
    _ keyword: String, _ path: WritableKeyPath<Owner, Int?> & Sendable,
    qualifier: WritableKeyPath<Owner, CountQualifier?> & Sendable, field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .count, field: field, summary,
      store: { owner, value in
        guard case .count(let number, let word) = value else { return }
        owner[keyPath: path] = number
        owner[keyPath: qualifier] = word.flatMap(CountQualifier.init)
      },
      read: { owner in
        owner[keyPath: path].map { .count($0, qualifier: owner[keyPath: qualifier]?.rawValue) }
      })
  }

  static func date(
    _ keyword: String, _ path: WritableKeyPath<Owner, PartialDate?> & Sendable, field: String,
    _ summary: String
  ) -> Self {
    Self(
      keyword, .date, field: field, summary,
      store: { owner, value in if case .date(let date) = value { owner[keyPath: path] = date } },
      read: { $0[keyPath: path].map(CheckedValue.date) })
  }

  static func dates(
    _ keyword: String, _ path: WritableKeyPath<Owner, [PartialDate]> & Sendable, field: String,
    _ summary: String
  ) -> Self {
    Self(
      keyword, .dates, field: field, summary,
      store: { owner, value in if case .dates(let dates) = value { owner[keyPath: path] = dates } },
      read: { owner in owner[keyPath: path].isEmpty ? nil : .dates(owner[keyPath: path]) })
  }

  static func dateRange(
    _ keyword: String, _ path: WritableKeyPath<Owner, DateRange?> & Sendable, field: String,
    _ summary: String
  ) -> Self {
    Self(
      keyword, .dateRange, field: field, summary,
      store: { owner, value in if case .dateRange(let range) = value { owner[keyPath: path] = range } },
      read: { $0[keyPath: path].map(CheckedValue.dateRange) })
  }

  /// A period the model requires: the declaration is built only when it is given.
  static func requiredDateRange(
    _ keyword: String, _ path: WritableKeyPath<Owner, DateRange> & Sendable, field: String,
    _ summary: String
  ) -> Self {
    Self(
      keyword, .dateRange, required: true, field: field, summary,
      store: { owner, value in if case .dateRange(let range) = value { owner[keyPath: path] = range } },
      read: { .dateRange($0[keyPath: path]) })
  }

  static func frequency(
    _ keyword: String, _ path: WritableKeyPath<Owner, Duration?> & Sendable, field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .frequency, field: field, summary,
      store: { owner, value in if case .frequency(let duration) = value { owner[keyPath: path] = duration } },
      read: { $0[keyPath: path].map(CheckedValue.frequency) })
  }

  static func enumeration<Word: RawRepresentable<String> & Sendable>(
    _ keyword: String, _ path: WritableKeyPath<Owner, Word?> & Sendable, _ domain: EnumDomain,
    field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .enumeration(domain), field: field, summary,
      store: { owner, value in
        if case .enumeration(let word) = value { owner[keyPath: path] = Word(rawValue: word) }
      },
      read: { $0[keyPath: path].map { .enumeration($0.rawValue) } })
  }

  static func enumerations<Word: RawRepresentable<String> & Sendable>(
    _ keyword: String, _ path: WritableKeyPath<Owner, [Word]> & Sendable, _ domain: EnumDomain,
    field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .enumerations(domain), field: field, summary,
      store: { owner, value in
        if case .enumerations(let words) = value { owner[keyPath: path] = words.compactMap(Word.init) }
      },
      read: { owner in
        owner[keyPath: path].isEmpty ? nil : .enumerations(owner[keyPath: path].map(\.rawValue))
      })
  }

  /// `yes` or `no`, a `Bool` in the model.
  static func yesNo(
    _ keyword: String, _ path: WritableKeyPath<Owner, Bool?> & Sendable, field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .enumeration(.yesNo), field: field, summary,
      store: { owner, value in if case .enumeration(let word) = value { owner[keyPath: path] = word == "yes" }
      },
      read: { $0[keyPath: path].map { .enumeration($0 ? "yes" : "no") } })
  }

  /// One top-level name (`actorReference`, `strategyReference`), a qualified id in the model.
  static func reference(
    _ keyword: String, _ type: ValueType, _ path: WritableKeyPath<Owner, String?> & Sendable, field: String,
    _ summary: String
  ) -> Self {
    Self(
      keyword, type, field: field, summary,
      store: { owner, value in if case .reference(let id) = value { owner[keyPath: path] = id } },
      read: { $0[keyPath: path].map(CheckedValue.reference) })
  }

  /// A list of names (`actorReferences`, `objectiveReferences`), qualified ids in the model.
  static func references(
    _ keyword: String, _ type: ValueType, required: Bool = false,
    _ path: WritableKeyPath<Owner, [String]> & Sendable, field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, type, required: required, field: field, summary,
      store: { owner, value in if case .references(let ids) = value { owner[keyPath: path] = ids } },
      read: { owner in owner[keyPath: path].isEmpty ? nil : .references(owner[keyPath: path]) })
  }

  static func tags(
    _ keyword: String, _ path: WritableKeyPath<Owner, [String]> & Sendable, field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .tags, field: field, summary,
      store: { owner, value in if case .tags(let tags) = value { owner[keyPath: path] = tags } },
      read: { owner in owner[keyPath: path].isEmpty ? nil : .tags(owner[keyPath: path]) })
  }

  static func member(
    _ keyword: String, _ path: WritableKeyPath<Owner, Member> & Sendable, field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .member, required: true, field: field, summary,
      store: { owner, value in if case .member(let member) = value { owner[keyPath: path] = member } },
      read: { .member($0[keyPath: path]) })
  }

  /// A repeatable `name [N unit]` clause; each one written adds a requirement.
  static func requirements(
    _ keyword: String, _ path: WritableKeyPath<Owner, [MinimumRequirement]> & Sendable, field: String,
    _ summary: String
  ) -> Self {
    Self(
      keyword, .requirement, repeatable: true, field: field, summary,
      store: { owner, value in if case .requirements(let more) = value { owner[keyPath: path] += more } },
      read: { owner in owner[keyPath: path].isEmpty ? nil : .requirements(owner[keyPath: path]) })
  }

  /// A `{ … }` block of sub-clauses that fills a value of its own (`Assessment`).
  static func block<Inner: Sendable>(
    _ keyword: String, _ path: WritableKeyPath<Owner, Inner?> & Sendable, empty: Inner,
    _ fields: [ClauseField<Inner>], field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .block(fields.map(\.spec)), field: field, summary,
      store: { owner, value in
        guard case .block(let entries) = value else { return }
        var inner = empty
        for entry in entries {
          fields.first { $0.spec.keyword == entry.keyword }?.store(&inner, entry.value)
        }
        owner[keyPath: path] = inner
      },
      read: { owner in owner[keyPath: path].map { .block(entries(of: $0, fields)) } })
  }

  /// A repeatable `{ … }` block (`assessment`): each one written adds a value of its own.
  static func blocks<Inner: Sendable>(
    _ keyword: String, _ path: WritableKeyPath<Owner, [Inner]> & Sendable, empty: Inner,
    _ fields: [ClauseField<Inner>], field: String, _ summary: String
  ) -> Self {
    Self(
      keyword, .block(fields.map(\.spec)), repeatable: true, field: field, summary,
      store: { owner, value in
        guard case .block(let entries) = value else { return }
        var inner = empty
        for entry in entries {
          fields.first { $0.spec.keyword == entry.keyword }?.store(&inner, entry.value)
        }
        owner[keyPath: path].append(inner)
      },
      read: { owner in
        let all = owner[keyPath: path]
        return all.isEmpty
          ? nil
          : .blocks(all.map { entries(of: $0, fields) })
      })
  }

  /// A block's clauses as the model gives them, each text followed by its translations.
  private static func entries<Inner>(of inner: Inner, _ fields: [ClauseField<Inner>])
    -> [(keyword: String, value: CheckedValue)]
  {
    fields.flatMap { field in
      (field.read(inner).map { [(field.spec.keyword, $0)] } ?? [])
        + field.translations(inner).map {
          (field.spec.keyword, .translation(language: $0.language, text: $0.text))
        }
    }
  }
}
