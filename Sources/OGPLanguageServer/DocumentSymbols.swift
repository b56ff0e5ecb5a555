import OGPLanguage

/// The outline of a document: its declarations, each with the ones written inside it (a plan ›
/// its commitments › their milestones).
enum DocumentSymbols {
  static func symbols(of analysis: DocumentAnalysis) -> [DocumentSymbol] {
    let declarations = analysis.compilation.index.declarations
    // Parents come before their children: one pass finds each one's children, in source order.
    var roots: [Int] = []
    var children: [Int: [Int]] = [:]
    for (position, declaration) in declarations.enumerated() where declaration.span.file == analysis.file.id {
      if let parent = declaration.parent, declarations[parent].span.file == analysis.file.id {
        children[parent, default: []].append(position)
      } else {
        roots.append(position)
      }
    }
    // Declarations nest a few levels deep (plan › commitment › milestone), so recursion is shallow.
    func symbol(_ position: Int) -> DocumentSymbol {
      let declaration = declarations[position]
      return DocumentSymbol(
        name: analysis.file.text(of: declaration.nameSpan), detail: declaration.kind.name,
        kind: declaration.kind.symbolKind, range: analysis.location(declaration.span).range,
        selectionRange: analysis.location(declaration.nameSpan).range,
        children: children[position].map { $0.map(symbol) })
    }
    return roots.map(symbol)
  }
}

extension DeclarationKind {
  /// LSP's `SymbolKind` for the declaration: what an editor's outline shows beside it.
  var symbolKind: Int {
    switch self {
    case .strategy: 3  // Namespace
    case .standards: 4  // Package
    case .plan: 2  // Module
    case .objective: 5  // Class
    case .priority: 6  // Method
    case .change: 7  // Property
    case .standard: 11  // Interface
    case .actor: 14  // Constant
    case .forum: 19  // Object
    case .commitment: 23  // Struct
    case .milestone: 24  // Event
    }
  }
}
