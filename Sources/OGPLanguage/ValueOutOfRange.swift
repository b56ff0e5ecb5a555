import OGPDiagnostics
import OGPModel

/// Why an expression has no value: a number, date or duration it computes is out of range.
///
/// Expressions compute with values from input, so `+` and `-` are checked: a result out of range
/// is reported (E0313) by whoever runs the expression, never a trap. Its wording (`reason`) is
/// in `ExpressionMessage`.
public struct ValueOutOfRange: Error, Sendable, Equatable {
  /// Which limit a result passed.
  enum Limit: Sendable, Equatable {
    case aboveLargestNumber, belowSmallestNumber, afterLastDay, beforeFirstDay, longerThanLongestDuration
  }

  /// The operands of the `+` or `-` that passed `limit`.
  let left: RuntimeValue
  let right: RuntimeValue
  let subtracting: Bool
  let limit: Limit

  /// The error at `span`, the expression whose value could not be computed.
  public func diagnostic(at span: SourceSpan) -> Diagnostic {
    ExpressionMessage.outOfRange(self).diagnostic(at: span)
  }
}
