import OGPDiagnostics
import OGPModel

/// `ogp fmt`: one canonical layout for `.ogp` files, keeping every comment.
///
/// The layout: two spaces per block level; one clause per line, the values of consecutive
/// clauses aligned one space after the longest keyword of the run; consecutive one-line
/// declarations (actors, priorities, changes) aligned in columns; a line break after a comma kept
/// and the continuation aligned with the first value; blank lines kept but never more than one,
/// none at the start or end of a block, and always one between multi-line top-level
/// declarations; a block written on one line with only clauses stays `{ a; b }`; trailing
/// comments two spaces after the code; one newline at the end of the file.
///
/// The result is checked before it is returned: it must parse without errors into the same
/// tokens (multi-line strings compared by value) with the same comments, so a formatter bug can
/// never change what a file means or lose a comment.
public enum SourceFormatter {
  public enum Failure: Error, Sendable {
    /// The file does not parse; it is not formatted.
    case syntaxErrors([Diagnostic])
    /// The formatted text would not mean the same as the input: a bug, reported rather than
    /// written.
    case meaningChanged(String)
  }

  /// The file in canonical layout.
  public static func format(_ source: SourceFile) -> Result<String, Failure> {
    let parse = Parser.parse(source)
    let errors = parse.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else { return .failure(.syntaxErrors(errors)) }
    var printer = LayoutPrinter(parse: parse, source: source)
    let text = printer.print()
    let formatted = SourceFile(id: source.id, path: source.path, text: text)
    let reparsed = Parser.parse(formatted)
    if let error = reparsed.diagnostics.first(where: { $0.severity == .error }) {
      return .failure(.meaningChanged("the formatted text does not parse: \(error.message)"))
    }
    if let difference = Signature(parse, source).difference(from: Signature(reparsed, formatted)) {
      return .failure(.meaningChanged(difference))
    }
    return .success(text)
  }
}

/// What formatting must not change: the tokens that carry meaning, and the comments.
private struct Signature {
  var tokens: [String] = []
  var comments: [String] = []

  init(_ parse: ParseResult, _ source: SourceFile) {
    for token in parse.tokens {
      switch token.kind {
      case .newline, .semicolon, .endOfFile: continue
      case .multilineString:
        tokens.append("\"\"\"" + StringLiteralDecoder.decode(token, in: source).value)
      case .docComment:
        tokens.append(source.text(of: token.span(in: source.id)).trimmingTrailingSpaces())
      default:
        tokens.append(source.text(of: token.span(in: source.id)))
      }
    }
    comments = Trivia.scan(parse, source).filter { !$0.isDoc }.map(\.text)
  }

  func difference(from other: Signature) -> String? {
    if let index = zip(tokens, other.tokens).enumerated().first(where: { $0.element.0 != $0.element.1 })?
      .offset
    {
      return "token \(index + 1) would change from \(tokens[index]) to \(other.tokens[index])"
    }
    if tokens.count != other.tokens.count {
      return "the number of tokens would change from \(tokens.count) to \(other.tokens.count)"
    }
    if comments != other.comments { return "a comment would be lost or moved out of order" }
    return nil
  }
}

/// A comment or a doc comment, and whether code precedes it on its line.
struct Trivia {
  let start: Int
  let end: Int
  /// Without trailing spaces or a carriage return.
  let text: String
  let isDoc: Bool
  /// True when the comment follows code on the same line (`lead finance  // note`).
  let isTrailing: Bool

  /// Every comment of a file in source order: `//` comments from the gaps between tokens, doc
  /// comments from their tokens.
  static func scan(_ parse: ParseResult, _ source: SourceFile) -> [Trivia] {
    let bytes = source.bytes
    var result: [Trivia] = []
    var gapStart = 0
    for token in parse.tokens {
      if let start = LineComment.commentStart(in: bytes, from: gapStart, to: Int(token.start)) {
        result.append(make(start: start, end: Int(token.start), isDoc: false, bytes: bytes))
      }
      if token.kind == .docComment {
        result.append(make(start: Int(token.start), end: token.end, isDoc: true, bytes: bytes))
      }
      gapStart = token.end
    }
    return result
  }

  private static func make(start: Int, end: Int, isDoc: Bool, bytes: [UInt8]) -> Trivia {
    var lineStart = start
    while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
    let isTrailing = bytes[lineStart..<start].contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
    let text = String(decoding: bytes[start..<end], as: UTF8.self).trimmingTrailingSpaces()
    return Trivia(start: start, end: end, text: text, isDoc: isDoc, isTrailing: isTrailing)
  }
}
