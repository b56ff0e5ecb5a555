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
    let reportedBefore = diagnostics.count
    if kind.hasName {
      name = expectName(.declaration(kind))
    }
    if kind == .actor, name != nil {
      actorKind = at(.identifier) ? parseActorKind() : expectName(.actorKind)
    }
    let title = expectTitle(kind, name: name)
    let headerHasError = diagnostics.count > reportedBefore
    var body: Block?
    if at(.leftBrace) {
      body = parseBlock(owner: kind)
    }
    let end = index > 0 ? tokens[index - 1].end : keyword.end
    let declaration = Declaration(
      kind: kind, keywordSpan: keyword, name: name, actorKind: actorKind, title: title, doc: doc,
      body: body, span: SourceSpan(file: source.id, start: keyword.start, end: max(end, keyword.end)),
      headerHasError: headerHasError)
    expectItemEnd(after: .declaration(kind))
    return declaration
  }

  /// An actor's kind, at an identifier. Words written apart (`civil society`, `sociedad civil`)
  /// are taken together when the title's string follows them and the first is not a kind, or
  /// when they read as one kind: the checker then says which kind they mean, and the title is
  /// not blamed for them.
  mutating func parseActorKind() -> Identifier {
    var words: [Identifier] = []
    var next = index
    while tokens[next].kind == .identifier, words.count < EnumSuggestion.maximumWords {
      let token = tokens[next]
      words.append(Identifier(text(token), span: span(token)))
      next += 1
    }
    var taken = 1
    if words.count > 1 {
      let titleFollows = tokens[next].kind == .string || tokens[next].kind == .multilineString
      if titleFollows && !EnumDomain.actorKind.values.contains(words[0].name) {
        taken = words.count
      } else if let longest = (2...words.count).last(where: { count in
        EnumSuggestion(words.prefix(count).map(\.name), in: .actorKind).isCertainlyNamed
      }) {
        taken = longest
      }
    }
    index += taken
    let span = words[0].span.union(words[taken - 1].span)
    return Identifier(source.text(of: span), span: span)
  }

  /// A declaration of `kind` as "write it as" helps show it, its title in the reader's language.
  static func example(_ kind: DeclarationKind) -> String {
    switch kind {
    case .strategy: SyntaxText.exampleStrategy
    case .objective: SyntaxText.exampleObjective
    case .priority: SyntaxText.examplePriority
    case .change: SyntaxText.exampleChange
    case .standard: SyntaxText.exampleStandard
    case .standards: SyntaxText.exampleStandards
    case .actor: SyntaxText.exampleActor
    case .plan: SyntaxText.examplePlan
    case .forum: SyntaxText.exampleForum
    case .commitment: SyntaxText.exampleCommitment
    case .milestone: SyntaxText.exampleMilestone
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
      while !atItemEnd, !at(.leftBrace), !at(.string), !at(.multilineString) {
        last = span(current)
        advance()
      }
      let written = source.text(of: first.union(last))
      guard at(.string) || at(.multilineString) else {
        report(.unquotedTitle(of: owner, written: written), at: first.union(last))
        return nil
      }
      // The title is there, after words that belong nowhere in the header.
      report(.wordsBeforeTitle(of: owner, written: written), at: first.union(last))
      return parseString()
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
    // A top-level declaration's block (a plan's thousands of commitments) may be left for the
    // checker to read as it goes; see `DeferredDeclarations`.
    let deferral = depth == 1 ? deferralPoint() : nil
    while true {
      if let deferral, index == deferral.start {
        let deferred = DeferredDeclarations(
          source: source, chunkStarts: deferral.chunkStarts.map { tokens[$0].start },
          end: tokens[deferral.close].start, depth: depth, owner: owner, openBrace: open,
          count: deferral.count)
        index = deferral.close
        let close = span(current)
        advance()
        return Block(items: items, openBrace: open, closeBrace: close, deferred: deferred)
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

  /// A keyword followed by a name and no title is a clause that shares the keyword's spelling,
  /// like a plan's `strategy ogp_2023_2028`; a declaration always has a title.
  var isClauseSpelledAsKeyword: Bool { isClauseSpelledAsKeyword(at: index) }

  func isClauseSpelledAsKeyword(at position: Int) -> Bool {
    func kind(_ offset: Int) -> TokenKind { tokens[min(position + offset, tokens.count - 1)].kind }
    var offset = 1
    guard kind(offset) == .identifier else { return false }
    while kind(offset + 1) == .dot, kind(offset + 2) == .identifier { offset += 2 }
    return [.newline, .semicolon, .rightBrace, .endOfFile, .comma].contains(kind(offset + 1))
  }
}
