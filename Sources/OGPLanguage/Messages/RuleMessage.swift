import OGPDiagnostics

/// What checking a member `rule` declaration reports, worded in one place; its expressions
/// report `ExpressionMessage`s.
enum RuleMessage {
  case duplicateClause(RuleClauseKeyword, rule: String, first: SourceSpan)
  case missingClause(RuleClauseKeyword, rule: String)
  /// `corrected`: the code in capitals, offered as a fix when it is well formed.
  case invalidCode(String, corrected: String?)
  case reservedCode(String, prefixes: [String])
  case duplicateRule(String, first: SourceSpan)
  case messageWithoutValue
  /// `found`: what the value is ("a number", "a multi-line string").
  case messageNotString(found: String)
  case notYesNo(ExpressionMessage.Role, ExpressionType)

  /// A whole 'message' clause, as help shows it; its text is in `Language.current`.
  static var messageExample: String { RuleText.exampleMessage }

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    switch self {
    case .duplicateClause(let keyword, let rule, let first):
      .error(
        .duplicateClause, RuleText.duplicateClauseMessage(keyword: keyword.rawValue, rule: rule), at: span,
        label: RuleText.labelAgainHere, secondary: [Label(first, RuleText.labelFirstHere)],
        help: keyword == .message
          ? RuleText.duplicateClauseHelpMessage
          : RuleText.duplicateClauseHelpCondition(keyword: keyword.rawValue))
    case .missingClause(let keyword, let rule):
      .error(
        .missingRequiredClause, RuleText.missingClauseMessage(rule: rule, keyword: keyword.rawValue),
        at: span,
        label: RuleText.missingClauseLabel(keyword: keyword.rawValue),
        help: RuleText.missingClauseHelp(example: keyword.example))
    case .invalidCode(let code, let corrected):
      .error(
        .invalidRuleCode, RuleText.invalidCodeMessage(code: code), at: span, label: RuleText.invalidCodeLabel,
        help: RuleText.invalidCodeHelp,
        fixIts: corrected.map { [.replace(span, with: $0)] } ?? [])
    case .reservedCode(let code, let prefixes):
      .error(
        .duplicateDeclaration, RuleText.reservedCodeMessage(code: code), at: span,
        label: RuleText.reservedCodeLabel,
        notes: [RuleText.reservedCodeNote(prefixes: prefixes.joined(separator: ", "))],
        help: RuleText.reservedCodeHelp)
    case .duplicateRule(let code, let first):
      .error(
        .duplicateDeclaration, RuleText.duplicateRuleMessage(code: code), at: span,
        label: RuleText.duplicateRuleLabel, secondary: [Label(first, RuleText.duplicateRuleFirst)],
        help: RuleText.duplicateRuleHelp)
    case .messageWithoutValue:
      .error(
        .expectedValue, RuleText.messageWithoutValueMessage, at: span, label: RuleText.labelExpectedString,
        help: RuleText.writeAs(example: Self.messageExample))
    case .messageNotString(let found):
      .error(
        .wrongValueType, RuleText.messageNotStringMessage(found: found), at: span,
        label: RuleText.labelExpectedString, help: RuleText.writeAs(example: Self.messageExample))
    case .notYesNo(let role, let type):
      .error(
        .typeMismatch, RuleText.notYesNoMessage(role: role.description, type: type.withArticle), at: span,
        label: type.description, help: RuleText.notYesNoHelp)
    }
  }
}

extension RuleClauseKeyword {
  /// A line of this clause, as help shows it.
  fileprivate var example: String {
    switch self {
    case .each: "each commitment c"
    case .require: "require count(c.partners) >= 1"
    case .message: RuleMessage.messageExample
    }
  }
}
