import OGPDiagnostics
import OGPLanguage

/// A name written in a document, and the qualified id of the declaration it names: a resolved
/// reference, or a declaration's own name.
struct WrittenName: Sendable {
  let span: SourceSpan
  let id: String
}

/// Where a declaration is named, the same in every analysis that holds its file: the URI and the
/// byte offset. Two programs may each declare an actor `finance` in files of their own; only
/// declarations at one place are the same.
struct DeclarationPlace: Hashable, Sendable {
  let uri: String
  let start: Int
}

extension DocumentAnalysis {
  /// The name at a byte offset of the document, a cursor just after it included: a reference
  /// the checker resolved, else the name of a declaration. Nil elsewhere, and for a name that did
  /// not resolve, since it names nothing.
  func name(at offset: Int) -> WrittenName? {
    func covers(_ span: SourceSpan) -> Bool {
      span.file == file.id && span.start <= offset && offset <= span.end
    }
    let index = compilation.index
    if let reference = index.references.first(where: { covers($0.span) }) {
      return WrittenName(span: reference.span, id: reference.id)
    }
    if let declaration = index.declarations.first(where: { $0.kind.hasName && covers($0.nameSpan) }) {
      return WrittenName(span: declaration.nameSpan, id: declaration.id)
    }
    return nil
  }

  /// Where this analysis's program declares `id`, if it does.
  func place(ofDeclaration id: String) -> DeclarationPlace? {
    compilation.index.declaration(id).map {
      DeclarationPlace(uri: uri($0.nameSpan.file), start: $0.nameSpan.start)
    }
  }

  /// Every place this analysis's program writes the name of the declaration at `place`: its
  /// declaration (when `includingDeclaration`) and the references to it. Nothing when its
  /// program declares `id` elsewhere or not at all.
  func occurrences(of id: String, declaredAt place: DeclarationPlace, includingDeclaration: Bool)
    -> [Location]
  {
    let index = compilation.index
    guard let declaration = index.declaration(id),
      DeclarationPlace(uri: uri(declaration.nameSpan.file), start: declaration.nameSpan.start) == place
    else { return [] }
    var found = includingDeclaration ? [location(declaration.nameSpan)] : []
    for reference in index.references where reference.id == id { found.append(location(reference.span)) }
    return found
  }
}

extension Collection<DocumentAnalysis> {
  /// Every place the programs of these analyses write the name of the declaration `name` names,
  /// each once, sorted by URI then position.
  func occurrences(of name: WrittenName, in analysis: DocumentAnalysis, includingDeclaration: Bool)
    -> [Location]
  {
    guard let place = analysis.place(ofDeclaration: name.id) else { return [] }
    var found = Set<Location>()
    for other in self {
      found.formUnion(
        other.occurrences(of: name.id, declaredAt: place, includingDeclaration: includingDeclaration))
    }
    return found.sorted { ($0.uri, $0.range.start) < ($1.uri, $1.range.start) }
  }
}
