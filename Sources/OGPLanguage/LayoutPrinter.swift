import OGPDiagnostics
import OGPModel

/// Prints a parsed file in the canonical layout that `SourceFormatter` describes. It walks the syntax
/// tree for structure and takes comments, blank lines and line breaks after commas from the
/// source between the nodes.
struct LayoutPrinter {
  private let parse: ParseResult
  private let source: SourceFile
  private let trivia: [Trivia]
  private var nextTrivia = 0
  /// The source offset up to which everything has been printed.
  private var cursor = 0
  private var lines: [String] = []
  /// A blank line is due before the next line, unless that line closes or opens a block.
  private var pendingBlank = false
  private var atBlockStart = true
  /// True when the last line printed ends in a comment: a comment appended to it would become
  /// part of that comment's text.
  private var lastLineEndsInComment = false

  init(parse: ParseResult, source: SourceFile) {
    self.parse = parse
    self.source = source
    trivia = Trivia.scan(parse, source)
  }

  mutating func print() -> String {
    var previous: TopLevelItem?
    let runs = Runs(
      parse.syntax.items.map {
        if case .declaration(let declaration) = $0 { .declaration(declaration) } else { nil }
      },
      printer: self)
    for (index, item) in parse.syntax.items.enumerated() {
      if let previous, separated(previous, item) { pendingBlank = true }
      switch item {
      case .use(let use):
        emitLeading(upTo: use.span.start, indent: "")
        emitLine("use " + (use.path.map { text($0.span) } ?? ""))
        cursor = use.span.end
      case .declaration(let declaration):
        emitLeading(upTo: declaration.keywordSpan.start, indent: "")
        emitDeclaration(declaration, indent: "", columns: runs.headerColumns[index])
      case .rule(let rule):
        emitLeading(upTo: rule.keywordSpan.start, indent: "")
        emitRule(rule)
      }
      previous = item
    }
    emitLeading(upTo: source.bytes.count, indent: "")
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// Top-level items are set apart by a blank line, except `use` lines among themselves and
  /// one-line declarations among themselves, which keep the blank lines they were written with.
  private func separated(_ previous: TopLevelItem, _ item: TopLevelItem) -> Bool {
    switch (previous, item) {
    case (.use, .use): false
    case (.declaration(let a), .declaration(let b)): !(isOneLine(a) && isOneLine(b))
    default: true
    }
  }

  // MARK: Lines, comments and blank lines

  private mutating func emitLine(_ line: String) {
    if pendingBlank && !atBlockStart && !lines.isEmpty { lines.append("") }
    pendingBlank = false
    atBlockStart = false
    lines.append(line.trimmingTrailingSpaces())
    lastLineEndsInComment = false
  }

  /// Prints `comment` after the last line, or on a line of its own at `indent` when that line
  /// already ends in a comment (a `;` between two comments, dropped by the layout, leaves one
  /// trailing nothing).
  private mutating func emitTrailing(_ comment: Trivia, indent: String) {
    if lastLineEndsInComment || lines.isEmpty {
      emitLine(indent + comment.text)
    } else {
      lines[lines.count - 1] += "  " + comment.text
    }
    lastLineEndsInComment = true
  }

  /// Prints the comments before `offset` (a trailing one on the line it trails, the others on
  /// their own lines at `indent`) and notes the blank lines among them.
  private mutating func emitLeading(upTo offset: Int, indent: String) {
    while nextTrivia < trivia.count, trivia[nextTrivia].start < offset {
      let comment = trivia[nextTrivia]
      if comment.isTrailing && !lines.isEmpty {
        emitTrailing(comment, indent: indent)
      } else {
        if hasBlankLine(from: cursor, to: comment.start) { pendingBlank = true }
        emitLine(indent + comment.text)
        lastLineEndsInComment = true
      }
      cursor = comment.end
      nextTrivia += 1
    }
    if offset > cursor {
      if hasBlankLine(from: cursor, to: offset) { pendingBlank = true }
      cursor = offset
    }
  }

  /// The comments that start inside `start..<end`, marked as printed.
  private mutating func takeTrivia(before end: Int) -> [Trivia] {
    var taken: [Trivia] = []
    while nextTrivia < trivia.count, trivia[nextTrivia].start < end {
      taken.append(trivia[nextTrivia])
      nextTrivia += 1
    }
    return taken
  }

  /// True when a line holding only spaces lies between `start` and `end`.
  fileprivate func hasBlankLine(from start: Int, to end: Int) -> Bool {
    var sawNewline = false
    var onlySpaces = true
    for byte in source.bytes[start..<end] {
      switch byte {
      case UInt8(ascii: "\n"):
        if sawNewline && onlySpaces { return true }
        sawNewline = true
        onlySpaces = true
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
      default: onlySpaces = false
      }
    }
    return false
  }

  private func containsNewline(from start: Int, to end: Int) -> Bool {
    start < end && source.bytes[start..<end].contains(UInt8(ascii: "\n"))
  }

  private func text(_ span: SourceSpan) -> String { source.text(of: span) }

  // MARK: Rules

  /// A rule: its header, then one clause per line, each clause's keyword and value one space
  /// apart. Expressions are printed token by token, spaced by `spaced`, with their line breaks;
  /// a continuation line starts under the first value.
  private mutating func emitRule(_ rule: RuleDeclaration) {
    var header = [text(rule.keywordSpan)]
    header += [rule.code?.name, rule.severity?.name].compactMap { $0 }
    if let title = rule.title { header.append(text(title.span)) }
    guard let open = rule.openBrace else {
      emitLine(header.joined(separator: " "))
      appendTrailing(takeTrivia(before: rule.span.end), indent: "")
      cursor = rule.span.end
      return
    }
    let headerComments = takeTrivia(before: open.start)
    if headerComments.count > 1 {
      for comment in headerComments { emitLine(comment.text) }
    }
    emitLine(header.joined(separator: " ") + " {")
    if headerComments.count == 1 { appendTrailing(headerComments, indent: "") }
    cursor = open.end
    atBlockStart = true
    pendingBlank = false
    for clause in rule.clauses {
      emitLeading(upTo: clause.span.start, indent: "  ")
      emitTokens(of: clause.span, indent: "  ", continuation: 2 + clause.keyword.name.count + 1)
      cursor = clause.span.end
    }
    let close = rule.closeBrace?.start ?? source.bytes.count
    emitLeading(upTo: close, indent: "  ")
    pendingBlank = false
    atBlockStart = false
    emitLine("}")
    cursor = rule.closeBrace?.end ?? close
  }

  /// The tokens of `span` on a line at `indent`, a line break in the source starting a new line
  /// at column `continuation`; comments among them trail their line or stand on their own.
  private mutating func emitTokens(of span: SourceSpan, indent: String, continuation: Int) {
    let tokens = parse.tokens
    var index = firstToken(at: span.start)
    var line = indent
    var output: [String] = []
    var previous: Token?
    var breakPending = false
    while index < tokens.count, tokens[index].end <= span.end {
      let token = tokens[index]
      index += 1
      for comment in takeTrivia(before: Int(token.start)) {
        if comment.isTrailing {
          line += "  " + comment.text
        } else {
          output.append(line)
          line = String(repeating: " ", count: continuation) + comment.text
        }
        breakPending = true
      }
      if token.kind == .newline {
        breakPending = true
        continue
      }
      if breakPending {
        output.append(line)
        line = String(repeating: " ", count: continuation)
        breakPending = false
      } else if let previous,
        Int(previous.start) == span.start
          || Self.spaced(previous.kind, token.kind, after: text(previous.span(in: source.id)))
      {
        // The clause's keyword is always followed by a space: `require (a or b)` is no call.
        line += " "
      }
      line += text(token.span(in: source.id))
      previous = token
    }
    output.append(line)
    emitLine(output[0])
    for continuationLine in output.dropFirst() { lines.append(continuationLine.trimmingTrailingSpaces()) }
  }

  /// Expressions have a space around operators and between words, and none inside `a.b`,
  /// `count(x)` and `(x)` or before a comma.
  private static func spaced(_ previous: TokenKind, _ next: TokenKind, after previousText: String) -> Bool {
    switch (previous, next) {
    case (.dot, _), (.leftParen, _), (_, .dot), (_, .comma), (_, .rightParen): false
    case (.identifier, .leftParen): ["where", "or", "and", "not", "in"].contains(previousText)
    case (_, .leftParen): !previous.isKeyword
    default: true
    }
  }

  /// The index of the first token that starts at or after `offset`.
  private func firstToken(at offset: Int) -> Int {
    var low = 0
    var high = parse.tokens.count
    while low < high {
      let middle = (low + high) / 2
      if Int(parse.tokens[middle].start) < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  // MARK: Declarations

  private mutating func emitDeclaration(_ declaration: Declaration, indent: String, columns: HeaderColumns?) {
    let header = indent + self.header(declaration, columns: columns)
    guard let body = declaration.body else {
      emitLine(header)
      appendTrailing(takeTrivia(before: declaration.span.end), indent: indent)
      cursor = declaration.span.end
      return
    }
    // A comment written between the header's parts can only follow the whole line, or, when
    // there are several, stand above it.
    let headerComments = takeTrivia(before: body.openBrace.start)
    if headerComments.count > 1 {
      for comment in headerComments { emitLine(indent + comment.text) }
    }
    emitLine(header + " " + (isOneLine(body) ? oneLineBlock(body) : "{"))
    if headerComments.count == 1 { appendTrailing(headerComments, indent: indent) }
    if isOneLine(body) {
      cursor = body.closeBrace?.end ?? declaration.span.end
    } else {
      emitBlock(body, indent: indent)
    }
  }

  private mutating func appendTrailing(_ comments: [Trivia], indent: String) {
    for comment in comments { emitTrailing(comment, indent: indent) }
  }

  /// The contents of a multi-line block and its closing brace; the opening brace is printed.
  private mutating func emitBlock(_ block: Block, indent: String) {
    cursor = block.openBrace.end
    atBlockStart = true
    pendingBlank = false
    let inner = indent + "  "
    let runs = Runs(block.items.map(Optional.some), printer: self)
    for (index, item) in block.items.enumerated() {
      switch item {
      case .clause(let clause):
        emitLeading(upTo: clause.span.start, indent: inner)
        emitClause(clause, indent: inner, keywordWidth: runs.keywordWidth[index])
      case .declaration(let declaration):
        emitLeading(upTo: declaration.keywordSpan.start, indent: inner)
        emitDeclaration(declaration, indent: inner, columns: runs.headerColumns[index])
      }
    }
    let close = block.closeBrace?.start ?? source.bytes.count
    emitLeading(upTo: close, indent: inner)
    pendingBlank = false
    atBlockStart = false
    emitLine(indent + "}")
    cursor = block.closeBrace?.end ?? close
  }

  private func header(_ declaration: Declaration, columns: HeaderColumns?) -> String {
    var parts = [text(declaration.keywordSpan)]
    if let name = declaration.name { parts.append(name.name) }
    if let kind = declaration.actorKind { parts.append(kind.name) }
    if let title = declaration.title { parts.append(text(title.span)) }
    guard let columns else { return parts.joined(separator: " ") }
    var cells = [parts[0].padded(to: columns.keyword)]
    if columns.name > 0 { cells.append((declaration.name?.name ?? "").padded(to: columns.name)) }
    if columns.kind > 0 { cells.append((declaration.actorKind?.name ?? "").padded(to: columns.kind)) }
    let title = declaration.title.map { text($0.span) } ?? ""
    cells.append(declaration.body == nil ? title : title.padded(to: columns.title))
    return cells.joined(separator: " ")
  }

  /// A block written on one line with only clauses, and no comment or multi-line string.
  func isOneLine(_ block: Block) -> Bool {
    guard let close = block.closeBrace, !containsNewline(from: block.openBrace.start, to: close.end) else {
      return false
    }
    return block.items.allSatisfy { if case .clause(let clause) = $0 { clause.block == nil } else { false } }
      && triviaBetween(block.openBrace.end, close.start).isEmpty
  }

  /// Written without a body, or with the body on the header's line.
  func isOneLine(_ declaration: Declaration) -> Bool {
    declaration.body.map(isOneLine) ?? true
  }

  /// The comments that start in `start..<end`, found by binary search: the layout asks this for
  /// every pair of neighbours, so a scan would make big files quadratic.
  fileprivate func triviaBetween(_ start: Int, _ end: Int) -> ArraySlice<Trivia> {
    var low = 0
    var high = trivia.count
    while low < high {
      let middle = (low + high) / 2
      if trivia[middle].start < start { low = middle + 1 } else { high = middle }
    }
    var upper = low
    while upper < trivia.count, trivia[upper].start < end { upper += 1 }
    return trivia[low..<upper]
  }

  private func oneLineBlock(_ block: Block) -> String {
    let clauses = block.clauses.map { clause in
      ([clause.keyword.name] + (clause.groups.isEmpty ? [] : [groupsText(clause.groups)])).joined(
        separator: " ")
    }
    return clauses.isEmpty ? "{}" : "{ " + clauses.joined(separator: "; ") + " }"
  }

  // MARK: Clauses

  private mutating func emitClause(_ clause: Clause, indent: String, keywordWidth: Int) {
    let keyword = clause.alignedKeyword
    // A translation's language is written with the keyword; its value is the text alone.
    let skippedTerms = keyword == clause.keyword.name ? 0 : 1
    let valueColumn = indent.count + keywordWidth + 1
    var line = indent + (clause.groups.isEmpty ? keyword : keyword.padded(to: keywordWidth) + " ")
    var output: [String] = []
    let end = clause.block?.openBrace.start ?? clause.span.end
    let inside = takeTrivia(before: end)
    var placed = Set<Int>()
    for (index, group) in clause.groups.enumerated() {
      if index > 0 {
        let previous = clause.groups[index - 1].span.end
        line += ","
        for comment in inside where comment.start >= previous && comment.start < group.span.start {
          if comment.isTrailing {
            line += "  " + comment.text
          } else {
            output.append(line)
            line = String(repeating: " ", count: valueColumn) + comment.text
          }
          placed.insert(comment.start)
        }
        if containsNewline(from: previous, to: group.span.start) {
          output.append(line)
          line = String(repeating: " ", count: valueColumn)
        } else {
          line += " "
        }
      }
      let parts = groupText(group, indent: indent, skipping: skippedTerms)
        .split(separator: "\n", omittingEmptySubsequences: false)
      line += parts[0]
      for part in parts.dropFirst() {
        output.append(line)
        line = String(part)
      }
    }
    if let block = clause.block {
      line = line.trimmingTrailingSpaces() + " " + (isOneLine(block) ? oneLineBlock(block) : "{")
    }
    output.append(line)
    // Comments inside a value (within a range, say) have no line of their own there: they go
    // above the clause, still before every comment that follows it.
    for comment in inside where !placed.contains(comment.start) { emitLine(indent + comment.text) }
    emitLine(output[0])
    for continuation in output.dropFirst() { lines.append(continuation.trimmingTrailingSpaces()) }
    cursor = clause.span.end
    guard let block = clause.block else { return }
    if isOneLine(block) {
      cursor = block.closeBrace?.end ?? clause.span.end
    } else {
      emitBlock(block, indent: indent)
    }
  }

  private func groupsText(_ groups: InlineList<ValueGroup>) -> String {
    groups.map { groupText($0, indent: nil) }.joined(separator: ", ")
  }

  /// The terms of a group side by side; a multi-line string moved with its clause when `indent`
  /// is given.
  private func groupText(_ group: ValueGroup, indent: String?, skipping skipped: Int = 0) -> String {
    group.terms.dropFirst(skipped).map { term in
      var text = atomText(term.lower, indent: indent)
      if let upper = term.upper { text += " .. " + atomText(upper, indent: indent) }
      return text
    }.joined(separator: " ")
  }

  private func atomText(_ atom: Atom, indent: String?) -> String {
    switch atom {
    case .path(let parts): return parts.map(\.name).joined(separator: ".")
    case .string(let literal):
      let raw = text(literal.span)
      guard literal.isMultiline, let indent else { return raw }
      return reindent(raw, closingAt: indent.count + 2)
    case .integer(_, let span), .date(_, let span): return text(span)
    }
  }

  /// Moves the lines after the first of a multi-line string so that its closing delimiter sits
  /// at `column`, two spaces in from its clause. Every line moves alike, so the value (whose
  /// indentation is relative to the delimiter) is unchanged; a line that cannot move left that
  /// far keeps the string as written.
  private func reindent(_ raw: String, closingAt column: Int) -> String {
    var lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let closing = lines.last, lines.count > 1 else { return raw }
    let delta = column - closing.prefix(while: { $0 == " " }).count
    guard delta != 0 else { return raw }
    for index in lines.indices.dropFirst()
    where !lines[index].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
      if delta > 0 {
        lines[index] = String(repeating: " ", count: delta) + lines[index]
      } else {
        guard lines[index].prefix(-delta).allSatisfy({ $0 == " " }) else { return raw }
        lines[index] = String(lines[index].dropFirst(-delta))
      }
    }
    return lines.joined(separator: "\n")
  }
}

/// The column widths of a run of one-line declarations written one under the other.
struct HeaderColumns {
  var keyword = 0
  var name = 0
  var kind = 0
  var title = 0
}

/// Which items of a block (or of the file, where a `use` line is nil) line up with their
/// neighbours: consecutive clauses align their values, consecutive one-line declarations their
/// headers. A blank line or a comment on a line of its own ends a run; doc comments do not end a
/// run of declarations.
private struct Runs {
  var keywordWidth: [Int]
  var headerColumns: [HeaderColumns?]

  init(_ items: [BlockItem?], printer: LayoutPrinter) {
    keywordWidth = Array(repeating: 0, count: items.count)
    headerColumns = Array(repeating: nil, count: items.count)
    var start = 0
    while start < items.count {
      var end = start + 1
      while end < items.count, let previous = items[end - 1], let item = items[end],
        printer.continuesRun(previous, item)
      {
        end += 1
      }
      switch items[start] {
      case nil: break
      case .clause:
        let width =
          items[start..<end].map { item -> Int in
            if case .clause(let clause)? = item { clause.alignedKeyword.count } else { 0 }
          }.max() ?? 0
        for index in start..<end { keywordWidth[index] = width }
      case .declaration:
        if end - start > 1 {
          var columns = HeaderColumns()
          for case .declaration(let declaration)? in items[start..<end] {
            columns.keyword = max(columns.keyword, declaration.kind.rawValue.count)
            columns.name = max(columns.name, declaration.name?.name.count ?? 0)
            columns.kind = max(columns.kind, declaration.actorKind?.name.count ?? 0)
            columns.title = max(columns.title, declaration.title.map { printer.titleWidth($0) } ?? 0)
          }
          for index in start..<end { headerColumns[index] = columns }
        }
      }
      start = end
    }
  }
}

extension LayoutPrinter {
  /// True when `item` lines up with `previous`: both plain clauses, or both one-line
  /// declarations, with no blank line and no own-line comment between them.
  fileprivate func continuesRun(_ previous: BlockItem, _ item: BlockItem) -> Bool {
    let (end, start, allowDocs): (Int, Int, Bool)
    switch (previous, item) {
    case (.clause(let a), .clause(let b)) where a.block == nil && b.block == nil:
      (end, start, allowDocs) = (a.span.end, b.span.start, false)
    case (.declaration(let a), .declaration(let b)) where isOneLine(a) && isOneLine(b):
      (end, start, allowDocs) = (a.span.end, b.keywordSpan.start, true)
    default:
      return false
    }
    if hasBlankLine(from: end, to: start) { return false }
    return !triviaBetween(end, start).contains { !$0.isTrailing && !(allowDocs && $0.isDoc) }
  }

  fileprivate func titleWidth(_ title: StringLiteral) -> Int { source.text(of: title.span).count }
}
