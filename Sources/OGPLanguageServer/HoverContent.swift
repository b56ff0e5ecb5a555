import OGPDiagnostics
import OGPLanguage
import OGPRules

/// What hovering shows: the declaration a name names (its kind and id, then its doc comment,
/// header and main clauses as written, so it reads the same whether or not the program has
/// errors), or what a clause keyword means; and the explanation of each diagnostic found there.
enum HoverContent {
  /// The clauses shown below a declaration's header: when it runs, who leads it, what it aims at.
  private static let shownClauses: Set<String> = ["strategy", "period", "lead", "aim", "status"]
  /// Bounds on what is quoted from the source: doc comment lines, lines of a clause, bytes of a line.
  private static let docLines = 12
  private static let clauseLines = 6
  private static let lineBytes = 600
  /// The most diagnostics explained, the first at the place in display order.
  private static let explainedCodes = 5

  static func hover(at position: Position, in analysis: DocumentAnalysis) -> Hover? {
    let offset = analysis.offset(of: position)
    let file = analysis.file.id
    func covers(_ span: SourceSpan) -> Bool {
      span.file == file && span.start <= offset && offset <= span.end
    }
    var sections: [String] = []
    var place: SourceSpan?
    if let name = analysis.name(at: offset), let declaration = analysis.compilation.index.declaration(name.id)
    {
      sections.append(describe(declaration, in: analysis))
      place = name.span
    } else if let (clause, spec) = clause(at: offset, in: analysis, covers: covers) {
      sections.append("**\(spec.keyword)**: \(spec.summary)")
      place = clause.keywordSpan
    }
    var codes: [String] = []
    for diagnostic in analysis.diagnostics where covers(diagnostic.primary.span) {
      guard codes.count < explainedCodes else { break }
      if codes.contains(diagnostic.code) { continue }
      codes.append(diagnostic.code)
      place = place ?? diagnostic.primary.span
    }
    sections += codes.compactMap { explanation(of: $0, in: analysis) }
    guard let place, !sections.isEmpty else { return nil }
    return Hover(
      contents: .init(kind: "markdown", value: sections.joined(separator: "\n\n---\n\n")),
      range: analysis.location(place).range)
  }

  /// `**commitment** `plan.c01``, then the declaration as written: its doc comment, its header
  /// line and the clauses of `shownClauses`.
  private static func describe(_ declaration: SourceIndex.DeclarationEntry, in analysis: DocumentAnalysis)
    -> String
  {
    let index = analysis.compilation.index
    let bytes = analysis.compilation.sources[declaration.span.file].bytes
    let start = declaration.keywordSpan.start
    var lines = documentation(before: start, in: bytes)
    var header = text(bytes, start, lineEnd(after: start, in: bytes))
    // The block the header opens is shown only by the clauses below it.
    if header.hasSuffix("{") { header = String(header.dropLast()).trimmingTrailingSpaces() }
    lines.append(header)
    for clause in index.clauses(of: declaration) where shownClauses.contains(clause.keyword) {
      let written = text(bytes, clause.keywordSpan.start, clause.valueSpan.end)
      lines += written.split(separator: "\n", omittingEmptySubsequences: false).prefix(clauseLines)
        .enumerated()
        .map { $0 == 0 ? "  " + $1 : String($1) }
    }
    // An id is made of names and dots, so no backtick ends the code span early.
    return "**\(declaration.kind.name)** `\(declaration.id)`\n\n"
      + Markdown.codeBlock(lines, language: "ogp")
  }

  /// The `///` lines right above `offset`'s line, as written.
  private static func documentation(before offset: Int, in bytes: [UInt8]) -> [String] {
    var lines: [String] = []
    var lineStart = offset
    while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
    while lines.count < docLines, lineStart > 0 {
      let previousEnd = lineStart - 1
      var previousStart = previousEnd
      while previousStart > 0, bytes[previousStart - 1] != UInt8(ascii: "\n") { previousStart -= 1 }
      let line = text(bytes, previousStart, previousEnd).drop { $0 == " " || $0 == "\t" }
      guard line.hasPrefix("///"), !line.hasPrefix("////") else { break }
      lines.insert(String(line), at: 0)
      lineStart = previousStart
    }
    return lines
  }

  private static func lineEnd(after offset: Int, in bytes: [UInt8]) -> Int {
    var end = offset
    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
    return end
  }

  /// The source between two offsets, at most `lineBytes` of it per line, without `\r`.
  private static func text(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
    let start = min(max(0, start), bytes.count)
    var lines: [String] = []
    var lineStart = start
    let end = min(max(start, end), bytes.count)
    while lineStart <= end {
      var lineEnd = lineStart
      while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      var line = String(decoding: bytes[lineStart..<min(lineEnd, lineStart + lineBytes)], as: UTF8.self)
      if line.hasSuffix("\r") { line.removeLast() }
      lines.append(line)
      lineStart = lineEnd + 1
    }
    return lines.joined(separator: "\n")
  }

  /// The clause whose keyword is at the offset, in the innermost declaration around it, and
  /// what the language says of it.
  private static func clause(
    at offset: Int, in analysis: DocumentAnalysis, covers: (SourceSpan) -> Bool
  ) -> (SourceIndex.ClauseEntry, ClauseSpec)? {
    let index = analysis.compilation.index
    // Parents come before their children, so the innermost declaration around it is the last.
    guard
      let declaration = index.declarations.last(where: {
        $0.span.file == analysis.file.id && $0.span.start <= offset && offset < $0.span.end
      })
    else { return nil }
    for clause in index.clauses(of: declaration) {
      if covers(clause.keywordSpan) {
        return ClauseTable.clauses(of: declaration.kind).first { $0.keyword == clause.keyword }.map {
          (clause, $0)
        }
      }
      for inner in index.clauses(in: clause) where covers(inner.keywordSpan) {
        return ClauseTable.blockClauses[clause.keyword]?.first { $0.keyword == inner.keyword }.map {
          (inner, $0)
        }
      }
    }
    return nil
  }

  /// A code's explanation: the catalogue's for the checker's codes, the rule's description for
  /// a lint rule, a member rule's title and doc comment (text from a file, so escaped).
  private static func explanation(of code: String, in analysis: DocumentAnalysis) -> String? {
    if let known = DiagnosticCode(rawValue: code) {
      let explanation = DiagnosticCatalogue.explanation(for: known)
      return "**\(code)** \(explanation.title)\n\n\(explanation.explanation)"
    }
    if let rule = RuleRegistry.descriptions.first(where: { $0.code == code }) {
      return "**\(code)** \(rule.summary)\n\n\(rule.rationale)"
    }
    guard let rule = analysis.compilation.rules.first(where: { $0.code == code }) else { return nil }
    let doc = rule.doc.map { "\n\n" + Markdown.escaped($0, limit: 600) } ?? ""
    return "**\(Markdown.escaped(code))** \(Markdown.escaped(rule.title))" + doc
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var trimmed = self
    while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
    return trimmed
  }
}
