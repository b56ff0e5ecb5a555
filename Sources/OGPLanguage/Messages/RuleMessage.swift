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

  static let messageExample = "message \"commitment {c.name} has no civil-society partner\""

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    switch self {
    case .duplicateClause(let keyword, let rule, let first):
      .error(
        .duplicateClause, "'\(keyword.rawValue)' is given twice in rule '\(rule)'", at: span,
        label: "given again here", secondary: [Label(first, "first given here")],
        help: keyword == .message
          ? "keep one 'message' clause and remove the other"
          : "keep one '\(keyword.rawValue)' clause; join conditions with 'and'")
    case .missingClause(let keyword, let rule):
      .error(
        .missingRequiredClause, "rule '\(rule)' has no '\(keyword.rawValue)' clause", at: span,
        label: "'\(keyword.rawValue)' is required", help: "add a line such as: \(keyword.example)")
    case .invalidCode(let code, let corrected):
      .error(
        .invalidRuleCode, "rule code '\(code)' is not in capitals and digits", at: span,
        label: "not a rule code",
        help: "write the code in capitals and digits, starting with a capital: FORUM01",
        fixIts: corrected.map { [.replace(span, with: $0)] } ?? [])
    case .reservedCode(let code, let prefixes):
      .error(
        .duplicateDeclaration, "rule code '\(code)' is reserved for the built-in rules", at: span,
        label: "a built-in code",
        notes: [
          "built-in rules are coded \(prefixes.joined(separator: ", ")) and three digits, "
            + "the language's diagnostics E and four digits"
        ],
        help: "give the rule a code of its own, such as FORUM01")
    case .duplicateRule(let code, let first):
      .error(
        .duplicateDeclaration, "rule '\(code)' is declared twice", at: span, label: "declared again here",
        secondary: [Label(first, "first declared here")],
        help: "give one of them another code; rule codes are unique in a file and the files it uses")
    case .messageWithoutValue:
      .error(
        .expectedValue, "'message' has no value", at: span, label: "expected a string",
        help: "write it as: \(Self.messageExample)")
    case .messageNotString(let found):
      .error(
        .wrongValueType, "expected a one-line string for 'message', found \(found)", at: span,
        label: "expected a string", help: "write it as: \(Self.messageExample)")
    case .notYesNo(let role, let type):
      .error(
        .typeMismatch, "\(role) needs a yes/no, but this is \(type.withArticle)", at: span,
        label: type.description, help: "write a comparison such as c.status == complete, or count(…) >= 2")
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
