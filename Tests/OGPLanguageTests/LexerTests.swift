import Foundation
import OGPDiagnostics
import OGPTestSupport
import Testing

@testable import OGPLanguage

/// A token as the tests write it: kind and byte range, end exclusive.
private struct Lexeme: Equatable, Sendable, CustomStringConvertible {
  var kind: TokenKind
  var start: Int
  var end: Int

  init(_ kind: TokenKind, _ start: Int, _ end: Int) {
    self.kind = kind
    self.start = start
    self.end = end
  }

  init(_ token: Token) {
    self.init(token.kind, Int(token.start), token.end)
  }

  var description: String { "\(kind)@\(start)..<\(end)" }
}

/// A diagnostic as the tests write it: code and byte range.
private struct Reported: Equatable, Sendable, CustomStringConvertible {
  var code: String
  var start: Int
  var end: Int

  init(_ code: DiagnosticCode, _ start: Int, _ end: Int) {
    self.code = code.rawValue
    self.start = start
    self.end = end
  }

  init(_ diagnostic: Diagnostic) {
    code = diagnostic.code
    start = diagnostic.span.start
    end = diagnostic.span.end
  }

  var description: String { "\(code)@\(start)..<\(end)" }
}

private struct Lexed {
  var file: SourceFile
  var tokens: [Lexeme]
  var diagnostics: [Reported]
  var raw: [Diagnostic]
}

private func lex(_ bytes: [UInt8]) -> Lexed {
  let file = SourceFile(id: SourceFileID(0), path: "t.ogp", bytes: bytes)
  let (tokens, diagnostics) = Lexer.tokenize(file)
  return Lexed(
    file: file, tokens: tokens.map(Lexeme.init), diagnostics: diagnostics.map(Reported.init), raw: diagnostics
  )
}

private func lex(_ text: String) -> Lexed { lex(Array(text.utf8)) }

/// The tokens of `text` without the final end-of-file token.
private func kinds(_ text: String) -> [TokenKind] { lex(text).tokens.dropLast().map(\.kind) }

/// One source text and the exact tokens it lexes to (end of file included).
struct LexCase: Sendable, CustomTestStringConvertible {
  var source: String
  fileprivate var expected: [Lexeme]

  fileprivate init(_ source: String, _ expected: [Lexeme]) {
    self.source = source
    self.expected = expected
  }

  var testDescription: String { source.debugDescription }
}

/// A string's contents with an invalid escape, and where the diagnostic goes (offsets in the contents).
struct EscapeCase: Sendable, CustomTestStringConvertible {
  var written: String
  var code: DiagnosticCode
  var start: Int
  var end: Int

  init(_ written: String, _ code: DiagnosticCode, _ start: Int, _ end: Int) {
    self.written = written
    self.code = code
    self.start = start
    self.end = end
  }

  var testDescription: String { written }
}

@Suite("Lexer")
struct LexerTests {
  // MARK: Token kinds and spans

  static let everyKind: [LexCase] = [
    LexCase("", [.init(.endOfFile, 0, 0)]),
    LexCase("abc", [.init(.identifier, 0, 3), .init(.endOfFile, 3, 3)]),
    LexCase("  _a1 \t", [.init(.identifier, 2, 5), .init(.endOfFile, 7, 7)]),
    LexCase("2024", [.init(.integer, 0, 4), .init(.endOfFile, 4, 4)]),
    LexCase(" 0 ", [.init(.integer, 1, 2), .init(.endOfFile, 3, 3)]),
    LexCase("2024-06", [.init(.date, 0, 7), .init(.endOfFile, 7, 7)]),
    LexCase("2024-06-30", [.init(.date, 0, 10), .init(.endOfFile, 10, 10)]),
    LexCase("\"hi\"", [.init(.string, 0, 4), .init(.endOfFile, 4, 4)]),
    LexCase("x \"\"", [.init(.identifier, 0, 1), .init(.string, 2, 4), .init(.endOfFile, 4, 4)]),
    LexCase("\"\"\"\nab\n\"\"\"", [.init(.multilineString, 0, 10), .init(.endOfFile, 10, 10)]),
    LexCase("/// doc", [.init(.docComment, 0, 7), .init(.endOfFile, 7, 7)]),
    LexCase("///", [.init(.docComment, 0, 3), .init(.endOfFile, 3, 3)]),
    LexCase(
      "a\nb",
      [.init(.identifier, 0, 1), .init(.newline, 1, 2), .init(.identifier, 2, 3), .init(.endOfFile, 3, 3)]),
    LexCase("{}", [.init(.leftBrace, 0, 1), .init(.rightBrace, 1, 2), .init(.endOfFile, 2, 2)]),
    LexCase(" , ", [.init(.comma, 1, 2), .init(.endOfFile, 3, 3)]),
    LexCase(";;", [.init(.semicolon, 0, 1), .init(.semicolon, 1, 2), .init(.endOfFile, 2, 2)]),
    LexCase(
      "a.b", [.init(.identifier, 0, 1), .init(.dot, 1, 2), .init(.identifier, 2, 3), .init(.endOfFile, 3, 3)]),
    LexCase(
      "1..2", [.init(.integer, 0, 1), .init(.dotDot, 1, 3), .init(.integer, 3, 4), .init(.endOfFile, 4, 4)]),
    LexCase("...", [.init(.dotDot, 0, 2), .init(.dot, 2, 3), .init(.endOfFile, 3, 3)]),
    LexCase("....", [.init(.dotDot, 0, 2), .init(.dotDot, 2, 4), .init(.endOfFile, 4, 4)]),
    LexCase(". .", [.init(.dot, 0, 1), .init(.dot, 2, 3), .init(.endOfFile, 3, 3)]),
    LexCase(
      "period 2024-09 .. 2026-08",
      [
        .init(.identifier, 0, 6), .init(.date, 7, 14), .init(.dotDot, 15, 17), .init(.date, 18, 25),
        .init(.endOfFile, 25, 25),
      ]),
    LexCase(
      "actor a k \"T\" { level x }",
      [
        .init(.kwActor, 0, 5), .init(.identifier, 6, 7), .init(.identifier, 8, 9), .init(.string, 10, 13),
        .init(.leftBrace, 14, 15), .init(.identifier, 16, 21), .init(.identifier, 22, 23),
        .init(.rightBrace, 24, 25),
        .init(.endOfFile, 25, 25),
      ]),
    LexCase(
      "(a == b) != c < d <= e > f >= g + h - i",
      [
        .init(.leftParen, 0, 1), .init(.identifier, 1, 2), .init(.equalEqual, 3, 5), .init(.identifier, 6, 7),
        .init(.rightParen, 7, 8), .init(.bangEqual, 9, 11), .init(.identifier, 12, 13), .init(.less, 14, 15),
        .init(.identifier, 16, 17), .init(.lessEqual, 18, 20), .init(.identifier, 21, 22),
        .init(.greater, 23, 24), .init(.identifier, 25, 26), .init(.greaterEqual, 27, 29),
        .init(.identifier, 30, 31), .init(.plus, 32, 33), .init(.identifier, 34, 35), .init(.minus, 36, 37),
        .init(.identifier, 38, 39), .init(.endOfFile, 39, 39),
      ]),
  ]

  @Test("each token kind has its exact byte span", arguments: everyKind)
  func tokenSpans(_ example: LexCase) {
    let lexed = lex(example.source)
    #expect(lexed.tokens == example.expected)
    #expect(lexed.diagnostics.isEmpty)
  }

  @Test("every token kind is covered by the span table")
  func everyKindCovered() {
    var covered = Set(Self.everyKind.flatMap { $0.expected.map(\.kind) })
    covered.formUnion(TokenKind.keywords.values)
    #expect(covered == Set(TokenKind.allCases))
  }

  @Test("each reserved word is its keyword token", arguments: TokenKind.keywords.keys.sorted())
  func reservedWord(_ word: String) {
    let lexed = lex(" \(word) ")
    #expect(
      lexed.tokens == [
        Lexeme(TokenKind.keywords[word]!, 1, 1 + word.utf8.count),
        Lexeme(.endOfFile, word.utf8.count + 2, word.utf8.count + 2),
      ])
    #expect(lexed.tokens[0].kind.isKeyword)
  }

  @Test(
    "words that only look like reserved words are identifiers",
    arguments: [
      "planning", "plans", "Plan", "PLAN", "use_", "_use", "user", "ru", "rules", "strategy2", "commitments",
      "milestone_1", "actors", "forums", "changes", "level", "period", "lead", "member", "every", "yes",
      "planñ", "plan\u{301}",
    ])
  func notReserved(_ word: String) {
    let lexed = lex(word)
    #expect(
      lexed.tokens == [
        Lexeme(.identifier, 0, word.utf8.count), Lexeme(.endOfFile, word.utf8.count, word.utf8.count),
      ])
    #expect(lexed.diagnostics.isEmpty)
  }

  @Test("the keyword table is exactly the grammar's reserved words, and only they are keywords")
  func keywordTable() {
    #expect(
      Set(TokenKind.keywords.keys)
        == [
          "use", "strategy", "objective", "priority", "change", "standard", "standards", "actor", "plan",
          "forum",
          "commitment",
          "milestone", "rule",
        ])
    #expect(Set(TokenKind.keywords.values) == Set(TokenKind.allCases.filter(\.isKeyword)))
    for kind in TokenKind.allCases {
      #expect(!kind.displayName.isEmpty)
    }
  }

  // MARK: Unicode identifiers

  @Test(
    "identifiers take Unicode letters and combining marks",
    arguments: [
      "dirección", "ñandú", "über_2", "Ωmega", "cafe\u{301}", "e\u{301}\u{302}x", "名前", "_ñ", "x\u{0663}",
    ])
  func unicodeIdentifier(_ word: String) {
    let lexed = lex("a \(word) b")
    let length = word.utf8.count
    #expect(
      lexed.tokens == [
        Lexeme(.identifier, 0, 1), Lexeme(.identifier, 2, 2 + length),
        Lexeme(.identifier, 3 + length, 4 + length),
        Lexeme(.endOfFile, 4 + length, 4 + length),
      ])
    #expect(lexed.diagnostics.isEmpty)
  }

  @Test("spans are UTF-8 bytes; columns count Unicode scalars")
  func bytesAndColumns() {
    let lexed = lex("dirección ñandú\n  cafe\u{301} x")
    #expect(
      lexed.tokens == [
        Lexeme(.identifier, 0, 10), Lexeme(.identifier, 11, 18), Lexeme(.newline, 18, 19),
        Lexeme(.identifier, 21, 27), Lexeme(.identifier, 28, 29), Lexeme(.endOfFile, 29, 29),
      ])
    let file = lexed.file
    #expect(file.location(of: 0) == OGPDiagnostics.SourceLocation(line: 1, column: 1))
    // "dirección " is 10 scalars and 11 bytes.
    #expect(file.location(of: 11) == OGPDiagnostics.SourceLocation(line: 1, column: 11))
    #expect(file.location(of: 18) == OGPDiagnostics.SourceLocation(line: 1, column: 16))
    #expect(file.location(of: 21) == OGPDiagnostics.SourceLocation(line: 2, column: 3))
    // "cafe" + U+0301 is five scalars in six bytes.
    #expect(file.location(of: 28) == OGPDiagnostics.SourceLocation(line: 2, column: 9))
    #expect(file.text(of: SourceSpan(file: file.id, start: 11, end: 18)) == "ñandú")
  }

  // MARK: Numbers and dates

  @Test("integers and dates")
  func integersAndDates() {
    #expect(kinds("2024") == [.integer])
    #expect(kinds("2024-06") == [.date])
    #expect(kinds("2024-06-30") == [.date])
    #expect(kinds("2024 .. 2026") == [.integer, .dotDot, .integer])
    #expect(
      lex("2024..2026").tokens == [
        Lexeme(.integer, 0, 4), Lexeme(.dotDot, 4, 6), Lexeme(.integer, 6, 10), Lexeme(.endOfFile, 10, 10),
      ])
    #expect(lex("2024-06..2024-07").tokens.map(\.kind) == [.date, .dotDot, .date, .endOfFile])
    #expect(lex("007").tokens == [Lexeme(.integer, 0, 3), Lexeme(.endOfFile, 3, 3)])
  }

  @Test("a number with letters glued to it is one malformed token (E0008)")
  func malformedNumber() {
    let lexed = lex("12ab x")
    #expect(lexed.tokens == [Lexeme(.integer, 0, 4), Lexeme(.identifier, 5, 6), Lexeme(.endOfFile, 6, 6)])
    #expect(lexed.diagnostics == [Reported(.malformedNumber, 0, 4)])

    let date = lex("2024-06-30th")
    #expect(date.tokens == [Lexeme(.date, 0, 12), Lexeme(.endOfFile, 12, 12)])
    #expect(date.diagnostics == [Reported(.malformedNumber, 0, 12)])

    let months = lex("3months")
    #expect(months.diagnostics == [Reported(.malformedNumber, 0, 7)])
  }

  @Test(
    "a number with a non-ASCII letter glued to it is one malformed token (E0008)")
  func malformedNumberUnicode() {
    let lexed = lex("3años")
    #expect(lexed.tokens == [Lexeme(.integer, 0, 6), Lexeme(.endOfFile, 6, 6)])
    #expect(lexed.diagnostics == [Reported(.malformedNumber, 0, 6)])
    let accent = lex("12é")
    #expect(accent.tokens == [Lexeme(.integer, 0, 4), Lexeme(.endOfFile, 4, 4)])
    #expect(accent.diagnostics == [Reported(.malformedNumber, 0, 4)])
  }

  @Test("an integer of more than 18 digits is reported; 18 digits are fine")
  func numberTooLarge() {
    #expect(lex("123456789012345678").diagnostics.isEmpty)
    let lexed = lex("x 1234567890123456789")
    #expect(lexed.tokens == [Lexeme(.identifier, 0, 1), Lexeme(.integer, 2, 21), Lexeme(.endOfFile, 21, 21)])
    #expect(lexed.diagnostics == [Reported(.numberTooLarge, 2, 21)])
  }

  @Test("a dash after a number that starts no date is a stray character")
  func danglingDash() {
    let lexed = lex("2024- x")
    #expect(lexed.tokens == [Lexeme(.integer, 0, 4), Lexeme(.identifier, 6, 7), Lexeme(.endOfFile, 7, 7)])
    #expect(lexed.diagnostics == [Reported(.strayCharacter, 4, 5)])
  }

  // MARK: Comments

  @Test("comments are trivia; /// is a doc comment; //// is a plain comment")
  func comments() {
    #expect(lex("// just a comment").tokens == [Lexeme(.endOfFile, 17, 17)])
    #expect(
      lex("a // c { \" }\nb").tokens == [
        Lexeme(.identifier, 0, 1), Lexeme(.newline, 12, 13), Lexeme(.identifier, 13, 14),
        Lexeme(.endOfFile, 14, 14),
      ])
    #expect(
      lex("/// doc\nb").tokens == [
        Lexeme(.docComment, 0, 7), Lexeme(.newline, 7, 8), Lexeme(.identifier, 8, 9),
        Lexeme(.endOfFile, 9, 9),
      ])
    #expect(lex("//// not doc").tokens == [Lexeme(.endOfFile, 12, 12)])
    #expect(lex("////").tokens == [Lexeme(.endOfFile, 4, 4)])
    #expect(
      lex("a /// trailing").tokens == [
        Lexeme(.identifier, 0, 1), Lexeme(.docComment, 2, 14), Lexeme(.endOfFile, 14, 14),
      ])
    #expect(lex("///x\r\n").tokens.map(\.kind) == [.docComment, .newline, .endOfFile])
    #expect(lex("//").tokens == [Lexeme(.endOfFile, 2, 2)])
    #expect(lex("a / b").diagnostics == [Reported(.strayCharacter, 2, 3)])
    #expect(lex("// ñandú «x» \u{1F600}").diagnostics.isEmpty)
  }

  // MARK: Strings

  @Test("strings with escapes are one token, the escaped quote included")
  func escapes() {
    let source = #"x "a\"b\\" y"#
    #expect(
      lex(source).tokens == [
        Lexeme(.identifier, 0, 1), Lexeme(.string, 2, 10), Lexeme(.identifier, 11, 12),
        Lexeme(.endOfFile, 12, 12),
      ])
    #expect(lex(source).diagnostics.isEmpty)
    #expect(lex(#""\\" x"#).tokens.map(\.kind) == [.string, .identifier, .endOfFile])
  }

  @Test(
    "escapes decode to their characters",
    arguments: [
      (#"\\"#, "\\"), (#"\""#, "\""), (#"\n"#, "\n"), (#"\r"#, "\r"), (#"\t"#, "\t"), (#"\u{E9}"#, "é"),
      (#"\u{1F600}"#, "\u{1F600}"), (#"a\u{0}b"#, "a\u{0}b"), ("ñandú", "ñandú"), (#"x\ny\tz"#, "x\ny\tz"),
    ])
  func escapeValues(_ written: String, _ value: String) throws {
    let result = Parser.parse(SourceFile(id: SourceFileID(0), path: "t.ogp", text: "use \"\(written)\""))
    #expect(result.diagnostics.isEmpty)
    let use = try #require(result.syntax.uses.first)
    #expect(use.path?.value == value)
  }

  @Test(
    "invalid escapes are reported at the escape",
    arguments: [
      EscapeCase(#"a\qb"#, .invalidEscape, 1, 3), EscapeCase(#"\u00E9"#, .invalidUnicodeEscape, 0, 2),
      EscapeCase(#"\u{110000}"#, .invalidUnicodeEscape, 0, 10),
      EscapeCase(#"\u{D800}"#, .invalidUnicodeEscape, 0, 8),
      EscapeCase(#"\u{}"#, .invalidUnicodeEscape, 0, 4),
      EscapeCase(#"\u{123456789}"#, .invalidUnicodeEscape, 0, 13),
      EscapeCase(#"\u{12"#, .invalidUnicodeEscape, 0, 5),
    ])
  func invalidEscapes(_ example: EscapeCase) {
    let result = Parser.parse(
      SourceFile(id: SourceFileID(0), path: "t.ogp", text: "use \"\(example.written)\""))
    // The string's contents start at byte 5, after `use "`.
    #expect(
      result.diagnostics.map(Reported.init) == [Reported(example.code, 5 + example.start, 5 + example.end)])
  }

  @Test("multi-line strings are one token, quotes and escaped delimiters inside included")
  func multilineStrings() {
    let source = "x \"\"\"\n  say \"hi\" and \"\"\n  \\\"\"\"\n  \"\"\" y"
    let lexed = lex(source)
    #expect(lexed.diagnostics.isEmpty)
    #expect(
      lexed.tokens == [
        Lexeme(.identifier, 0, 1), Lexeme(.multilineString, 2, source.utf8.count - 2),
        Lexeme(.identifier, source.utf8.count - 1, source.utf8.count),
        Lexeme(.endOfFile, source.utf8.count, source.utf8.count),
      ])
  }

  @Test("an unterminated multi-line string runs to the end of the file (E0005 at its opening)")
  func unterminatedMultiline() {
    let lexed = lex("a \"\"\"\nb\nc")
    #expect(
      lexed.tokens == [Lexeme(.identifier, 0, 1), Lexeme(.multilineString, 2, 9), Lexeme(.endOfFile, 9, 9)])
    #expect(lexed.diagnostics == [Reported(.unterminatedMultilineString, 2, 5)])
    // A trailing backslash must not run past the end.
    let backslash = lex("\"\"\"\n\\")
    #expect(backslash.tokens == [Lexeme(.multilineString, 0, 5), Lexeme(.endOfFile, 5, 5)])
    #expect(backslash.diagnostics == [Reported(.unterminatedMultilineString, 0, 3)])
  }

  @Test("an unterminated string ends at the end of its line (E0004) and lexing goes on")
  func unterminatedAtEndOfLine() {
    let lexed = lex("a \"abc\nb \"x\"")
    #expect(
      lexed.tokens == [
        Lexeme(.identifier, 0, 1), Lexeme(.string, 2, 6), Lexeme(.newline, 6, 7), Lexeme(.identifier, 7, 8),
        Lexeme(.string, 9, 12), Lexeme(.endOfFile, 12, 12),
      ])
    #expect(lexed.diagnostics == [Reported(.unterminatedString, 2, 6)])

    // A backslash at the end of the line does not escape the line break.
    let backslash = lex("\"abc\\\nb")
    #expect(
      backslash.tokens == [
        Lexeme(.string, 0, 5), Lexeme(.newline, 5, 6), Lexeme(.identifier, 6, 7), Lexeme(.endOfFile, 7, 7),
      ])
    #expect(backslash.diagnostics == [Reported(.unterminatedString, 0, 5)])
  }

  @Test("an unterminated string at the end of the file (E0004)")
  func unterminatedAtEndOfFile() {
    let lexed = lex("a \"abc")
    #expect(lexed.tokens == [Lexeme(.identifier, 0, 1), Lexeme(.string, 2, 6), Lexeme(.endOfFile, 6, 6)])
    #expect(lexed.diagnostics == [Reported(.unterminatedString, 2, 6)])
    let quote = lex("\"")
    #expect(quote.tokens == [Lexeme(.string, 0, 1), Lexeme(.endOfFile, 1, 1)])
    #expect(quote.diagnostics == [Reported(.unterminatedString, 0, 1)])
    let backslash = lex("\"\\")
    #expect(backslash.tokens == [Lexeme(.string, 0, 2), Lexeme(.endOfFile, 2, 2)])
    #expect(backslash.diagnostics == [Reported(.unterminatedString, 0, 2)])
  }

  // MARK: Bad bytes

  @Test("a NUL byte is reported (E0002) wherever it stands, and lexing goes on")
  func nul() {
    let lexed = lex([UInt8(ascii: "a"), 0, UInt8(ascii: "b")])
    #expect(lexed.tokens == [Lexeme(.identifier, 0, 1), Lexeme(.identifier, 2, 3), Lexeme(.endOfFile, 3, 3)])
    #expect(lexed.diagnostics == [Reported(.nulByte, 1, 2)])
    #expect(lex(Array("// a".utf8) + [0]).diagnostics == [Reported(.nulByte, 4, 5)])
    let inString = lex(Array("\"a".utf8) + [0] + Array("b\"".utf8))
    #expect(inString.tokens == [Lexeme(.string, 0, 5), Lexeme(.endOfFile, 5, 5)])
    #expect(inString.diagnostics == [Reported(.nulByte, 2, 3)])
  }

  @Test("a run of invalid UTF-8 is one diagnostic (E0001), and lexing goes on")
  func invalidUTF8() {
    let lexed = lex([UInt8(ascii: "a"), 0xFF, 0xFE, 0x80, 0xC0, UInt8(ascii: "b")])
    #expect(lexed.tokens == [Lexeme(.identifier, 0, 1), Lexeme(.identifier, 5, 6), Lexeme(.endOfFile, 6, 6)])
    #expect(lexed.diagnostics == [Reported(.invalidUTF8, 1, 5)])
    #expect(lexed.raw.first?.message == "invalid UTF-8 (4 bytes)")

    // A truncated sequence at the end of the file.
    #expect(
      lex([UInt8(ascii: "a"), UInt8(ascii: " "), 0xE2, 0x82]).diagnostics == [Reported(.invalidUTF8, 2, 4)])
    // An invalid byte right before a valid multi-byte letter leaves the letter alone.
    let beforeLetter = lex([0xFF] + Array("ñ".utf8))
    #expect(beforeLetter.tokens == [Lexeme(.identifier, 1, 3), Lexeme(.endOfFile, 3, 3)])
    #expect(beforeLetter.diagnostics == [Reported(.invalidUTF8, 0, 1)])
    // An overlong encoding and a surrogate are invalid.
    #expect(lex([0xC0, 0xAF]).diagnostics == [Reported(.invalidUTF8, 0, 2)])
    #expect(lex([0xED, 0xA0, 0x80]).diagnostics == [Reported(.invalidUTF8, 0, 3)])
    // Inside a comment and inside a string.
    #expect(lex(Array("// x".utf8) + [0xFF, 0xFF]).diagnostics == [Reported(.invalidUTF8, 4, 6)])
    let inString = lex(Array("\"x".utf8) + [0xFF, 0xFE] + Array("\"".utf8))
    #expect(inString.tokens == [Lexeme(.string, 0, 5), Lexeme(.endOfFile, 5, 5)])
    #expect(inString.diagnostics == [Reported(.invalidUTF8, 2, 4)])
  }

  @Test("a run of stray characters is one diagnostic (E0003), and lexing goes on")
  func strayRun() {
    let lexed = lex("a @$% b")
    #expect(lexed.tokens == [Lexeme(.identifier, 0, 1), Lexeme(.identifier, 6, 7), Lexeme(.endOfFile, 7, 7)])
    #expect(lexed.diagnostics == [Reported(.strayCharacter, 2, 5)])
    #expect(lexed.raw.first?.message == "unexpected character '@' and what follows")
    #expect(lex("a @ b").raw.first?.message == "unexpected character '@'")
    // Separate runs are separate diagnostics.
    #expect(lex("@ $").diagnostics == [Reported(.strayCharacter, 0, 1), Reported(.strayCharacter, 2, 3)])
    // Control characters are named by code point.
    #expect(lex("\u{1B}").raw.first?.message == "unexpected character 'U+001B'")
  }

  @Test(
    "stray characters get a helpful hint",
    arguments: [
      ("# comment", "comments start with '//'"),
      ("level = national", "a clause is written 'keyword value', without '=' or ':'"),
      ("level: national", "a clause is written 'keyword value', without '=' or ':'"),
      ("open-data", "names use '_' instead of '-' (open_data)"),
      ("\u{201C}Open\u{201D}", "strings use straight double quotes: \"…\""),
      ("\u{2018}x", "strings use straight double quotes: \"…\""),
      ("'x'", "strings use straight double quotes: \"…\""),
      ("values [a]", "lists are written without brackets: 'values a, b'"),
      ("a\u{A0}b", "replace it with an ordinary space"),
      ("a ~ b", "remove it, or put it inside a string or a comment"),
    ])
  func strayHint(_ source: String, _ help: String) throws {
    let diagnostic = try #require(lex(source).raw.first)
    #expect(diagnostic.code == DiagnosticCode.strayCharacter.rawValue)
    #expect(diagnostic.help == help)
  }

  @Test("curly quotes around a word give two diagnostics and keep the word")
  func curlyQuotes() {
    let lexed = lex("\u{201C}Open\u{201D}")
    #expect(lexed.tokens == [Lexeme(.identifier, 3, 7), Lexeme(.endOfFile, 10, 10)])
    #expect(lexed.diagnostics == [Reported(.strayCharacter, 0, 3), Reported(.strayCharacter, 7, 10)])
  }

  // MARK: Byte-order mark and line endings

  @Test("a byte-order mark at the start is ignored")
  func byteOrderMark() {
    let lexed = lex([0xEF, 0xBB, 0xBF] + Array("plan p".utf8))
    #expect(lexed.tokens == [Lexeme(.kwPlan, 3, 7), Lexeme(.identifier, 8, 9), Lexeme(.endOfFile, 9, 9)])
    #expect(lexed.diagnostics.isEmpty)
    // Elsewhere it is a stray character.
    #expect(lex("a \u{FEFF}").diagnostics == [Reported(.strayCharacter, 2, 5)])
  }

  @Test("CRLF line endings: the CR is trivia, the LF is the newline token")
  func crlf() {
    let lexed = lex("a\r\nb // c\r\n/// d\r\n\"\"\"\r\n  x\r\n  \"\"\"\r\n")
    #expect(
      lexed.tokens.map(\.kind) == [
        .identifier, .newline, .identifier, .newline, .docComment, .newline, .multilineString, .newline,
        .endOfFile,
      ])
    #expect(lexed.tokens[1] == Lexeme(.newline, 2, 3))
    #expect(lexed.tokens[2] == Lexeme(.identifier, 3, 4))
    #expect(lexed.diagnostics.isEmpty)
    #expect(lexed.file.location(of: 3) == OGPDiagnostics.SourceLocation(line: 2, column: 1))
  }

  // MARK: Losslessness

  static let exampleFiles: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("examples")
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    var paths: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      if relative.hasSuffix(".ogp") { paths.append(root.appendingPathComponent(relative).path) }
    }
    return paths.sorted()
  }()

  @Test("the examples directory is found")
  func examplesFound() {
    #expect(Self.exampleFiles.count >= 3)
  }

  @Test("tokens and trivia give back every example byte for byte", arguments: exampleFiles)
  func lossless(_ path: String) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    if !path.contains("/errors/") {
      #expect(lex(bytes).diagnostics.isEmpty)
    }
    checkLossless(bytes)
  }

  @Test("tokens and trivia stay lossless when a token is removed or duplicated", arguments: exampleFiles)
  func losslessMutations(_ path: String) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let tokens = lex(bytes).tokens.dropLast()
    var random = SeededRandom(seed: 0x0611_2024)
    for round in 0..<150 {
      let token = tokens[random.below(tokens.count)]
      // Even rounds remove the token; odd rounds write it twice, glued to itself.
      var mutated = Array(bytes[..<token.start])
      if round % 2 == 1 { mutated += bytes[token.start..<token.end] + bytes[token.start..<token.end] }
      mutated += bytes[token.end...]
      checkLossless(mutated)
      // The parser must get through the mutated file too.
      let parsed = Parser.parse(SourceFile(id: SourceFileID(0), path: "t.ogp", bytes: mutated))
      for diagnostic in parsed.diagnostics {
        #expect(diagnostic.span.end <= mutated.count)
      }
    }
  }

  @Test("random byte soup stays lossless")
  func losslessRandom() {
    var random = SeededRandom(seed: 42)
    let words: [String] = [
      "a", "plan", " ", "\n", "\r\n", "\t", "{", "}", ",", ";", ".", "..", "\"", "\"\"\"", "\\", "//", "///",
      "2024",
      "-06", "é", "@", "#",
    ]
    let alphabet: [[UInt8]] =
      words.map { Array($0.utf8) } + [[0], [0xFF], [0xE2, 0x82], [0xEF, 0xBB, 0xBF]]
    for _ in 0..<200 {
      var bytes: [UInt8] = []
      for _ in 0..<random.below(200) { bytes += alphabet[random.below(alphabet.count)] }
      checkLossless(bytes)
    }
  }
}

/// Checks the lexer's promise: tokens in order, not overlapping, and nothing between them but
/// trivia (spaces, tabs, CR, `//` comments, a leading BOM, bytes covered by a lexical diagnostic).
private func checkLossless(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  let lexed = lex(bytes)
  let tokens = lexed.tokens
  guard let last = tokens.last else {
    Issue.record("no tokens", sourceLocation: sourceLocation)
    return
  }
  #expect(last == Lexeme(.endOfFile, bytes.count, bytes.count), sourceLocation: sourceLocation)
  #expect(tokens.dropLast().allSatisfy { $0.kind != .endOfFile }, sourceLocation: sourceLocation)
  var covered = [Bool](repeating: false, count: bytes.count)
  for diagnostic in lexed.diagnostics {
    #expect(
      diagnostic.start <= diagnostic.end && diagnostic.end <= bytes.count, sourceLocation: sourceLocation)
    for index in diagnostic.start..<min(diagnostic.end, bytes.count) { covered[index] = true }
  }
  var position = 0
  for token in tokens {
    guard token.start >= position, token.end >= token.start, token.end <= bytes.count else {
      Issue.record(
        "token \(token) overlaps or runs past \(position) in \(bytes.count) bytes",
        sourceLocation: sourceLocation)
      return
    }
    if token.kind != .endOfFile, token.end == token.start {
      Issue.record("empty token \(token)", sourceLocation: sourceLocation)
    }
    if let problem = nonTrivia(bytes, from: position, to: token.start, covered: covered) {
      Issue.record("\(problem) before \(token)", sourceLocation: sourceLocation)
      return
    }
    position = token.end
  }
}

/// Where the gap `start..<end` holds something that is not trivia, or nil.
private func nonTrivia(_ bytes: [UInt8], from start: Int, to end: Int, covered: [Bool]) -> String? {
  var index = start
  if index == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]), end >= 3 { index = 3 }
  while index < end {
    let byte = bytes[index]
    if covered[index] || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    {
      index += 1
    } else if byte == UInt8(ascii: "/"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "/") {
      // A comment runs to the end of its line, which is the next token (or the end of the file).
      guard !bytes[index..<end].contains(UInt8(ascii: "\n")),
        end == bytes.count || bytes[end] == UInt8(ascii: "\n")
      else {
        return "a comment that does not run to the end of its line at \(index)"
      }
      index = end
    } else {
      return "byte \(byte) at \(index) in no token, trivia or diagnostic"
    }
  }
  return nil
}

@Suite("Lexer: encoding hints")
struct EncodingHintTests {
  @Test func aLatin1LetterBetweenASCIISuggestsConverting() throws {
    let lexed = lex(Array("\"Informaci".utf8) + [0xF3] + Array("n\"".utf8))
    let diagnostic = try #require(lexed.raw.first)
    #expect(diagnostic.code == "E0001")
    #expect(diagnostic.help?.contains("Latin-1") == true)
  }

  @Test func otherInvalidBytesOnlyAskForUTF8() throws {
    let lexed = lex([0x80, 0x81, 0x82])
    let diagnostic = try #require(lexed.raw.first)
    #expect(lexed.raw.count == 1)
    #expect(diagnostic.help?.contains("Latin-1") == false)
  }
}
