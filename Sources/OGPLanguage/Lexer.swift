import OGPDiagnostics

/// Splits UTF-8 bytes into tokens in one pass.
///
/// Spaces, tabs, carriage returns and `//` comments are trivia: they make no token, and a token's
/// byte range plus the gaps between tokens give back the source byte for byte. Problems (invalid
/// UTF-8, NUL, stray characters, unterminated strings) become diagnostics and lexing goes on.
public struct Lexer {
  public static let maximumFileSize = Int(UInt32.max)

  private let bytes: UnsafeBufferPointer<UInt8>
  private let file: SourceFileID
  private var position = 0
  private(set) var tokens: [Token] = []
  private(set) var diagnostics: [Diagnostic] = []

  private init(bytes: UnsafeBufferPointer<UInt8>, file: SourceFileID) {
    self.bytes = bytes
    self.file = file
  }

  /// Tokens of `source`, always ending with `endOfFile`, and the lexical diagnostics.
  public static func tokenize(_ source: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    source.bytes.withUnsafeBufferPointer { buffer in
      var lexer = Lexer(bytes: buffer, file: source.id)
      lexer.tokens.reserveCapacity(buffer.count / 5 + 1)
      lexer.run()
      return (lexer.tokens, lexer.diagnostics)
    }
  }

  /// The tokens of `source.bytes[range]`, which starts at a token's start and ends at one's
  /// end, with the file's own offsets and an `endOfFile` at the range's end. Its diagnostics
  /// are dropped: the file's first lexing reported them (see `DeferredDeclarations`).
  static func tokenize(_ source: SourceFile, range: Range<Int>) -> [Token] {
    source.bytes.withUnsafeBufferPointer { buffer in
      var lexer = Lexer(bytes: UnsafeBufferPointer(rebasing: buffer[0..<range.upperBound]), file: source.id)
      lexer.position = range.lowerBound
      lexer.tokens.reserveCapacity(range.count / 5 + 1)
      lexer.run()
      return lexer.tokens
    }
  }

  /// Whether `text` is exactly one name as the lexer reads one: an identifier that is not a
  /// reserved word, with nothing before or after it. What an editor's rename may write.
  package static func isName(_ text: String) -> Bool {
    let (tokens, diagnostics) = tokenize(SourceFile(id: SourceFileID(0), path: "", text: text))
    return diagnostics.isEmpty && tokens.count == 2 && tokens[0].kind == .identifier
      && tokens[0].start == 0 && tokens[0].end == text.utf8.count
  }

  private mutating func run() {
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        position += 1
      case UInt8(ascii: "\n"):
        emit(.newline, from: position, to: position + 1)
      case UInt8(ascii: "{"): emit(.leftBrace, from: position, to: position + 1)
      case UInt8(ascii: "}"): emit(.rightBrace, from: position, to: position + 1)
      case UInt8(ascii: ","): emit(.comma, from: position, to: position + 1)
      case UInt8(ascii: ";"): emit(.semicolon, from: position, to: position + 1)
      case UInt8(ascii: "."):
        if peek(1) == UInt8(ascii: ".") {
          emit(.dotDot, from: position, to: position + 2)
        } else {
          emit(.dot, from: position, to: position + 1)
        }
      case UInt8(ascii: "("): emit(.leftParen, from: position, to: position + 1)
      case UInt8(ascii: ")"): emit(.rightParen, from: position, to: position + 1)
      case UInt8(ascii: "+"): emit(.plus, from: position, to: position + 1)
      // A minus stands apart: `end - start`. Glued to a word (`open-data`, `2024-`), a dash is a
      // mistake in a name or a date, which the stray-character hint explains.
      case UInt8(ascii: "-") where position == 0 || [32, 9, 10, 13, 40].contains(bytes[position - 1]):
        emit(.minus, from: position, to: position + 1)
      case UInt8(ascii: "<"): emitComparison(.less, orEqual: .lessEqual)
      case UInt8(ascii: ">"): emitComparison(.greater, orEqual: .greaterEqual)
      case UInt8(ascii: "=") where peek(1) == UInt8(ascii: "="):
        emit(.equalEqual, from: position, to: position + 2)
      case UInt8(ascii: "!") where peek(1) == UInt8(ascii: "="):
        emit(.bangEqual, from: position, to: position + 2)
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
        lexComment()
      case UInt8(ascii: "\""):
        lexString()
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        lexNumberOrDate()
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
        lexIdentifier()
      case 0:
        report(.nulByte, from: position, to: position + 1)
        position += 1
      case 0x80...:
        lexNonASCII()
      default:
        lexStrayCharacter()
      }
    }
    tokens.append(Token(kind: .endOfFile, start: bytes.count, length: 0))
  }

  private func peek(_ offset: Int) -> UInt8? {
    position + offset < bytes.count ? bytes[position + offset] : nil
  }

  private mutating func emit(_ kind: TokenKind, from start: Int, to end: Int) {
    tokens.append(Token(kind: kind, start: start, length: end - start))
    position = end
  }

  /// `<` or `<=`, `>` or `>=`.
  private mutating func emitComparison(_ kind: TokenKind, orEqual: TokenKind) {
    if peek(1) == UInt8(ascii: "=") {
      emit(orEqual, from: position, to: position + 2)
    } else {
      emit(kind, from: position, to: position + 1)
    }
  }

  private mutating func report(_ message: LexicalMessage, from start: Int, to end: Int) {
    diagnostics.append(message.diagnostic(at: SourceSpan(file: file, start: start, end: end)))
  }

  private mutating func lexComment() {
    let start = position
    var end = position
    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
    let isDoc =
      end - start >= 3 && bytes[start + 2] == UInt8(ascii: "/")
      && (end - start == 3 || bytes[start + 3] != UInt8(ascii: "/"))
    if isDoc {
      emit(.docComment, from: start, to: end)
    } else {
      position = end
    }
    checkTextBytes(start, end)
  }

  /// Comments and strings may hold any text, but not invalid UTF-8 or NUL: both would be lost
  /// or mangled on output.
  private mutating func checkTextBytes(_ start: Int, _ end: Int) {
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte == 0 {
        report(.nulByte, from: index, to: index + 1)
        index += 1
      } else if byte >= 0x80 {
        let (scalar, length) = UTF8Decoding.decode(bytes, at: index)
        if scalar == nil {
          let burstEnd = invalidBurstEnd(from: index, limit: end)
          report(.invalidUTF8(looksLikeLatin1: looksLikeLatin1(index, burstEnd)), from: index, to: burstEnd)
          index = burstEnd
        } else {
          index += length
        }
      } else {
        index += 1
      }
    }
  }

  private mutating func lexIdentifier() {
    let start = position
    var end = position
    while end < bytes.count {
      let byte = bytes[end]
      if isASCIIIdentifierByte(byte) {
        end += 1
      } else if byte >= 0x80 {
        let (scalar, length) = UTF8Decoding.decode(bytes, at: end)
        guard let scalar, Lexer.continuesIdentifier(scalar) else { break }
        end += length
      } else {
        break
      }
    }
    emit(keyword(from: start, to: end) ?? .identifier, from: start, to: end)
  }

  private func isASCIIIdentifierByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
      true
    default: false
    }
  }

  static func startsIdentifier(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic
  }

  static func continuesIdentifier(_ scalar: Unicode.Scalar) -> Bool {
    if startsIdentifier(scalar) { return true }
    switch scalar.properties.generalCategory {
    case .decimalNumber, .nonspacingMark, .spacingMark, .connectorPunctuation: return true
    default: return false
    }
  }

  private func keyword(from start: Int, to end: Int) -> TokenKind? {
    let length = end - start
    guard (3...10).contains(length) else { return nil }
    let word = bytes[start..<end]
    return Self.keywordBytes.first { $0.bytes.count == length && $0.bytes.elementsEqual(word) }?.kind
  }

  /// The reserved words as bytes: an identifier is compared with them in place, without making
  /// a String of every identifier to look it up.
  private static let keywordBytes = TokenKind.keywords.map { (bytes: Array($0.key.utf8), kind: $0.value) }

  /// `2024` is an integer (also a year); `2024-06` and `2024-06-30` are dates. The checker
  /// validates the calendar; the lexer only takes the shape.
  private mutating func lexNumberOrDate() {
    let start = position
    var end = digitsEnd(from: start)
    var kind = TokenKind.integer
    var dashes = 0
    while dashes < 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "-"), isDigit(bytes[end + 1]) {
      end = digitsEnd(from: end + 1)
      dashes += 1
      kind = .date
    }
    // A letter glued to a number (`12ab`, `2024-06x`) is one malformed token, not two.
    if end < bytes.count, isASCIIIdentifierByte(bytes[end]) || bytes[end] >= 0x80 {
      var tail = end
      while tail < bytes.count {
        if isASCIIIdentifierByte(bytes[tail]) {
          tail += 1
        } else if bytes[tail] >= 0x80, case (let scalar?, let length) = UTF8Decoding.decode(bytes, at: tail),
          Lexer.continuesIdentifier(scalar)
        {
          tail += length
        } else {
          break
        }
      }
      if tail > end {
        report(.malformedNumber, from: start, to: tail)
        emit(kind, from: start, to: tail)
        return
      }
    }
    if kind == .integer, end - start > 18 {
      report(.numberTooLarge, from: start, to: end)
    }
    emit(kind, from: start, to: end)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private func digitsEnd(from start: Int) -> Int {
    var end = start
    while end < bytes.count, isDigit(bytes[end]) { end += 1 }
    return end
  }

  private mutating func lexString() {
    let start = position
    if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
      lexMultilineString(start)
      return
    }
    var end = start + 1
    while end < bytes.count {
      switch bytes[end] {
      case UInt8(ascii: "\""):
        checkTextBytes(start + 1, end)
        emit(.string, from: start, to: end + 1)
        return
      case UInt8(ascii: "\\"):
        end += end + 1 < bytes.count && bytes[end + 1] != UInt8(ascii: "\n") ? 2 : 1
      case UInt8(ascii: "\n"):
        report(.unterminatedString, from: start, to: end)
        checkTextBytes(start + 1, end)
        emit(.string, from: start, to: end)
        return
      default:
        end += 1
      }
    }
    report(.unterminatedString, from: start, to: end)
    checkTextBytes(start + 1, end)
    emit(.string, from: start, to: end)
  }

  private mutating func lexMultilineString(_ start: Int) {
    var end = start + 3
    while end < bytes.count {
      if bytes[end] == UInt8(ascii: "\\") {
        end += 2
      } else if bytes[end] == UInt8(ascii: "\""), end + 2 < bytes.count, bytes[end + 1] == UInt8(ascii: "\""),
        bytes[end + 2] == UInt8(ascii: "\"")
      {
        checkTextBytes(start + 3, end)
        emit(.multilineString, from: start, to: end + 3)
        return
      } else {
        end += 1
      }
    }
    end = min(end, bytes.count)
    report(.unterminatedMultilineString, from: start, to: start + 3)
    checkTextBytes(start + 3, end)
    emit(.multilineString, from: start, to: end)
  }

  private mutating func lexNonASCII() {
    let (scalar, length) = UTF8Decoding.decode(bytes, at: position)
    guard let scalar else {
      let end = invalidBurstEnd(from: position, limit: bytes.count)
      report(.invalidUTF8(looksLikeLatin1: looksLikeLatin1(position, end)), from: position, to: end)
      position = end
      return
    }
    if Lexer.startsIdentifier(scalar) {
      lexIdentifier()
    } else if scalar == "\u{FEFF}" && position == 0 {
      position += length  // A byte-order mark at the start is harmless.
    } else if scalar.properties.isWhitespace {
      report(.strayCharacter(scalar), from: position, to: position + length)
      position += length
    } else {
      lexStrayCharacter()
    }
  }

  /// Single bytes from 0xA0 to 0xFF between ASCII letters are how Latin-1 and Windows-1252
  /// write 'é' or 'ó': the commonest reason a Spanish or French plan is not UTF-8.
  private func looksLikeLatin1(_ start: Int, _ end: Int) -> Bool {
    end - start == 1 && bytes[start] >= 0xA0
      && (start == 0 || bytes[start - 1] < 0x80) && (end == bytes.count || bytes[end] < 0x80)
  }

  /// Invalid bytes in a row make one diagnostic, not one per byte.
  private func invalidBurstEnd(from start: Int, limit: Int) -> Int {
    var end = start
    while end < limit, bytes[end] >= 0x80, UTF8Decoding.decode(bytes, at: end).0 == nil { end += 1 }
    return max(end, start + 1)
  }

  /// Characters with no meaning in the language; a run of them is one diagnostic.
  private mutating func lexStrayCharacter() {
    let start = position
    let (first, firstLength) = UTF8Decoding.decode(bytes, at: position)
    var end = position + firstLength
    while end < bytes.count {
      let byte = bytes[end]
      if byte < 0x80 {
        guard Lexer.isStray(byte) else { break }
        end += 1
      } else {
        let (scalar, length) = UTF8Decoding.decode(bytes, at: end)
        guard let scalar, !Lexer.startsIdentifier(scalar), !scalar.properties.isWhitespace else { break }
        end += length
      }
    }
    report(.strayCharacter(first ?? "\u{FFFD}"), from: start, to: end)
    position = end
  }

  private static func isStray(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "{"),
      UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "\""),
      UInt8(ascii: "/"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), 0:
      false
    default: true
    }
  }
}
