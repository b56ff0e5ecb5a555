import OGPDiagnostics
import OGPLanguage

/// An `// ogp:disable-next-line CODE…` or `// ogp:disable CODE…` comment.
///
/// The first silences findings that start on the next line; the second, findings anywhere in the
/// declaration that follows it (header, clauses and nested declarations). Codes are separated by
/// spaces or commas; rule names are accepted too; text after ` -- ` is a reason, for readers.
struct Suppression {
  enum Scope {
    case nextLine(lineIndex: Int)
    case declaration(SourceSpan)
  }

  let span: SourceSpan
  let scope: Scope
  /// Rule codes, resolved from codes or names.
  let codes: Set<String>

  func covers(_ diagnostic: Diagnostic, in sources: SourceMap) -> Bool {
    guard codes.contains(diagnostic.code), diagnostic.span.file == span.file else { return false }
    switch scope {
    case .nextLine(let lineIndex):
      return sources[span.file].lineIndex(at: diagnostic.span.start) == lineIndex
    case .declaration(let declaration):
      return declaration.start <= diagnostic.span.start && diagnostic.span.start < declaration.end
    }
  }
}

/// A directive comment that could not be understood, reported as `LNT002`.
struct InvalidSuppression {
  let span: SourceSpan
  let message: String
  let label: String
  let help: String
}

/// Finds directive comments in the trivia between tokens: a `//` inside a string is never one.
struct SuppressionScanner {
  static let nextLinePrefix = "ogp:disable-next-line"
  static let declarationPrefix = "ogp:disable"

  /// Rule codes by code and by name.
  let knownCodes: [String: String]

  func scan(_ parse: ParseResult, source: SourceFile) -> (
    [Suppression], [InvalidSuppression]
  ) {
    var suppressions: [Suppression] = []
    var invalid: [InvalidSuppression] = []
    let bytes = source.bytes
    var gapStart = 0
    var declarationSpans: [Int: SourceSpan]?
    for (index, token) in parse.tokens.enumerated() {
      defer { gapStart = token.end }
      guard let commentStart = Self.commentStart(in: bytes, from: gapStart, to: Int(token.start)) else {
        continue
      }
      let span = SourceSpan(file: source.id, start: commentStart, end: Int(token.start))
      let text = String(decoding: bytes[(commentStart + 2)..<Int(token.start)], as: UTF8.self)
        .trimmingSpaces()
      let scope: Suppression.Scope
      let codeText: Substring
      if text.hasPrefix(Self.nextLinePrefix) {
        codeText = text.dropFirst(Self.nextLinePrefix.count)
        scope = .nextLine(lineIndex: source.lineIndex(at: commentStart) + 1)
      } else if text.hasPrefix(Self.declarationPrefix + " ") || text == Self.declarationPrefix {
        codeText = text.dropFirst(Self.declarationPrefix.count)
        let spans = declarationSpans ?? SourceLocator.declarationSpans(in: parse.syntax)
        declarationSpans = spans
        guard let declaration = Self.nextDeclaration(after: index, tokens: parse.tokens, spans: spans) else {
          invalid.append(
            InvalidSuppression(
              span: span, message: "'ogp:disable' is not followed by a declaration",
              label: "applies to nothing",
              help:
                "put it on the line before a plan, commitment or milestone, or use 'ogp:disable-next-line' for one line"
            ))
          continue
        }
        scope = .declaration(declaration)
      } else {
        if text.hasPrefix("ogp:disable") || text.hasPrefix("ogp:enable") {
          invalid.append(
            InvalidSuppression(
              span: span, message: "unknown directive '\(text.prefix { !$0.isWhitespace })'",
              label: "not a directive",
              help:
                "write 'ogp:disable-next-line CODE' for the next line, or 'ogp:disable CODE' before a declaration"
            ))
        }
        continue
      }
      let names =
        codeText.split(separator: " -- ", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let written = names.split { $0 == " " || $0 == "," || $0 == "\t" }.map(String.init)
      guard !written.isEmpty else {
        invalid.append(
          InvalidSuppression(
            span: span, message: "the directive names no rule", label: "which rule?",
            help: "name the codes to silence, e.g. '// ogp:disable-next-line OBJ001'"))
        continue
      }
      var codes = Set<String>()
      for name in written {
        if let code = knownCodes[name] ?? knownCodes[name.uppercased()] ?? knownCodes[name.lowercased()] {
          codes.insert(code)
        } else {
          let closest = Suggestions.closest(to: name, among: Array(Set(knownCodes.values)).sorted(), limit: 1)
          invalid.append(
            InvalidSuppression(
              span: span, message: "unknown rule '\(name)' in a suppression", label: "no such rule",
              help: closest.first.map { "did you mean \($0)? 'ogp rules' lists every rule" }
                ?? "'ogp rules' lists every rule"))
        }
      }
      if !codes.isEmpty { suppressions.append(Suppression(span: span, scope: scope, codes: codes)) }
    }
    return (suppressions, invalid)
  }

  /// The start of a `//` comment in the trivia `bytes[from..<to]`; `///` is a token, not trivia.
  private static func commentStart(in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
    var position = start
    while position + 1 < end {
      if bytes[position] == UInt8(ascii: "/") && bytes[position + 1] == UInt8(ascii: "/") { return position }
      position += 1
    }
    return nil
  }

  /// The declaration whose keyword is the first token after the comment, skipping newlines and
  /// doc comments.
  private static func nextDeclaration(after index: Int, tokens: [Token], spans: [Int: SourceSpan])
    -> SourceSpan?
  {
    var next = index
    while next < tokens.count, tokens[next].kind == .newline || tokens[next].kind == .docComment {
      next += 1
    }
    guard next < tokens.count else { return nil }
    return spans[Int(tokens[next].start)]
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
  }
}
