import OGPDiagnostics
import OGPLanguage

/// What reading `ogp-lint.toml` reports about its tables, keys and rules, worded in one place.
/// Names from the file are quoted through `ConfigurationError.shown`.
enum ConfigurationMessage {
  case unknownTable(String, suggestions: [String])
  case duplicateTable(ConfigurationTable, first: SourceSpan)
  case duplicateKey(String, in: ConfigurationTable?, first: SourceSpan)
  case unknownKey(String, in: ConfigurationTable?, hint: KeyHint, suggestions: [String])
  case unknownRule(String, suggestions: [String])
  /// A rule set twice, perhaps once by code and once by name (`firstWritten`, `written`).
  case duplicateRule(code: String, first: SourceSpan, firstWritten: String, written: String)
  /// `found`: what the value is ("a number", "a list").
  case severityNotString(code: String, found: String)
  case unknownSeverity(String, suggestions: [String])
  /// The bounds of the commitment count crossed; `last` was written last, the other bound is
  /// `otherValue`, written at `otherSpan` or left at its default.
  case reversedCommitmentBounds(
    minimum: Int, maximum: Int, last: ConfigurationKey, otherValue: Int, otherSpan: SourceSpan?)
  case outsideRoot(path: String, root: String)
  // Values. `found` is what a value is ("a string", "a list").
  case wrongType(ConfigurationKey, expected: ValueKind, found: String, hint: TypeHint)
  case numberOutOfRange(ConfigurationKey, Int, allowed: ClosedRange<Int>)
  case noNumbers(ConfigurationKey)
  case notANumber(ConfigurationKey, found: String)
  case notADate(String)
  case notAnObjectiveID(String, ConfigurationKey)
  case noWords(ConfigurationKey)
  case notAWord(ConfigurationKey, found: String)
  case emptyWord
  case numberTooLarge
  // Syntax (E0501).
  case unexpectedAfterLine(isTable: Bool)
  case invalidUTF8(bytes: Int)
  case controlCharacter(Unicode.Scalar)
  case arrayOfTables
  case expectedTableName
  case expectedTableClose(name: String, dotted: Bool)
  case quotedKey
  case expectedKey
  case expectedEquals(key: String, found: EqualsHint)
  case singleQuotedString
  case nestedList
  case inlineTable
  case expectedListSeparator
  case unclosedList
  case multilineString
  /// `atLineEnd`: the line ends in a backslash, as if to continue.
  case unterminatedString(atLineEnd: Bool)
  /// `written`: the escape as the file has it.
  case invalidEscape(written: String)
  case invalidUnicodeEscape
  case malformedNumber(String)
  case notAValue(String)
  case expectedValue

  /// What follows a key where '=' belongs.
  enum EqualsHint {
    case dot, colon, other

    var help: String {
      switch self {
      case .dot: ConfigurationText.expectedEqualsDot
      case .colon: ConfigurationText.expectedEqualsColon
      case .other: ConfigurationText.expectedEqualsOther
      }
    }
  }

  /// What a key's value must be.
  enum ValueKind {
    case wholeNumber, wholeNumbers, date, string, strings

    /// "a whole number", in the language of the run.
    var spoken: String {
      switch self {
      case .wholeNumber: ConfigurationText.expectedWholeNumber
      case .wholeNumbers: ConfigurationText.expectedWholeNumbers
      case .date: ConfigurationText.expectedDate
      case .string: ConfigurationText.expectedString
      case .strings: ConfigurationText.expectedStrings
      }
    }
  }

  /// What helps with a value of the wrong type besides an example.
  enum TypeHint {
    case example
    /// A number in quotes, as written inside them.
    case unquote(String)
    /// One number where a list belongs, as written.
    case list(String)
  }

  /// What helps with an unknown key besides a near spelling.
  enum KeyHint {
    /// A key of another table, or of the top of the file.
    case elsewhere(ConfigurationKey)
    /// A rule's code or name outside `[rules]`.
    case ruleOutsideRules
    /// The keys the place takes.
    case keys([String])
  }

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    typealias Text = ConfigurationText
    let severities = Self.listed(RuleSeverity.allCases.map { "\"\($0.rawValue)\"" }, LintText.listOr)
    switch self {
    case .unknownTable(let name, let suggestions):
      return .configurationError(
        .unknownConfigurationKey, Text.unknownTableMessage(name: ConfigurationError.shown(name)), at: span,
        label: Text.unknownTableLabel,
        help: Suggestions.didYouMean(suggestions.map { "[\($0)]" })
          ?? Text.unknownTableHelp(tables: Self.listed(ConfigurationTable.allCases.map(\.header))),
        fixIts: Self.fixIts(span, suggestions))
    case .duplicateTable(let table, let first):
      return .configurationError(
        .duplicateConfigurationKey, Text.duplicateTableMessage(table: table.header), at: span,
        label: Text.duplicateTableLabel, secondary: [Label(first, Text.duplicateTableFirstLabel)],
        help: Text.duplicateTableHelp(table: table.header))
    case .duplicateKey(let name, let table, let first):
      return .configurationError(
        .duplicateConfigurationKey,
        table.map { Text.duplicateKeyMessageInTable(name: name, table: $0.header) }
          ?? Text.duplicateKeyMessage(name: name),
        at: span, label: Text.setAgainLabel, secondary: [Label(first, Text.firstSetLabel)],
        help: Text.keepOneHelp)
    case .unknownKey(let name, let table, let hint, let suggestions):
      let help: String
      switch hint {
      case .elsewhere(let key): help = Text.unknownKeyElsewhere(name: name, place: key.place)
      case .ruleOutsideRules: help = Text.unknownKeyRuleOutsideRules
      case .keys(let keys):
        help =
          Suggestions.didYouMean(suggestions)
          ?? table.map { Text.unknownKeyKeysOfTable(table: $0.header, keys: Self.listed(keys)) }
          ?? Text.unknownKeyKeysOfTop(keys: Self.listed(keys))
      }
      let shown = ConfigurationError.shown(name)
      return .configurationError(
        .unknownConfigurationKey,
        table.map { Text.unknownKeyMessageInTable(name: shown, table: $0.header) }
          ?? Text.unknownKeyMessage(name: shown),
        at: span, label: Text.unknownKeyLabel, help: help, fixIts: Self.fixIts(span, suggestions))
    case .unknownRule(let name, let suggestions):
      return .configurationError(
        .unknownRule, Text.unknownRuleMessage(name: ConfigurationError.shown(name)), at: span,
        label: Text.unknownRuleLabel, help: Suggestions.didYouMean(suggestions) ?? Text.unknownRuleHelp,
        fixIts: Self.fixIts(span, suggestions))
    case .duplicateRule(let code, let first, let firstWritten, let written):
      return .configurationError(
        .duplicateConfigurationKey, Text.duplicateRuleMessage(code: code), at: span,
        label: Text.setAgainLabel,
        secondary: [Label(first, Text.firstSetLabel)],
        notes: firstWritten == written
          ? []
          : [
            Text.duplicateRuleNote(
              first: ConfigurationError.shown(firstWritten), second: ConfigurationError.shown(written))
          ],
        help: Text.keepOneHelp)
    case .severityNotString(let code, let found):
      return .configurationError(
        .invalidConfigurationValue, Text.severityNotStringMessage(code: code, found: found), at: span,
        label: found, help: Text.severityNotStringHelp(severities: severities))
    case .unknownSeverity(let text, let suggestions):
      return .configurationError(
        .unknownSeverity, Text.unknownSeverityMessage(text: ConfigurationError.shown(text)), at: span,
        label: Text.unknownSeverityLabel,
        help: Suggestions.didYouMean(suggestions).map {
          Text.unknownSeverityHelpAfterSuggestion(suggestion: $0, severities: severities)
        } ?? Text.unknownSeverityHelp(severities: severities),
        fixIts: Self.fixIts(span, suggestions.map { "\"\($0)\"" }))
    case .reversedCommitmentBounds(let minimum, let maximum, let last, let otherValue, let otherSpan):
      let pair = ConfigurationKey.commitmentBounds(of: last)
      let other = (last == pair.minimum ? pair.maximum : pair.minimum).rawValue
      let (low, high) = (pair.minimum.rawValue, pair.maximum.rawValue)
      return .configurationError(
        .invalidConfigurationValue,
        Text.reversedBoundsMessage(low: low, minimum: "\(minimum)", high: high, maximum: "\(maximum)"),
        at: span,
        label: last == pair.minimum
          ? Text.reversedBoundsGreaterLabel(high: high) : Text.reversedBoundsLessLabel(low: low),
        secondary: otherSpan.map {
          [Label($0, Text.reversedBoundsOtherLabel(other: other, value: "\(otherValue)"))]
        }
          ?? [],
        notes: otherSpan == nil ? [Text.reversedBoundsNote(other: other, value: "\(otherValue)")] : [],
        help: Text.reversedBoundsHelp(low: low, high: high))
    case .wrongType(let key, let expected, let found, let hint):
      let help =
        switch hint {
        case .example: Text.exampleHelp(key: key.rawValue, example: key.example)
        case .unquote(let text): Text.wrongTypeUnquote(key: key.rawValue, text: text)
        case .list(let written): Text.wrongTypeList(key: key.rawValue, written: written)
        }
      return Self.invalid(
        Text.wrongTypeMessage(key: key.rawValue, expected: expected.spoken, found: found), at: span,
        label: found,
        help: help)
    case .numberOutOfRange(let key, let number, let allowed):
      let (lowest, highest) = ("\(allowed.lowerBound)", "\(allowed.upperBound)")
      return Self.invalid(
        Text.numberOutOfRangeMessage(
          key: key.rawValue, lowest: lowest, highest: highest, number: "\(number)"),
        at: span, label: Text.outOfRangeLabel,
        help: Text.numberOutOfRangeHelp(
          lowest: lowest, highest: highest, key: key.rawValue, example: key.example))
    case .noNumbers(let key):
      return Self.invalid(
        Text.noNumbersMessage(key: key.rawValue), at: span, label: Text.emptyListLabel,
        help: Text.exampleHelp(key: key.rawValue, example: key.example))
    case .notANumber(let key, let found):
      return Self.invalid(
        Text.notANumberMessage(key: key.rawValue, found: found), at: span, label: found,
        help: Text.exampleHelp(key: key.rawValue, example: key.example))
    case .notADate(let text):
      return Self.invalid(
        Text.notADateMessage(text: ConfigurationError.shown(text)), at: span, label: Text.notADateLabel,
        help: Text.notADateHelp)
    case .notAnObjectiveID(let id, let key):
      return Self.invalid(
        Text.notAnObjectiveIDMessage(id: ConfigurationError.shown(id)), at: span,
        label: Text.notAnObjectiveIDLabel,
        help: Text.notAnObjectiveIDHelp(key: key.rawValue, example: key.example))
    case .noWords(let key):
      return Self.invalid(
        Text.noWordsMessage(key: key.rawValue), at: span, label: Text.emptyListLabel, help: Text.noWordsHelp)
    case .notAWord(let key, let found):
      return Self.invalid(
        Text.notAWordMessage(key: key.rawValue, found: found), at: span, label: found,
        help: Text.notAWordHelp(key: key.rawValue, example: key.example))
    case .emptyWord:
      return Self.invalid(
        Text.emptyWordMessage, at: span, label: Text.emptyWordLabel, help: Text.emptyWordHelp)
    case .numberTooLarge:
      return Self.invalid(
        Text.numberTooLargeMessage, at: span, label: Text.outOfRangeLabel,
        help: Text.numberTooLargeHelp(largest: "\(ConfigurationParser.largestNumber)"))
    case .unexpectedAfterLine(let isTable):
      return Self.syntax(
        isTable ? Text.unexpectedAfterLineAfterHeader : Text.unexpectedAfterLineAfterValue, at: span,
        label: Text.unexpectedAfterLineLabel, help: Text.unexpectedAfterLineHelp)
    case .invalidUTF8(let count):
      return Self.syntax(
        Text.invalidUTF8Message(count: count), at: span, label: Text.invalidUTF8Label,
        help: Text.invalidUTF8Help)
    case .controlCharacter(let scalar):
      let hex = String(scalar.value, radix: 16, uppercase: true)
      return Self.syntax(
        scalar.value == 0
          ? Text.controlCharacterNul
          : Text.controlCharacterOther(code: String(repeating: "0", count: 4 - hex.count) + hex),
        at: span, label: Text.controlCharacterLabel, help: Text.controlCharacterHelp)
    case .arrayOfTables:
      return Self.syntax(
        Text.arrayOfTablesMessage, at: span, label: Text.arrayOfTablesLabel, help: Text.arrayOfTablesHelp)
    case .expectedTableName:
      return Self.syntax(
        Text.expectedTableNameMessage, at: span, label: Text.expectedTableNameLabel,
        help: Text.expectedTableNameHelp)
    case .expectedTableClose(let name, let dotted):
      return Self.syntax(
        Text.expectedTableCloseMessage, at: span, label: Text.expectedTableCloseLabel,
        help: dotted
          ? Text.expectedTableCloseDotted : Text.expectedTableCloseHelp(name: ConfigurationError.shown(name)))
    case .quotedKey:
      return Self.syntax(
        Text.quotedKeyMessage, at: span, label: Text.quotedKeyLabel, help: Text.quotedKeyHelp)
    case .expectedKey:
      return Self.syntax(
        Text.expectedKeyMessage, at: span, label: Text.expectedKeyLabel, help: Text.expectedKeyHelp)
    case .expectedEquals(let key, let found):
      return Self.syntax(
        Text.expectedEqualsMessage(key: ConfigurationError.shown(key)), at: span,
        label: Text.expectedEqualsLabel,
        help: found.help)
    case .singleQuotedString:
      return Self.syntax(
        Text.singleQuotedStringMessage, at: span, label: Text.singleQuotedStringLabel,
        help: Text.singleQuotedStringHelp)
    case .nestedList:
      return Self.syntax(
        Text.nestedListMessage, at: span, label: Text.nestedListLabel, help: Text.nestedListHelp)
    case .inlineTable:
      return Self.syntax(
        Text.inlineTableMessage, at: span, label: Text.inlineTableLabel, help: Text.inlineTableHelp)
    case .expectedListSeparator:
      return Self.syntax(
        Text.expectedListSeparatorMessage, at: span, label: Text.expectedListSeparatorLabel,
        help: Text.expectedListSeparatorHelp)
    case .unclosedList:
      return Self.syntax(
        Text.unclosedListMessage, at: span, label: Text.unclosedListLabel, help: Text.unclosedListHelp)
    case .multilineString:
      return Self.syntax(
        Text.multilineStringMessage, at: span, label: Text.multilineStringLabel,
        help: Text.multilineStringHelp)
    case .unterminatedString(let atLineEnd):
      return Self.syntax(
        Text.unterminatedStringMessage, at: span, label: Text.unterminatedStringLabel,
        help: atLineEnd ? Text.unterminatedStringAtLineEnd : Text.unterminatedStringHelp)
    case .invalidEscape(let written):
      return Self.syntax(
        Text.invalidEscapeMessage(written: written), at: span, label: Text.invalidEscapeLabel,
        help: Text.invalidEscapeHelp)
    case .invalidUnicodeEscape:
      return Self.syntax(
        Text.invalidUnicodeEscapeMessage, at: span, label: Text.invalidUnicodeEscapeLabel,
        help: Text.invalidUnicodeEscapeHelp)
    case .malformedNumber(let text):
      return Self.syntax(
        Text.malformedNumberMessage(text: ConfigurationError.shown(text)), at: span,
        label: Text.malformedNumberLabel, help: Text.malformedNumberHelp)
    case .notAValue(let text):
      let shown = ConfigurationError.shown(text)
      return Self.syntax(
        Text.notAValueMessage(text: shown), at: span, label: Text.notAValueLabel,
        help: Text.notAValueHelp(text: shown))
    case .expectedValue:
      return Self.syntax(
        Text.expectedValueMessage, at: span, label: Text.expectedValueLabel, help: Text.expectedValueHelp)
    case .outsideRoot(let path, let root):
      return .configurationError(
        .configurationOutsideRoot, Text.outsideRootMessage(path: path), at: span,
        label: Text.outsideRootLabel,
        notes: [Text.outsideRootNote(root: root)], help: Text.outsideRootHelp)
    }
  }

  private static func invalid(_ message: String, at span: SourceSpan, label: String, help: String)
    -> Diagnostic
  {
    .configurationError(.invalidConfigurationValue, message, at: span, label: label, help: help)
  }

  private static func syntax(_ message: String, at span: SourceSpan, label: String, help: String)
    -> Diagnostic
  {
    .configurationError(.configurationSyntax, message, at: span, label: label, help: help)
  }

  /// A fix-it when exactly one replacement is suggested: with more, the choice is the user's.
  private static func fixIts(_ span: SourceSpan, _ suggestions: [String]) -> [FixIt] {
    suggestions.count == 1 ? [.replace(span, with: suggestions[0])] : []
  }

  /// "a, b and c", or "a, b or c" with `conjunction` `LintText.listOr`, in the language of the run.
  static func listed(_ items: [String], _ conjunction: String = LintText.listAnd) -> String {
    items.joined(lastBy: conjunction)
  }
}

extension LineError {
  init(_ message: ConfigurationMessage, at span: SourceSpan) {
    self.init(diagnostic: message.diagnostic(at: span))
  }
}
