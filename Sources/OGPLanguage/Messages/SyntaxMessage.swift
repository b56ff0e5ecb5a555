import OGPDiagnostics

/// What the parser reports, worded in one place.
enum SyntaxMessage {
  // Files and blocks.
  case unmatchedBrace
  case blockWithoutDeclaration
  case expectedDeclaration(found: Found)
  case expectedUsePath
  case unexpectedAfterItem(found: Found, item: Item)
  case nestingTooDeep(limit: Int)
  case unclosedBlock(opened: SourceSpan)
  case useInBlock
  case ruleInBlock
  case unexpectedBlock
  case expectedBlockItem(found: Found, owner: DeclarationKind?)
  // Declaration headers.
  case actorKindBeforeName(kind: String)
  case expectedName(Name, found: Found)
  /// A reserved word where a name belongs: in a header, or `referring` to a declaration in a value.
  case reservedWordAsName(String, referring: Bool)
  case unquotedTitle(of: TitleOwner, written: String)
  case expectedTitle(of: TitleOwner, found: Found)
  /// Words between a header's name (or kind) and its title string.
  case wordsBeforeTitle(of: TitleOwner, written: String)
  // Clause values.
  case expectedValueAfterComma(clause: String, found: Found)
  case expectedValue(clause: String, found: Found)
  case expectedRangeEnd(found: Found)
  case expectedNameAfterDot(found: Found)
  // Expressions.
  case unexpectedAfterExpression(found: Found)
  /// `list contains item` (or `has`, `includes`) for `item in list`; `item`: nil when none follows.
  case containmentForIn(word: String, list: String, item: String?)
  case expressionTooDeep(limit: Int)
  case expressionTooLong(limit: Int)
  case expectedFieldName(found: Found)
  case expectedClosingParenthesis(found: Found)
  case expectedCallEnd(function: String, found: Found)
  case expectedExpression(found: Found)
  // Rules.
  case unexpectedInRule(found: Found)
  /// A rule's block not closed: at the end of the file, or before a declaration keyword.
  case unclosedRule(opened: SourceSpan, atEndOfFile: Bool)
  case expectedEachScope(found: Found)
  case expectedEachName(scope: String, found: Found)
  case unexpectedAfterEach(found: Found, scope: String, variable: String)
  case unexpectedAfterMessage(found: Found)
  case unclosedInterpolation
  case emptyInterpolation

  /// What the parser met where it expected something else.
  enum Found {
    /// A word, quoted as written.
    case name(String)
    /// Any other token, named by its kind.
    case token(TokenKind)
  }

  /// What a line ended too late after.
  enum Item {
    case use
    case values(clause: String)
    case declaration(DeclarationKind)
    case rule
  }

  /// Which name of a header is missing.
  enum Name {
    case declaration(DeclarationKind)
    case actorKind
    case ruleCode
    case ruleSeverity
    case eachVariable(scope: String)
  }

  /// Whose title is missing or unquoted.
  enum TitleOwner {
    case declaration(DeclarationKind, name: String?)
    case rule(code: String?)
  }

  static let ruleExample = "rule FORUM01 warning \"Every commitment has a partner\" { … }"
  static let eachExample = "each commitment c where SO3 in c.advances"

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    switch self {
    case .unmatchedBrace:
      .error(
        .unmatchedBrace, "unmatched '}'", at: span, label: "no block is open here",
        help: "remove it, or add the '{' it was meant to close")
    case .blockWithoutDeclaration:
      .error(
        .expectedDeclaration, "expected a declaration, found a block", at: span,
        label: "a block must follow a declaration header",
        help: "start a declaration: strategy, actor or plan")
    case .expectedDeclaration(let found):
      .error(
        .expectedDeclaration, "expected a declaration, found \(found)", at: span,
        label: "expected 'strategy', 'actor', 'plan' or 'use'",
        help: found.isName
          ? "clauses such as \(found) belong inside a declaration's { … } block"
          : "a file holds 'use \"file.ogp\"' lines and strategy, actor and plan declarations")
    case .expectedUsePath:
      .error(
        .expectedUsePath, "expected a file path in quotes after 'use'", at: span, label: "expected a string",
        help: "write the path relative to this file: use \"../strategy/ogp-2023-2028.ogp\"")
    case .unexpectedAfterItem(let found, let item):
      .error(
        .unexpectedAfterHeader, "unexpected \(found) after \(item)", at: span,
        label: "expected the end of the line",
        help: "put one clause or declaration on each line, or separate them with ';'")
    case .nestingTooDeep(let limit):
      .error(
        .nestingTooDeep, "blocks nested too deep (the limit is \(limit))", at: span,
        label: "block \(limit + 1) levels deep",
        help: "declarations nest at most a few levels; look for '{' without its '}'")
    case .unclosedBlock(let opened):
      .error(
        .unclosedBlock, "expected '}' to close the block", at: span, label: "the file ends here",
        secondary: [Label(opened, "block opened here")], help: "add '}' where the block should end")
    case .useInBlock:
      .error(
        .unexpectedInBlock, "'use' is only allowed at the top level of a file", at: span,
        label: "inside a block", help: "move this line to the top of the file")
    case .ruleInBlock:
      .error(
        .unexpectedInBlock, "a rule can only be declared at the top level of a file", at: span,
        label: "inside a block", help: "move the rule out of the block, to the top level of the file")
    case .unexpectedBlock:
      .error(
        .unexpectedInBlock, "unexpected block", at: span,
        label: "a block must follow a clause or declaration",
        help: "remove the braces, or put a declaration header before them")
    case .expectedBlockItem(let found, let owner):
      .error(
        .unexpectedInBlock, "expected a clause or a declaration, found \(found)", at: span,
        label: "unexpected here",
        help: owner.map { "a \($0.rawValue) block holds lines like 'keyword value'; see grammar/ogp.ebnf" }
          ?? "a block holds lines like 'keyword value'")
    case .actorKindBeforeName(let kind):
      .error(
        .expectedName, "expected a name for the actor before its kind '\(kind)'", at: span,
        label: "this is the actor's kind", help: "write it as: actor finance \(kind) \"…\"")
    case .expectedName(let name, let found):
      .error(
        .expectedName, "expected \(name), found \(found)", at: span, label: "expected a name",
        help: "write it as: \(name.example)")
    case .reservedWordAsName(let word, let referring):
      .error(
        .reservedWordAsName, "'\(word)' is a reserved word and cannot be used as a name", at: span,
        label: "reserved",
        help: referring
          ? "rename the declaration it refers to, such as '\(word)_1'"
          : "choose another name, such as '\(word)_1' or 'my_\(word)'")
    case .unquotedTitle(let owner, let written):
      .error(
        .expectedTitle, "the title of \(owner) must be a string", at: span, label: "not in quotes",
        help: "put the title in double quotes: \"\(written)\"")
    case .expectedTitle(let owner, let found):
      .error(
        .expectedTitle, "expected a title string for \(owner), found \(found)", at: span,
        label: "expected a string", help: "write it as: \(owner.example)")
    case .wordsBeforeTitle(let owner, let written):
      .error(
        .expectedTitle, "unexpected '\(written)' before the title of \(owner)", at: span,
        label: "before the title",
        help: "remove it, or move it inside the title's quotes; a header is written: \(owner.example)")
    case .expectedValueAfterComma(let clause, let found):
      .error(
        .expectedValue, "expected a value after ',' in '\(clause)', found \(found)", at: span,
        label: "trailing ','", help: "remove the trailing ',' or add the missing value")
    case .expectedValue(let clause, let found):
      .error(
        .expectedValue, "expected a value for '\(clause)', found \(found)", at: span,
        label: "expected a value", help: "remove the trailing ',' or add the missing value")
    case .expectedRangeEnd(let found):
      .error(
        .expectedValue, "expected the end of the range after '..', found \(found)", at: span,
        label: "expected a value", help: "write a range as: 2024-09 .. 2026-08")
    case .expectedNameAfterDot(let found):
      .error(
        .expectedValue, "expected a name after '.', found \(found)", at: span, label: "expected a name",
        help: "a path names what is inside: SO3.protect_participation")
    case .unexpectedAfterExpression(let found):
      .error(
        .unexpectedInExpression, "unexpected \(found) after the expression", at: span,
        label: "the expression ends before this",
        help: "join conditions with 'and' or 'or'; compare with ==, !=, <, <=, >, >=")
    case .containmentForIn(let word, let list, let item):
      .error(
        .unexpectedInExpression, "'\(word)' is not an operator; membership is tested with 'in'", at: span,
        label: item.map { "means '\($0) in \(list)'" } ?? "not an operator",
        help: item.map { "put the item first: \($0) in \(list)" }
          ?? "write the item, then 'in', then the list: SO3 in \(list)",
        fixIts: item.map { [.replace(span, with: "\($0) in \(list)")] } ?? [])
    case .expressionTooDeep(let limit):
      .error(
        .nestingTooDeep, "expression nested too deep (the limit is \(limit) levels)", at: span,
        label: "too deep", help: "split the condition into simpler ones")
    case .expressionTooLong(let limit):
      .error(
        .nestingTooDeep, "expression too long (the limit is \(limit) operators)", at: span,
        label: "one operator too many", help: "split the condition into several rules")
    case .expectedFieldName(let found):
      .error(
        .expectedExpression, "expected a field name after '.', found \(found)", at: span,
        label: "expected a name", help: "write a field such as c.lead or c.period.end")
    case .expectedClosingParenthesis(let found):
      .error(
        .expectedExpression, "expected ')' to close the parenthesis, found \(found)", at: span,
        label: "expected ')'", help: "close the parenthesis opened here")
    case .expectedCallEnd(let function, let found):
      .error(
        .expectedExpression, "expected ')' after the arguments of '\(function)', found \(found)", at: span,
        label: "expected ')'", help: "separate arguments with commas and close with ')'")
    case .expectedExpression(let found):
      .error(
        .expectedExpression, "expected an expression, found \(found)", at: span, label: "expected a value",
        help: "an expression is a name (c.lead), a value (2024-06, \"text\", 3 months) or a call (count(…))")
    case .unexpectedInRule(let found):
      .error(
        .unexpectedInBlock, "expected 'each', 'require' or 'message', found \(found)", at: span,
        label: "unexpected here", help: "a rule's block holds 'each', 'require' and 'message' lines")
    case .unclosedRule(let opened, let atEndOfFile):
      .error(
        .unclosedBlock, "expected '}' to close the rule's block", at: span,
        label: atEndOfFile ? "the file ends here" : "the rule's block is not closed before this",
        secondary: [Label(opened, "block opened here")], help: "add '}' after the rule's last line")
    case .expectedEachScope(let found):
      .error(
        .expectedName, "expected what the rule checks after 'each', found \(found)", at: span,
        label: "expected commitment, milestone, plan or actor", help: "write it as: \(Self.eachExample)")
    case .expectedEachName(let scope, let found):
      .error(
        .expectedName, "expected a name for each \(scope) after '\(scope)', found \(found)", at: span,
        label: "expected a name", help: "name it, and read its fields through the name: \(Self.eachExample)")
    case .unexpectedAfterEach(let found, let scope, let variable):
      .error(
        .unexpectedAfterHeader, "unexpected \(found) after 'each \(scope) \(variable)'", at: span,
        label: "expected 'where' or the end of the line",
        help: "put the condition after 'where': \(Self.eachExample)")
    case .unexpectedAfterMessage(let found):
      .error(
        .unexpectedAfterHeader, "unexpected \(found) after the message", at: span,
        label: "expected the end of the line", help: "write the whole message as one string")
    case .unclosedInterpolation:
      .error(
        .expectedExpression, "expected '}' to close the '{' of the message", at: span, label: "opened here",
        help: "close the expression with '}': \"commitment {c.name} has no partner\"")
    case .emptyInterpolation:
      .error(
        .expectedExpression, "expected an expression between '{' and '}'", at: span, label: "empty",
        help: "write what to show, such as {c.name} or {count(c.partners)}")
    }
  }
}

extension SyntaxMessage.Found: CustomStringConvertible {
  var description: String {
    switch self {
    case .name(let word): "'\(word)'"
    case .token(let kind): kind.displayName
    }
  }

  var isName: Bool {
    if case .name = self { true } else { false }
  }
}

extension SyntaxMessage.Item: CustomStringConvertible {
  var description: String {
    switch self {
    case .use: "the 'use' line"
    case .values(let clause): "the values of '\(clause)'"
    case .declaration(let kind): "the \(kind.rawValue) declaration"
    case .rule: "the rule declaration"
    }
  }
}

extension SyntaxMessage.Name: CustomStringConvertible {
  var description: String {
    switch self {
    case .declaration(let kind): "a name for the \(kind.rawValue)"
    case .actorKind: "the actor's kind (government, civil_society, …)"
    case .ruleCode: "the rule's code, in capitals and digits"
    case .ruleSeverity: "the rule's severity (error, warning or info)"
    case .eachVariable(let scope): "a name for each \(scope)"
    }
  }

  var example: String {
    switch self {
    case .declaration(let kind): Parser.example(kind)
    case .actorKind: Parser.example(.actor)
    case .ruleCode, .ruleSeverity: SyntaxMessage.ruleExample
    case .eachVariable: SyntaxMessage.eachExample
    }
  }
}

extension SyntaxMessage.TitleOwner: CustomStringConvertible {
  var description: String {
    switch self {
    case .declaration(let kind, let name): name.map { "\(kind.rawValue) '\($0)'" } ?? kind.rawValue
    case .rule(let code): code.map { "rule '\($0)'" } ?? "the rule"
    }
  }

  var example: String {
    switch self {
    case .declaration(let kind, _): Parser.example(kind)
    case .rule: SyntaxMessage.ruleExample
    }
  }
}
