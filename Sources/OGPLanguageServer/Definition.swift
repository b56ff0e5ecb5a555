import OGPLanguage

/// Where "go to definition" leads: from a name to where its declaration names it, from a `use`
/// path to the start of the file it names.
enum Definition {
  static func location(at position: Position, in analysis: DocumentAnalysis) -> Location? {
    let offset = analysis.offset(of: position)
    let file = analysis.file.id
    if let use = analysis.compilation.uses.first(where: {
      $0.path.file == file && $0.path.start <= offset && offset <= $0.path.end
    }) {
      let start = Position(line: 0, character: 0)
      return Location(uri: analysis.uri(use.file), range: TextRange(start: start, end: start))
    }
    guard let name = analysis.name(at: offset),
      let declaration = analysis.compilation.index.declaration(name.id)
    else { return nil }
    return analysis.location(declaration.nameSpan)
  }
}
