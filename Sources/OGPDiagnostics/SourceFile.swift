import Synchronization

/// Identifies a loaded source file within one `SourceMap`.
public struct SourceFileID: Hashable, Sendable, Comparable {
  private let storedIndex: UInt32

  public init(_ index: Int) { storedIndex = UInt32(index) }

  public var index: Int { Int(storedIndex) }

  public static func < (lhs: SourceFileID, rhs: SourceFileID) -> Bool { lhs.storedIndex < rhs.storedIndex }
}

/// A half-open range of UTF-8 byte offsets in one source file.
///
/// Offsets are stored in 32 bits (files are at most 4 GiB, `Lexer.maximumFileSize`): every
/// syntax node and diagnostic holds spans, and 12 bytes instead of 24 shrink the tree of a large
/// plan by a fifth.
public struct SourceSpan: Hashable, Sendable, Comparable {
  public let file: SourceFileID
  private let storedStart: UInt32
  private let storedEnd: UInt32

  public init(file: SourceFileID, start: Int, end: Int) {
    self.file = file
    storedStart = UInt32(start)
    storedEnd = UInt32(max(start, end))
  }

  public var start: Int { Int(storedStart) }
  public var end: Int { Int(storedEnd) }
  public var length: Int { end - start }

  /// The smallest span covering both; both must be in the same file.
  public func union(_ other: SourceSpan) -> SourceSpan {
    SourceSpan(file: file, start: min(start, other.start), end: max(end, other.end))
  }

  public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
    (lhs.file, lhs.storedStart, lhs.storedEnd) < (rhs.file, rhs.storedStart, rhs.storedEnd)
  }
}

/// A 1-based line and column; columns count Unicode scalars (an invalid byte counts as one).
public struct SourceLocation: Hashable, Sendable {
  public let line: Int
  public let column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// The bytes of one source file and the path it is shown under.
///
/// Line starts are computed once, the first time a location is asked for: lexing and parsing
/// work on byte offsets only.
public final class SourceFile: Sendable {
  public let id: SourceFileID
  /// The path as shown to the user (relative to the working directory where possible).
  public let path: String
  public let bytes: [UInt8]
  /// The number shown for the text's first line: an input that starts on a script's line 12
  /// says so in its diagnostics without being padded with blank lines.
  public let firstLine: Int
  private let lineStartsCache = Mutex<[Int]?>(nil)
  /// For each long line a column was asked on: the columns at every `columnStride` bytes.
  private let columnIndexes = Mutex<[Int: [Int]]>([:])

  /// Lines longer than this many bytes get a column index; on shorter ones a column is counted.
  static let columnStride = 1_024

  public init(id: SourceFileID, path: String, bytes: [UInt8], firstLine: Int = 1) {
    self.id = id
    self.path = path
    self.bytes = bytes
    self.firstLine = firstLine
  }

  public convenience init(id: SourceFileID, path: String, text: String, firstLine: Int = 1) {
    self.init(id: id, path: path, bytes: Array(text.utf8), firstLine: firstLine)
  }

  /// Byte offsets at which each line starts.
  public var lineStarts: [Int] {
    lineStartsCache.withLock { cache in
      if let cache { return cache }
      var starts = [0]
      for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
        starts.append(offset + 1)
      }
      cache = starts
      return starts
    }
  }

  /// The number shown for a 0-based line index.
  public func lineNumber(ofIndex index: Int) -> Int { index + firstLine }

  /// The 0-based index of the line holding `offset`.
  public func lineIndex(at offset: Int) -> Int {
    let starts = lineStarts
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The byte range of a 0-based line, without its line break.
  public func lineRange(_ index: Int) -> Range<Int> {
    let starts = lineStarts
    let start = starts[index]
    var end = index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<max(start, end)
  }

  public func location(of offset: Int) -> SourceLocation {
    let clamped = min(max(0, offset), bytes.count)
    let line = lineIndex(at: clamped)
    let start = lineStarts[line]
    guard clamped - start > Self.columnStride else {
      return SourceLocation(
        line: lineNumber(ofIndex: line), column: SourceFile.scalarCount(bytes[start..<clamped]) + 1)
    }
    // Thousands of diagnostics on one long line would each count from the line's start: the
    // line is counted once, and each column from the nearest stride before it.
    let stride = Self.columnStride
    let checkpoints = columnIndexes.withLock { indexes in
      if let index = indexes[line] { return index }
      let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
      var index = [0]
      index.reserveCapacity((end - start) / stride + 1)
      var counted = start
      while counted + stride <= end {
        index.append(index[index.count - 1] + SourceFile.scalarCount(bytes[counted..<(counted + stride)]))
        counted += stride
      }
      indexes[line] = index
      return index
    }
    let block = min((clamped - start) / stride, checkpoints.count - 1)
    let blockStart = start + block * stride
    return SourceLocation(
      line: lineNumber(ofIndex: line),
      column: checkpoints[block] + SourceFile.scalarCount(bytes[blockStart..<clamped]) + 1)
  }

  /// Counts Unicode scalars in UTF-8 bytes: every byte that does not continue a sequence
  /// starts one, so an invalid byte counts as one column too.
  static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
    var count = 0
    for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// The text of a span, decoded with replacement characters for invalid bytes.
  public func text(of span: SourceSpan) -> String {
    let start = min(max(0, span.start), bytes.count)
    let end = min(max(start, span.end), bytes.count)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// Every source file of one run, in load order.
public final class SourceMap: Sendable {
  private let files = Mutex<[SourceFile]>([])

  public init() {}

  /// Adds a file and returns it with its new id; `firstLine` is the number shown for its first
  /// line.
  @discardableResult
  public func add(path: String, bytes: [UInt8], firstLine: Int = 1) -> SourceFile {
    files.withLock { files in
      let file = SourceFile(id: SourceFileID(files.count), path: path, bytes: bytes, firstLine: firstLine)
      files.append(file)
      return file
    }
  }

  public subscript(id: SourceFileID) -> SourceFile {
    files.withLock { $0[id.index] }
  }

  public var all: [SourceFile] { files.withLock { $0 } }
}
