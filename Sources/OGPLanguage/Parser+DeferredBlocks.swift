import Dispatch
import OGPDiagnostics
import Synchronization

/// The declarations of a large top-level block, left unparsed: the checker reads them a chunk at
/// a time and lets each chunk's syntax go once it is checked, so a plan of 100,000 commitments
/// never has its whole tree in memory at once.
///
/// Reading the chunks in order gives what one pass over the block gives: every chunk starts at a
/// declaration keyword at the block's level, at the start of a line and with no doc comment
/// above it, so the parser's state there is that of the block's start; no line at that level
/// starts a clause (the block's clauses are all parsed with it); and the parser balances braces
/// even when it recovers, so the last item ends at the block's closing brace. A chunk that does
/// not read clean, or ends anywhere but at the next chunk's start, is read again with the rest
/// of the block in one pass.
public struct DeferredDeclarations: Sendable {
  let source: SourceFile
  /// Byte offsets of the chunks' first keywords, in order.
  let chunkStarts: [UInt32]
  /// Where the block's closing brace starts.
  let end: UInt32
  let depth: Int
  let owner: DeclarationKind?
  let openBrace: SourceSpan
  /// How many of the deferred declarations could start a chunk: a lower bound of their number
  /// (those below a doc comment, and their children, are not counted), for reserving space.
  public let count: Int

  /// Calls `body` with each chunk's items (declarations only) and syntax diagnostics, in order.
  /// While `body` checks one chunk, the next is parsed on another core.
  public func forEachChunk(_ body: ([BlockItem], [Diagnostic]) -> Void) {
    guard !chunkStarts.isEmpty else { return }
    var next = ChunkParse(parsing: 0, of: self, releasing: [])
    // The chunk checked last, let go on the parsing core, whose memory it is: freed there, the
    // syntax costs the checking core nothing and the parser reuses its own memory.
    var checked: [BlockItem] = []
    for position in chunkStarts.indices {
      guard let items = next.items() else {
        // As one pass would: from this chunk's start to the block's end.
        var parser = self.parser(from: Int(chunkStarts[position]), to: Int(end))
        var items: [BlockItem] = []
        while !parser.at(.endOfFile) {
          let itemStart = parser.index
          _ = parser.parseBlockItem(owner: owner, open: openBrace, into: &items)
          parser.dropDocUnlessDocumenting(itemStart)
        }
        body(items, parser.diagnostics)
        return
      }
      if position + 1 < chunkStarts.count {
        next = ChunkParse(parsing: position + 1, of: self, releasing: consume checked)
      }
      body(items, [])
      checked = consume items
    }
  }

  /// The items of the `position`th chunk, or nil if it does not read clean to its end.
  fileprivate func parseChunk(_ position: Int) -> [BlockItem]? {
    let chunkEnd = position + 1 < chunkStarts.count ? chunkStarts[position + 1] : end
    var parser = parser(from: Int(chunkStarts[position]), to: Int(chunkEnd))
    return parser.parseItems(in: 0..<(parser.tokens.count - 1), owner: owner, open: openBrace)
  }

  private func parser(from start: Int, to end: Int) -> Parser {
    var parser = Parser(source: source, tokens: Lexer.tokenize(source, range: start..<end))
    parser.depth = depth
    return parser
  }
}

extension Parser {
  /// How many declarations make a top-level block large enough to defer, when deferring.
  public static let largeBlockDeclarations = 2_048
  /// How many declarations a deferred chunk holds.
  static let deferredChunkSize = 128

  /// The items of `range`, or nil if they report anything or do not end exactly at its end.
  mutating func parseItems(in range: Range<Int>, owner: DeclarationKind?, open: SourceSpan) -> [BlockItem]? {
    index = range.lowerBound
    var items: [BlockItem] = []
    while index < range.upperBound {
      let start = index
      if parseBlockItem(owner: owner, open: open, into: &items) != nil { return nil }
      dropDocUnlessDocumenting(start)
    }
    return index == range.upperBound && diagnostics.isEmpty && !isRecovering ? items : nil
  }

  /// Where to stop parsing the block at the cursor and leave the rest to `DeferredDeclarations`:
  /// the token of the first chunk's start, every chunk's start, the closing brace and how many
  /// declarations the deferred part holds. Nil unless this parser defers and the block holds
  /// enough declarations, every line at its level starts a declaration, and it is closed.
  func deferralPoint() -> (start: Int, chunkStarts: [Int], close: Int, count: Int)? {
    guard let minimum = deferredBlockDeclarations else { return nil }
    var starts: [Int] = []
    var level = 0
    var position = index
    var lineStart = true
    while position < tokens.count {
      let kind = tokens[position].kind
      defer { position += 1 }
      let startsLine = lineStart
      lineStart = kind == .newline || kind == .semicolon
      switch kind {
      case .leftBrace: level += 1
      case .rightBrace:
        if level > 0 {
          level -= 1
          continue
        }
        guard starts.count >= minimum else { return nil }
        // Chunks of `deferredChunkSize` declarations; the deferred part starts at the first.
        let chunkStarts = stride(from: 0, to: starts.count, by: Self.deferredChunkSize).map { starts[$0] }
        return (starts[0], chunkStarts, position, starts.count)
      case .endOfFile: return nil
      case .identifier where level == 0 && startsLine && !starts.isEmpty:
        // A clause after the first declaration: the block is read in one pass.
        return nil
      case let kind where level == 0 && startsLine && DeclarationKind(kind) != nil:
        if isClauseSpelledAsKeyword(at: position) {
          if !starts.isEmpty { return nil }
        } else if position >= 2 {
          var previous = position - 1
          while previous > index, tokens[previous].kind == .newline { previous -= 1 }
          if tokens[previous].kind != .docComment { starts.append(position) }
        }
      default: break
      }
    }
    return nil
  }
}

/// One chunk being parsed on another core; `items()` waits for it.
private final class ChunkParse: Sendable {
  private let result = Mutex<[BlockItem]??>(nil)
  private let done = DispatchSemaphore(value: 0)

  init(parsing position: Int, of deferred: DeferredDeclarations, releasing checked: consuming [BlockItem]) {
    let language = Language.current
    DispatchQueue.global().async { [self, checked] in
      withExtendedLifetime(checked) {}
      let items = Language.$current.withValue(language) { deferred.parseChunk(position) }
      result.withLock { $0 = .some(items) }
      done.signal()
    }
  }

  func items() -> [BlockItem]? {
    done.wait()
    return result.withLock { parsed in
      defer { parsed = nil }
      return parsed ?? nil
    }
  }
}
