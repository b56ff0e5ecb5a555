import OGPDiagnostics

/// What the lexer and the decoding of its string literals report.
enum LexicalMessage {
  case invalidUTF8(looksLikeLatin1: Bool)
  case nulByte
  case strayCharacter(Unicode.Scalar)
  case unterminatedString
  case unterminatedMultilineString
  case malformedNumber
  case numberTooLarge
  // Multi-line string layout and escapes, found when a string literal is decoded.
  case textOnOpeningLine
  case textBeforeClosingDelimiter
  case lineIndentedLessThanClosingDelimiter
  /// `escaped`: the character after the backslash, nil when it is not valid UTF-8.
  case invalidEscape(escaped: Unicode.Scalar?)
  case invalidUnicodeEscape

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    switch self {
    case .invalidUTF8(let looksLikeLatin1):
      .error(
        .invalidUTF8, LexicalText.invalidUTF8Message(count: span.length), at: span,
        label: LexicalText.invalidUTF8Label,
        help: looksLikeLatin1 ? LexicalText.invalidUTF8HelpLatin1 : LexicalText.invalidUTF8Help)
    case .nulByte:
      .error(
        .nulByte, LexicalText.nulByteMessage, at: span, label: LexicalText.nulByteLabel,
        help: LexicalText.nulByteHelp)
    case .strayCharacter(let scalar):
      .error(
        .strayCharacter,
        span.length > scalar.utf8.count
          ? LexicalText.strayCharacterAndFollowing(character: Self.describe(scalar))
          : LexicalText.strayCharacterMessage(character: Self.describe(scalar)),
        at: span, label: LexicalText.strayCharacterLabel, help: Self.hint(for: scalar))
    case .unterminatedString:
      .error(
        .unterminatedString, LexicalText.unterminatedStringMessage, at: span,
        label: LexicalText.unterminatedStringLabel, help: LexicalText.unterminatedStringHelp)
    case .unterminatedMultilineString:
      .error(
        .unterminatedMultilineString, LexicalText.unterminatedMultilineStringMessage, at: span,
        label: LexicalText.unterminatedMultilineStringLabel, help: LexicalText.unterminatedMultilineStringHelp
      )
    case .malformedNumber:
      .error(
        .malformedNumber, LexicalText.malformedNumberMessage, at: span,
        label: LexicalText.malformedNumberLabel,
        help: LexicalText.malformedNumberHelp)
    case .numberTooLarge:
      .error(
        .numberTooLarge, LexicalText.numberTooLargeMessage, at: span, label: LexicalText.numberTooLargeLabel,
        help: LexicalText.numberTooLargeHelp)
    case .textOnOpeningLine:
      .error(
        .multilineStringLayout, LexicalText.textOnOpeningLineMessage, at: span,
        label: LexicalText.textOnOpeningLineLabel, help: LexicalText.textOnOpeningLineHelp)
    case .textBeforeClosingDelimiter:
      .error(
        .multilineStringLayout, LexicalText.textBeforeClosingDelimiterMessage, at: span,
        label: LexicalText.textBeforeClosingDelimiterLabel, help: LexicalText.textBeforeClosingDelimiterHelp)
    case .lineIndentedLessThanClosingDelimiter:
      .error(
        .multilineStringLayout, LexicalText.lineIndentedLessThanClosingDelimiterMessage, at: span,
        label: LexicalText.lineIndentedLessThanClosingDelimiterLabel,
        help: LexicalText.lineIndentedLessThanClosingDelimiterHelp)
    case .invalidEscape(let escaped):
      .error(
        .invalidEscape, LexicalText.invalidEscapeMessage(escaped: Self.describeEscaped(escaped)), at: span,
        label: LexicalText.invalidEscapeLabel, help: LexicalText.invalidEscapeHelp)
    case .invalidUnicodeEscape:
      .error(
        .invalidUnicodeEscape, LexicalText.invalidUnicodeEscapeMessage, at: span,
        label: LexicalText.invalidUnicodeEscapeLabel, help: LexicalText.invalidUnicodeEscapeHelp)
    }
  }

  /// A character after a backslash, with control characters as their code point.
  private static func describeEscaped(_ scalar: Unicode.Scalar?) -> String {
    guard let scalar else { return "?" }
    return scalar.value < 0x20
      ? "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(4) : String(scalar)
  }

  private static func describe(_ scalar: Unicode.Scalar) -> String {
    scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
      ? "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(4) : String(scalar)
  }

  private static func hint(for scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "#": LexicalText.strayCharacterHintComment
    case "=", ":": LexicalText.strayCharacterHintClause
    case "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}": LexicalText.strayCharacterHintQuotes
    case "[", "]", "(", ")": LexicalText.strayCharacterHintBrackets
    case "-": LexicalText.strayCharacterHintHyphen
    default:
      scalar.properties.isWhitespace
        ? LexicalText.strayCharacterHintSpace : LexicalText.strayCharacterHintOther
    }
  }
}
