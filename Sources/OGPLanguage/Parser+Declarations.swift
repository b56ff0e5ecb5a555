import OGPDiagnostics

extension Parser {
  /// `header [block]` for every declaration keyword (grammar §2 `declaration`).
  mutating func parseDeclaration(_ kind: DeclarationKind) -> Declaration {
    let keyword = span(current)
    let doc = takeDoc()
    advance()
    var name: Identifier?
    var actorKind: Identifier?
    if kind == .actor, at(.identifier), peekKind() == .string || peekKind() == .multilineString,
      EnumDomain.actorKind.values.contains(text(current))
    {
      // `actor government "Ministry of Finance"`: the kind is there, the name is not.
      report(.actorKindBeforeName(kind: text(current)), at: span(current))
      advance()
      _ = expectTitle(kind, name: nil)
      let body = at(.leftBrace) ? parseBlock(owner: kind) : nil
      let end = tokens[index - 1].end
      expectItemEnd(after: .declaration(.actor))
      return Declaration(
        kind: kind, keywordSpan: keyword, name: nil, actorKind: nil, title: nil, doc: doc, body: body,
        span: SourceSpan(file: source.id, start: keyword.start, end: max(end, keyword.end)))
    }
    if kind.hasName {
      name = expectName(.declaration(kind))
    }
    if kind == .actor, name != nil {
      actorKind = expectName(.actorKind)
    }
    let title = expectTitle(kind, name: name)
    var body: Block?
    if at(.leftBrace) {
      body = parseBlock(owner: kind)
    }
    let end = index > 0 ? tokens[index - 1].end : keyword.end
    let declaration = Declaration(
      kind: kind, keywordSpan: keyword, name: name, actorKind: actorKind, title: title, doc: doc,
      body: body, span: SourceSpan(file: source.id, start: keyword.start, end: max(end, keyword.end)))
    expectItemEnd(after: .declaration(kind))
    return declaration
  }

  static func example(_ kind: DeclarationKind) -> String {
    switch kind {
    case .strategy: "strategy ogp_2023_2028 \"OGP Strategy 2023–2028\" { … }"
    case .objective: "objective SO1 \"Broaden the community of reformers\""
    case .priority: "priority training \"Invest in training\""
    case .change: "change wider_movement \"A broader, connected movement\""
    case .standard: "standard S1 \"A space for ongoing dialogue\""
    case .actor: "actor odn civil_society \"Open Data Network\""
    case .plan: "plan arcadia_nap3 \"Third National Action Plan\" { … }"
    case .forum: "forum \"Open Government Forum\" { … }"
    case .commitment: "commitment c01 \"Open data on public procurement\" { … }"
    case .milestone: "milestone m1 \"Data model agreed\" { … }"
    }
  }

  /// A name in a declaration header. A reserved word is reported but kept, so checking goes on.
  mutating func expectName(_ what: SyntaxMessage.Name) -> Identifier? {
    if at(.identifier) {
      defer { advance() }
      return Identifier(text(current), span: span(current))
    }
    if current.kind.isKeyword {
      let word = text(current)
      report(.reservedWordAsName(word, referring: false), at: span(current))
      defer { advance() }
      return Identifier(word, span: span(current))
    }
    report(.expectedName(what, found: found), at: missingSpan)
    return nil
  }

  mutating func expectTitle(_ kind: DeclarationKind, name: Identifier?) -> StringLiteral? {
    expectTitle(of: .declaration(kind, name: name?.name))
  }

  /// The title string of `owner` (plan 'p', rule 'FORUM01').
  mutating func expectTitle(of owner: SyntaxMessage.TitleOwner) -> StringLiteral? {
    if at(.string) || at(.multilineString) { return parseString() }
    if at(.identifier) || at(.integer) {
      // A title written without quotes: point at the words and skip them.
      let first = span(current)
      var last = first
      while !atItemEnd, !at(.leftBrace) {
        last = span(current)
        advance()
      }
      report(.unquotedTitle(of: owner, written: source.text(of: first.union(last))), at: first.union(last))
      return nil
    }
    report(.expectedTitle(of: owner, found: found), at: missingSpan)
    return nil
  }

  /// `{ { newline | ";" | declaration | clause } }`.
  mutating func parseBlock(owner: DeclarationKind?) -> Block {
    let open = span(current)
    advance()
    depth += 1
    defer { depth -= 1 }
    if depth > Parser.maximumNesting {
      if !reportedNestingTooDeep {
        reportedNestingTooDeep = true
        diagnostics.append(SyntaxMessage.nestingTooDeep(limit: Parser.maximumNesting).diagnostic(at: open))
        isRecovering = true
      }
      let close = skipToClosingBrace()
      return Block(items: [], openBrace: open, closeBrace: close)
    }
    var items: [BlockItem] = []
    // A top-level declaration's block (a plan's thousands of commitments) is read in chunks on
    // every core; see `parseInParallel`.
    var chunkStarts = depth == 1 ? parallelChunkStarts() : []
    while true {
      if index == chunkStarts.first {
        defer { chunkStarts = [] }
        if let (chunkItems, end) = parseInParallel(chunkStarts, owner: owner, open: open) {
          items += chunkItems
          index = end
          continue
        }
      }
      let start = index
      if let block = parseBlockItem(owner: owner, open: open, into: &items) { return block }
      dropDocUnlessDocumenting(start)
      assert(index > start, "the parser made no progress")
    }
  }

  /// One item of a block into `items`; the finished block when the item closes it (or the file
  /// ends), nil while the block goes on.
  mutating func parseBlockItem(owner: DeclarationKind?, open: SourceSpan, into items: inout [BlockItem])
    -> Block?
  {
    switch current.kind {
    case .rightBrace:
      let close = span(current)
      advance()
      return Block(items: items, openBrace: open, closeBrace: close)
    case .endOfFile:
      endedInside = true
      // Reported even in the middle of a burst: a missing '}' is an error of its own. Once is
      // enough: every enclosing block ends at the same place.
      if !reportedUnclosedBlock {
        reportedUnclosedBlock = true
        diagnostics.append(SyntaxMessage.unclosedBlock(opened: open).diagnostic(at: missingSpan))
        isRecovering = true
      }
      return Block(items: items, openBrace: open, closeBrace: nil)
    case .newline, .semicolon:
      advance()
    case .docComment:
      collectDoc()
    case .identifier:
      isRecovering = false
      items.append(.clause(parseClause()))
    case let kind where DeclarationKind(kind) != nil:
      isRecovering = false
      if isClauseSpelledAsKeyword {
        items.append(.clause(parseClause()))
      } else {
        items.append(.declaration(parseDeclaration(DeclarationKind(kind)!)))
      }
    case .kwUse:
      report(.useInBlock, at: span(current))
      skipToItemBoundary()
    case .kwRule:
      report(.ruleInBlock, at: span(current))
      // Read the misplaced rule whole, so its block is skipped; what is wrong inside it waits
      // until it is moved.
      let reported = diagnostics.count
      _ = parseRule()
      diagnostics.removeSubrange(reported...)
      isRecovering = true
    case .leftBrace:
      report(.unexpectedBlock, at: span(current))
      _ = parseBlock(owner: nil)
    default:
      report(.expectedBlockItem(found: found, owner: owner), at: span(current))
      skipToItemBoundary()
    }
    return nil
  }

  // MARK: Large blocks in parallel

  /// Where chunks of a block may start: a declaration keyword at the block's own level that
  /// begins a line with no doc comment above it, so that the parser's state there is the same
  /// as at the block's start. Empty unless the block holds enough of them to be worth it.
  func parallelChunkStarts() -> [Int] {
    var starts: [Int] = []
    var level = 0
    var position = index
    scan: while position < tokens.count {
      let kind = tokens[position].kind
      switch kind {
      case .leftBrace: level += 1
      case .rightBrace:
        if level == 0 { break scan }
        level -= 1
      case .endOfFile: break scan
      default:
        if level == 0, DeclarationKind(kind) != nil, position >= 2, tokens[position - 1].kind == .newline {
          var previous = position - 1
          while previous > index, tokens[previous].kind == .newline { previous -= 1 }
          if tokens[previous].kind != .docComment { starts.append(position) }
        }
      }
      position += 1
    }
    guard starts.count >= minimumParallelDeclarations else { return [] }
    // Chunks of `LargeBlock.chunkSize` declarations; the last one is left to the caller.
    return stride(from: 0, to: starts.count, by: LargeBlock.chunkSize).map { starts[$0] }
  }

  /// Parses the chunks between the chunk starts on every core, each with its own parser. The
  /// result is used only when every chunk reads clean and ends exactly where the next begins:
  /// then reading them in order gives the same items. Otherwise (an error, a brace that does
  /// not close where it should), nil, and the caller reads the block in order, so diagnostics
  /// and recovery are always those of one pass.
  func parseInParallel(_ starts: [Int], owner: DeclarationKind?, open: SourceSpan)
    -> ([BlockItem], end: Int)?
  {
    guard starts.count >= 2 else { return nil }
    let ranges = zip(starts, starts.dropFirst()).map { $0..<$1 }
    var worker = Parser(source: source, tokens: tokens, minimumParallelDeclarations: .max)
    worker.depth = depth
    let prototype = worker
    let chunks = ranges.concurrentMap { range -> [BlockItem]? in
      var parser = prototype
      return parser.parseItems(in: range, owner: owner, open: open)
    }
    var items: [BlockItem] = []
    for chunk in chunks {
      guard let chunk else { return nil }
      items += chunk
    }
    return (items, ranges[ranges.count - 1].upperBound)
  }

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

  /// A keyword followed by a name and no title is a clause that shares the keyword's spelling,
  /// like a plan's `strategy ogp_2023_2028`; a declaration always has a title.
  var isClauseSpelledAsKeyword: Bool {
    var offset = 1
    guard peekKind(offset) == .identifier else { return false }
    while peekKind(offset + 1) == .dot, peekKind(offset + 2) == .identifier { offset += 2 }
    return [.newline, .semicolon, .rightBrace, .endOfFile, .comma].contains(peekKind(offset + 1))
  }
}
