import OGPDiagnostics

/// `rule FORUM01 warning "Title" { each … ; require … ; message "…" }`: a check a member or a
/// forum writes in its own files, run by `ogp lint` beside the built-in rules (grammar §5).
///
/// Parts that are missing from the source are nil here and already reported; the checker
/// reports what is written but wrong.
public struct RuleDeclaration: Sendable {
  public var keywordSpan: SourceSpan
  /// `FORUM01`: capitals and digits.
  public var code: Identifier?
  /// `error`, `warning` or `info`, as written.
  public var severity: Identifier?
  public var title: StringLiteral?
  /// The `///` lines before the declaration, without their slashes.
  public var doc: String?
  public var clauses: [RuleClause]
  /// Nil when the rule has no block.
  public var openBrace: SourceSpan?
  /// Nil when the block was never closed (already diagnosed).
  public var closeBrace: SourceSpan?
  public var span: SourceSpan
}

/// One line of a rule's block.
public struct RuleClause: Sendable {
  public enum Value: Sendable {
    /// `each commitment c where condition`.
    case each(scope: Identifier?, variable: Identifier?, condition: Expression?)
    case require(Expression?)
    /// `message "…{expression}…"`; nil when the value is missing or not a one-line string, in
    /// which case `found` says what was written instead ("a multi-line string"), if anything.
    case message(MessageTemplate?, found: String?)
    /// A keyword no rule takes; its values were skipped.
    case unknown
  }

  public var keyword: Identifier
  public var value: Value
  public var span: SourceSpan
}

/// A rule's message: text with `{expression}` parts, filled in for each finding.
public struct MessageTemplate: Sendable {
  public enum Part: Sendable {
    case text(String)
    case expression(Expression)
  }

  public var parts: [Part]
  public var literal: StringLiteral
}

/// The keywords of a rule's block (grammar §5 `rule_clause`).
public enum RuleClauseKeyword: String, CaseIterable, Sendable {
  case each, require, message
}

/// What a rule checks each of: the words `each` takes (grammar §5 `rule_scope`).
public enum RuleScope: String, CaseIterable, Sendable {
  case commitment, milestone, plan, actor

  /// The type the rule's variable has in its expressions.
  public var elementKind: ElementKind {
    switch self {
    case .commitment: .commitment
    case .milestone: .milestone
    case .plan: .plan
    case .actor: .actor
    }
  }
}
