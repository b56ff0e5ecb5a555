import OGPDiagnostics

/// Expressions, from the loosest operator to the tightest (grammar §5):
///
///     expression = disjunction { "where" disjunction } ;
///     disjunction = conjunction { "or" conjunction } ;
///     conjunction = negation { "and" negation } ;
///     negation   = "not" negation | comparison ;
///     comparison = sum [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not" "in" ) sum ] ;
///     sum        = postfix { ( "+" | "-" ) postfix } ;
///     postfix    = primary { "." name } ;
///     primary    = integer [ unit ] | date | string | name [ "(" arguments ")" ] | "(" expression ")" ;
///
/// `where`, `or`, `and`, `not` and `in` are words only here, not reserved. An expression ends at
/// the end of the line, except inside parentheses or after an operator.
extension Parser {
  /// Parses `source` as one expression: a query, or an input at the REPL prompt. `isIncomplete`:
  /// the text stops inside parentheses or a `"""` string, or after an operator, where the
  /// expression goes on at the next line.
  public static func parseExpression(_ source: SourceFile) -> (
    expression: Expression?, diagnostics: [Diagnostic], isIncomplete: Bool
  ) {
    let (tokens, lexical) = Lexer.tokenize(source)
    var parser = Parser(source: source, tokens: tokens)
    parser.skipNewlines()
    let expression = parser.parseExpression()
    parser.skipNewlines()
    if expression != nil, !parser.at(.endOfFile) {
      parser.report(.unexpectedAfterExpression(found: parser.found), at: parser.span(parser.current))
    }
    return (expression, lexical + parser.diagnostics, parser.endedInside || endsInsideString(lexical))
  }

  /// How many operators and nested parentheses one expression may hold: checking and evaluating
  /// recurse over the tree, so a generated expression of thousands of terms must not reach the
  /// end of the stack.
  public static let maximumExpressionTerms = 500

  mutating func parseExpression() -> Expression? {
    if expressionDepth == 0 { expressionTerms = 0 }
    expressionDepth += 1
    defer { expressionDepth -= 1 }
    guard expressionDepth <= Parser.maximumNesting else {
      report(.expressionTooDeep(limit: Parser.maximumNesting), at: span(current))
      return nil
    }
    guard var result = parseDisjunction() else { return nil }
    while continuing(), atWord("where") {
      guard countTerm() else { return nil }
      advanceOverOperator()
      guard let condition = parseDisjunction() else { return nil }
      result = .filter(result, condition, result.span.union(condition.span))
    }
    return result
  }

  private mutating func parseDisjunction() -> Expression? {
    guard var result = parseConjunction() else { return nil }
    while continuing(), atWord("or") {
      guard countTerm() else { return nil }
      advanceOverOperator()
      guard let right = parseConjunction() else { return nil }
      result = .binary(.or, result, right, result.span.union(right.span))
    }
    return result
  }

  private mutating func parseConjunction() -> Expression? {
    guard var result = parseNegation() else { return nil }
    while continuing(), atWord("and") {
      guard countTerm() else { return nil }
      advanceOverOperator()
      guard let right = parseNegation() else { return nil }
      result = .binary(.and, result, right, result.span.union(right.span))
    }
    return result
  }

  private mutating func parseNegation() -> Expression? {
    if atWord("not") && !(peekKind() == .identifier && peekText() == "in") {
      let start = span(current)
      guard countTerm() else { return nil }
      advanceOverOperator()
      guard let operand = parseNegation() else { return nil }
      return .not(operand, start.union(operand.span))
    }
    return parseComparison()
  }

  private mutating func parseComparison() -> Expression? {
    guard let left = parseSum() else { return nil }
    continuing()
    let operation: BinaryOperator
    switch current.kind {
    case .equalEqual: operation = .equal
    case .bangEqual: operation = .notEqual
    case .less: operation = .less
    case .lessEqual: operation = .lessOrEqual
    case .greater: operation = .greater
    case .greaterEqual: operation = .greaterOrEqual
    case .identifier where text(current) == "in": operation = .isIn
    case .identifier where text(current) == "not" && peekText() == "in":
      advance()
      operation = .isNotIn
    case .identifier where Self.containmentWords.contains(text(current)):
      reportContainment(after: left)
      return nil
    default: return left
    }
    advanceOverOperator()
    guard let right = parseSum() else { return nil }
    return .binary(operation, left, right, left.span.union(right.span))
  }

  /// Words other languages test membership with, the other way round: `advances contains SO3`
  /// is `SO3 in advances`.
  static let containmentWords: Set<String> = ["contains", "has", "includes"]

  /// `list contains item`, reported as the `in` it means, the operands swapped by a fix-it when
  /// the item that follows reads as an operand.
  private mutating func reportContainment(after list: Expression) {
    let word = Identifier(text(current), span: span(current))
    advance()
    let (reportedBefore, wasRecovering) = (diagnostics.count, isRecovering)
    var item: Expression?
    if !atItemEnd { item = parseSum() }
    // Whatever is wrong with the item, the message below quotes it: one message says it all.
    diagnostics.removeSubrange(reportedBefore...)
    isRecovering = wasRecovering
    report(
      .containmentForIn(
        word: word.name, list: source.text(of: list.span), item: item.map { source.text(of: $0.span) }),
      at: item.map { list.span.union($0.span) } ?? list.span.union(word.span))
  }

  private mutating func parseSum() -> Expression? {
    guard var result = parsePostfix() else { return nil }
    while continuing(), at(.plus) || at(.minus) {
      guard countTerm() else { return nil }
      let operation: BinaryOperator = at(.plus) ? .plus : .minus
      advanceOverOperator()
      guard let right = parsePostfix() else { return nil }
      result = .binary(operation, result, right, result.span.union(right.span))
    }
    return result
  }

  private mutating func parsePostfix() -> Expression? {
    guard var result = parsePrimary() else { return nil }
    while at(.dot) {
      guard countTerm() else { return nil }
      advance()
      guard at(.identifier) || current.kind.isKeyword else {
        report(.expectedFieldName(found: found), at: missingSpan)
        return nil
      }
      let field = Identifier(text(current), span: span(current))
      advance()
      result = .member(result, field, result.span.union(field.span))
    }
    return result
  }

  private mutating func parsePrimary() -> Expression? {
    let token = current
    switch token.kind {
    case .integer:
      advance()
      let value = Int(text(token)) ?? 0
      if at(.identifier), EnumDomain.durationUnit.values.contains(text(current)) {
        let unit = text(current)
        let end = span(current)
        advance()
        return .duration(value, unit, span(token).union(end))
      }
      return .integer(value, span(token))
    case .date:
      advance()
      return .date(text(token), span(token))
    case .string, .multilineString:
      let literal = parseString()
      return .text(literal.value, literal.span)
    case .leftParen:
      advance()
      parenthesisDepth += 1
      skipNewlines()
      let inner = parseExpression()
      skipNewlines()
      parenthesisDepth -= 1
      guard inner != nil else { return nil }
      guard at(.rightParen) else {
        if at(.endOfFile) { endedInside = true }
        report(.expectedClosingParenthesis(found: found), at: missingSpan)
        return nil
      }
      advance()
      return inner
    case .identifier where !isOperatorWord(text(token)), .kwStrategy, .kwObjective, .kwPlan, .kwCommitment,
      .kwMilestone, .kwActor, .kwForum, .kwPriority, .kwStandard, .kwStandards, .kwChange:
      let name = Identifier(text(token), span: span(token))
      advance()
      guard at(.leftParen) else { return .name(name) }
      advance()
      parenthesisDepth += 1
      var arguments: [Expression] = []
      skipNewlines()
      while !at(.rightParen) {
        guard let argument = parseExpression() else {
          parenthesisDepth -= 1
          return nil
        }
        arguments.append(argument)
        skipNewlines()
        if at(.comma) {
          advance()
          skipNewlines()
        } else {
          break
        }
      }
      parenthesisDepth -= 1
      guard at(.rightParen) else {
        if at(.endOfFile) { endedInside = true }
        report(.expectedCallEnd(function: name.name, found: found), at: missingSpan)
        return nil
      }
      let end = span(current)
      advance()
      return .call(name, arguments, name.span.union(end))
    default:
      // An operand missing at the end, inside parentheses: `count(` goes on at the next line.
      if at(.endOfFile), parenthesisDepth > 0 { endedInside = true }
      report(.expectedExpression(found: found), at: missingSpan)
      return nil
    }
  }

  // MARK: Helpers

  /// Inside parentheses a line break does not end the expression: skips it. Always true, to
  /// sit in a loop condition.
  @discardableResult
  private mutating func continuing() -> Bool {
    if parenthesisDepth > 0 { skipNewlines() }
    return true
  }

  private func atWord(_ word: String) -> Bool { at(.identifier) && text(current) == word }

  private func peekText() -> String {
    let next = tokens[min(index + 1, tokens.count - 1)]
    return text(next)
  }

  private func isOperatorWord(_ word: String) -> Bool {
    ["where", "or", "and", "in"].contains(word)
  }

  /// After an operator the expression goes on, across a line break, and past the end of the
  /// text it is incomplete.
  private mutating func advanceOverOperator() {
    advance()
    skipNewlines()
    if at(.endOfFile) { endedInside = true }
  }

  /// Counts one more operator; false, with a diagnostic, past the limit.
  private mutating func countTerm() -> Bool {
    expressionTerms += 1
    guard expressionTerms <= Parser.maximumExpressionTerms else {
      report(.expressionTooLong(limit: Parser.maximumExpressionTerms), at: span(current))
      return false
    }
    return true
  }
}
