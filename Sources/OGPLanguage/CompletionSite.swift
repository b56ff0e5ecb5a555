import OGPDiagnostics

/// What may be written at a place in a source that is being typed: found from its tokens alone,
/// since a file being typed rarely parses. The braces before the place say which declaration or
/// block it is in, the tokens of its clause so far say what comes next; names are left for the
/// caller to look up (`Expectation.names`), in whatever it knows of the program.
public struct CompletionSite: Sendable, Equatable {
  public enum Expectation: Sendable, Equatable {
    /// Words the language fixes: keywords, clause keywords, enumeration values.
    case words([CompletionWord])
    /// Names of declarations.
    case names(NameKind)
    /// A `use` path: the `.ogp` files and folders in the folder `directory` names, relative to
    /// the file's own folder (`""` for that folder itself, `"../strategy/"`).
    case files(directory: String)
    case nothing
  }

  /// The declarations a reference may name.
  public enum NameKind: Sendable, Equatable {
    case actors
    case strategies
    case standards
    /// The objectives of the enclosing plan's strategy (nil: the plan names none, as far as the
    /// text says).
    case objectives(strategy: String?)
    /// The priorities of an objective of the enclosing plan's strategy.
    case priorities(objective: String, strategy: String?)
  }

  public let expectation: Expectation
  /// The bytes a chosen word replaces: the word (or the path segment) the place is in or ends.
  public let replaced: Range<Int>

  /// The site at byte `offset` of `source`. Linear in the source's length.
  public static func at(_ offset: Int, in source: SourceFile) -> CompletionSite {
    let cursor = min(max(0, offset), source.bytes.count)
    let tokens = Lexer.tokenize(source).tokens
    var scanner = BlockScanner(source: source)
    // The tokens before the place; then the word it is in or ends, if any. Punctuation that ends
    // at the place (`lead a,` `SO3.`) is before it.
    var index = 0
    while tokens[index].kind != .endOfFile,
      tokens[index].end < cursor || (tokens[index].end == cursor && !tokens[index].kind.isWordLike)
    {
      scanner.take(tokens[index])
      index += 1
    }
    let previousEnd = index > 0 ? tokens[index - 1].end : 0
    var word: Token?
    if tokens[index].kind != .endOfFile, Int(tokens[index].start) < cursor {
      word = tokens[index]
      index += 1
    }
    let inComment =
      word == nil && LineComment.commentStart(in: source.bytes, from: previousEnd, to: cursor) != nil
    let statement = scanner.statement
    let frame = scanner.innermost
    let enclosing = scanner.open
    // The rest of the block says which single clauses are already given, below the place too.
    scanner.finish(after: tokens[index...], word: word)
    let site = Site(
      source: source, statement: statement, frame: scanner.frames[frame],
      strategy: enclosing.reversed().lazy.compactMap { scanner.frames[$0].strategy }.first)
    guard !inComment, let word else {
      return inComment
        ? CompletionSite(expectation: .nothing, replaced: cursor..<cursor)
        : site.expectation(replacing: cursor..<cursor)
    }
    switch word.kind {
    case .string:
      return site.path(in: word, cursor: cursor)
    case let kind where kind == .identifier || kind.isKeyword:
      return site.expectation(replacing: Int(word.start)..<word.end)
    default:
      // Inside a number, a date, a multi-line string or a doc comment nothing is offered.
      return CompletionSite(expectation: .nothing, replaced: cursor..<cursor)
    }
  }
}

extension TokenKind {
  /// Tokens that a place at their end is still in: the word being typed.
  fileprivate var isWordLike: Bool {
    switch self {
    case .identifier, .integer, .date, .string, .multilineString, .docComment: true
    default: isKeyword
    }
  }
}

/// A word the language fixes, with what it is and says.
public struct CompletionWord: Sendable, Equatable {
  public enum Role: Sendable, Equatable {
    case declaration
    case clause
    case value
  }

  public let text: String
  public let role: Role
  /// A line about it: a clause's summary, a declaration's example.
  public let detail: String
}

/// What a `{` opened, as far as the tokens before it say.
private enum BlockOwner: Equatable {
  case file
  case declaration(DeclarationKind)
  /// A clause block (`cocreation { … }`), with its clauses.
  case clauseBlock(String)
  case rule
  /// A block after something that is neither a declaration nor a block clause.
  case unknown

  var clauses: [ClauseSpec] {
    switch self {
    case .declaration(let kind): ClauseTable.clauses(of: kind)
    case .clauseBlock(let keyword): ClauseTable.blockClauses[keyword] ?? []
    case .file, .rule, .unknown: []
    }
  }

  var children: [DeclarationKind] {
    switch self {
    case .file: ClauseTable.children(of: nil)
    case .declaration(let kind): ClauseTable.children(of: kind)
    case .clauseBlock, .rule, .unknown: []
    }
  }
}

/// Walks tokens keeping the open blocks and the clause being written in the innermost one.
private struct BlockScanner {
  struct Frame {
    let owner: BlockOwner
    /// The clause keywords written in the block.
    var given: Set<String> = []
    /// The name a plan's `strategy` clause gives.
    var strategy: String?
  }

  let source: SourceFile
  var frames = [Frame(owner: .file)]
  /// Positions in `frames` of the blocks open, outermost first.
  var open = [0]
  /// The significant tokens of the clause or declaration header being read.
  var statement: [Token] = []
  /// Whether the statement being read is the one the place is in.
  var isWritten = false

  var innermost: Int { open[open.count - 1] }

  mutating func take(_ token: Token) {
    switch token.kind {
    case .newline:
      // A line that ends in ',' or '..' goes on.
      if let last = statement.last, last.kind == .comma || last.kind == .dotDot { return }
      endStatement()
    case .semicolon:
      endStatement()
    case .docComment, .endOfFile:
      return
    case .leftBrace:
      frames.append(Frame(owner: owner(opening: statement)))
      open.append(frames.count - 1)
      statement = []
    case .rightBrace:
      endStatement()
      if open.count > 1 { open.removeLast() }
    default:
      statement.append(token)
    }
  }

  /// Reads the rest of the block the place is in: its clauses after the place are given too, but
  /// not the one the place is in, which is being written.
  mutating func finish(after rest: ArraySlice<Token>, word: Token?) {
    let frame = innermost
    if let word { statement.append(word) }
    // An empty token stands for what is typed at the place, so that what follows it on its line
    // is not taken for a clause.
    if statement.isEmpty { statement.append(Token(kind: .identifier, start: 0, length: 0)) }
    isWritten = true
    for token in rest {
      take(token)
      if !open.contains(frame) { return }
    }
  }

  private mutating func endStatement() {
    defer {
      statement = []
      isWritten = false
    }
    guard !isWritten, let first = statement.first else { return }
    let keyword = text(first)
    let frame = innermost
    guard frames[frame].owner.clauses.contains(where: { $0.keyword == keyword }) else { return }
    frames[frame].given.insert(keyword)
    if keyword == "strategy", frames[frame].owner == .declaration(.plan), statement.count >= 2 {
      frames[frame].strategy = text(statement[1])
    }
  }

  private func owner(opening header: [Token]) -> BlockOwner {
    guard let first = header.first else { return .unknown }
    if first.kind == .kwRule { return .rule }
    let current = frames[innermost].owner
    if let kind = DeclarationKind(first.kind),
      current.children.contains(kind) || !current.clauses.contains(where: { $0.keyword == kind.rawValue })
    {
      return .declaration(kind)
    }
    let keyword = text(first)
    if let spec = current.clauses.first(where: { $0.keyword == keyword }), case .block = spec.type {
      return .clauseBlock(keyword)
    }
    return .unknown
  }

  func text(_ token: Token) -> String { source.text(of: token.span(in: source.id)) }
}

/// The place's surroundings: what its block takes and what its clause has so far.
private struct Site {
  let source: SourceFile
  /// The clause or header before the place.
  let statement: [Token]
  let frame: BlockScanner.Frame
  /// The strategy the enclosing plan names.
  let strategy: String?

  func text(_ token: Token) -> String { source.text(of: token.span(in: source.id)) }

  func expectation(replacing replaced: Range<Int>) -> CompletionSite {
    CompletionSite(expectation: expected(), replaced: replaced)
  }

  private func expected() -> CompletionSite.Expectation {
    guard let first = statement.first else { return .words(statementStarts()) }
    let count = statement.count
    let last = statement[count - 1]
    let afterKeywordOrComma = count == 1 || last.kind == .comma
    if frame.owner == .rule {
      return text(first) == RuleClauseKeyword.each.rawValue && count == 1 ? values(.ruleScope) : .nothing
    }
    if let kind = DeclarationKind(first.kind), frame.owner.children.contains(kind) || frame.owner == .file {
      return kind == .actor && count == 2 ? values(.actorKind) : .nothing
    }
    if first.kind == .kwRule { return count == 2 ? values(.ruleSeverity) : .nothing }
    let keyword = text(first)
    guard let spec = frame.owner.clauses.first(where: { $0.keyword == keyword }) else { return .nothing }
    switch spec.type {
    case .enumeration(let domain): return count == 1 ? values(domain) : .nothing
    case .enumerations(let domain): return afterKeywordOrComma ? values(domain) : .nothing
    case .count: return count == 1 ? values(.countQualifier) : .nothing
    case .member: return count == 2 && statement[1].kind == .string ? values(.memberKind) : .nothing
    case .frequency: return count == 3 && statement[2].kind == .integer ? values(.durationUnit) : .nothing
    case .actorReference: return count == 1 ? .names(.actors) : .nothing
    case .actorReferences: return afterKeywordOrComma ? .names(.actors) : .nothing
    case .strategyReference: return count == 1 ? .names(.strategies) : .nothing
    case .standardsReference: return count == 1 ? .names(.standards) : .nothing
    case .objectiveReferences:
      if afterKeywordOrComma { return .names(.objectives(strategy: strategy)) }
      // `SO3.` names a priority of SO3.
      guard last.kind == .dot, count >= 3, statement[count - 2].kind == .identifier,
        statement[count - 3].kind == .comma || count == 3
      else { return .nothing }
      return .names(.priorities(objective: text(statement[count - 2]), strategy: strategy))
    default: return .nothing
    }
  }

  /// The clauses the block takes and has not been given (a repeatable one always), and the
  /// declarations it may hold.
  private func statementStarts() -> [CompletionWord] {
    if frame.owner == .rule {
      return RuleClauseKeyword.allCases.map {
        CompletionWord(text: $0.rawValue, role: .clause, detail: "rule clause")
      }
    }
    // A text already given may still take its translations (`goal es "…"`).
    let clauses = frame.owner.clauses.filter {
      $0.isRepeatable || $0.isTranslatable || !frame.given.contains($0.keyword)
    }.map {
      CompletionWord(text: $0.keyword, role: .clause, detail: $0.summary)
    }
    var declarations = frame.owner.children.map {
      CompletionWord(text: $0.rawValue, role: .declaration, detail: Parser.example($0))
    }
    if frame.owner == .file {
      declarations.insert(
        CompletionWord(text: "use", role: .declaration, detail: "use \"../strategy/ogp-2023-2028.ogp\""),
        at: 0)
      declarations.append(
        CompletionWord(text: "rule", role: .declaration, detail: "rule FORUM01 warning \"Title\" { … }"))
    }
    return clauses + declarations
  }

  private func values(_ domain: EnumDomain) -> CompletionSite.Expectation {
    .words(domain.values.map { CompletionWord(text: $0, role: .value, detail: domain.rawValue) })
  }

  /// Inside a string: a `use` path, up to the place, completes to what its folder holds.
  func path(in string: Token, cursor: Int) -> CompletionSite {
    let nothing = CompletionSite(expectation: .nothing, replaced: cursor..<cursor)
    let bytes = source.bytes
    // After a string's closing quote the place is outside it.
    let closed = string.length >= 2 && bytes[string.end - 1] == UInt8(ascii: "\"")
    guard statement.count == 1, statement[0].kind == .kwUse, !(closed && cursor == string.end) else {
      return nothing
    }
    let written = bytes[(Int(string.start) + 1)..<cursor]
    guard !written.contains(UInt8(ascii: "\\")) else { return nothing }
    let segmentStart = (written.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 }) ?? written.startIndex
    let directory = String(decoding: written[written.startIndex..<segmentStart], as: UTF8.self)
    return CompletionSite(expectation: .files(directory: directory), replaced: segmentStart..<cursor)
  }
}
