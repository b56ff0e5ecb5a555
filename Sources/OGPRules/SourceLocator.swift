import OGPDiagnostics
import OGPLanguage

/// Turns anchors (qualified ids and clause keywords) into source spans, from the syntax trees.
struct SourceLocator {
  private let declarations: [String: Declaration]

  /// Indexes the syntax of every checked declaration by the qualified id the checker gave it,
  /// the id anchors name.
  init(program: CheckedProgram) {
    func count(_ declaration: CheckedDeclaration) -> Int {
      declaration.children.reduce(1) { $0 + count($1) }
    }
    // Sized once: growing a table of 400,000 ids rehashed it a dozen times.
    var declarations: [String: Declaration] = [:]
    declarations.reserveCapacity(program.declarations.reduce(0) { $0 + count($1) })
    func index(_ declaration: CheckedDeclaration) {
      declarations[declaration.id] = declaration.syntax
      declaration.children.forEach(index)
    }
    program.declarations.forEach(index)
    self.declarations = declarations
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

  /// The spans of the declarations in `file`, by the offset of their keyword: what `ogp:disable`
  /// covers. Built only for a file that has such a directive.
  static func declarationSpans(in file: SourceFileSyntax) -> [Int: SourceSpan] {
    var spans: [Int: SourceSpan] = [:]
    func visit(_ declaration: Declaration) {
      spans[declaration.keywordSpan.start] = declaration.span
      declaration.body?.declarations.forEach(visit)
    }
    file.declarations.forEach(visit)
    return spans
  }
}
