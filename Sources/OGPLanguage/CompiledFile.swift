import OGPDiagnostics

/// A file of a compilation: its syntax diagnostics and its `//` comments. Neither its tokens nor
/// its syntax tree are kept: for a 100 MB plan they outweigh the source, and once the file is
/// checked only the comments are read again (by the linter, for `ogp:disable` directives); the
/// source index says where everything else is.
public struct CompiledFile: Sendable {
  public let file: SourceFileID
  public let diagnostics: [Diagnostic]
  /// The `//` comments in source order; doc comments (`///`) are tokens, not among them.
  public let comments: [LineComment]

  init(_ parse: ParseResult, source: SourceFile) {
    file = parse.syntax.file
    diagnostics = parse.diagnostics
    comments = LineComment.all(in: parse, source: source)
  }
}

/// A `//` comment, from its slashes to the end of its line.
public struct LineComment: Sendable, Equatable {
  public let span: SourceSpan
  /// Where the first token after the comment starts, line breaks and doc comments skipped: the
  /// declaration an `ogp:disable` directive applies to starts there, if any does. Nil at the end.
  public let nextItemStart: Int?

  /// The comments in the gaps between tokens, which hold only spaces, line breaks and comments.
  static func all(in parse: ParseResult, source: SourceFile) -> [LineComment] {
    let bytes = source.bytes
    let tokens = parse.tokens
    // For each token, where the first item at or after it starts: found from the end in one
    // pass, since a run of comment lines is a run of line breaks that every comment in it would
    // otherwise walk to its end.
    var itemStarts = [Int?](repeating: nil, count: tokens.count + 1)
    for index in tokens.indices.reversed() {
      switch tokens[index].kind {
      case .newline, .docComment: itemStarts[index] = itemStarts[index + 1]
      case .endOfFile: itemStarts[index] = nil
      default: itemStarts[index] = Int(tokens[index].start)
      }
    }
    var comments: [LineComment] = []
    var gapStart = 0
    for (index, token) in tokens.enumerated() {
      defer { gapStart = token.end }
      guard let start = commentStart(in: bytes, from: gapStart, to: Int(token.start)) else { continue }
      comments.append(
        LineComment(
          span: SourceSpan(file: source.id, start: start, end: Int(token.start)),
          nextItemStart: itemStarts[index]))
    }
    return comments
  }

  /// The start of a `//` comment in the gap `bytes[start..<end]` between two tokens (the
  /// formatter finds its comments with it too).
  static func commentStart(in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
    var position = start
    while position + 1 < end {
      if bytes[position] == UInt8(ascii: "/") && bytes[position + 1] == UInt8(ascii: "/") { return position }
      position += 1
    }
    return nil
  }
}
