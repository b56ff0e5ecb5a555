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
}
