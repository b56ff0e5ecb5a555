import OGPDiagnostics
import OGPModel

/// Why an expression has no value: a number, date or duration it computes is out of range.
///
/// Expressions compute with values from input, so `+` and `-` are checked: a result out of range
/// is reported (E0313) by whoever runs the expression, never a trap.
public struct ValueOutOfRange: Error, Sendable, Equatable {
  /// What was computed and the limit it passed: "9223372036854775807 + 1 is more than …".
  public let reason: String

  /// The error at `span`, the expression whose value could not be computed.
  public func diagnostic(at span: SourceSpan) -> Diagnostic {
    .error(
      .expressionOutOfRange, "this expression's value is out of range: \(reason)", at: span,
      label: "out of range", help: ValueOutOfRange.limits)
  }

  /// The ranges, as a diagnostic's help.
  public static let limits = """
    numbers lie between \(Int.min) and \(Int.max), dates between \(Day.first) and \(Day.last), \
    durations within \(Duration.amounts.upperBound) years either way
    """
}
