import OGPDiagnostics
import OGPLanguage

/// Turns anchors (qualified ids and clause keywords) into source spans, through the source index.
struct SourceLocator {
  let index: SourceIndex

  /// Where a finding about `anchor` belongs, or nil if the element is not in the source.
  func span(of anchor: Anchor) -> SourceSpan? {
    guard let declaration = index.declaration(anchor.element) else { return nil }
    guard let clausePath = anchor.clause else { return declaration.nameSpan }
    // Descend as far as the path is written: a missing inner clause falls back to its block's
    // keyword (`cocreation`), a missing outer one to the declaration's name.
    var clauses = index.clauses(of: declaration)
    var clause: SourceIndex.ClauseEntry?
    // A segment `assessment[1]` names the second of a repeatable block.
    for segment in clausePath.split(separator: ".") {
      let (keyword, position) = Self.keywordAndPosition(segment)
      let matching = clauses.lazy.filter { $0.keyword == keyword }.dropFirst(position)
      guard let inner = matching.first else {
        return clause?.keywordSpan ?? declaration.nameSpan
      }
      clause = inner
      clauses = index.clauses(in: inner)
    }
    guard let clause else { return declaration.nameSpan }
    if let item = anchor.item, let span = index.item(item, of: clause) { return span }
    return clause.valueSpan
  }

  /// `assessment[1]` → ("assessment", 1); a plain keyword is the first of its clauses.
  private static func keywordAndPosition(_ segment: Substring) -> (Substring, Int) {
    guard segment.last == "]", let open = segment.firstIndex(of: "["),
      let position = Int(segment[segment.index(after: open)..<segment.index(before: segment.endIndex)])
    else { return (segment, 0) }
    return (segment[..<open], max(position, 0))
  }

  /// The spans of the declarations in `file`, by the offset of their keyword: what `ogp:disable`
  /// covers. Built only for a file that has such a directive.
  func declarationSpans(in file: SourceFileID) -> [Int: SourceSpan] {
    var spans: [Int: SourceSpan] = [:]
    for declaration in index.declarations where declaration.span.file == file {
      spans[declaration.keywordSpan.start] = declaration.span
    }
    return spans
  }
}
