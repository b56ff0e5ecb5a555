import OGPLanguageServer
import Testing

/// The base protocol's framing: messages split across reads, several in one read, and frames
/// that are refused without stopping the stream or being held whole.
struct MessageReaderTests {
  private static func frame(_ body: String) -> [UInt8] { MessageReader.frame(Array(body.utf8)) }

  private static func drain(_ reader: inout MessageReader) -> [MessageReader.Item] {
    var items: [MessageReader.Item] = []
    while let item = reader.next() { items.append(item) }
    return items
  }

  @Test func aMessageSplitAcrossReadsIsWholeOnceItsLastByteArrives() {
    let bytes = Self.frame(#"{"jsonrpc":"2.0","method":"x"}"#)
    var reader = MessageReader()
    for byte in bytes.dropLast() {
      reader.append([byte])
      #expect(reader.next() == nil)
    }
    reader.append([bytes[bytes.count - 1]])
    #expect(reader.next() == .body(Array(#"{"jsonrpc":"2.0","method":"x"}"#.utf8)))
    #expect(reader.next() == nil)
  }

  @Test func severalMessagesInOneReadComeOutInOrder() {
    var reader = MessageReader()
    reader.append(Self.frame("[1]") + Self.frame("[2]") + Array("Content-Length: 3\r\n\r\n[3".utf8))
    #expect(Self.drain(&reader) == [.body(Array("[1]".utf8)), .body(Array("[2]".utf8))])
    reader.append(Array("]".utf8))
    #expect(Self.drain(&reader) == [.body(Array("[3]".utf8))])
  }

  @Test func otherHeadersAndSpacingAreAccepted() {
    var reader = MessageReader()
    reader.append(
      Array("content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length:  2 \r\n\r\n{}".utf8))
    #expect(Self.drain(&reader) == [.body(Array("{}".utf8))])
  }

  @Test(arguments: [
    "Content-Length: abc\r\n\r\n", "Content-Length: -3\r\n\r\n", "Content-Length: \r\n\r\n",
    "Content-Type: x\r\n\r\n", "no colon here\r\n\r\n", "Content-Length: 2\r\nContent-Length: 2\r\n\r\n",
    "Content-Length: 99999999999999999999999\r\n\r\n",
  ])
  func aBadHeaderIsReportedAndTheNextMessageStillRead(header: String) {
    var reader = MessageReader()
    reader.append(Array(header.utf8) + Self.frame("[7]"))
    let items = Self.drain(&reader)
    #expect(items.count == 2)
    if case .malformed = items.first {} else { Issue.record("expected a malformed frame, got \(items)") }
    #expect(items.last == .body(Array("[7]".utf8)))
  }

  @Test func anOversizedBodyIsSkippedAsItArrivesNotBuffered() {
    var reader = MessageReader(maximumHeaderBytes: 64, maximumBodyBytes: 16)
    reader.append(Array("Content-Length: 1000\r\n\r\n".utf8))
    #expect(reader.next() == .malformed("a body of 1000 bytes, more than the 16 accepted"))
    for _ in 0..<10 {
      reader.append([UInt8](repeating: UInt8(ascii: "x"), count: 100))
      #expect(reader.next() == nil)
    }
    reader.append(Self.frame("[1]"))
    #expect(Self.drain(&reader) == [.body(Array("[1]".utf8))])
  }

  @Test func anEndlessHeaderIsRefusedOnceItPassesTheLimit() {
    var reader = MessageReader(maximumHeaderBytes: 64, maximumBodyBytes: 16)
    reader.append([UInt8](repeating: UInt8(ascii: "a"), count: 65))
    #expect(reader.next() == .malformed("a header block longer than 64 bytes"))
    for _ in 0..<100 {
      reader.append([UInt8](repeating: UInt8(ascii: "a"), count: 1000))
      #expect(reader.next() == nil)
    }
    // The block ends; the next message is read.
    reader.append(Array("\r\n\r\n".utf8) + Self.frame("[2]"))
    #expect(Self.drain(&reader) == [.body(Array("[2]".utf8))])
  }
}
