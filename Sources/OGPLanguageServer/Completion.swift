import OGPDiagnostics
import OGPLanguage
import OGPModel

/// What may be typed at a place in a document: what `CompletionSite` finds from the text (which
/// may not parse while it is typed), with names from the document's last analysis and `use` paths
/// from the folder the path names, inside the project root.
struct Completion {
  let analysis: DocumentAnalysis
  /// The folder relative `use` paths start from.
  let folder: String
  let root: ProjectRoot
  let provider: any SourceProvider
  /// The most items answered; a longer list keeps the ones that start with what is typed.
  let limit: Int

  func list(at position: Position) -> CompletionList {
    let file = analysis.file
    let cursor = analysis.offset(of: position)
    let site = CompletionSite.at(cursor, in: file)
    let range = analysis.converter(file.id).range(site.replaced.lowerBound, site.replaced.upperBound)
    let typed = String(
      decoding: file.bytes[
        site.replaced.lowerBound..<max(site.replaced.lowerBound, min(cursor, site.replaced.upperBound))],
      as: UTF8.self)
    let candidates: [Candidate]
    switch site.expectation {
    case .words(let words):
      candidates = words.map { word in
        word.role == .value
          ? Candidate(label: word.text, kind: 20, detail: word.detail, documentation: nil)
          : Candidate(
            label: word.text, kind: word.role.itemKind, detail: word.role.name, documentation: word.detail)
      }
    case .names(let kind):
      candidates = names(kind)
    case .files(let directory):
      // Entries past the limit are not looked at: each costs a resolution of links.
      candidates = SourcePathCompletion.candidates(
        in: directory, startingWith: typed, relativeTo: folder, root: root, provider: provider,
        limit: limit + 1
      ).map { entry in
        Candidate(
          label: entry.isFolder ? entry.name + "/" : entry.name, kind: entry.isFolder ? 19 : 17,
          detail: entry.isFolder ? ServerText.completionFolder : ServerText.completionFile, documentation: nil
        )
      }
    case .nothing:
      candidates = []
    }
    var kept = candidates
    if kept.count > limit { kept = kept.filter { $0.label.hasPrefix(typed) } }
    let isIncomplete = kept.count > limit
    let items = kept.prefix(limit).enumerated().map { position, candidate in
      CompletionItem(
        label: candidate.label, kind: candidate.kind, detail: candidate.detail,
        documentation: candidate.documentation,
        // The order given is the language's (a declaration's clauses as the grammar lists them).
        sortText: String(position + 10000), textEdit: LSPTextEdit(range: range, newText: candidate.label))
    }
    return CompletionList(isIncomplete: isIncomplete, items: items)
  }

  private struct Candidate {
    let label: String
    /// LSP's `CompletionItemKind`.
    let kind: Int
    let detail: String
    let documentation: String?
  }

  /// The declarations a reference may name, each once, by name.
  private func names(_ kind: CompletionSite.NameKind) -> [Candidate] {
    let declarations = analysis.compilation.index.declarations
    var seen: Set<String> = []
    var candidates: [Candidate] = []
    func add(_ declaration: SourceIndex.DeclarationEntry, itemKind: Int) {
      let name = String(declaration.id.localName)
      guard seen.insert(name).inserted else { return }
      let detail =
        declaration.parent.map {
          ServerText.completionOfParent(kind: declaration.kind.name, parent: declarations[$0].id)
        }
        ?? declaration.kind.name
      candidates.append(Candidate(label: name, kind: itemKind, detail: detail, documentation: nil))
    }
    // An objective of the plan's strategy, or of any strategy when the text names none.
    func isOfStrategy(_ position: Int?, _ strategy: String?) -> Bool {
      guard let position else { return false }
      return strategy.map { declarations[position].id == $0 } ?? (declarations[position].kind == .strategy)
    }
    for declaration in declarations {
      switch (kind, declaration.kind) {
      case (.actors, .actor): add(declaration, itemKind: 21)
      case (.strategies, .strategy): add(declaration, itemKind: 9)
      case (.standards, .standards): add(declaration, itemKind: 9)
      case (.objectives(let strategy), .objective) where isOfStrategy(declaration.parent, strategy):
        add(declaration, itemKind: 7)
      case (.priorities(let objective, let strategy), .priority):
        guard let parent = declaration.parent, declarations[parent].id.localName == objective,
          isOfStrategy(declarations[parent].parent, strategy)
        else { continue }
        add(declaration, itemKind: 2)
      default: continue
      }
    }
    return candidates.sorted { $0.label < $1.label }
  }
}

extension CompletionWord.Role {
  /// LSP's `CompletionItemKind`: keyword, property, enum member.
  fileprivate var itemKind: Int {
    switch self {
    case .declaration: 14
    case .clause: 10
    case .value: 20
    }
  }

  fileprivate var name: String {
    switch self {
    case .declaration: ServerText.completionDeclaration
    case .clause: ServerText.completionClause
    case .value: ServerText.completionValue
    }
  }
}
