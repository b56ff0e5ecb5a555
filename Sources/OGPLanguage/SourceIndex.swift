import OGPDiagnostics

/// Where a checked program is written: every declaration's id → its spans and its clauses', and
/// every name that resolved → the id it names. The checker builds it beside the model, so tools
/// that point into the source (lint findings, the REPL, an editor) need not keep syntax trees.
///
/// Entries live in flat arrays, ranges into them stored as 32-bit offsets: a plan of 100,000
/// commitments has some two million clauses.
public struct SourceIndex: Sendable {
  public struct DeclarationEntry: Sendable {
    /// The qualified id (`ogp_2023_2028.SO3`); a forum's is its plan's id plus `.forum`.
    public let id: String
    public let kind: DeclarationKind
    public let keywordSpan: SourceSpan
    /// Where the declaration is named: its name, else its title, else its keyword.
    public let nameSpan: SourceSpan
    public let span: SourceSpan
    /// The enclosing declaration's position in `declarations`.
    public let parent: Int?
    fileprivate var clauses = OffsetRange()
  }

  /// A clause in 36 bytes: a plan of 100,000 commitments has some two million of them.
  public struct ClauseEntry: Sendable {
    private let keywordNumber: UInt16
    private let file: SourceFileID
    private let keywordStart: UInt32
    private let valueStart: UInt32
    private let valueEnd: UInt32
    fileprivate let items: OffsetRange
    fileprivate var inner = OffsetRange()

    fileprivate init(keyword: String, keywordSpan: SourceSpan, valueSpan: SourceSpan, items: OffsetRange) {
      // Every checked clause's keyword is one of the table's.
      keywordNumber = ClauseTable.keywordNumbers[keyword] ?? 0
      file = keywordSpan.file
      keywordStart = UInt32(clamping: keywordSpan.start)
      valueStart = UInt32(clamping: valueSpan.start)
      valueEnd = UInt32(clamping: valueSpan.end)
      self.items = items
    }

    public var keyword: String { ClauseTable.keywords[Int(keywordNumber)] }

    public var keywordSpan: SourceSpan {
      SourceSpan(file: file, start: Int(keywordStart), end: Int(keywordStart) + keyword.utf8.count)
    }

    /// The value's span; the keyword's for a block.
    public var valueSpan: SourceSpan { SourceSpan(file: file, start: Int(valueStart), end: Int(valueEnd)) }
  }

  /// A name written in a clause, and the qualified id it resolved to.
  public struct Reference: Sendable {
    public let span: SourceSpan
    public let id: String
  }

  /// Every declaration the checker accepted, parents before their children, in source order.
  public private(set) var declarations: [DeclarationEntry] = []
  /// Every name that resolved, in the order checked (source order within a file, member rules'
  /// expressions last); each name of a path (`ogp_2023_2028.SO3.P2`) is one.
  public private(set) var references: [Reference] = []
  private var clauseEntries: [ClauseEntry] = []
  private var itemSpans: [SourceSpan] = []
  private var positions: [String: Int] = [:]

  public init() {}

  public func declaration(_ id: String) -> DeclarationEntry? {
    positions[id].map { declarations[$0] }
  }

  /// The clauses written in a declaration, in source order.
  public func clauses(of declaration: DeclarationEntry) -> ArraySlice<ClauseEntry> {
    clauseEntries[declaration.clauses.range]
  }

  /// The clauses of a clause block (`assessment { … }`); empty for other clauses.
  public func clauses(in block: ClauseEntry) -> ArraySlice<ClauseEntry> {
    clauseEntries[block.inner.range]
  }

  /// The span of the `position`th comma-separated item of a clause's value (from 0).
  public func item(_ position: Int, of clause: ClauseEntry) -> SourceSpan? {
    let spans = itemSpans[clause.items.range]
    // A value of one item is not listed: it is the value's span.
    if spans.isEmpty { return position == 0 && clause.inner.range.isEmpty ? clause.valueSpan : nil }
    return spans.indices.contains(spans.startIndex + position) ? spans[spans.startIndex + position] : nil
  }

  // MARK: Building

  /// Adds a declaration; returns its position, the parent of the ones inside it.
  mutating func add(
    id: String, kind: DeclarationKind, keywordSpan: SourceSpan, nameSpan: SourceSpan, span: SourceSpan,
    parent: Int?, clauses: [CheckedClause]
  ) -> Int {
    let position = declarations.count
    var entry = DeclarationEntry(
      id: id, kind: kind, keywordSpan: keywordSpan, nameSpan: nameSpan, span: span, parent: parent)
    entry.clauses = add(clauses)
    declarations.append(entry)
    // A second declaration of an id is a reported error; the first keeps it.
    if positions[id] == nil { positions[id] = position }
    return position
  }

  /// Appends one list of clauses contiguously, then the blocks' inner lists after it.
  private mutating func add(_ clauses: [CheckedClause]) -> OffsetRange {
    let start = clauseEntries.count
    for clause in clauses {
      let itemStart = itemSpans.count
      if clause.syntax.groups.count > 1 { itemSpans += clause.syntax.groups.map(\.span) }
      clauseEntries.append(
        ClauseEntry(
          keyword: clause.keyword, keywordSpan: clause.syntax.keyword.span,
          valueSpan: clause.syntax.valueSpan,
          items: OffsetRange(itemStart, itemSpans.count)))
    }
    let range = OffsetRange(start, clauseEntries.count)
    for (offset, clause) in clauses.enumerated() where !clause.inner.isEmpty {
      clauseEntries[start + offset].inner = add(clause.inner)
    }
    return range
  }

  mutating func addReference(at span: SourceSpan, to id: String) {
    references.append(Reference(span: span, id: id))
  }

  mutating func reserveCapacity(declarations count: Int) {
    declarations.reserveCapacity(count)
    positions.reserveCapacity(count)
  }
}

/// A range of positions in one of the index's arrays, in half the space of a `Range<Int>`.
private struct OffsetRange: Sendable {
  private var start: UInt32 = 0
  private var end: UInt32 = 0

  init() {}

  init(_ start: Int, _ end: Int) {
    // Positions count entries of a source below 4 GiB, each entry taking bytes of it.
    self.start = UInt32(clamping: start)
    self.end = UInt32(clamping: end)
  }

  var range: Range<Int> { Int(start)..<Int(end) }
}
