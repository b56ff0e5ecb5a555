import OGPDiagnostics

/// `rule` declarations (grammar §5):
///
///     rule_declaration = { doc_comment } , "rule" , rule_code , rule_severity , string ,
///                        [ "{" , { newline | ";" | rule_clause } , "}" ] , end ;
///     rule_clause      = "each" , rule_scope , identifier , [ "where" , expression ]
///                      | "require" , expression
///                      | "message" , string ;
///
/// The parser reads the shape; which words are valid (the code, the severity, the scope), which
/// clauses are missing or repeated, and the expressions' types are the checker's.
extension Parser {
  mutating func parseRule() -> RuleDeclaration {
    let keyword = span(current)
    let doc = takeDoc()
    advance()
    let code = expectName(.ruleCode)
    var severity: Identifier?
    var title: StringLiteral?
    if code != nil {
      severity = expectName(.ruleSeverity)
    }
    if severity != nil {
      title = expectTitle(of: .rule(code: code?.name))
    }
    var clauses: [RuleClause] = []
    var open: SourceSpan?
    var close: SourceSpan?
    if at(.leftBrace) {
      open = span(current)
      (clauses, close) = parseRuleBlock()
    }
    let end = index > 0 ? tokens[index - 1].end : keyword.end
    let rule = RuleDeclaration(
      keywordSpan: keyword, code: code, severity: severity, title: title, doc: doc, clauses: clauses,
      openBrace: open, closeBrace: close,
      span: SourceSpan(file: source.id, start: keyword.start, end: max(end, keyword.end)))
    expectItemEnd(after: .rule)
    return rule
  }

  /// The block after a rule's header, up to its `}`. A declaration keyword inside it means the
  /// `}` was forgotten: the rule ends there, so the declaration that follows still parses.
  private mutating func parseRuleBlock() -> ([RuleClause], close: SourceSpan?) {
    let open = span(current)
    advance()
    var clauses: [RuleClause] = []
    while true {
      switch current.kind {
      case .rightBrace:
        let close = span(current)
        advance()
        return (clauses, close)
      case .endOfFile:
        endedInside = true
        if !reportedUnclosedBlock {
          reportedUnclosedBlock = true
          diagnostics.append(
            SyntaxMessage.unclosedRule(opened: open, atEndOfFile: true).diagnostic(at: missingSpan))
          isRecovering = true
        }
        return (clauses, nil)
      case .newline, .semicolon, .docComment:
        advance()
      case .identifier:
        isRecovering = false
        clauses.append(parseRuleClause())
      case let kind where kind.isKeyword:
        report(.unclosedRule(opened: open, atEndOfFile: false), at: missingSpan)
        return (clauses, nil)
      default:
        report(.unexpectedInRule(found: found), at: span(current))
        skipRestOfRuleClause()
      }
    }
  }

  private mutating func parseRuleClause() -> RuleClause {
    let keyword = Identifier(text(current), span: span(current))
    advance()
    let value: RuleClause.Value
    switch RuleClauseKeyword(rawValue: keyword.name) {
    case .each:
      value = parseEach()
    case .require:
      let condition = parseRuleExpression()
      value = .require(condition)
    case .message:
      value = parseMessage()
    case nil:
      skipRestOfRuleClause()
      value = .unknown
    }
    var last = index - 1
    while last > 0, tokens[last].kind == .newline || tokens[last].kind == .semicolon { last -= 1 }
    let end = max(tokens[max(last, 0)].end, keyword.span.end)
    return RuleClause(
      keyword: keyword, value: value, span: SourceSpan(file: source.id, start: keyword.span.start, end: end))
  }

  /// `each KIND NAME [where CONDITION]`.
  private mutating func parseEach() -> RuleClause.Value {
    guard at(.identifier) || current.kind.isKeyword else {
      report(.expectedEachScope(found: found), at: missingSpan)
      skipRestOfRuleClause()
      return .each(scope: nil, variable: nil, condition: nil)
    }
    let scope = Identifier(text(current), span: span(current))
    advance()
    guard !atItemEnd, !atWhere else {
      report(.expectedEachName(scope: scope.name, found: found), at: missingSpan)
      skipRestOfRuleClause()
      return .each(scope: scope, variable: nil, condition: nil)
    }
    guard let variable = expectName(.eachVariable(scope: scope.name)) else {
      skipRestOfRuleClause()
      return .each(scope: scope, variable: nil, condition: nil)
    }
    guard atWhere else {
      if !atItemEnd {
        report(
          .unexpectedAfterEach(found: found, scope: scope.name, variable: variable.name), at: span(current))
      }
      skipRestOfRuleClause()
      return .each(scope: scope, variable: variable, condition: nil)
    }
    advance()
    skipNewlines()
    return .each(scope: scope, variable: variable, condition: parseRuleExpression())
  }

  private var atWhere: Bool { at(.identifier) && text(current) == "where" }

  /// An expression that must end the clause; nil, once reported, when it does not.
  private mutating func parseRuleExpression() -> Expression? {
    guard let expression = parseExpression() else {
      skipRestOfRuleClause()
      return nil
    }
    return expectRuleClauseEnd() ? expression : nil
  }

  /// Skips to the next line; false, once reported, when the clause goes on.
  private mutating func expectRuleClauseEnd() -> Bool {
    let atEnd = atItemEnd
    if !atEnd {
      report(.unexpectedAfterExpression(found: found), at: span(current))
    }
    skipRestOfRuleClause()
    return atEnd
  }

  /// Skips to the end of the line (consumed) or a `}` (left), over keywords and balanced blocks:
  /// inside a rule nothing on the line can start a declaration.
  private mutating func skipRestOfRuleClause() {
    while !atItemEnd {
      if at(.leftBrace) {
        _ = skipToClosingBrace(consumingOpen: true)
      } else {
        advance()
      }
    }
    if at(.newline) || at(.semicolon) { advance() }
  }

  /// `message "…"`: a one-line string, whose `{…}` parts are expressions.
  private mutating func parseMessage() -> RuleClause.Value {
    switch current.kind {
    case .string:
      let token = current
      let literal = parseString()
      let template = parseTemplate(literal, token: token)
      expectMessageEnd()
      return .message(template, found: nil)
    case .multilineString:
      _ = parseString()
      expectMessageEnd()
      return .message(nil, found: SyntaxText.foundMultilineString)
    default:
      guard !atItemEnd else { return .message(nil, found: nil) }
      let found = parseAtom()?.kindDescription ?? self.found.description
      skipRestOfRuleClause()
      return .message(nil, found: found)
    }
  }

  private mutating func expectMessageEnd() {
    if !atItemEnd {
      report(.unexpectedAfterMessage(found: found), at: span(current))
    }
    skipRestOfRuleClause()
  }

  /// Splits a message into text and `{expression}` parts. Each part is parsed from a copy of the
  /// file in which everything else is blank, so its spans are offsets into the real file.
  private mutating func parseTemplate(_ literal: StringLiteral, token: Token) -> MessageTemplate {
    let bytes = source.bytes
    let contentStart = Int(token.start) + 1
    let contentEnd =
      token.length >= 2 && bytes[token.end - 1] == UInt8(ascii: "\"") ? token.end - 1 : token.end
    var parts: [MessageTemplate.Part] = []
    var textStart = contentStart
    var position = contentStart
    func flushText(upTo end: Int) {
      var ignored: [Diagnostic] = []  // the literal as a whole has reported its escapes
      let text = StringLiteralDecoder.unescape(bytes, textStart, end, source.id, &ignored)
      if !text.isEmpty { parts.append(.text(text)) }
    }
    while position < contentEnd {
      switch bytes[position] {
      case UInt8(ascii: "\\"):
        // An escape never opens a part; `\u{…}` has braces of its own.
        if position + 1 < contentEnd, bytes[position + 1] == UInt8(ascii: "u") {
          while position < contentEnd, bytes[position] != UInt8(ascii: "}") { position += 1 }
        } else {
          position += 1
        }
        position += 1
      case UInt8(ascii: "{"):
        flushText(upTo: position)
        var close = position + 1
        while close < contentEnd, bytes[close] != UInt8(ascii: "}") { close += 1 }
        guard close < contentEnd else {
          report(.unclosedInterpolation, at: SourceSpan(file: source.id, start: position, end: position + 1))
          return MessageTemplate(parts: parts, literal: literal)
        }
        if let expression = parseInterpolation(from: position + 1, to: close) {
          parts.append(.expression(expression))
        }
        position = close + 1
        textStart = position
      default:
        position += 1
      }
    }
    flushText(upTo: contentEnd)
    return MessageTemplate(parts: parts, literal: literal)
  }

  private mutating func parseInterpolation(from start: Int, to end: Int) -> Expression? {
    let bytes = source.bytes
    guard bytes[start..<end].contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
      report(.emptyInterpolation, at: SourceSpan(file: source.id, start: start - 1, end: end + 1))
      return nil
    }
    var masked = [UInt8](repeating: UInt8(ascii: " "), count: end)
    masked.replaceSubrange(start..<end, with: bytes[start..<end])
    let (expression, found, _) = Parser.parseExpression(
      SourceFile(id: source.id, path: source.path, bytes: masked))
    for diagnostic in found { report(diagnostic) }
    return found.isEmpty ? expression : nil
  }
}
