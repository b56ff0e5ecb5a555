import OGPDiagnostics
import OGPLanguage

/// Turns anchors (qualified ids and clause keywords) into source spans, from the syntax trees.
struct SourceLocator {
  private var declarations: [String: Declaration] = [:]
  /// Every declaration's span by the offset of its keyword, per file: what `ogp:disable` covers.
  private var declarationsByKeyword: [SourceFileID: [Int: SourceSpan]] = [:]

  init(files: [ParseResult]) {
    for file in files {
      for declaration in file.syntax.declarations {
        index(declaration, parentID: nil)
      }
    }
  }

  /// Qualified ids as the checker builds them: dotted names, and `.forum` for a plan's forum.
  private mutating func index(_ declaration: Declaration, parentID: String?) {
    declarationsByKeyword[declaration.span.file, default: [:]][declaration.keywordSpan.start] =
      declaration.span
    let local = declaration.kind == .forum ? "forum" : declaration.name?.name
    guard let local else { return }
    let id = parentID.map { "\($0).\(local)" } ?? local
    if declarations[id] == nil { declarations[id] = declaration }
    for child in declaration.body?.declarations ?? [] {
      index(child, parentID: id)
    }
  }

  /// Where a finding about `anchor` belongs, or nil if the element is not in the source.
  func span(of anchor: Anchor) -> SourceSpan? {
    guard let declaration = declarations[anchor.element] else { return nil }
    let nameSpan = declaration.name?.span ?? declaration.title?.span ?? declaration.keywordSpan
    guard let clausePath = anchor.clause else { return nameSpan }
    // Descend as far as the path is written: a missing inner clause falls back to its block's
    // keyword (`cocreation`), a missing outer one to the declaration's name.
    var block = declaration.body
    var clause: Clause?
    for keyword in clausePath.split(separator: ".") {
      guard let inner = block?.clauses.first(where: { $0.keyword.name == keyword }) else {
        if let clause { return clause.keyword.span }
        return nameSpan
      }
      clause = inner
      block = inner.block
    }
    guard let clause else { return nameSpan }
    if let item = anchor.item, clause.groups.indices.contains(item) {
      return clause.groups[item].span
    }
    return clause.groups.isEmpty ? clause.keyword.span : clause.valueSpan
  }

  /// The spans of the declarations in `file`, by the offset of their keyword.
  func declarationSpans(in file: SourceFileID) -> [Int: SourceSpan] {
    declarationsByKeyword[file] ?? [:]
  }
}
