/// What a word, or words written apart, that is not a value of an `EnumDomain` most likely
/// meant. Only a certain answer is offered as a fix-it: the value itself written otherwise, or
/// the one value a synonym names, or the one value spelt close to it.
enum EnumSuggestion: Equatable, Sendable {
  /// The value, written with spaces between its words or in capitals: `in progress`, `Local`.
  case respelled(String)
  /// The one value OGP calls what was written: `regional` for a member is `local`.
  case synonym(String)
  /// What was written names something that may be any of these: `subnational` for a level.
  case ambiguous([String])
  /// Values spelt close to what was written, the nearest first.
  case spelling([String])
  case none

  /// The value to write instead, when there is no doubt about it.
  var certain: String? {
    switch self {
    case .respelled(let value), .synonym(let value): value
    case .spelling(let values) where values.count == 1: values[0]
    case .ambiguous, .spelling, .none: nil
    }
  }

  /// Whether what was written is a value by another name or spelling, not a guess from its
  /// letters.
  var isCertainlyNamed: Bool {
    switch self {
    case .respelled, .synonym: true
    case .ambiguous, .spelling, .none: false
    }
  }

  /// Every value offered, certain or not.
  var candidates: [String] {
    switch self {
    case .respelled(let value), .synonym(let value): [value]
    case .ambiguous(let values), .spelling(let values): values
    case .none: []
    }
  }

  /// At most this many words are read as one value; longer runs are not a mistyped value.
  static let maximumWords = 6

  /// What `words` (as written, one or more) meant among `domain`'s values.
  init(_ words: [String], in domain: EnumDomain) {
    guard !words.isEmpty, words.count <= Self.maximumWords,
      Suggestions.isPlausibleName(words.joined(separator: "_"))
    else {
      self = .none
      return
    }
    let key = EnumDomain.normalisedKey(words)
    if domain.values.contains(key) {
      self = .respelled(key)
    } else if let meant = domain.synonym(key) {
      self = meant.count == 1 ? .synonym(meant[0]) : .ambiguous(meant)
    } else {
      let close = Suggestions.closest(to: key, among: domain.values)
      self = close.isEmpty ? .none : .spelling(close)
    }
  }
}
