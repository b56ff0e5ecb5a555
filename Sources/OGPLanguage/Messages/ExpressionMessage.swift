import OGPDiagnostics
import OGPModel

/// What typing and evaluating an expression reports, worded in one place.
enum ExpressionMessage {
  case invalidDate(String)
  case durationTooLong(unit: String)
  case filterNeedsList(ExpressionType)
  case noFields(ExpressionType, field: String)
  case unknownField(String, of: ElementKind, suggestions: [String])
  /// A name that names nothing; `fallback` says what to write when nothing is close.
  case unknownName(String, suggestions: [String])
  case wrongType(Role, expected: ExpressionType, actual: ExpressionType)
  case inNeedsList(BinaryOperator, right: ExpressionType)
  case cannotOrder(BinaryOperator, ExpressionType)
  case cannotCombine(BinaryOperator, ExpressionType, ExpressionType)
  case cannotCompare(BinaryOperator, ExpressionType, ExpressionType, hint: ComparisonHint)
  case notInEnumeration(String, EnumDomain, suggestions: [String])
  case unknownFunction(String, suggestions: [String], functions: [String])
  /// `usage` is the function's documented call.
  case wrongArgumentCount(function: String, counts: ClosedRange<Int>, given: Int, usage: String)
  case functionNeedsList(function: String, ExpressionType, usage: String)
  case functionNeedsOrderedList(function: String, element: ExpressionType, usage: String)
  case outOfRange(ValueOutOfRange)

  /// What an operand or a condition is for: `'not'`, `the condition of 'where'`.
  enum Role: CustomStringConvertible {
    case operand(of: String)
    case condition(of: String)

    var description: String {
      switch self {
      case .operand(let word): "'\(word)'"
      case .condition(let word): "the condition of '\(word)'"
      }
    }
  }

  /// What helps most with a comparison of two kinds.
  enum ComparisonHint {
    case sameKind
    /// An element compared with a list: a membership test, as the two sides were written.
    case membership(element: String, list: String)
    case yearForDate
  }

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    switch self {
    case .invalidDate(let text):
      .error(
        .invalidDate, "'\(text)' is not a date", at: span, label: "no such date",
        help: "write 2024, 2024-06 or 2024-06-30")
    case .durationTooLong(let unit):
      .error(
        .valueOutOfRange, "a duration counts at most \(Duration.amounts.upperBound) \(unit)", at: span,
        label: "out of range",
        help:
          "write a whole number from 0 to \(Duration.amounts.upperBound), or a date for a fixed point in time"
      )
    case .filterNeedsList(let type):
      .error(
        .typeMismatch, "'where' filters a list, but this is \(type.withArticle)", at: span,
        label: "not a list",
        help: "filter a list such as commitments or c.milestones")
    case .noFields(let type, let field):
      .error(
        .typeMismatch, "\(type.withArticle.capitalisedFirst) has no fields; '.\(field)' cannot be read",
        at: span, label: "no field here", help: "fields belong to plans, commitments, milestones and actors")
    case .unknownField(let field, let kind, let suggestions):
      .error(
        .unknownNameInExpression, "\(kind.rawValue.withArticle) has no field '\(field)'", at: span,
        label: "no such field",
        help: Suggestions.didYouMean(suggestions)
          ?? "the fields are " + kind.fields.keys.sorted().joined(separator: ", "))
    case .unknownName(let word, let suggestions):
      .error(
        .unknownNameInExpression, "unknown name '\(word)'", at: span, label: "not declared",
        help: Suggestions.didYouMean(suggestions)
          ?? "name a declared actor, plan, objective or commitment, a field, or a collection such as commitments"
      )
    case .wrongType(let role, let expected, let actual):
      .error(
        .typeMismatch, "\(role) needs \(expected.withArticle), but this is \(actual.withArticle)", at: span,
        label: actual.description, help: "write a comparison such as c.status == complete, or a count(…) >= 2"
      )
    case .inNeedsList(let operation, let right):
      .error(
        .typeMismatch, "'\(operation.rawValue)' looks in a list, but the right side is \(right.withArticle)",
        at: span, label: "not a list", help: "write SO3 in c.advances, or civil_society in c.actors.kind")
    case .cannotOrder(let operation, let type):
      .error(
        .typeMismatch, "'\(operation.rawValue)' orders numbers, dates, durations and text, not \(type)",
        at: span, label: "cannot be ordered", help: "compare with == or !=")
    case .cannotCombine(let operation, let left, let right):
      .error(
        .typeMismatch,
        operation == .plus
          ? "cannot add \(right.withArticle) to \(left.withArticle)"
          : "cannot subtract \(right.withArticle) from \(left.withArticle)",
        at: span, label: "\(left) \(operation.rawValue) \(right)",
        help:
          "numbers add to numbers; a date minus a date is a duration; a date plus a duration (3 months) is a date"
      )
    case .cannotCompare(let operation, let left, let right, let hint):
      .error(
        .typeMismatch, "'\(operation.rawValue)' compares \(left.withArticle) with \(right.withArticle)",
        at: span, label: "\(left) vs \(right)", help: hint.help)
    case .notInEnumeration(let word, let domain, let suggestions):
      .error(
        .notInEnumeration, "'\(word)' is not \(domain.withArticle)", at: span,
        label: "not \(domain.withArticle)",
        help: Self.didYouMean(
          suggestions, then: "(\(domain.rawValue): \(domain.values.joined(separator: ", ")))"))
    case .unknownFunction(let name, let suggestions, let functions):
      .error(
        .unknownFunction, "unknown function '\(name)'", at: span, label: "no such function",
        help: Self.didYouMean(suggestions, then: "the functions are " + functions.joined(separator: ", ")))
    case .wrongArgumentCount(let function, let counts, let given, let usage):
      .error(
        .unknownFunction,
        "'\(function)' takes "
          + (counts.lowerBound == counts.upperBound
            ? "\(counts.lowerBound)" : "\(counts.lowerBound) or \(counts.upperBound)")
          + " \(counts.upperBound == 1 ? "argument" : "arguments"), not \(given)",
        at: span, label: "wrong number of arguments", help: usage)
    case .functionNeedsList(let function, let type, let usage):
      .error(
        .typeMismatch, "'\(function)' needs a list, but this is \(type.withArticle)", at: span,
        label: "not a list", help: usage)
    case .functionNeedsOrderedList(let function, let element, let usage):
      .error(
        .typeMismatch, "'\(function)' needs dates or numbers, but these are \(element)", at: span,
        label: "list of \(element)", help: usage)
    case .outOfRange(let error):
      .error(
        .expressionOutOfRange, "this expression's value is out of range: \(error.reason)", at: span,
        label: "out of range", help: ValueOutOfRange.limits)
    }
  }

  /// "did you mean 'a'? " before `text`, when there is anything to suggest.
  private static func didYouMean(_ suggestions: [String], then text: String) -> String {
    (Suggestions.didYouMean(suggestions).map { $0 + " " } ?? "") + text
  }
}

extension ExpressionMessage.ComparisonHint {
  var help: String {
    switch self {
    case .sameKind: "compare values of one kind: a date with a date, a status with a status"
    case .membership(let element, let list): "to ask whether it is among them, write: \(element) in \(list)"
    case .yearForDate: "a date in an expression is written in full: 2025-01-01, not 2025"
    }
  }
}

extension ValueOutOfRange {
  /// What was computed and the limit it passed: "9223372036854775807 + 1 is more than …".
  public var reason: String {
    let limit =
      switch self.limit {
      case .aboveLargestNumber: "is more than \(Int.max)"
      case .belowSmallestNumber: "is less than \(Int.min)"
      case .afterLastDay: "is after \(Day.last)"
      case .beforeFirstDay: "is before \(Day.first)"
      case .longerThanLongestDuration: "is longer than \(Duration.amounts.upperBound) years"
      }
    return
      "\(ValueFormatter.scalar(left)) \(subtracting ? "-" : "+") \(ValueFormatter.scalar(right)) \(limit)"
  }

  /// The ranges, as a diagnostic's help.
  public static let limits = """
    numbers lie between \(Int.min) and \(Int.max), dates between \(Day.first) and \(Day.last), \
    durations within \(Duration.amounts.upperBound) years either way
    """
}
