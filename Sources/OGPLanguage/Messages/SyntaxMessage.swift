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

  /// The rule a "write it as" help shows; its title is in the reader's language.
  static var ruleExample: String { SyntaxText.exampleRule }
  static let eachExample = "each commitment c where SO3 in c.advances"

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    switch self {
    case .unmatchedBrace:
      .error(
        .unmatchedBrace, SyntaxText.unmatchedBraceMessage, at: span, label: SyntaxText.unmatchedBraceLabel,
        help: SyntaxText.unmatchedBraceHelp)
    case .blockWithoutDeclaration:
      .error(
        .expectedDeclaration, SyntaxText.blockWithoutDeclarationMessage, at: span,
        label: SyntaxText.blockWithoutDeclarationLabel, help: SyntaxText.blockWithoutDeclarationHelp)
    case .expectedDeclaration(let found):
      .error(
        .expectedDeclaration, SyntaxText.expectedDeclarationMessage(found: found.description), at: span,
        label: SyntaxText.expectedDeclarationLabel,
        help: found.isName
          ? SyntaxText.expectedDeclarationHelpClause(found: found.description)
          : SyntaxText.expectedDeclarationHelp)
    case .expectedUsePath:
      .error(
        .expectedUsePath, SyntaxText.expectedUsePathMessage, at: span, label: SyntaxText.expectedUsePathLabel,
        help: SyntaxText.expectedUsePathHelp)
    case .unexpectedAfterItem(let found, let item):
      .error(
        .unexpectedAfterHeader,
        SyntaxText.unexpectedAfterItemMessage(found: found.description, item: item.description), at: span,
        label: SyntaxText.unexpectedAfterItemLabel, help: SyntaxText.unexpectedAfterItemHelp)
    case .nestingTooDeep(let limit):
      .error(
        .nestingTooDeep, SyntaxText.nestingTooDeepMessage(limit: String(limit)), at: span,
        label: SyntaxText.nestingTooDeepLabel(depth: String(limit + 1)), help: SyntaxText.nestingTooDeepHelp)
    case .unclosedBlock(let opened):
      .error(
        .unclosedBlock, SyntaxText.unclosedBlockMessage, at: span, label: SyntaxText.unclosedBlockLabel,
        secondary: [Label(opened, SyntaxText.unclosedBlockOpened)], help: SyntaxText.unclosedBlockHelp)
    case .useInBlock:
      .error(
        .unexpectedInBlock, SyntaxText.useInBlockMessage, at: span, label: SyntaxText.useInBlockLabel,
        help: SyntaxText.useInBlockHelp)
    case .ruleInBlock:
      .error(
        .unexpectedInBlock, SyntaxText.ruleInBlockMessage, at: span, label: SyntaxText.ruleInBlockLabel,
        help: SyntaxText.ruleInBlockHelp)
    case .unexpectedBlock:
      .error(
        .unexpectedInBlock, SyntaxText.unexpectedBlockMessage, at: span,
        label: SyntaxText.unexpectedBlockLabel,
        help: SyntaxText.unexpectedBlockHelp)
    case .expectedBlockItem(let found, let owner):
      .error(
        .unexpectedInBlock, SyntaxText.expectedBlockItemMessage(found: found.description), at: span,
        label: SyntaxText.expectedBlockItemLabel,
        help: owner.map { SyntaxText.expectedBlockItemHelpOwner(keyword: $0.rawValue) }
          ?? SyntaxText.expectedBlockItemHelp)
    case .actorKindBeforeName(let kind):
      .error(
        .expectedName, SyntaxText.actorKindBeforeNameMessage(kind: kind), at: span,
        label: SyntaxText.actorKindBeforeNameLabel, help: SyntaxText.actorKindBeforeNameHelp(kind: kind))
    case .expectedName(let name, let found):
      .error(
        .expectedName, SyntaxText.expectedNameMessage(name: name.description, found: found.description),
        at: span, label: SyntaxText.expectedNameLabel,
        help: SyntaxText.expectedNameHelp(example: name.example))
    case .reservedWordAsName(let word, let referring):
      .error(
        .reservedWordAsName, SyntaxText.reservedWordAsNameMessage(word: word), at: span,
        label: SyntaxText.reservedWordAsNameLabel,
        help: referring
          ? SyntaxText.reservedWordAsNameHelpReferring(word: word)
          : SyntaxText.reservedWordAsNameHelp(word: word))
    case .unquotedTitle(let owner, let written):
      .error(
        .expectedTitle, SyntaxText.unquotedTitleMessage(owner: owner.description), at: span,
        label: SyntaxText.unquotedTitleLabel, help: SyntaxText.unquotedTitleHelp(written: written))
    case .expectedTitle(let owner, let found):
      .error(
        .expectedTitle, SyntaxText.expectedTitleMessage(owner: owner.description, found: found.description),
        at: span, label: SyntaxText.expectedTitleLabel,
        help: SyntaxText.expectedTitleHelp(example: owner.example))
    case .wordsBeforeTitle(let owner, let written):
      .error(
        .expectedTitle, SyntaxText.wordsBeforeTitleMessage(written: written, owner: owner.description),
        at: span,
        label: SyntaxText.wordsBeforeTitleLabel, help: SyntaxText.wordsBeforeTitleHelp(example: owner.example)
      )
    case .expectedValueAfterComma(let clause, let found):
      .error(
        .expectedValue, SyntaxText.expectedValueAfterCommaMessage(clause: clause, found: found.description),
        at: span, label: SyntaxText.expectedValueAfterCommaLabel, help: SyntaxText.expectedValueAfterCommaHelp
      )
    case .expectedValue(let clause, let found):
      .error(
        .expectedValue, SyntaxText.expectedValueMessage(clause: clause, found: found.description), at: span,
        label: SyntaxText.expectedValueLabel, help: SyntaxText.expectedValueHelp)
    case .expectedRangeEnd(let found):
      .error(
        .expectedValue, SyntaxText.expectedRangeEndMessage(found: found.description), at: span,
        label: SyntaxText.expectedRangeEndLabel, help: SyntaxText.expectedRangeEndHelp)
    case .expectedNameAfterDot(let found):
      .error(
        .expectedValue, SyntaxText.expectedNameAfterDotMessage(found: found.description), at: span,
        label: SyntaxText.expectedNameAfterDotLabel, help: SyntaxText.expectedNameAfterDotHelp)
    case .unexpectedAfterExpression(let found):
      .error(
        .unexpectedInExpression, SyntaxText.unexpectedAfterExpressionMessage(found: found.description),
        at: span,
        label: SyntaxText.unexpectedAfterExpressionLabel, help: SyntaxText.unexpectedAfterExpressionHelp)
    case .containmentForIn(let word, let list, let item):
      .error(
        .unexpectedInExpression, SyntaxText.containmentForInMessage(word: word), at: span,
        label: item.map { SyntaxText.containmentForInLabel(item: $0, list: list) }
          ?? SyntaxText.containmentForInNotOperator,
        help: item.map { SyntaxText.containmentForInHelp(item: $0, list: list) }
          ?? SyntaxText.containmentForInHelpNoItem(list: list),
        fixIts: item.map { [.replace(span, with: "\($0) in \(list)")] } ?? [])
    case .expressionTooDeep(let limit):
      .error(
        .nestingTooDeep, SyntaxText.expressionTooDeepMessage(limit: String(limit)), at: span,
        label: SyntaxText.expressionTooDeepLabel, help: SyntaxText.expressionTooDeepHelp)
    case .expressionTooLong(let limit):
      .error(
        .nestingTooDeep, SyntaxText.expressionTooLongMessage(limit: String(limit)), at: span,
        label: SyntaxText.expressionTooLongLabel, help: SyntaxText.expressionTooLongHelp)
    case .expectedFieldName(let found):
      .error(
        .expectedExpression, SyntaxText.expectedFieldNameMessage(found: found.description), at: span,
        label: SyntaxText.expectedFieldNameLabel, help: SyntaxText.expectedFieldNameHelp)
    case .expectedClosingParenthesis(let found):
      .error(
        .expectedExpression, SyntaxText.expectedClosingParenthesisMessage(found: found.description), at: span,
        label: SyntaxText.expectedClosingParenthesisLabel, help: SyntaxText.expectedClosingParenthesisHelp)
    case .expectedCallEnd(let function, let found):
      .error(
        .expectedExpression, SyntaxText.expectedCallEndMessage(function: function, found: found.description),
        at: span, label: SyntaxText.expectedCallEndLabel, help: SyntaxText.expectedCallEndHelp)
    case .expectedExpression(let found):
      .error(
        .expectedExpression, SyntaxText.expectedExpressionMessage(found: found.description), at: span,
        label: SyntaxText.expectedExpressionLabel, help: SyntaxText.expectedExpressionHelp)
    case .unexpectedInRule(let found):
      .error(
        .unexpectedInBlock, SyntaxText.unexpectedInRuleMessage(found: found.description), at: span,
        label: SyntaxText.unexpectedInRuleLabel, help: SyntaxText.unexpectedInRuleHelp)
    case .unclosedRule(let opened, let atEndOfFile):
      .error(
        .unclosedBlock, SyntaxText.unclosedRuleMessage, at: span,
        label: atEndOfFile ? SyntaxText.unclosedRuleLabelEndOfFile : SyntaxText.unclosedRuleLabel,
        secondary: [Label(opened, SyntaxText.unclosedRuleOpened)], help: SyntaxText.unclosedRuleHelp)
    case .expectedEachScope(let found):
      .error(
        .expectedName, SyntaxText.expectedEachScopeMessage(found: found.description), at: span,
        label: SyntaxText.expectedEachScopeLabel,
        help: SyntaxText.expectedEachScopeHelp(example: Self.eachExample))
    case .expectedEachName(let scope, let found):
      .error(
        .expectedName, SyntaxText.expectedEachNameMessage(scope: scope, found: found.description), at: span,
        label: SyntaxText.expectedEachNameLabel,
        help: SyntaxText.expectedEachNameHelp(example: Self.eachExample))
    case .unexpectedAfterEach(let found, let scope, let variable):
      .error(
        .unexpectedAfterHeader,
        SyntaxText.unexpectedAfterEachMessage(found: found.description, scope: scope, variable: variable),
        at: span, label: SyntaxText.unexpectedAfterEachLabel,
        help: SyntaxText.unexpectedAfterEachHelp(example: Self.eachExample))
    case .unexpectedAfterMessage(let found):
      .error(
        .unexpectedAfterHeader, SyntaxText.unexpectedAfterMessageMessage(found: found.description), at: span,
        label: SyntaxText.unexpectedAfterMessageLabel, help: SyntaxText.unexpectedAfterMessageHelp)
    case .unclosedInterpolation:
      .error(
        .expectedExpression, SyntaxText.unclosedInterpolationMessage, at: span,
        label: SyntaxText.unclosedInterpolationLabel, help: SyntaxText.unclosedInterpolationHelp)
    case .emptyInterpolation:
      .error(
        .expectedExpression, SyntaxText.emptyInterpolationMessage, at: span,
        label: SyntaxText.emptyInterpolationLabel, help: SyntaxText.emptyInterpolationHelp)
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
    case .use: SyntaxText.itemUse
    case .values(let clause): SyntaxText.itemValues(clause: clause)
    case .declaration(let kind): SyntaxText.itemDeclaration(keyword: kind.rawValue)
    case .rule: SyntaxText.itemRule
    }
  }
}

extension SyntaxMessage.Name: CustomStringConvertible {
  var description: String {
    switch self {
    case .declaration(let kind): SyntaxText.nameDeclaration(keyword: kind.rawValue)
    case .actorKind: SyntaxText.nameActorKind
    case .ruleCode: SyntaxText.nameRuleCode
    case .ruleSeverity: SyntaxText.nameRuleSeverity
    case .eachVariable(let scope): SyntaxText.nameEachVariable(scope: scope)
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
  /// With its article where the language needs one: "commitment 'c01'", "el compromiso 'c01'".
  var description: String {
    switch self {
    case .declaration(let kind, let name):
      name.map { kind.named($0) } ?? SyntaxText.ownerUnnamed(keyword: kind.rawValue)
    case .rule(let code): code.map { SyntaxText.ownerRule(code: $0) } ?? SyntaxText.ownerAnonymousRule
    }
  }

  var example: String {
    switch self {
    case .declaration(let kind, _): Parser.example(kind)
    case .rule: SyntaxMessage.ruleExample
    }
  }
}
