import OGPLanguageServer
import Testing

/// Byte offsets and LSP positions, both ways, in UTF-16 code units and UTF-8 bytes, through
/// accented letters (two bytes, one unit) and an emoji outside the Basic Multilingual Plane (four
/// bytes, two units).
struct PositionConverterTests {
  // "aé🌍b": a at byte 0, é at 1–2, 🌍 at 3–6, b at 7; then a line "x".
  private static let text = Array("aé🌍b\nx".utf8)

  @Test func utf16CountsSurrogatePairsAsTwoUnits() {
    let converter = PositionConverter(bytes: Self.text, encoding: .utf16)
    let expected: [(offset: Int, character: Int)] = [(0, 0), (1, 1), (3, 2), (7, 4), (8, 5)]
    for (offset, character) in expected {
      #expect(converter.position(of: offset) == Position(line: 0, character: character))
      #expect(converter.offset(of: Position(line: 0, character: character)) == offset)
    }
    #expect(converter.position(of: 9) == Position(line: 1, character: 0))
    #expect(converter.offset(of: Position(line: 1, character: 1)) == 10)
  }

  @Test func utf8CountsBytes() {
    let converter = PositionConverter(bytes: Self.text, encoding: .utf8)
    for offset in [0, 1, 3, 7, 8] {
      #expect(converter.position(of: offset) == Position(line: 0, character: offset))
      #expect(converter.offset(of: Position(line: 0, character: offset)) == offset)
    }
    #expect(converter.position(of: 10) == Position(line: 1, character: 1))
  }

  @Test func aPositionInsideACharacterIsItsStart() {
    let utf16 = PositionConverter(bytes: Self.text, encoding: .utf16)
    // Character 3 is the emoji's second surrogate.
    #expect(utf16.offset(of: Position(line: 0, character: 3)) == 3)
    let utf8 = PositionConverter(bytes: Self.text, encoding: .utf8)
    #expect(utf8.offset(of: Position(line: 0, character: 5)) == 3)
    #expect(utf8.offset(of: Position(line: 0, character: 2)) == 1)
  }

  @Test func positionsPastALineOrTheTextAreClamped() {
    let converter = PositionConverter(bytes: Self.text, encoding: .utf16)
    #expect(converter.offset(of: Position(line: 0, character: 99)) == 8)
    #expect(converter.offset(of: Position(line: 7, character: 0)) == Self.text.count)
    #expect(converter.position(of: 500) == Position(line: 1, character: 1))
  }

  @Test func everyLineBreakOfTheProtocolEndsALine() {
    let converter = PositionConverter(bytes: Array("a\r\nb\rc\nd".utf8), encoding: .utf16)
    #expect(converter.lineStarts == [0, 3, 5, 7])
    #expect(converter.position(of: 1) == Position(line: 0, character: 1))
    // The \r of \r\n belongs to no character of its line.
    #expect(converter.offset(of: Position(line: 0, character: 5)) == 1)
    #expect(converter.position(of: 6) == Position(line: 2, character: 1))
  }

  @Test func theEncodingIsUTF8WhenOfferedElseUTF16() {
    #expect(PositionEncoding.negotiated(offered: ["utf-16", "utf-8"]) == .utf8)
    #expect(PositionEncoding.negotiated(offered: ["utf-32", "utf-16"]) == .utf16)
    #expect(PositionEncoding.negotiated(offered: nil) == .utf16)
  }
}
