import OGPDiagnostics
import OGPLanguage
import OGPModel

/// An expression over a program, from `ogp query` or the REPL's prompt: parsed as a source file
/// of its own, so that its diagnostics show its text with carets, then typed against the program.
public struct Query: Sendable {
  public let typed: TypedExpression
  public let type: ExpressionType
  /// The expression's text and where it is, for an error found when it runs.
  let sources: SourceMap
  let span: SourceSpan

  /// Why a query cannot run: its diagnostics, and the sources they point into.
  public struct Failure: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public let sources: SourceMap
  }

  /// Parses and types `text`, shown as the file `name`. `firstLine` is the line the text starts
  /// on, so that the diagnostics of a script's query name the script's own lines.
  public static func compile(_ text: String, name: String, firstLine: Int = 1, program: Program) -> Result<
    Query, Failure
  > {
    let sources = SourceMap()
    let file = sources.add(path: name, bytes: Array(text.utf8), firstLine: firstLine)
    let (parsed, diagnostics, _) = Parser.parseExpression(file)
    let errors = diagnostics.filter { $0.severity == .error }
    guard let expression = parsed, errors.isEmpty else {
      return .failure(Failure(diagnostics: errors, sources: sources))
    }
    switch ExpressionChecker(program: program).check(expression) {
    case .failure(let failure):
      return .failure(Failure(diagnostics: [failure.diagnostic], sources: sources))
    case .success(let (typed, type)):
      return .success(Query(typed: typed, type: type, sources: sources, span: expression.span))
    }
  }

  /// The query's value on `program`, with `as_of` standing for `asOf`; fails (E0313) when it
  /// computes a value out of range.
  public func evaluate(on program: Program, asOf: Day) throws(Failure) -> RuntimeValue {
    do {
      return try ExpressionEvaluator(program: program, asOf: asOf).evaluate(typed)
    } catch {
      throw Failure(diagnostics: [error.diagnostic(at: span)], sources: sources)
    }
  }
}
