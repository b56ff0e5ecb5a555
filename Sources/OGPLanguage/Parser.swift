import OGPDiagnostics

/// What parsing one file gives: its tree, its tokens (whose gaps are the trivia) and every
/// lexical and syntax diagnostic.
public struct ParseResult: Sendable {
  public let syntax: SourceFileSyntax
  public let tokens: [Token]
  public let diagnostics: [Diagnostic]
  /// Whether the text stops where more must follow: inside a block or a `"""` string, or after a
  /// ',' or '..' that a value continues on the next line. The REPL then reads another line.
  public let isIncomplete: Bool
}

/// A hand-written recursive-descent parser; one function per rule of `grammar/ogp.ebnf` §2.
///
/// Recovery (see `Parser+Recovery.swift`) comes in two forms only: a missing piece is reported and
/// left out of the tree, and unexpected tokens are reported and skipped up to the next clause
/// line, `}` or declaration keyword. Only the first error of a burst is reported.
public struct Parser: Sendable {
  /// How deep blocks may nest. The deepest real structure (strategy › objective › priority, or
  /// plan › commitment › assessment) needs 3; the limit keeps recursion far from the stack's end.
  public static let maximumNesting = 64
  /// When set, a top-level block with at least this many declarations is left to
  /// `DeferredDeclarations` from its first chunk on; nil reads every block whole.
  let deferredBlockDeclarations: Int?

  let source: SourceFile
  let tokens: [Token]
  var index = 0
  var diagnostics: [Diagnostic] = []
  /// Set by the first error of a burst; cleared when a new clause or declaration starts.
  var isRecovering = false
  var depth = 0
  var reportedNestingTooDeep = false
  var reportedUnclosedBlock = false
  /// Set where the text ends but the grammar goes on across a line break (`ParseResult.isIncomplete`).
  var endedInside = false
  var pendingDoc: [String] = []
  /// Inside parentheses of an expression, line breaks do not end it.
  var parenthesisDepth = 0
  /// How deep expressions nest here, and how many operators the current one holds: both capped.
  var expressionDepth = 0
  var expressionTerms = 0

  init(source: SourceFile, tokens: [Token], deferredBlockDeclarations: Int? = nil) {
    self.source = source
    self.tokens = tokens
    self.deferredBlockDeclarations = deferredBlockDeclarations
  }

  /// The whole tree of `source`.
  public static func parse(_ source: SourceFile) -> ParseResult {
    parse(source, deferringBlocksOf: nil)
  }

  /// The tree of `source`, a large top-level block's declarations left for the checker to read
  /// (`Block.deferred`) when it holds at least `minimumDeclarations`.
  public static func parse(_ source: SourceFile, deferringBlocksOf minimumDeclarations: Int?) -> ParseResult {
    let (tokens, lexicalDiagnostics) = Lexer.tokenize(source)
    var parser = Parser(source: source, tokens: tokens, deferredBlockDeclarations: minimumDeclarations)
    let syntax = parser.parseFile()
    return ParseResult(
      syntax: syntax, tokens: tokens, diagnostics: lexicalDiagnostics + parser.diagnostics,
      isIncomplete: parser.endedInside || endsInsideString(lexicalDiagnostics))
  }

  /// An unterminated `"""` string runs to the end of the text: the lexer says so only as a
  /// diagnostic.
  static func endsInsideString(_ lexicalDiagnostics: [Diagnostic]) -> Bool {
    lexicalDiagnostics.contains { $0.code == DiagnosticCode.unterminatedMultilineString.rawValue }
  }

  // MARK: Token cursor

  var current: Token { tokens[index] }

  func peekKind(_ offset: Int = 1) -> TokenKind {
    tokens[min(index + offset, tokens.count - 1)].kind
  }

  func at(_ kind: TokenKind) -> Bool { current.kind == kind }

  var atItemEnd: Bool {
    switch current.kind {
    case .newline, .semicolon, .rightBrace, .endOfFile: true
    default: false
    }
  }

  mutating func advance() {
    if index < tokens.count - 1 { index += 1 }
  }

  mutating func skipNewlines() {
    while at(.newline) { advance() }
  }

  func span(_ token: Token) -> SourceSpan { token.span(in: source.id) }

  func text(_ token: Token) -> String {
    String(decoding: source.bytes[Int(token.start)..<token.end], as: UTF8.self)
  }

  /// Where to point when something is missing: the current token, or, at a line break or the
  /// end of the file, just after the previous token, so the caret sits on the line at fault.
  var missingSpan: SourceSpan {
    guard at(.newline) || at(.endOfFile) else { return span(current) }
    var previous = index - 1
    while previous >= 0, tokens[previous].kind == .newline { previous -= 1 }
    guard previous >= 0 else { return span(current) }
    let end = tokens[previous].end
    return SourceSpan(file: source.id, start: end, end: end)
  }

  /// The current token, as a message names what was found instead of what was expected.
  var found: SyntaxMessage.Found {
    at(.identifier) ? .name(text(current)) : .token(current.kind)
  }

  // MARK: File

  mutating func parseFile() -> SourceFileSyntax {
    var items: [TopLevelItem] = []
    while !at(.endOfFile) {
      let start = index
      switch current.kind {
      case .newline, .semicolon:
        advance()
      case .docComment:
        collectDoc()
      case .kwUse:
        isRecovering = false
        items.append(.use(parseUse()))
      case .kwRule:
        isRecovering = false
        items.append(.rule(parseRule()))
      case let kind where DeclarationKind(kind) != nil:
        isRecovering = false
        items.append(.declaration(parseDeclaration(DeclarationKind(kind)!)))
      case .rightBrace:
        report(.unmatchedBrace, at: span(current))
        advance()
      case .leftBrace:
        report(.blockWithoutDeclaration, at: span(current))
        _ = parseBlock(owner: nil)
      default:
        report(.expectedDeclaration(found: found), at: span(current))
        skipToTopLevelDeclaration()
      }
      dropDocUnlessDocumenting(start)
      assert(index > start || at(.endOfFile), "the parser made no progress")
    }
    return SourceFileSyntax(file: source.id, items: items)
  }

  /// `use "path"`.
  mutating func parseUse() -> UseDirective {
    let keyword = span(current)
    pendingDoc.removeAll()
    advance()
    var path: StringLiteral?
    if at(.string) || at(.multilineString) {
      path = parseString()
    } else {
      report(.expectedUsePath, at: missingSpan)
    }
    let end = index > 0 ? tokens[index - 1].end : keyword.end
    expectItemEnd(after: .use)
    return UseDirective(
      path: path, span: SourceSpan(file: source.id, start: keyword.start, end: max(end, keyword.end)))
  }

  /// A doc comment documents the declaration that follows; anything else in between drops it.
  mutating func collectDoc() {
    var line = text(current).dropFirst(3)
    if line.first == " " { line = line.dropFirst() }
    if line.last == "\r" { line = line.dropLast() }
    pendingDoc.append(String(line))
    advance()
  }

  /// Called after each item of a file or block: only doc comments and blank lines keep the
  /// pending doc for the next declaration.
  mutating func dropDocUnlessDocumenting(_ start: Int) {
    if start < tokens.count, tokens[start].kind != .docComment, tokens[start].kind != .newline {
      pendingDoc.removeAll()
    }
  }

  mutating func takeDoc() -> String? {
    defer { pendingDoc.removeAll() }
    return pendingDoc.isEmpty ? nil : pendingDoc.joined(separator: "\n")
  }

  mutating func report(_ message: SyntaxMessage, at span: SourceSpan) {
    report(message.diagnostic(at: span))
  }

  mutating func report(_ diagnostic: Diagnostic) {
    guard !isRecovering else { return }
    diagnostics.append(diagnostic)
    isRecovering = true
  }
}
