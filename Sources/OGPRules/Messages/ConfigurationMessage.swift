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
      case .dot: "dotted keys are not supported; put the key under its [table] header"
      case .colon: "write '=' between a key and its value, not ':'"
      case .other: "write '=' between the key and its value"
      }
    }
  }

  /// What a key's value must be.
  enum ValueKind: String {
    case wholeNumber = "a whole number"
    case wholeNumbers = "a list of whole numbers"
    case date = "a date"
    case string = "a string"
    case strings = "a list of strings"
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
    let severities = Self.listed(RuleSeverity.allCases.map { "\"\($0.rawValue)\"" }, "or")
    switch self {
    case .unknownTable(let name, let suggestions):
      return .configurationError(
        .unknownConfigurationKey, "unknown table [\(ConfigurationError.shown(name))]", at: span,
        label: "not a table of the configuration",
        help: Suggestions.didYouMean(suggestions.map { "[\($0)]" })
          ?? "the tables are \(Self.listed(ConfigurationTable.allCases.map(\.header)))",
        fixIts: Self.fixIts(span, suggestions))
    case .duplicateTable(let table, let first):
      return .configurationError(
        .duplicateConfigurationKey, "table \(table.header) appears twice", at: span, label: "second header",
        secondary: [Label(first, "first header")],
        help: "write every key of \(table.header) under its first header")
    case .duplicateKey(let name, let table, let first):
      return .configurationError(
        .duplicateConfigurationKey, "key '\(name)' is set twice\(Self.place(table))", at: span,
        label: "set again", secondary: [Label(first, "first set here")], help: "keep one of the two lines")
    case .unknownKey(let name, let table, let hint, let suggestions):
      let help: String
      switch hint {
      case .elsewhere(let key): help = "'\(name)' belongs \(key.place)"
      case .ruleOutsideRules: help = "a rule's severity is set in the [rules] table"
      case .keys(let keys):
        help =
          Suggestions.didYouMean(suggestions)
          ?? table.map { "the keys of \($0.header) are \(Self.listed(keys))" }
          ?? "the top of the file takes \(Self.listed(keys)); the other keys go under a [table] header"
      }
      return .configurationError(
        .unknownConfigurationKey, "unknown key '\(ConfigurationError.shown(name))'\(Self.place(table))",
        at: span, label: "not a key of the configuration", help: help, fixIts: Self.fixIts(span, suggestions))
    case .unknownRule(let name, let suggestions):
      return .configurationError(
        .unknownRule, "unknown rule '\(ConfigurationError.shown(name))'", at: span,
        label: "no rule has this code or name",
        help: Suggestions.didYouMean(suggestions) ?? "'ogp rules' lists every rule's code and name",
        fixIts: Self.fixIts(span, suggestions))
    case .duplicateRule(let code, let first, let firstWritten, let written):
      return .configurationError(
        .duplicateConfigurationKey, "rule \(code) is set twice", at: span, label: "set again",
        secondary: [Label(first, "first set here")],
        notes: firstWritten == written
          ? []
          : [
            "'\(ConfigurationError.shown(firstWritten))' and '\(ConfigurationError.shown(written))' are the same rule"
          ],
        help: "keep one of the two lines")
    case .severityNotString(let code, let found):
      return .configurationError(
        .invalidConfigurationValue, "the severity of \(code) must be a string, not \(found)", at: span,
        label: found, help: "write one of \(severities)")
    case .unknownSeverity(let text, let suggestions):
      return .configurationError(
        .unknownSeverity, "unknown severity '\(ConfigurationError.shown(text))'", at: span,
        label: "not a severity",
        help: (Suggestions.didYouMean(suggestions).map { $0 + " " } ?? "") + "a severity is \(severities)",
        fixIts: Self.fixIts(span, suggestions.map { "\"\($0)\"" }))
    case .reversedCommitmentBounds(let minimum, let maximum, let last, let otherValue, let otherSpan):
      let pair = ConfigurationKey.commitmentBounds(of: last)
      let other = last == pair.minimum ? pair.maximum : pair.minimum
      let (low, high) = (pair.minimum.rawValue, pair.maximum.rawValue)
      return .configurationError(
        .invalidConfigurationValue,
        "\(low) (\(minimum)) is greater than \(high) (\(maximum))", at: span,
        label: last == pair.minimum ? "greater than \(high)" : "less than \(low)",
        secondary: otherSpan.map { [Label($0, "\(other.rawValue) is \(otherValue) here")] } ?? [],
        notes: otherSpan == nil ? ["\(other.rawValue) defaults to \(otherValue)"] : [],
        help: "make \(low) at most \(high)")
    case .wrongType(let key, let expected, let found, let hint):
      let help =
        switch hint {
        case .example: "e.g. \(key.rawValue) = \(key.example)"
        case .unquote(let text): "remove the quotes: \(key.rawValue) = \(text)"
        case .list(let written): "write a list: \(key.rawValue) = [\(written)]"
        }
      return Self.invalid(
        "\(key.rawValue) must be \(expected.rawValue), not \(found)", at: span, label: found, help: help)
    case .numberOutOfRange(let key, let number, let allowed):
      return Self.invalid(
        "\(key.rawValue) must be from \(allowed.lowerBound) to \(allowed.upperBound), not \(number)",
        at: span,
        label: "out of range",
        help:
          "write a number from \(allowed.lowerBound) to \(allowed.upperBound), e.g. \(key.rawValue) = \(key.example)"
      )
    case .noNumbers(let key):
      return Self.invalid(
        "\(key.rawValue) must list at least one number", at: span, label: "empty list",
        help: "e.g. \(key.rawValue) = \(key.example)")
    case .notANumber(let key, let found):
      return Self.invalid(
        "\(key.rawValue) must list whole numbers, not \(found)", at: span, label: found,
        help: "e.g. \(key.rawValue) = \(key.example)")
    case .notADate(let text):
      return Self.invalid(
        "'\(ConfigurationError.shown(text))' is not a date", at: span, label: "not a date",
        help: "write a day as 2026-06-30, a month as \"2026-06\" or a year as 2026")
    case .notAnObjectiveID(let id, let key):
      return Self.invalid(
        "'\(ConfigurationError.shown(id))' is not an objective id", at: span, label: "not a name",
        help: "write the id of an objective of the plan's strategy, e.g. \(key.rawValue) = \(key.example)")
    case .noWords(let key):
      return Self.invalid(
        "\(key.rawValue) must list at least one word", at: span, label: "empty list",
        help: "list the words that mark evidence, or turn off the rule that looks for them in [rules]")
    case .notAWord(let key, let found):
      return Self.invalid(
        "\(key.rawValue) must list strings, not \(found)", at: span, label: found,
        help: "write each word in double quotes, e.g. \(key.rawValue) = \(key.example)")
    case .emptyWord:
      return Self.invalid(
        "an evidence word cannot be empty", at: span, label: "empty", help: "remove it from the list")
    case .numberTooLarge:
      return Self.invalid(
        "number too large", at: span, label: "out of range",
        help: "write a number from 0 to \(ConfigurationParser.largestNumber)")
    case .unexpectedAfterLine(let isTable):
      return Self.syntax(
        "unexpected text after the \(isTable ? "table header" : "value")", at: span,
        label: "expected the end of the line",
        help: "write one key or header per line; a comment starts with '#'")
    case .invalidUTF8(let count):
      return Self.syntax(
        "invalid UTF-8 (\(count) \(count == 1 ? "byte" : "bytes"))", at: span, label: "not UTF-8",
        help: "save the file as UTF-8; ogp-lint.toml is always UTF-8")
    case .controlCharacter(let scalar):
      let hex = String(scalar.value, radix: 16, uppercase: true)
      let name =
        scalar.value == 0
        ? "NUL byte" : "control character U+" + String(repeating: "0", count: 4 - hex.count) + hex
      return Self.syntax(
        "\(name) in the configuration", at: span, label: "not text",
        help: "remove it; inside a string, write a tab or a line break as \\t or \\n")
    case .arrayOfTables:
      return Self.syntax(
        "arrays of tables are not supported", at: span, label: "'[[' opens an array of tables",
        help: "write a table header with single brackets, e.g. [thresholds]")
    case .expectedTableName:
      return Self.syntax(
        "expected a table name after '['", at: span, label: "expected a name",
        help: "write the table's name between the brackets, e.g. [thresholds]")
    case .expectedTableClose(let name, let dotted):
      return Self.syntax(
        "expected ']' after the table name", at: span, label: "expected ']'",
        help: dotted
          ? "nested tables are not supported; the tables are [rules], [thresholds], [objectives] and [evidence]"
          : "close the header with ']', e.g. [\(ConfigurationError.shown(name))]")
    case .quotedKey:
      return Self.syntax(
        "quoted keys are not supported", at: span, label: "a quoted key",
        help: "write the key without quotes; a key is letters, digits, '_' and '-'")
    case .expectedKey:
      return Self.syntax(
        "expected a key, a table header or a comment", at: span, label: "unexpected character",
        help: "each line is 'key = value', a '[table]' header, or a comment starting with '#'")
    case .expectedEquals(let key, let found):
      return Self.syntax(
        "expected '=' after the key '\(ConfigurationError.shown(key))'", at: span, label: "expected '='",
        help: found.help)
    case .singleQuotedString:
      return Self.syntax(
        "strings in single quotes are not supported", at: span, label: "a single quote",
        help: "write the string in double quotes, with a backslash written \\\\")
    case .nestedList:
      return Self.syntax(
        "nested lists are not supported", at: span, label: "a list inside a list",
        help: "write the elements of a list as strings, numbers or dates, e.g. [2, 4]")
    case .inlineTable:
      return Self.syntax(
        "inline tables are not supported", at: span, label: "an inline table",
        help: "write each key on its own line under a [table] header")
    case .expectedListSeparator:
      return Self.syntax(
        "expected ',' or ']' after a list element", at: span, label: "expected ',' or ']'",
        help: "separate the elements with commas, e.g. [2, 4]")
    case .unclosedList:
      return Self.syntax(
        "unclosed list", at: span, label: "this list has no closing ']'",
        help: "close the list with ']' on the same line")
    case .multilineString:
      return Self.syntax(
        "multi-line strings are not supported", at: span, label: "opens a multi-line string",
        help: "write the string on one line, with \\n for a line break")
    case .unterminatedString(let atLineEnd):
      return Self.syntax(
        "unterminated string", at: span, label: "this string has no closing '\"'",
        help: atLineEnd
          ? "close the string with '\"'; a backslash at the end of a line is not a line continuation"
          : "close the string with '\"' on the same line")
    case .invalidEscape(let written):
      return Self.syntax(
        "invalid escape '\(written)'", at: span, label: "not an escape",
        help:
          "the escapes are \\\\, \\\", \\n, \\t, \\r, \\b, \\f, \\uXXXX and \\UXXXXXXXX; write a backslash as \\\\"
      )
    case .invalidUnicodeEscape:
      return Self.syntax(
        "invalid Unicode escape", at: span, label: "not a Unicode character",
        help:
          "write \\u and four hexadecimal digits (\\u00F3) or \\U and eight (\\U0001F600) naming a character")
    case .malformedNumber(let text):
      return Self.syntax(
        "malformed number '\(ConfigurationError.shown(text))'", at: span, label: "not a whole number",
        help: "write a whole number in digits, e.g. 12 or 1_000, without a leading zero")
    case .notAValue(let text):
      return Self.syntax(
        "'\(ConfigurationError.shown(text))' is not a value", at: span, label: "not a value",
        help: "write text in double quotes, e.g. \"\(ConfigurationError.shown(text))\"")
    case .expectedValue:
      return Self.syntax(
        "expected a value", at: span, label: "expected a value",
        help: "write a string in double quotes, a whole number, a date or a list in brackets")
    case .outsideRoot(let path, let root):
      return .configurationError(
        .configurationOutsideRoot,
        "'\(path)' is a symbolic link to a file outside the project root; it was not read", at: span,
        label: "not read", notes: ["the project root is \(root)"],
        help:
          "put the configuration itself in the project, or name one with --config FILE; --root DIR names another root"
      )
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

  /// " in [table]", or nothing at the top of the file.
  private static func place(_ table: ConfigurationTable?) -> String {
    table.map { " in \($0.header)" } ?? ""
  }

  /// A fix-it when exactly one replacement is suggested: with more, the choice is the user's.
  private static func fixIts(_ span: SourceSpan, _ suggestions: [String]) -> [FixIt] {
    suggestions.count == 1 ? [.replace(span, with: suggestions[0])] : []
  }

  /// "a, b and c", or "a, b or c" with `conjunction` "or".
  static func listed(_ items: [String], _ conjunction: String = "and") -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}

extension LineError {
  init(_ message: ConfigurationMessage, at span: SourceSpan) {
    self.init(diagnostic: message.diagnostic(at: span))
  }
}
