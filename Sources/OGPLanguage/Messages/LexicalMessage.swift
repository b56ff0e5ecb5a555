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
    case .textOnOpeningLine:
      .error(
        .multilineStringLayout, "a multi-line string starts on the line after its opening \"\"\"", at: span,
        label: "text on the opening line",
        help: "move the text to the next line, or use a single-line \"…\" string")
    case .textBeforeClosingDelimiter:
      .error(
        .multilineStringLayout, "the closing \"\"\" of a multi-line string must be on a line of its own",
        at: span, label: "text before the closing delimiter", help: "put the closing \"\"\" on the next line")
    case .lineIndentedLessThanClosingDelimiter:
      .error(
        .multilineStringLayout, "a line of a multi-line string is indented less than its closing \"\"\"",
        at: span, label: "insufficient indentation",
        help: "indent every line at least as far as the closing \"\"\"")
    case .invalidEscape(let escaped):
      .error(
        .invalidEscape, "invalid escape sequence '\\\(Self.describeEscaped(escaped))' in string", at: span,
        label: "unknown escape",
        help: "the escapes are \\\\ \\\" \\n \\r \\t and \\u{…}; write '\\\\' for a backslash")
    case .invalidUnicodeEscape:
      .error(
        .invalidUnicodeEscape, "invalid Unicode escape", at: span, label: "not a Unicode scalar",
        help: "write \\u{…} with 1 to 8 hex digits naming a scalar, like \\u{E9} for é")
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
