import OGPDiagnostics
import OGPLanguage

/// One line of `ogp-lint.toml`, read but not yet understood.
enum TOMLLine {
  /// Blank, or only a comment.
  case blank
  case table(name: String, span: SourceSpan)
  case keyValue(key: String, span: SourceSpan, value: TOMLValue)
}

/// A value as written, before its key gives it a meaning.
struct TOMLValue {
  enum Kind {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    /// A bare date such as `2026-06-30`, kept as written for `PartialDate` to judge.
    case date(String)
    case list([TOMLValue])
  }

  let kind: Kind
  let span: SourceSpan

  /// What the value is, for messages: "a string", "a list".
  var kindDescription: String {
    switch kind {
    case .string: ConfigurationText.foundString
    case .integer: ConfigurationText.foundInteger
    case .boolean: ConfigurationText.foundBoolean
    case .date: ConfigurationText.foundDate
    case .list: ConfigurationText.foundList
    }
  }
}

/// A line that cannot be used; the parser reports it and goes on with the next line.
struct LineError: Error {
  let diagnostic: Diagnostic
}

/// Reads one line of `ogp-lint.toml` in the subset of TOML the configuration needs.
///
/// Every construct of the subset fits on one line, so a line is read on its own and a mistake
/// cannot spill into the next. Nothing recurses: a list holds scalars only, so no input, however
/// deeply bracketed, can exhaust the stack.
struct TOMLLineReader {
  private let source: SourceFile
  private let bytes: [UInt8]
  private var position: Int
  private let end: Int

  /// Reads the bytes of `line`, which holds no line break.
  init(source: SourceFile, line: Range<Int>) {
    self.source = source
    bytes = source.bytes
    position = line.lowerBound
    end = line.upperBound
  }

  mutating func read() throws(LineError) -> TOMLLine {
    try checkCharacters()
    skipSpaces()
    if atEndOfContent { return .blank }
    let line = try (bytes[position] == ASCII.openBracket ? readTableHeader() : readKeyValue())
    skipSpaces()
    guard atEndOfContent else {
      let start = position
      while let byte = peek, byte != ASCII.space, byte != ASCII.tab { position += 1 }
      throw LineError(.unexpectedAfterLine(isTable: line.isTable), at: span(start, position))
    }
    return line
  }

  // MARK: Lines

  /// Rejects what no line may hold, wherever it is: bytes that are not UTF-8, and control
  /// characters, which TOML allows nowhere (a tab excepted) and which would garble the terminal
  /// that shows the line.
  private func checkCharacters() throws(LineError) {
    var index = position
    while index < end {
      let (scalar, length) = UTF8Decoding.decode(bytes, at: index)
      guard let scalar else {
        var stop = index + 1
        while stop < end, UTF8Decoding.decode(bytes, at: stop).0 == nil { stop += 1 }
        let count = stop - index
        throw LineError(.invalidUTF8(bytes: count), at: span(index, stop))
      }
      if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F {
        throw LineError(.controlCharacter(scalar), at: span(index, index + length))
      }
      index += length
    }
  }

  private mutating func readTableHeader() throws(LineError) -> TOMLLine {
    let open = position
    position += 1
    if peek == ASCII.openBracket {
      throw LineError(.arrayOfTables, at: span(open, position + 1))
    }
    skipSpaces()
    let (name, nameSpan) = readBareKey()
    guard !name.isEmpty else {
      throw LineError(.expectedTableName, at: characterSpan)
    }
    skipSpaces()
    guard peek == ASCII.closeBracket else {
      throw LineError(.expectedTableClose(name: name, dotted: peek == ASCII.dot), at: characterSpan)
    }
    position += 1
    return .table(name: name, span: nameSpan)
  }

  private mutating func readKeyValue() throws(LineError) -> TOMLLine {
    let (key, keySpan) = readBareKey()
    guard !key.isEmpty else {
      if peek == ASCII.quote {
        throw LineError(.quotedKey, at: characterSpan)
      }
      throw LineError(.expectedKey, at: characterSpan)
    }
    skipSpaces()
    guard peek == ASCII.equals else {
      let found: ConfigurationMessage.EqualsHint =
        switch peek {
        case ASCII.dot: .dot
        case ASCII.colon: .colon
        default: .other
        }
      throw LineError(.expectedEquals(key: key, found: found), at: characterSpan)
    }
    position += 1
    skipSpaces()
    return .keyValue(key: key, span: keySpan, value: try readValue(inList: false))
  }

  /// A bare key: letters, digits, `_` and `-`, as TOML has them; empty if there is none here.
  private mutating func readBareKey() -> (String, SourceSpan) {
    let start = position
    while let byte = peek, ASCII.isBareKey(byte) { position += 1 }
    return (String(decoding: bytes[start..<position], as: UTF8.self), span(start, position))
  }

  // MARK: Values

  private mutating func readValue(inList: Bool) throws(LineError) -> TOMLValue {
    switch peek {
    case nil, ASCII.hash:
      throw expectedValue()
    case ASCII.quote:
      return try readString()
    case ASCII.apostrophe:
      throw LineError(.singleQuotedString, at: characterSpan)
    case ASCII.openBracket where inList:
      throw LineError(.nestedList, at: characterSpan)
    case ASCII.openBracket:
      return try readList()
    case ASCII.openBrace:
      throw LineError(.inlineTable, at: characterSpan)
    default:
      return try readBare()
    }
  }

  private mutating func readList() throws(LineError) -> TOMLValue {
    let open = position
    position += 1
    var elements: [TOMLValue] = []
    while true {
      skipSpaces()
      if atEndOfContent { throw unclosedList(open) }
      if peek == ASCII.closeBracket { break }
      elements.append(try readValue(inList: true))
      skipSpaces()
      if peek == ASCII.comma {
        position += 1
      } else if peek == ASCII.closeBracket {
        break
      } else if atEndOfContent {
        throw unclosedList(open)
      } else {
        throw LineError(.expectedListSeparator, at: characterSpan)
      }
    }
    position += 1
    return TOMLValue(kind: .list(elements), span: span(open, position))
  }

  private func unclosedList(_ open: Int) -> LineError {
    LineError(.unclosedList, at: span(open, open + 1))
  }

  /// A basic string: `"…"` with TOML's escapes.
  private mutating func readString() throws(LineError) -> TOMLValue {
    let open = position
    position += 1
    if position + 1 < end, bytes[position] == ASCII.quote, bytes[position + 1] == ASCII.quote {
      throw LineError(.multilineString, at: span(open, open + 3))
    }
    var text: [UInt8] = []
    while true {
      guard let byte = peek else {
        throw LineError(.unterminatedString(atLineEnd: false), at: span(open, end))
      }
      position += 1
      switch byte {
      case ASCII.quote:
        return TOMLValue(kind: .string(String(decoding: text, as: UTF8.self)), span: span(open, position))
      case ASCII.backslash:
        try readEscape(into: &text, stringStart: open)
      default:
        text.append(byte)
      }
    }
  }

  /// Reads the escape whose backslash was just passed and appends its character's UTF-8.
  private mutating func readEscape(into text: inout [UInt8], stringStart: Int) throws(LineError) {
    let backslash = position - 1
    guard let letter = peek else {
      throw LineError(.unterminatedString(atLineEnd: true), at: span(stringStart, end))
    }
    position += 1
    switch letter {
    case ASCII.backslash, ASCII.quote: text.append(letter)
    case UInt8(ascii: "n"): text.append(0x0A)
    case UInt8(ascii: "t"): text.append(0x09)
    case UInt8(ascii: "r"): text.append(0x0D)
    case UInt8(ascii: "b"): text.append(0x08)
    case UInt8(ascii: "f"): text.append(0x0C)
    case UInt8(ascii: "u"), UInt8(ascii: "U"):
      var value: UInt32 = 0
      for _ in 0..<(letter == UInt8(ascii: "u") ? 4 : 8) {
        guard let byte = peek, let digit = ASCII.hexValue(byte) else { throw invalidUnicodeEscape(backslash) }
        value = value << 4 | digit
        position += 1
      }
      guard let scalar = Unicode.Scalar(value) else { throw invalidUnicodeEscape(backslash) }
      text.append(contentsOf: String(scalar).utf8)
    default:
      position = backslash + 1 + UTF8Decoding.decode(bytes, at: backslash + 1).1
      throw LineError(
        .invalidEscape(written: source.text(of: span(backslash, position))), at: span(backslash, position))
    }
  }

  private func invalidUnicodeEscape(_ backslash: Int) -> LineError {
    LineError(.invalidUnicodeEscape, at: span(backslash, max(position, backslash + 2)))
  }

  /// A value without quotes or brackets: a boolean, an integer or a date.
  private mutating func readBare() throws(LineError) -> TOMLValue {
    let start = position
    while let byte = peek, !ASCII.endsBareValue(byte) { position += 1 }
    guard position > start else { throw expectedValue() }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    let span = span(start, position)
    if text == "true" || text == "false" { return TOMLValue(kind: .boolean(text == "true"), span: span) }
    if let integer = try Self.integer(text, at: span) {
      return TOMLValue(kind: .integer(integer), span: span)
    }
    let utf8 = Array(text.utf8)
    if utf8.count > 4, utf8.prefix(4).allSatisfy(ASCII.isDigit), utf8[4] == UInt8(ascii: "-") {
      return TOMLValue(kind: .date(text), span: span)
    }
    if let first = utf8.first,
      ASCII.isDigit(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
    {
      throw LineError(.malformedNumber(text), at: span)
    }
    throw LineError(.notAValue(text), at: span)
  }

  /// A TOML integer (an optional sign, then digits with single `_` between them and no leading
  /// zero), or nil if `text` is not one.
  private static func integer(_ text: String, at span: SourceSpan) throws(LineError) -> Int? {
    var digits = text.utf8[...]
    var sign = 1
    if let first = digits.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      sign = first == UInt8(ascii: "-") ? -1 : 1
      digits = digits.dropFirst()
    }
    guard let first = digits.first, ASCII.isDigit(first), first != UInt8(ascii: "0") || digits.count == 1
    else {
      return nil
    }
    var value = 0
    var overflow = false
    var afterDigit = false
    for byte in digits {
      if ASCII.isDigit(byte) {
        let (tens, multiplied) = value.multipliedReportingOverflow(by: 10)
        let (sum, added) = tens.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
        overflow = overflow || multiplied || added
        value = sum
        afterDigit = true
      } else if byte == UInt8(ascii: "_") && afterDigit {
        afterDigit = false
      } else {
        return nil
      }
    }
    guard afterDigit else { return nil }
    guard !overflow else {
      throw LineError(.numberTooLarge, at: span)
    }
    return sign * value
  }

  // MARK: Positions

  private var peek: UInt8? { position < end ? bytes[position] : nil }

  /// At the end of the line, or at a comment.
  private var atEndOfContent: Bool { position >= end || bytes[position] == ASCII.hash }

  private mutating func skipSpaces() {
    while let byte = peek, byte == ASCII.space || byte == ASCII.tab { position += 1 }
  }

  private func span(_ start: Int, _ end: Int) -> SourceSpan {
    SourceSpan(file: source.id, start: start, end: end)
  }

  /// The character at the position, or an empty span at the end of the line.
  private var characterSpan: SourceSpan {
    span(position, position < end ? position + UTF8Decoding.decode(bytes, at: position).1 : position)
  }

  private func expectedValue() -> LineError {
    LineError(.expectedValue, at: characterSpan)
  }

}

extension TOMLLine {
  fileprivate var isTable: Bool {
    if case .table = self { true } else { false }
  }
}

/// The bytes the reader looks for.
private enum ASCII {
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")
  static let hash = UInt8(ascii: "#")
  static let quote = UInt8(ascii: "\"")
  static let apostrophe = UInt8(ascii: "'")
  static let backslash = UInt8(ascii: "\\")
  static let openBracket = UInt8(ascii: "[")
  static let closeBracket = UInt8(ascii: "]")
  static let openBrace = UInt8(ascii: "{")
  static let comma = UInt8(ascii: ",")
  static let equals = UInt8(ascii: "=")
  static let dot = UInt8(ascii: ".")
  static let colon = UInt8(ascii: ":")

  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  static func isBareKey(_ byte: UInt8) -> Bool {
    isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }

  /// Where a value without quotes ends: at a space, a comment or what ends a list element.
  static func endsBareValue(_ byte: UInt8) -> Bool {
    byte == space || byte == tab || byte == hash || byte == comma || byte == closeBracket
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    if isDigit(byte) { return UInt32(byte - UInt8(ascii: "0")) }
    let lower = byte | 0x20
    guard lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") else { return nil }
    return UInt32(lower - UInt8(ascii: "a") + 10)
  }
}
