import OGPDiagnostics
import OGPModel

/// A `rule` declaration whose header is valid and whose expressions are typed against the
/// program: what the linter runs.
public struct CheckedRule: Sendable {
  /// `FORUM01`.
  public let code: String
  public let severity: Rule.Severity
  public let title: String
  public let doc: String?
  /// What the rule checks each of.
  public let scope: RuleScope
  /// The name the rule gives each element (`c` in `each commitment c`).
  public let variable: String
  /// The `where` condition: elements for which it does not hold are not checked.
  public let filter: TypedExpression?
  /// The `require` condition: a finding for each element for which it does not hold.
  public let requirement: TypedExpression
  /// The message of a finding; nil for the title.
  public let message: [MessagePart]?
  /// The source text of the clauses, for `ogp explain` and the finding's label: `each commitment
  /// c where SO3 in c.advances`, `count(c.partners) >= 2`, `"commitment {c.name} …"`.
  public let scopeSource: String
  public let requirementSource: String
  public let messageSource: String?
  /// The rule's code, where it is declared.
  public let codeSpan: SourceSpan

  /// A piece of a message: text as written, or a value computed for each finding.
  public enum MessagePart: Sendable {
    case text(String)
    case value(TypedExpression)
  }

  /// The rule as the model records it.
  public var model: Rule { Rule(id: code, severity: severity, title: title, doc: doc) }
}

/// The shape of a member rule's code.
public enum RuleCode {
  /// The prefixes of the built-in rules' codes (`OBJ001` …) and of the language's own (`E0208`).
  /// A member rule may not take a code of those forms, so no later built-in rule or diagnostic
  /// can collide with one.
  public static let reservedPrefixes = ["OBJ", "VAL", "VER", "TIM", "COC", "STR", "IRM", "LNT"]

  /// Capitals and digits, starting with a capital: `FORUM01`.
  public static func isWellFormed(_ code: String) -> Bool {
    guard let first = code.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
    return code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
  }

  /// True for codes of the built-in rules' form (three capitals of `reservedPrefixes` and three
  /// digits) and of the language's diagnostics (`E` and four digits).
  public static func isReserved(_ code: String) -> Bool {
    let digits = code.drop { !$0.isNumber }
    guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
    let prefix = String(code.prefix(code.count - digits.count))
    return (reservedPrefixes.contains(prefix) && digits.count == 3) || (prefix == "E" && digits.count == 4)
  }
}
