import OGPDiagnostics
import OGPLanguage
import OGPModel

/// Expressions at the prompt: `count(commitments where status == complete)` is answered with its
/// value, and changes nothing.
extension ReplSession {
  /// Whether an input is declarations rather than an expression: it starts with a reserved word
  /// (`actor`, `commitment`, `use` …), or holds nothing but comments.
  static func isDeclaration(_ input: String) -> Bool {
    let (tokens, _) = Lexer.tokenize(SourceFile(id: SourceFileID(0), path: "", text: input))
    let first = tokens.first { $0.kind != .newline && $0.kind != .docComment }
    return first.map { $0.kind == .endOfFile || $0.kind.isKeyword } ?? true
  }

  func expression(_ input: String, line: Int) -> ReplResponse {
    guard let program = current.program else {
      return Self.failure(ReplText.expressionSessionHasErrors)
    }
    do {
      let query = try Query.compile(input, name: inputName, firstLine: line, program: program).get()
      return ReplResponse(
        output: ValueFormatter.text(try query.evaluate(on: program, asOf: asOf), type: query.type))
    } catch {
      return refusal(error)
    }
  }

  func refusal(_ failure: Query.Failure) -> ReplResponse {
    ReplResponse(
      diagnostics: failure.diagnostics,
      rendered: render(failure.diagnostics, in: failure.sources),
      isError: true)
  }

  /// `commitments.` → `commitments.end`, `commitments.lead` …: the fields of what the text before
  /// the last dot is, when that is not a declared name (`SO3.` completes to its priorities).
  func fieldCompletions(for word: String) -> [String] {
    guard let program = current.program, let dot = word.lastIndex(of: ".") else { return [] }
    let base = String(word[..<dot])
    let partial = word[word.index(after: dot)...]
    guard resolve(base).isEmpty,
      case .success(let query) = Query.compile(base, name: inputName, program: program)
    else { return [] }
    switch query.type {
    case .element(let kind), .list(.element(let kind)):
      return kind.fields.keys.filter { $0.hasPrefix(partial) }.map { base + "." + $0 }
    default: return []
    }
  }
}
