/// How a position's `character` counts: LSP 3.17's `PositionEncodingKind`.
public enum PositionEncoding: String, Hashable, Sendable, Codable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"

  /// The encoding to use with a client that offers `offered` (its `general.positionEncodings`):
  /// UTF-8, the compiler's own, when offered, else UTF-16, the protocol's default.
  public static func negotiated(offered: [String]?) -> PositionEncoding {
    offered?.contains(PositionEncoding.utf8.rawValue) == true ? .utf8 : .utf16
  }
}

/// A place in a document: a 0-based line and a 0-based offset in it, in the negotiated encoding.
public struct Position: Hashable, Sendable, Codable, Comparable {
  public var line: Int
  public var character: Int

  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  public static func < (lhs: Position, rhs: Position) -> Bool {
    (lhs.line, lhs.character) < (rhs.line, rhs.character)
  }
}

/// A span of a document, its end exclusive: LSP's `Range`.
public struct TextRange: Hashable, Sendable, Codable {
  public var start: Position
  public var end: Position

  public init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }
}

/// Converts between the compiler's UTF-8 byte offsets into a text and LSP positions. Lines end
/// at `\n`, `\r\n` or `\r`, as the protocol says.
public struct PositionConverter: Sendable {
  public let bytes: [UInt8]
  public let encoding: PositionEncoding
  /// The byte offset each line starts at.
  public let lineStarts: [Int]

  public init(bytes: [UInt8], encoding: PositionEncoding) {
    self.bytes = bytes
    self.encoding = encoding
    var starts = [0]
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == 13, index < bytes.count, bytes[index] == 10 { index += 1 }
      if byte == 10 || byte == 13 { starts.append(index) }
    }
    lineStarts = starts
  }

  /// The byte offset a line's content ends at (before its line break).
  private func lineEnd(_ line: Int) -> Int {
    guard line + 1 < lineStarts.count else { return bytes.count }
    var end = lineStarts[line + 1]
    if end > lineStarts[line], bytes[end - 1] == 10 { end -= 1 }
    if end > lineStarts[line], bytes[end - 1] == 13 { end -= 1 }
    return end
  }

  /// The position of a byte offset (clamped to the text; an offset inside a character counts
  /// from that character's start).
  public func position(of offset: Int) -> Position {
    let offset = min(max(0, offset), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let start = lineStarts[low]
    let end = min(offset, lineEnd(low))
    switch encoding {
    case .utf8:
      return Position(line: low, character: end - start)
    case .utf16:
      var units = 0
      var index = start
      while index < end {
        let length = Self.sequenceLength(bytes[index])
        guard index + length <= end else { break }
        units += length == 4 ? 2 : 1
        index += length
      }
      return Position(line: low, character: units)
    }
  }

  /// The byte offset of a position. A line past the last is the text's end; a character past
  /// its line's end is the line's end, as the protocol says; one inside a character (half a
  /// surrogate pair, part of a UTF-8 sequence) is that character's start.
  public func offset(of position: Position) -> Int {
    guard position.line >= 0 else { return 0 }
    guard position.line < lineStarts.count else { return bytes.count }
    let start = lineStarts[position.line]
    let end = lineEnd(position.line)
    let wanted = max(0, position.character)
    var index = start
    var counted = 0
    while index < end {
      let length = Self.sequenceLength(bytes[index])
      let units = encoding == .utf8 ? length : (length == 4 ? 2 : 1)
      guard counted + units <= wanted, index + length <= end else { break }
      counted += units
      index += length
    }
    return index
  }

  /// The range of a byte span.
  public func range(_ start: Int, _ end: Int) -> TextRange {
    TextRange(start: position(of: start), end: position(of: end))
  }

  /// The length of the UTF-8 sequence a byte starts; 1 for a byte that starts none.
  private static func sequenceLength(_ byte: UInt8) -> Int {
    switch byte {
    case 0xF0...0xF7: 4
    case 0xE0...0xEF: 3
    case 0xC0...0xDF: 2
    default: 1
    }
  }
}
