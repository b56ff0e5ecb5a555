import OGPDiagnostics
import OGPModel

extension Checker {
  /// Checks the `rule` declarations of `files`: their codes, severities and clauses, then their
  /// expressions against the names in `index`, the checker's table of what is declared, adding
  /// to it the declarations their expressions name. Returns the rules without errors, in load
  /// order.
  static func checkRules(_ files: [SourceFileSyntax], sources: SourceMap, indexing index: inout SourceIndex)
    -> ([CheckedRule], [Diagnostic])
  {
    // Indexing the program's names costs a pass over it: only for programs that have rules.
    guard files.contains(where: { !$0.rules.isEmpty }) else { return ([], []) }
    var checker = Checker()
    var rules: [CheckedRule] = []
    var codes: [String: SourceSpan] = [:]
    let expressions = ExpressionChecker(index: index)
    for file in files {
      for rule in file.rules {
        let source = sources[file.file]
        if let checked = checker.check(rule, codes: &codes, expressions: expressions, source: source) {
          rules.append(checked)
          index.addReferences(namedIn: checked)
        }
      }
    }
    return (rules, checker.diagnostics)
  }

  private mutating func check(
    _ rule: RuleDeclaration, codes: inout [String: SourceSpan], expressions: ExpressionChecker,
    source: SourceFile
  ) -> CheckedRule? {
    guard let code = rule.code else { return nil }
    let codeIsValid = checkRuleCode(code, codes: &codes)
    let severity = rule.severity.flatMap {
      checkEnumeration(.path([$0]), .ruleSeverity, clause: "severity").flatMap(Rule.Severity.init(rawValue:))
    }
    let owner = CheckText.ownerRule(code: code.name)

    var seen: [String: SourceSpan] = [:]
    var each: (clause: RuleClause, scope: Identifier?, variable: Identifier?, condition: Expression?)?
    var requirement: Expression?
    var message: (clause: RuleClause, template: MessageTemplate?, found: String?)?
    for clause in rule.clauses {
      let keyword = clause.keyword.name
      guard let clauseKeyword = RuleClauseKeyword(rawValue: keyword) else {
        reportUnknownClause(clause.keyword, among: RuleClauseKeyword.allCases.map(\.rawValue), owner: owner)
        continue
      }
      if let previous = seen[keyword] {
        diagnostics.append(
          RuleMessage.duplicateClause(clauseKeyword, rule: code.name, first: previous)
            .diagnostic(at: clause.keyword.span))
        continue
      }
      seen[keyword] = clause.keyword.span
      switch clause.value {
      case .each(let scope, let variable, let condition): each = (clause, scope, variable, condition)
      case .require(let condition): requirement = condition
      case .message(let template, let found): message = (clause, template, found)
      case .unknown: break
      }
    }
    for keyword in [RuleClauseKeyword.each, .require] where seen[keyword.rawValue] == nil {
      diagnostics.append(RuleMessage.missingClause(keyword, rule: code.name).diagnostic(at: code.span))
    }
    if let message, message.template == nil { reportMessageValue(message.clause, found: message.found) }
    guard let each, let scopeWord = each.scope,
      let scope = checkEnumeration(.path([scopeWord]), .ruleScope, clause: "each").flatMap(
        RuleScope.init(rawValue:)),
      let variable = each.variable
    else { return nil }
    let context = ConditionContext(
      scope: scope, variable: variable.name, expressions: expressions,
      types: ExpressionChecker.Scope(
        variables: [variable.name: .element(scope.elementKind)], implicit: variable.name))
    var filter: TypedExpression?
    var filterFailed = false
    if let condition = each.condition {
      filter = typeCondition(condition, role: .condition(of: "where"), context)
      filterFailed = filter == nil
    }
    let required = requirement.flatMap { typeCondition($0, role: .condition(of: "require"), context) }
    let parts = message?.template.flatMap { typeMessage($0, context) }
    let messageFailed = message != nil && parts == nil
    guard codeIsValid, !filterFailed, !messageFailed, let severity, let title = rule.title,
      let requirement, let required
    else { return nil }
    return CheckedRule(
      code: code.name, severity: severity, title: title.value, doc: rule.doc, scope: scope,
      variable: variable.name, filter: filter, requirement: required, message: parts,
      scopeSource: Self.written(each.clause.span, in: source),
      requirementSource: Self.written(requirement.span, in: source),
      messageSource: message?.template.map { Self.written($0.literal.span, in: source) }, codeSpan: code.span)
  }

  /// A code of capitals and digits, not of a built-in form and not taken by another rule.
  private mutating func checkRuleCode(_ code: Identifier, codes: inout [String: SourceSpan]) -> Bool {
    guard RuleCode.isWellFormed(code.name) else {
      let capitals = code.name.uppercased()
      diagnostics.append(
        RuleMessage.invalidCode(code.name, corrected: RuleCode.isWellFormed(capitals) ? capitals : nil)
          .diagnostic(at: code.span))
      return false
    }
    guard !RuleCode.isReserved(code.name) else {
      diagnostics.append(
        RuleMessage.reservedCode(code.name, prefixes: RuleCode.reservedPrefixes).diagnostic(at: code.span))
      return false
    }
    if let previous = codes[code.name] {
      diagnostics.append(RuleMessage.duplicateRule(code.name, first: previous).diagnostic(at: code.span))
      return false
    }
    codes[code.name] = code.span
    return true
  }

  private mutating func reportMessageValue(_ clause: RuleClause, found: String?) {
    guard let found else {
      diagnostics.append(RuleMessage.messageWithoutValue.diagnostic(at: clause.keyword.span))
      return
    }
    diagnostics.append(
      RuleMessage.messageNotString(found: found).diagnostic(
        at: SourceSpan(file: clause.span.file, start: clause.keyword.span.end + 1, end: clause.span.end)))
  }

  /// What a rule's expressions are typed in.
  private struct ConditionContext {
    let scope: RuleScope
    let variable: String
    let expressions: ExpressionChecker
    let types: ExpressionChecker.Scope
  }

  /// A condition typed as yes/no, or nil after reporting why it is not one.
  private mutating func typeCondition(
    _ expression: Expression, role: ExpressionMessage.Role, _ context: ConditionContext
  )
    -> TypedExpression?
  {
    guard let (typed, type) = typeExpression(expression, context) else { return nil }
    guard type == .boolean else {
      diagnostics.append(RuleMessage.notYesNo(role, type).diagnostic(at: expression.span))
      return nil
    }
    return typed
  }

  /// The typed parts of a message, or nil after reporting the first part that does not type.
  private mutating func typeMessage(_ template: MessageTemplate, _ context: ConditionContext)
    -> [CheckedRule.MessagePart]?
  {
    var parts: [CheckedRule.MessagePart] = []
    var failed = false
    for part in template.parts {
      switch part {
      case .text(let text): parts.append(.text(text))
      case .expression(let expression):
        if let (typed, _) = typeExpression(expression, context) {
          parts.append(.value(typed))
        } else {
          failed = true
        }
      }
    }
    return failed ? nil : parts
  }

  /// Types an expression in the rule's scope; what does not type is reported (a bare word that
  /// names nothing is an enumeration value only where a comparison says which).
  private mutating func typeExpression(_ expression: Expression, _ context: ConditionContext) -> (
    TypedExpression, ExpressionType
  )? {
    switch context.expressions.check(expression, in: context.types) {
    case .failure(let failure):
      diagnostics.append(failure.diagnostic)
      return nil
    case .success(let typed):
      return typed
    }
  }

  /// The source of `span` on one line: line breaks and the indentation after them become one space.
  static func written(_ span: SourceSpan, in source: SourceFile) -> String {
    source.text(of: span).split(separator: "\n").map { $0.trimmingCharacters(in: " \t\r") }
      .joined(separator: " ")
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> Substring {
    var result = self
    while let first = result.first, set.contains(first) { result = result.dropFirst() }
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    return result
  }
}

extension SourceIndex {
  /// Adds the declarations a rule's expressions name, as references.
  fileprivate mutating func addReferences(namedIn rule: CheckedRule) {
    var named: [(span: SourceSpan, id: String)] = []
    rule.filter?.declarationsNamed(&named)
    rule.requirement.declarationsNamed(&named)
    for case .value(let expression) in rule.message ?? [] { expression.declarationsNamed(&named) }
    for (span, id) in named where declaration(id) != nil { addReference(at: span, to: id) }
  }
}
