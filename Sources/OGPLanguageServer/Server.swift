import Foundation
import OGPLanguage
import OGPModel
import OGPRules

/// The language server: reads messages, keeps the open documents, and answers. It does no I/O:
/// `receive` takes the bytes the client sent and returns the bytes to send back, so the
/// executable owns standard input and output, and tests drive it directly.
public struct Server: Sendable {
  /// What the server needs from its surroundings, which only the executable may read.
  public struct Environment: Sendable {
    /// Reads the files the documents `use`.
    public var provider: any SourceProvider
    /// Relative paths in diagnostics are resolved against it.
    public var workingDirectory: String
    /// The day progress is judged against (`ogp lint`'s as-of date).
    public var asOf: Day
    /// What rules' repository-relative documentation links are resolved against, if anything.
    public var documentationBase: String?
    public var version: String
    /// The most diagnostics published for one document, the first in display order: an editor
    /// shows no more, and a hostile document cannot make the message unbounded.
    public var diagnosticLimit: Int

    public init(
      provider: any SourceProvider = FileSystemSourceProvider(), workingDirectory: String, asOf: Day,
      documentationBase: String? = nil, version: String, diagnosticLimit: Int = 1000
    ) {
      self.diagnosticLimit = diagnosticLimit
      self.provider = provider
      self.workingDirectory = workingDirectory
      self.asOf = asOf
      self.documentationBase = documentationBase
      self.version = version
    }
  }

  private enum State: Sendable {
    case uninitialized, running, shutDown
  }

  public let environment: Environment
  private var reader: MessageReader
  private var state = State.uninitialized
  private var encoding = PositionEncoding.utf16
  /// The workspace's root folder, from `initialize`: `use` stays inside it.
  private var root: String?
  public private(set) var documents: [String: TextDocument] = [:]
  /// Set once `exit` arrives: 0 after `shutdown`, 1 otherwise.
  public private(set) var exitCode: Int32?

  public init(environment: Environment, reader: MessageReader = MessageReader()) {
    self.environment = environment
    self.reader = reader
  }

  /// The position encoding agreed in `initialize`.
  public var positionEncoding: PositionEncoding { encoding }

  /// The exit code when the client's stream ends without `exit`: 0 after `shutdown`, else 1.
  public var exitCodeAtEndOfInput: Int32 { state == .shutDown ? 0 : 1 }

  /// Takes bytes from the client; returns the framed messages to send back, in order. Nothing is
  /// read after `exit`.
  public mutating func receive(_ bytes: some Collection<UInt8>) -> [UInt8] {
    reader.append(bytes)
    var output: [UInt8] = []
    while exitCode == nil, let item = reader.next() {
      let messages: [Message]
      switch item {
      case .body(let body): messages = handle(body: body)
      case .malformed(let reason):
        messages = [.response(Response(id: nil, outcome: .failure(ResponseError(.parseError, reason))))]
      }
      for message in messages { output += MessageReader.frame(message.encoded()) }
    }
    return output
  }

  /// The answers to one message body.
  public mutating func handle(body: [UInt8]) -> [Message] {
    guard let json = try? JSONDecoder().decode(JSON.self, from: Data(body)) else {
      return [
        .response(Response(id: nil, outcome: .failure(ResponseError(.parseError, "the body is not JSON"))))
      ]
    }
    guard let message = json.decode(Message.self) else {
      let id = json["id"]?.decode(RequestID.self)
      return [
        .response(
          Response(id: id, outcome: .failure(ResponseError(.invalidRequest, "not a JSON-RPC 2.0 message"))))
      ]
    }
    return handle(message)
  }

  /// The answers to one message.
  public mutating func handle(_ message: Message) -> [Message] {
    switch message {
    case .request(let request):
      var published: [Message] = []
      let outcome = respond(to: request, publishing: &published)
      return [.response(Response(id: request.id, outcome: outcome))] + published
    case .notification(let notification):
      return notify(notification)
    case .response:
      // The server sends no requests, so no response is awaited.
      return []
    }
  }

  private mutating func respond(to request: Request, publishing: inout [Message]) -> Result<
    JSON, ResponseError
  > {
    switch (state, request.method) {
    case (.uninitialized, "initialize"):
      guard let params = request.params?.decode(InitializeParams.self) else {
        return .failure(ResponseError(.invalidParams, "initialize takes InitializeParams"))
      }
      encoding = .negotiated(offered: params.capabilities.general?.positionEncodings)
      root = (params.workspaceFolders?.first?.uri ?? params.rootUri).flatMap(DocumentDiagnostics.path)
      state = .running
      let result = InitializeResult(
        capabilities: .init(positionEncoding: encoding, textDocumentSync: .init(openClose: true, change: 2)),
        serverInfo: .init(name: "ogp", version: environment.version))
      return encoded(result)
    case (.uninitialized, _):
      return .failure(ResponseError(.serverNotInitialized, "send initialize first"))
    case (_, "initialize"):
      return .failure(ResponseError(.invalidRequest, "initialize was already sent"))
    case (.shutDown, _):
      // A second shutdown too: the protocol says every request after shutdown is invalid.
      return .failure(ResponseError(.invalidRequest, "the server is shutting down"))
    case (_, "shutdown"):
      state = .shutDown
      return .success(.null)
    default:
      return .failure(ResponseError(.methodNotFound, "ogp lsp does not handle \(request.method)"))
    }
  }

  private mutating func notify(_ notification: Notification) -> [Message] {
    if notification.method == "exit" {
      exitCode = state == .shutDown ? 0 : 1
      return []
    }
    // Before initialize, notifications are dropped (but exit); after shutdown, too.
    guard state == .running else { return [] }
    switch notification.method {
    case "textDocument/didOpen":
      guard let params = notification.params?.decode(DidOpenTextDocumentParams.self) else { return [] }
      let item = params.textDocument
      let document = TextDocument(uri: item.uri, version: item.version, text: item.text)
      documents[item.uri] = document
      return [publish(document)]
    case "textDocument/didChange":
      guard let params = notification.params?.decode(DidChangeTextDocumentParams.self),
        var document = documents[params.textDocument.uri]
      else { return [] }
      document.apply(params.contentChanges, encoding: encoding)
      document.version = params.textDocument.version
      documents[document.uri] = document
      return [publish(document)]
    case "textDocument/didClose":
      guard let params = notification.params?.decode(DidCloseTextDocumentParams.self),
        documents.removeValue(forKey: params.textDocument.uri) != nil
      else { return [] }
      // A closed document's diagnostics are cleared, as the protocol asks.
      return [
        outgoing(
          "textDocument/publishDiagnostics",
          PublishDiagnosticsParams(
            uri: params.textDocument.uri, version: nil, diagnostics: []))
      ]
    default:
      // Unknown notifications ($/cancelRequest, $/setTrace, initialized…) are ignored.
      return []
    }
  }

  private func publish(_ document: TextDocument) -> Message {
    let compiler = Compiler(
      provider: environment.provider, workingDirectory: environment.workingDirectory,
      root: root
        ?? DocumentDiagnostics.path(of: document.uri).map { ($0 as NSString).deletingLastPathComponent })
    let diagnostics = DocumentDiagnostics(
      compiler: compiler, linter: Linter(), asOf: environment.asOf, encoding: encoding,
      documentationBase: environment.documentationBase
    ).diagnostics(of: document, limit: environment.diagnosticLimit)
    return outgoing(
      "textDocument/publishDiagnostics",
      PublishDiagnosticsParams(uri: document.uri, version: document.version, diagnostics: diagnostics))
  }

  private func outgoing(_ method: String, _ params: some Encodable) -> Message {
    .notification(Notification(method: method, params: try? JSON(encoding: params)))
  }

  private func encoded(_ value: some Encodable) -> Result<JSON, ResponseError> {
    do { return .success(try JSON(encoding: value)) } catch {
      return .failure(ResponseError(.internalError, "the result could not be encoded"))
    }
  }
}
