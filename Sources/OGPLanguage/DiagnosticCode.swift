import OGPDiagnostics

/// Every code the language front end and the lint configuration (`ogp-lint.toml`) can report. A
/// code is never reused for another meaning; `DiagnosticCatalogue` explains each one for
/// `ogp explain`, from a file named for the code in `Catalogue/` (the build fails without one).
///
/// Retired codes, never to be given again: E0111 ("'rule' declarations are not supported yet",
/// until the language read `rule` declarations).
public enum DiagnosticCode: String, CaseIterable, Sendable {
  // Lexical.
  case invalidUTF8 = "E0001"
  case nulByte = "E0002"
  case strayCharacter = "E0003"
  case unterminatedString = "E0004"
  case unterminatedMultilineString = "E0005"
  case invalidEscape = "E0006"
  case invalidUnicodeEscape = "E0007"
  case malformedNumber = "E0008"
  case multilineStringLayout = "E0009"
  case numberTooLarge = "E0010"
  // Syntax.
  case expectedDeclaration = "E0101"
  case expectedName = "E0102"
  case expectedTitle = "E0103"
  case unclosedBlock = "E0104"
  case unexpectedInBlock = "E0105"
  case nestingTooDeep = "E0106"
  case reservedWordAsName = "E0107"
  case expectedUsePath = "E0108"
  case unmatchedBrace = "E0109"
  case expectedValue = "E0110"
  case unexpectedAfterHeader = "E0112"
  case expectedExpression = "E0113"
  case unexpectedInExpression = "E0114"
  // Files and names.
  case useTargetMissing = "E0201"
  case useTargetIsDirectory = "E0202"
  case useTargetUnreadable = "E0203"
  case useCycle = "E0204"
  case duplicateDeclaration = "E0205"
  case unknownActor = "E0206"
  case unknownStrategy = "E0207"
  case unknownObjective = "E0208"
  case advancesWithoutStrategy = "E0209"
  case wrongKindOfDeclaration = "E0210"
  case unknownNameInExpression = "E0211"
  case invalidRuleCode = "E0212"
  case useOutsideRoot = "E0213"
  case useTargetNotSource = "E0214"
  // Types and clauses.
  case unknownClause = "E0301"
  case missingRequiredClause = "E0302"
  case declarationNotAllowedHere = "E0303"
  case wrongValueType = "E0304"
  case unknownEnumValue = "E0305"
  case duplicateClause = "E0306"
  case wrongValueCount = "E0307"
  case secondForum = "E0308"
  case valueOutOfRange = "E0309"
  case typeMismatch = "E0310"
  case unknownFunction = "E0311"
  case notInEnumeration = "E0312"
  case expressionOutOfRange = "E0313"
  // Dates.
  case invalidDate = "E0401"
  case reversedRange = "E0402"
  case milestoneOutsideCommitment = "E0403"
  // Configuration.
  case configurationSyntax = "E0501"
  case unknownConfigurationKey = "E0502"
  case invalidConfigurationValue = "E0503"
  case unknownRule = "E0504"
  case unknownSeverity = "E0505"
  case duplicateConfigurationKey = "E0506"
  case configurationOutsideRoot = "E0507"

  public var code: String { rawValue }
}

extension Diagnostic {
  /// An error of the front end at `span`.
  static func error(
    _ code: DiagnosticCode, _ message: String, at span: SourceSpan, label: String = "",
    secondary: [Label] = [], notes: [String] = [], help: String? = nil, fixIts: [FixIt] = []
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code.rawValue, message: message, at: Label(span, label), secondary: secondary,
      notes: notes, help: help, fixIts: fixIts)
  }
}

/// What the lexer reports.
enum LexicalMessage {
  case invalidUTF8(looksLikeLatin1: Bool)
  case nulByte
  case strayCharacter(Unicode.Scalar)
  case unterminatedString
  case unterminatedMultilineString
  case malformedNumber
  case numberTooLarge

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    switch self {
    case .invalidUTF8(let looksLikeLatin1):
      .error(
        .invalidUTF8, "invalid UTF-8 (\(span.length) \(span.length == 1 ? "byte" : "bytes"))", at: span,
        label: "not UTF-8",
        help: looksLikeLatin1
          ? "the file looks like Latin-1 or Windows-1252 ('é' as one byte); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8"
          : "save the file as UTF-8; .ogp files are always UTF-8")
    case .nulByte:
      .error(
        .nulByte, "NUL byte in source", at: span, label: "NUL",
        help: "remove the NUL byte; it is never part of a .ogp file")
    case .strayCharacter(let scalar):
      .error(
        .strayCharacter,
        "unexpected character '\(Self.describe(scalar))'"
          + (span.length > scalar.utf8.count ? " and what follows" : ""),
        at: span, label: "not part of the language",
        help: Self.hint(for: scalar))
    case .unterminatedString:
      .error(
        .unterminatedString, "unterminated string", at: span, label: "this string has no closing '\"'",
        help: "close the string with '\"' on the same line, or use a \"\"\" multi-line string")
    case .unterminatedMultilineString:
      .error(
        .unterminatedMultilineString, "unterminated multi-line string", at: span, label: "opened here",
        help: "close it with \"\"\" on a line of its own")
    case .malformedNumber:
      .error(
        .malformedNumber, "malformed number or date", at: span, label: "letters after digits",
        help:
          "write numbers as digits only, dates as 2024, 2024-06 or 2024-06-30; names must start with a letter"
      )
    case .numberTooLarge:
      .error(
        .numberTooLarge, "number too large", at: span, label: "more than 18 digits",
        help: "write a number below 1,000,000,000,000,000,000")
    }
  }

  private static func describe(_ scalar: Unicode.Scalar) -> String {
    scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
      ? "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(4) : String(scalar)
  }

  private static func hint(for scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "#": "comments start with '//'"
    case "=", ":": "a clause is written 'keyword value', without '=' or ':'"
    case "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}": "strings use straight double quotes: \"…\""
    case "[", "]", "(", ")": "lists are written without brackets: 'values a, b'"
    case "-": "names use '_' instead of '-' (open_data)"
    default:
      scalar.properties.isWhitespace
        ? "replace it with an ordinary space" : "remove it, or put it inside a string or a comment"
    }
  }
}

extension String {
  func leftPadded(_ width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
