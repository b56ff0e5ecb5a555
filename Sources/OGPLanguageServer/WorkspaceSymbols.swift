import OGPLanguage
import OGPModel

/// `workspace/symbol`: the declarations of every program the server knows whose name holds the
/// query's characters in order, ignoring case (what editors' fuzzy pickers expect).
enum WorkspaceSymbols {
  /// The most symbols answered: a picker shows no more, and the query narrows them.
  static let limit = 1000

  static func symbols(matching query: String, in analyses: some Collection<DocumentAnalysis>)
    -> [SymbolInformation]
  {
    let wanted = Array(query.lowercased())
    var seen = Set<DeclarationPlace>()
    var symbols: [SymbolInformation] = []
    // In URI order, so that the answer does not depend on the order documents were opened.
    for analysis in analyses.sorted(by: { $0.document.uri < $1.document.uri }) {
      let declarations = analysis.compilation.index.declarations
      for declaration in declarations {
        guard symbols.count < limit else { return symbols }
        let name = String(declaration.id.localName)
        guard Self.holds(name.lowercased(), inOrder: wanted),
          seen.insert(
            DeclarationPlace(uri: analysis.uri(declaration.nameSpan.file), start: declaration.nameSpan.start)
          )
          .inserted
        else { continue }
        symbols.append(
          SymbolInformation(
            name: name, kind: declaration.kind.symbolKind, location: analysis.location(declaration.nameSpan),
            containerName: declaration.parent.map { declarations[$0].id }))
      }
    }
    return symbols
  }

  /// Whether `text` holds the characters of `wanted` in order, not necessarily together.
  private static func holds(_ text: String, inOrder wanted: [Character]) -> Bool {
    var next = wanted.startIndex
    for character in text where next < wanted.endIndex && character == wanted[next] { next += 1 }
    return next == wanted.endIndex
  }
}
