import OGPDiagnostics
import OGPLanguage
import OGPModel

/// A `rule` a member or its forum declared in a `.ogp` file, run beside the built-in rules.
///
/// For each element of its scope (every commitment, milestone, plan or actor of the program)
/// for which the `where` condition holds, the rule reports a finding at the element when the
/// `require` condition does not. A condition whose value is missing does not hold. Each element
/// is visited once, so a rule costs one pass over its scope.
public struct UserRule: LintRule {
  public let rule: CheckedRule
  public let description: RuleDescription
  /// `examples/rules/forum-policy.ogp:12`: where the rule is declared.
  public let location: String

  public init(_ rule: CheckedRule, sources: SourceMap) {
    let file = sources[rule.codeSpan.file]
    let line = file.location(of: rule.codeSpan.start).line
    self.rule = rule
    location = "\(file.path):\(line)"
    let severity: Diagnostic.Severity =
      switch rule.severity {
      case .error: .error
      case .warning: .warning
      case .info: .info
      }
    let location = location
    // The member's own words are in the one language it wrote them in; the rest is the catalogue's.
    description = RuleDescription(
      code: rule.code, name: rule.code, category: .member, defaultSeverity: severity,
      summary: LocalizedText(verbatim: rule.title),
      rationale: rule.doc.map(LocalizedText.init(verbatim:))
        ?? LocalizedText { DocumentationText.memberRationale(location: location) },
      basis: .member(LocalizedText { DocumentationText.memberDeclaredAt(location: location) }),
      fix: LocalizedText {
        DocumentationText.memberFix(scope: rule.scope.rawValue, requirement: rule.requirementSource)
      },
      triggering: [], nonTriggering: [], documentationLink: "\(file.path)#L\(line)")
  }

  /// The member rules a compilation declares, in load order.
  public static func all(in compilation: Compilation) -> [UserRule] {
    compilation.rules.map { UserRule($0, sources: compilation.sources) }
  }

  public func check(_ context: LintContext) -> [Finding] {
    let evaluator = context.evaluator ?? ExpressionEvaluator(program: context.program, asOf: context.asOf)
    var findings: [Finding] = []
    func visit(_ element: ElementValue) {
      let bindings = [rule.variable: RuntimeValue.element(element)]
      do {
        if let filter = rule.filter, try !evaluator.holds(filter, bindings: bindings) { return }
        guard try !evaluator.holds(rule.requirement, bindings: bindings) else { return }
        findings.append(
          Finding(
            at: Anchor(element.id), try message(evaluator, bindings),
            label: LintText.memberRuleLabel(code: rule.code),
            notes: [LintText.memberRuleNote(code: rule.code, location: location)]))
      } catch {
        // The rule cannot judge this element; saying so is better than passing or failing it.
        findings.append(
          Finding(
            at: Anchor(element.id),
            LintText.memberRuleUnevaluable(code: rule.code, element: element.id, reason: error.reason),
            label: LintText.memberRuleUnevaluableLabel,
            notes: [LintText.memberRuleNote(code: rule.code, location: location)],
            help: ValueOutOfRange.limits))
      }
    }
    // Element by element, without gathering them first: a commitment is a large value to copy.
    let program = context.program
    switch rule.scope {
    case .commitment:
      for plan in program.plans { for commitment in plan.commitments { visit(.commitment(commitment)) } }
    case .milestone:
      for plan in program.plans {
        for commitment in plan.commitments {
          for milestone in commitment.milestones { visit(.milestone(milestone)) }
        }
      }
    case .plan: for plan in program.plans { visit(.plan(plan)) }
    case .actor: for actor in program.actors { visit(.actor(actor)) }
    }
    return findings
  }

  /// The message template filled in for one element, or the title when the rule has no message.
  private func message(_ evaluator: ExpressionEvaluator, _ bindings: [String: RuntimeValue])
    throws(ValueOutOfRange) -> String
  {
    guard let parts = rule.message else { return rule.title }
    var message = ""
    for part in parts {
      switch part {
      case .text(let text): message += text
      case .value(let expression):
        message += Self.render(try evaluator.evaluate(expression, bindings: bindings))
      }
    }
    return message
  }

  /// A value as a message shows it, on one line as queries show it (an element by its id, a
  /// list comma-separated, a date as ISO 8601, a missing value as "none"); an empty list is
  /// "none" too, since a message reads as a sentence.
  private static func render(_ value: RuntimeValue) -> String {
    if case .list(let items) = value, items.isEmpty { return "none" }
    return ValueFormatter.scalar(value)
  }
}
