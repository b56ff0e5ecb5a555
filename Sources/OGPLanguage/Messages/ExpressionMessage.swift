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
      case .operand(let word): ExpressionText.roleOperand(word: word)
      case .condition(let word): ExpressionText.roleCondition(word: word)
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
        .invalidDate, ExpressionText.invalidDateMessage(text: text), at: span,
        label: ExpressionText.invalidDateLabel, help: ExpressionText.invalidDateHelp)
    case .durationTooLong(let unit):
      .error(
        .valueOutOfRange,
        ExpressionText.durationTooLongMessage(limit: String(Duration.amounts.upperBound), unit: unit),
        at: span,
        label: ExpressionText.durationTooLongLabel,
        help: ExpressionText.durationTooLongHelp(limit: String(Duration.amounts.upperBound)))
    case .filterNeedsList(let type):
      .error(
        .typeMismatch, ExpressionText.filterNeedsListMessage(type: type.withArticle), at: span,
        label: ExpressionText.filterNeedsListLabel, help: ExpressionText.filterNeedsListHelp)
    case .noFields(let type, let field):
      .error(
        .typeMismatch,
        Self.capitalisingFirst(ExpressionText.noFieldsMessage(type: type.withArticle, field: field)),
        at: span, label: ExpressionText.noFieldsLabel, help: ExpressionText.noFieldsHelp)
    case .unknownField(let field, let kind, let suggestions):
      .error(
        .unknownNameInExpression,
        ExpressionText.unknownFieldMessage(kind: kind.names.withArticle, field: field),
        at: span, label: ExpressionText.unknownFieldLabel,
        help: Suggestions.didYouMean(suggestions)
          ?? ExpressionText.unknownFieldHelp(fields: kind.fields.keys.sorted().joined(separator: ", ")))
    case .unknownName(let word, let suggestions):
      .error(
        .unknownNameInExpression, ExpressionText.unknownNameMessage(word: word), at: span,
        label: ExpressionText.unknownNameLabel,
        help: Suggestions.didYouMean(suggestions) ?? ExpressionText.unknownNameHelp)
    case .wrongType(let role, let expected, let actual):
      .error(
        .typeMismatch,
        ExpressionText.wrongTypeMessage(
          role: role.description, expected: expected.withArticle, actual: actual.withArticle),
        at: span, label: actual.description, help: ExpressionText.wrongTypeHelp)
    case .inNeedsList(let operation, let right):
      .error(
        .typeMismatch,
        ExpressionText.inNeedsListMessage(operator: operation.rawValue, type: right.withArticle),
        at: span, label: ExpressionText.inNeedsListLabel, help: ExpressionText.inNeedsListHelp)
    case .cannotOrder(let operation, let type):
      .error(
        .typeMismatch,
        ExpressionText.cannotOrderMessage(operator: operation.rawValue, type: type.description),
        at: span, label: ExpressionText.cannotOrderLabel, help: ExpressionText.cannotOrderHelp)
    case .cannotCombine(let operation, let left, let right):
      .error(
        .typeMismatch,
        operation == .plus
          ? ExpressionText.cannotCombineAdd(right: right.withArticle, left: left.withArticle)
          : ExpressionText.cannotCombineSubtract(right: right.withArticle, left: left.withArticle),
        at: span, label: "\(left) \(operation.rawValue) \(right)", help: ExpressionText.cannotCombineHelp)
    case .cannotCompare(let operation, let left, let right, let hint):
      .error(
        .typeMismatch,
        ExpressionText.cannotCompareMessage(
          operator: operation.rawValue, left: left.withArticle, right: right.withArticle),
        at: span, label: ExpressionText.cannotCompareLabel(left: left.description, right: right.description),
        help: hint.help)
    case .notInEnumeration(let word, let domain, let suggestions):
      .error(
        .notInEnumeration, ExpressionText.notInEnumerationMessage(word: word, domain: domain.withArticle),
        at: span, label: ExpressionText.notInEnumerationLabel(domain: domain.withArticle),
        help: Self.didYouMean(suggestions, then: "(\(domain.name): \(domain.values.joined(separator: ", ")))")
      )
    case .unknownFunction(let name, let suggestions, let functions):
      .error(
        .unknownFunction, ExpressionText.unknownFunctionMessage(name: name), at: span,
        label: ExpressionText.unknownFunctionLabel,
        help: Self.didYouMean(
          suggestions, then: ExpressionText.unknownFunctionHelp(functions: functions.joined(separator: ", ")))
      )
    case .wrongArgumentCount(let function, let counts, let given, let usage):
      .error(
        .unknownFunction,
        counts.lowerBound == counts.upperBound
          ? ExpressionText.wrongArgumentCountMessage(
            function: function, count: counts.upperBound, given: String(given))
          : ExpressionText.wrongArgumentCountRange(
            function: function, lower: String(counts.lowerBound), upper: String(counts.upperBound),
            given: String(given)),
        at: span, label: ExpressionText.wrongArgumentCountLabel, help: usage)
    case .functionNeedsList(let function, let type, let usage):
      .error(
        .typeMismatch, ExpressionText.functionNeedsListMessage(function: function, type: type.withArticle),
        at: span, label: ExpressionText.functionNeedsListLabel, help: usage)
    case .functionNeedsOrderedList(let function, let element, let usage):
      .error(
        .typeMismatch,
        ExpressionText.functionNeedsOrderedListMessage(function: function, elements: element.plural),
        at: span, label: ExpressionType.list(element).description, help: usage)
    case .outOfRange(let error):
      .error(
        .expressionOutOfRange, ExpressionText.outOfRangeMessage(reason: error.reason), at: span,
        label: ExpressionText.outOfRangeLabel, help: ValueOutOfRange.limits)
    }
  }

  /// "did you mean 'a'? " before `text`, when there is anything to suggest.
  private static func didYouMean(_ suggestions: [String], then text: String) -> String {
    (Suggestions.didYouMean(suggestions).map { $0 + " " } ?? "") + text
  }

  /// A message that starts with a noun phrase, as a sentence starts.
  private static func capitalisingFirst(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}

extension ExpressionMessage.ComparisonHint {
  var help: String {
    switch self {
    case .sameKind: ExpressionText.cannotCompareSameKind
    case .membership(let element, let list):
      ExpressionText.cannotCompareMembership(element: element, list: list)
    case .yearForDate: ExpressionText.cannotCompareYearForDate
    }
  }
}

extension ValueOutOfRange {
  /// What was computed and the limit it passed: "9223372036854775807 + 1 is more than …".
  public var reason: String {
    let operation =
      "\(ValueFormatter.scalar(left)) \(subtracting ? "-" : "+") \(ValueFormatter.scalar(right))"
    return switch self.limit {
    case .aboveLargestNumber:
      ExpressionText.outOfRangeAboveLargestNumber(operation: operation, limit: String(Int.max))
    case .belowSmallestNumber:
      ExpressionText.outOfRangeBelowSmallestNumber(operation: operation, limit: String(Int.min))
    case .afterLastDay:
      ExpressionText.outOfRangeAfterLastDay(operation: operation, limit: Day.last.description)
    case .beforeFirstDay:
      ExpressionText.outOfRangeBeforeFirstDay(operation: operation, limit: Day.first.description)
    case .longerThanLongestDuration:
      ExpressionText.outOfRangeLongerThanLongestDuration(
        operation: operation, limit: String(Duration.amounts.upperBound))
    }
  }

  /// The ranges, as a diagnostic's help.
  public static var limits: String {
    ExpressionText.outOfRangeLimits(
      smallest: String(Int.min), largest: String(Int.max), first: Day.first.description,
      last: Day.last.description, years: String(Duration.amounts.upperBound))
  }
}
