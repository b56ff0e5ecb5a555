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
      return answerOrRefuse(request, TextDocumentParams.self, document: \.textDocument.uri) { analysis, _ in
        DocumentFormatting.edits(of: analysis)
      }
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
    guard let parameters = request.params?.decode(Parameters.self) else {
      return .failure(ResponseError(.invalidParams, "\(request.method) takes \(Parameters.self)"))
    }
    guard let analysis = workspace.analysis(parameters[keyPath: document]),
      let answer = body(analysis, parameters)
    else { return .success(.null) }
    return encoded(answer)
  }

  /// As `answer`, for a request that may be refused with an error.
  private func answerOrRefuse<Parameters: Decodable, Answer: Encodable>(
    _ request: Request, _: Parameters.Type, document: KeyPath<Parameters, String>,
    _ body: (DocumentAnalysis, Parameters) -> Result<Answer, ResponseError>
  ) -> Result<JSON, ResponseError> {
    var refusal: ResponseError?
    let answered = answer(request, Parameters.self, document: document) { analysis, parameters -> Answer? in
      switch body(analysis, parameters) {
      case .success(let answer): return answer
      case .failure(let error):
        refusal = error
        return nil
      }
    }
    return refusal.map { .failure($0) } ?? answered
  }

  /// The most completion items or code actions in one answer.
  static let itemLimit = 1000
}
