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
      return Self.failure(
        "error: the session has errors, so expressions cannot be evaluated (':check' shows them)")
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

  /// Whether an expression goes on at the next line: inside parentheses, in a `"""` string, or
  /// after an operator, as the parser reads it.
  static func expressionIsOpen(_ buffer: String) -> Bool {
    let file = SourceFile(id: SourceFileID(0), path: "", text: buffer)
    let (tokens, diagnostics) = Lexer.tokenize(file)
    if diagnostics.contains(where: { $0.code == DiagnosticCode.unterminatedMultilineString.rawValue }) {
      return true
    }
    var depth = 0
    for token in tokens {
      if token.kind == .leftParen { depth += 1 }
      if token.kind == .rightParen { depth -= 1 }
    }
    if depth > 0 { return true }
    guard let last = tokens.last(where: { $0.kind != .newline && $0.kind != .endOfFile }) else {
      return false
    }
    switch last.kind {
    case .equalEqual, .bangEqual, .less, .lessEqual, .greater, .greaterEqual, .plus, .minus: return true
    case .identifier:
      return ["where", "and", "or", "not", "in"].contains(file.text(of: last.span(in: file.id)))
    default: return false
    }
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
