import OGPDiagnostics

/// An expression over the compiled program, as written: in a query, at the REPL prompt, or in a
/// `rule` declaration.
public indirect enum Expression: Sendable {
  /// A name: a field of the element in scope, a declared name (`finance`, `SO3`), a collection
  /// (`commitments`), `as_of`, `none`, or an enumeration value (`civil_society`).
  case name(Identifier)
  /// `base.field`; on a list, the field of every element.
  case member(Expression, Identifier, SourceSpan)
  case text(String, SourceSpan)
  case integer(Int, SourceSpan)
  case date(String, SourceSpan)
  /// `6 months`.
  case duration(Int, String, SourceSpan)
  case not(Expression, SourceSpan)
  case binary(BinaryOperator, Expression, Expression, SourceSpan)
  /// `count(list)`, `any(list, condition)`, `min(dates)` …
  case call(Identifier, [Expression], SourceSpan)
  /// `list where condition`: the condition sees each element's fields by name, and the element as `it`.
  case filter(Expression, Expression, SourceSpan)

  /// A short rendering for help texts: names and paths as written, `…` for anything longer.
  var sourceHint: String {
    switch self {
    case .name(let identifier): identifier.name
    case .member(let base, let field, _): base.sourceHint + "." + field.name
    default: "…"
    }
  }

  public var span: SourceSpan {
    switch self {
    case .name(let identifier): identifier.span
    case .member(_, _, let span), .text(_, let span), .integer(_, let span), .date(_, let span),
      .duration(_, _, let span), .not(_, let span), .binary(_, _, _, let span), .call(_, _, let span),
      .filter(_, _, let span):
      span
    }
  }
}

public enum BinaryOperator: String, Sendable, CaseIterable {
  case or, and
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case isIn = "in"
  case isNotIn = "not in"
  case plus = "+"
  case minus = "-"

  var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: true
    default: false
    }
  }
}
