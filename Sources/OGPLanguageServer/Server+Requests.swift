import OGPLanguage

extension Server {
  /// The answer to a request about documents, or nil for a method the server does not handle.
  /// A request about a document that is not open gets a null result: the client may ask before
  /// opening, or after closing, and that is not an error.
  func answer(_ request: Request) -> Result<JSON, ResponseError>? {
    switch request.method {
    case "textDocument/documentSymbol":
      return answer(request, TextDocumentParams.self, document: \.textDocument.uri) { analysis, _ in
        DocumentSymbols.symbols(of: analysis)
      }
    case "textDocument/hover":
      return answer(request, TextDocumentPositionParams.self, document: \.textDocument.uri) {
        analysis, parameters in
        HoverContent.hover(at: parameters.position, in: analysis)
      }
    case "textDocument/definition":
      return answer(request, TextDocumentPositionParams.self, document: \.textDocument.uri) {
        analysis, parameters in
        Definition.location(at: parameters.position, in: analysis)
      }
    case "textDocument/references":
      return answer(request, ReferenceParams.self, document: \.textDocument.uri) { analysis, parameters in
        References.locations(
          at: parameters.position, in: analysis, across: workspace.analyses.values,
          includeDeclaration: parameters.context.includeDeclaration)
      }
    case "textDocument/prepareRename":
      return answer(
        request, TextDocumentPositionParams.self, document: \.textDocument.uri,
        refusable: {
          analysis, parameters in
          Rename.prepare(at: parameters.position, in: analysis)
        })
    case "textDocument/rename":
      return answer(
        request, RenameParams.self, document: \.textDocument.uri,
        refusable: { analysis, parameters in
          Rename.edit(
            renamingTo: parameters.newName, at: parameters.position, in: analysis,
            across: workspace.analyses.values, mayEdit: workspace.mayEdit)
        })
    case "workspace/symbol":
      guard let parameters = request.params?.decode(WorkspaceSymbolParams.self) else {
        return .failure(ResponseError(.invalidParams, "workspace/symbol takes WorkspaceSymbolParams"))
      }
      return encoded(WorkspaceSymbols.symbols(matching: parameters.query, in: workspace.analyses.values))
    case "textDocument/completion":
      return answer(request, TextDocumentPositionParams.self, document: \.textDocument.uri) {
        analysis, parameters in
        let folder =
          URIs.path(of: analysis.document.uri).map(Paths.directory(of:)) ?? environment.workingDirectory
        return Completion(
          analysis: analysis, folder: folder,
          root: ProjectRoot(workspace.root ?? folder, provider: environment.provider),
          provider: environment.provider,
          limit: Self.itemLimit
        ).list(at: parameters.position)
      }
    case "textDocument/formatting":
      return answer(
        request, TextDocumentParams.self, document: \.textDocument.uri,
        refusable: { analysis, _ in DocumentFormatting.edits(of: analysis) })
    case "textDocument/codeAction":
      return answer(request, CodeActionParams.self, document: \.textDocument.uri) { analysis, parameters in
        CodeActions(
          analysis: analysis,
          published: DocumentDiagnostics(documentationBase: environment.documentationBase),
          limit: Self.itemLimit
        ).actions(for: parameters)
      }
    default:
      return nil
    }
  }

  /// Decodes the request's parameters as `Parameters`, finds the open document they name, and
  /// encodes what `body` makes of it.
  private func answer<Parameters: Decodable, Answer: Encodable>(
    _ request: Request, _: Parameters.Type, document: KeyPath<Parameters, String>,
    _ body: (DocumentAnalysis, Parameters) -> Answer?
  ) -> Result<JSON, ResponseError> {
    subject(of: request, Parameters.self, document: document).flatMap { subject in
      guard let (analysis, parameters) = subject, let answer = body(analysis, parameters) else {
        return .success(.null)
      }
      return encoded(answer)
    }
  }

  /// As above, for a request that `body` may refuse.
  private func answer<Parameters: Decodable, Answer: Encodable>(
    _ request: Request, _: Parameters.Type, document: KeyPath<Parameters, String>,
    refusable body: (DocumentAnalysis, Parameters) -> Result<Answer, ResponseError>
  ) -> Result<JSON, ResponseError> {
    subject(of: request, Parameters.self, document: document).flatMap { subject in
      guard let (analysis, parameters) = subject else { return .success(.null) }
      return body(analysis, parameters).flatMap(encoded)
    }
  }

  /// The request's parameters and the analysis of the document they name; nil when it is not open.
  private func subject<Parameters: Decodable>(
    of request: Request, _: Parameters.Type, document: KeyPath<Parameters, String>
  ) -> Result<(DocumentAnalysis, Parameters)?, ResponseError> {
    guard let parameters = request.params?.decode(Parameters.self) else {
      return .failure(ResponseError(.invalidParams, "\(request.method) takes \(Parameters.self)"))
    }
    return .success(workspace.analysis(parameters[keyPath: document]).map { ($0, parameters) })
  }

  /// The most completion items or code actions in one answer.
  static let itemLimit = 1000
}
