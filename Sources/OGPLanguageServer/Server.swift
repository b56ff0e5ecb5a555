import Foundation
import OGPDiagnostics
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
    /// The day progress is judged against when neither `asOf` nor the configuration names one.
    public var today: Day
    /// `ogp lsp --as-of`: the as-of date, over the configuration's.
    public var asOf: PartialDate?
    /// What rules' repository-relative documentation links are resolved against, if anything.
    public var documentationBase: String?
    public var version: String
    /// The most diagnostics published for one document, the first in display order: an editor
    /// shows no more, and a hostile document cannot make the message unbounded.
    public var diagnosticLimit: Int
    /// The language to speak when the client names none it speaks, or when `followsClientLocale`
    /// is false; by default the one current where the environment is made.
    public var language: Language
    /// Whether the `locale` of `initialize` chooses the language: not when the user chose one
    /// for `ogp` itself (`--lang`, `OGP_LANG`).
    public var followsClientLocale: Bool

    public init(
      provider: any SourceProvider = FileSystemSourceProvider(), workingDirectory: String, today: Day,
      asOf: PartialDate? = nil, documentationBase: String? = nil, version: String,
      diagnosticLimit: Int = 1000,
      language: Language = Language.current, followsClientLocale: Bool = true
    ) {
      self.language = language
      self.followsClientLocale = followsClientLocale
      self.diagnosticLimit = diagnosticLimit
      self.provider = provider
      self.workingDirectory = workingDirectory
      self.today = today
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
  /// The open documents and what the server knows of them.
  private(set) var workspace: Workspace
  /// Set once `exit` arrives: 0 after `shutdown`, 1 otherwise.
  public private(set) var exitCode: Int32?
  /// The language of every text the server makes: diagnostics, hovers, titles.
  public private(set) var language: Language

  public init(environment: Environment, reader: MessageReader = MessageReader()) {
    self.environment = environment
    self.reader = reader
    language = environment.language
    workspace = Workspace(environment: environment)
  }

  /// The position encoding agreed in `initialize`.
  public var positionEncoding: PositionEncoding { workspace.encoding }

  /// The open documents as the client last sent them.
  public var documents: [String: TextDocument] { workspace.documents }

  /// The exit code when the client's stream ends without `exit`: 0 after `shutdown`, else 1.
  public var exitCodeAtEndOfInput: Int32 { state == .shutDown ? 0 : 1 }

  /// Takes bytes from the client; returns the framed messages to send back, in order. Nothing is
  /// answered after `exit`.
  ///
  /// Every message the bytes complete is read before any is answered: a burst of edits is then
  /// checked once, after the last, and a request that a `$/cancelRequest` in the same burst
  /// cancels is answered RequestCancelled without being worked on. Diagnostics are published
  /// before a request is answered and after the last message, so answers see every edit sent
  /// before them.
  public mutating func receive(_ bytes: some Collection<UInt8>) -> [UInt8] {
    reader.append(bytes)
    var incoming: [Incoming] = []
    while let item = reader.next() {
      switch item {
      case .body(let body): incoming.append(Self.decode(body))
      case .malformed(let reason):
        incoming.append(.refused(Response(id: nil, outcome: .failure(ResponseError(.parseError, reason)))))
      }
    }
    let cancelled = Set(
      incoming.compactMap { entry -> RequestID? in
        guard case .message(.notification(let notification)) = entry, notification.method == "$/cancelRequest"
        else { return nil }
        return notification.params?["id"]?.decode(RequestID.self)
      })
    var output: [Message] = []
    for entry in incoming where exitCode == nil {
      output += Language.$current.withValue(language) { answer(entry, cancelled: cancelled) }
    }
    if exitCode == nil { output += Language.$current.withValue(language) { publishChanges() } }
    return output.flatMap { MessageReader.frame($0.encoded()) }
  }

  /// What one message read gets: its answer, and the diagnostics published before it.
  private mutating func answer(_ entry: Incoming, cancelled: Set<RequestID>) -> [Message] {
    var output: [Message] = []
    switch entry {
    case .refused(let response):
      output.append(.response(response))
    case .message(.request(let request)) where cancelled.contains(request.id) && state == .running:
      output.append(
        .response(
          Response(
            id: request.id, outcome: .failure(ResponseError(.requestCancelled, "cancelled by the client"))))
      )
    case .message(.request(let request)):
      output += publishChanges()
      output.append(.response(Response(id: request.id, outcome: respond(to: request))))
    case .message(.notification(let notification)):
      output += notify(notification)
    case .message(.response):
      // The server sends no requests, so no response is awaited.
      break
    }
    return output
  }

  /// A message read, or the error response a body that is not one gets.
  private enum Incoming {
    case message(Message)
    case refused(Response)
  }

  private static func decode(_ body: [UInt8]) -> Incoming {
    guard let json = JSON.parse(body) else {
      return .refused(
        Response(id: nil, outcome: .failure(ResponseError(.parseError, "the body is not JSON"))))
    }
    guard let message = Message(json: json) else {
      let id = json["id"]?.decode(RequestID.self)
      return .refused(
        Response(id: id, outcome: .failure(ResponseError(.invalidRequest, "not a JSON-RPC 2.0 message"))))
    }
    return .message(message)
  }

  private mutating func respond(to request: Request) -> Result<JSON, ResponseError> {
    switch (state, request.method) {
    case (.uninitialized, "initialize"):
      guard let params = request.params?.decode(InitializeParams.self) else {
        return .failure(ResponseError(.invalidParams, "initialize takes InitializeParams"))
      }
      workspace.encoding = .negotiated(offered: params.capabilities.general?.positionEncodings)
      if environment.followsClientLocale, let locale = params.locale.flatMap(Language.init(tag:)) {
        language = locale
      }
      workspace.root = (params.workspaceFolders?.first?.uri ?? params.rootUri).flatMap(URIs.path(of:))
      state = .running
      let result = InitializeResult(
        capabilities: .init(
          positionEncoding: workspace.encoding,
          textDocumentSync: .init(openClose: true, change: 2, save: true)),
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
      return answer(request)
        ?? .failure(ResponseError(.methodNotFound, "ogp lsp does not handle \(request.method)"))
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
      workspace.open(TextDocument(uri: item.uri, version: item.version, text: item.text))
    case "textDocument/didChange":
      guard let params = notification.params?.decode(DidChangeTextDocumentParams.self) else { return [] }
      workspace.change(params.textDocument.uri, version: params.textDocument.version, params.contentChanges)
    case "textDocument/didSave":
      // The buffer is what was checked; files on disk that other documents use may have changed.
      guard let params = notification.params?.decode(DidSaveTextDocumentParams.self) else { return [] }
      workspace.filesChanged([params.textDocument.uri])
    case "workspace/didChangeWatchedFiles":
      guard let params = notification.params?.decode(DidChangeWatchedFilesParams.self) else { return [] }
      workspace.filesChanged(params.changes.map(\.uri))
    case "textDocument/didClose":
      guard let params = notification.params?.decode(DidCloseTextDocumentParams.self),
        workspace.close(params.textDocument.uri)
      else { return [] }
      // A closed document's diagnostics are cleared, as the protocol asks.
      return [
        outgoing(
          "textDocument/publishDiagnostics",
          PublishDiagnosticsParams(uri: params.textDocument.uri, version: nil, diagnostics: []))
      ]
    default:
      // Unknown notifications ($/cancelRequest, $/setTrace, initialized…) are ignored.
      break
    }
    return []
  }

  /// Checks the documents edited since the last time and those that read them, and publishes
  /// their diagnostics.
  private mutating func publishChanges() -> [Message] {
    let published = DocumentDiagnostics(documentationBase: environment.documentationBase)
    var messages: [Message] = []
    for analysis in workspace.refresh() {
      messages.append(
        outgoing(
          "textDocument/publishDiagnostics",
          PublishDiagnosticsParams(
            uri: analysis.document.uri, version: analysis.document.version,
            diagnostics: published.diagnostics(of: analysis, limit: environment.diagnosticLimit))))
      // A broken configuration is shown on itself, and cleared there once mended.
      if let configuration = analysis.configuration.file {
        messages.append(
          outgoing(
            "textDocument/publishDiagnostics",
            PublishDiagnosticsParams(
              uri: analysis.configurationURI ?? URIs.uri(ofPath: configuration.path), version: nil,
              diagnostics: published.diagnostics(
                analysis.configuration.problems, in: configuration, encoding: workspace.encoding))))
      }
    }
    return messages
  }

  private func outgoing(_ method: String, _ params: some Encodable) -> Message {
    .notification(Notification(method: method, params: try? JSON(encoding: params)))
  }

  func encoded(_ value: some Encodable) -> Result<JSON, ResponseError> {
    do { return .success(try JSON(encoding: value)) } catch {
      return .failure(ResponseError(.internalError, "the result could not be encoded"))
    }
  }
}
