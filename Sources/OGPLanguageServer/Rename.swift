import OGPDiagnostics
import OGPLanguage
import OGPModel

/// Renaming a declaration: its name and every name that refers to it, in every file the server
/// knows, or nothing at all.
enum Rename {
  /// What `prepareRename` answers: the name at the position, as written.
  static func prepare(at position: Position, in analysis: DocumentAnalysis) -> Result<
    PrepareRenameResult, ResponseError
  > {
    name(at: position, in: analysis).map { name in
      PrepareRenameResult(
        range: analysis.location(name.span).range, placeholder: analysis.file.text(of: name.span))
    }
  }

  /// The edits that rename the declaration named at `position` to `newName`, or why they cannot
  /// be made: the new name is not a name, its declaration's scope already declares it, or a
  /// file to edit lies outside the workspace (`mayEdit`).
  static func edit(
    renamingTo newName: String, at position: Position, in analysis: DocumentAnalysis,
    across analyses: some Collection<DocumentAnalysis>, mayEdit: (String) -> Bool
  ) -> Result<WorkspaceEdit, ResponseError> {
    guard Lexer.isName(newName) else {
      return .failure(
        ResponseError(
          .invalidParams,
          ServerText.renameNotAName(name: shown(newName))))
    }
    let name: WrittenName
    switch self.name(at: position, in: analysis) {
    case .success(let found): name = found
    case .failure(let refusal): return .failure(refusal)
    }
    // A declaration's id is its parent's id, a dot, and its name; each occurrence writes the name.
    let localName = String(name.id.localName)
    guard newName != localName else { return .success(WorkspaceEdit(changes: [:])) }
    let renamedID = String(name.id.dropLast(localName.count)) + newName
    guard let place = analysis.place(ofDeclaration: name.id) else {
      return .failure(ResponseError(.requestFailed, ServerText.renameUndeclared(name: name.id)))
    }
    // Only the programs that hold this declaration are judged: another may declare the name.
    let holders = analyses.filter { $0.place(ofDeclaration: name.id) == place }
    if holders.contains(where: { $0.compilation.index.declaration(renamedID) != nil }) {
      return .failure(ResponseError(.requestFailed, ServerText.renameTaken(name: renamedID)))
    }
    let occurrences = analyses.occurrences(of: name, in: analysis, includingDeclaration: true)
    var changes: [String: [LSPTextEdit]] = [:]
    for location in occurrences {
      guard mayEdit(location.uri) else {
        return .failure(
          ResponseError(
            .requestFailed, ServerText.renameOutside(name: localName, file: shown(location.uri))))
      }
      changes[location.uri, default: []].append(LSPTextEdit(range: location.range, newText: newName))
    }
    return .success(WorkspaceEdit(changes: changes))
  }

  private static func name(at position: Position, in analysis: DocumentAnalysis) -> Result<
    WrittenName, ResponseError
  > {
    guard let name = analysis.name(at: analysis.offset(of: position)) else {
      return .failure(
        ResponseError(
          .requestFailed, ServerText.renameNothing))
    }
    return .success(name)
  }

  /// Text from the client in a message: one line, bounded.
  private static func shown(_ text: String) -> String {
    let line = text.visible(lineBreaks: .picture)
    return line.count > 80 ? line.prefix(80) + "…" : line
  }
}
