// The parts of LSP 3.17's messages this server reads and writes.

/// `initialize`'s parameters, as far as the server uses them.
public struct InitializeParams: Codable, Sendable {
  public struct General: Codable, Sendable {
    public var positionEncodings: [String]?
  }
  public struct Capabilities: Codable, Sendable {
    public var general: General?
  }
  public struct WorkspaceFolder: Codable, Sendable {
    public var uri: String
    public var name: String
  }
  public var processId: Int?
  /// The language of the editor's interface (`es`, `en-GB`), LSP 3.16.
  public var locale: String?
  public var rootUri: String?
  public var capabilities: Capabilities
  public var workspaceFolders: [WorkspaceFolder]?
}

/// What the server answers `initialize` with.
public struct InitializeResult: Codable, Sendable {
  public struct ServerInfo: Codable, Sendable {
    public var name: String
    public var version: String
  }
  public struct TextDocumentSyncOptions: Codable, Sendable {
    public var openClose: Bool
    /// 2: incremental.
    public var change: Int
    public var save: Bool
  }
  public struct ServerCapabilities: Codable, Sendable {
    public var positionEncoding: PositionEncoding
    public var textDocumentSync: TextDocumentSyncOptions
    public var documentSymbolProvider = true
    public var hoverProvider = true
    public var definitionProvider = true
    public var referencesProvider = true
    public var renameProvider = RenameOptions()
    public var workspaceSymbolProvider = true
    public var completionProvider = CompletionOptions(triggerCharacters: [".", "\""])
    public var documentFormattingProvider = true
    public var codeActionProvider = CodeActionOptions(codeActionKinds: [CodeAction.quickFix])
  }
  public struct RenameOptions: Codable, Sendable {
    public var prepareProvider = true
  }
  public struct CompletionOptions: Codable, Sendable {
    public var triggerCharacters: [String]
  }
  public struct CodeActionOptions: Codable, Sendable {
    public var codeActionKinds: [String]
  }
  public var capabilities: ServerCapabilities
  public var serverInfo: ServerInfo
}

public struct TextDocumentItem: Codable, Sendable {
  public var uri: String
  public var languageId: String
  public var version: Int
  public var text: String
}

public struct TextDocumentIdentifier: Codable, Sendable {
  public var uri: String
}

public struct VersionedTextDocumentIdentifier: Codable, Sendable {
  public var uri: String
  public var version: Int
}

public struct DidOpenTextDocumentParams: Codable, Sendable {
  public var textDocument: TextDocumentItem
}

/// A change: replaces `range` with `text`, or the whole document when there is no range.
public struct TextDocumentContentChangeEvent: Codable, Sendable {
  public var range: TextRange?
  public var text: String

  public init(range: TextRange? = nil, text: String) {
    self.range = range
    self.text = text
  }
}

public struct DidChangeTextDocumentParams: Codable, Sendable {
  public var textDocument: VersionedTextDocumentIdentifier
  public var contentChanges: [TextDocumentContentChangeEvent]
}

public struct DidCloseTextDocumentParams: Codable, Sendable {
  public var textDocument: TextDocumentIdentifier
}

public struct DidSaveTextDocumentParams: Codable, Sendable {
  public var textDocument: TextDocumentIdentifier
}

public struct DidChangeWatchedFilesParams: Codable, Sendable {
  public struct FileEvent: Codable, Sendable {
    public var uri: String
    /// 1 created, 2 changed, 3 deleted.
    public var type: Int
  }
  public var changes: [FileEvent]
}

/// The parameters of every request about one document.
public struct TextDocumentParams: Codable, Sendable {
  public var textDocument: TextDocumentIdentifier
}

/// The parameters of every request about a place in a document (hover, definition…).
public struct TextDocumentPositionParams: Codable, Sendable {
  public var textDocument: TextDocumentIdentifier
  public var position: Position
}

/// LSP's `DocumentSymbol`: a declaration and the ones inside it.
public struct DocumentSymbol: Codable, Sendable, Equatable {
  public var name: String
  public var detail: String?
  /// LSP's `SymbolKind`.
  public var kind: Int
  public var range: TextRange
  public var selectionRange: TextRange
  public var children: [DocumentSymbol]?
}

public struct Location: Hashable, Codable, Sendable {
  public var uri: String
  public var range: TextRange

  public init(uri: String, range: TextRange) {
    self.uri = uri
    self.range = range
  }
}

/// LSP's `Diagnostic`.
public struct LSPDiagnostic: Hashable, Codable, Sendable {
  public struct CodeDescription: Hashable, Codable, Sendable {
    public var href: String
  }
  public struct RelatedInformation: Hashable, Codable, Sendable {
    public var location: Location
    public var message: String
  }
  public var range: TextRange
  /// 1 error, 2 warning, 3 information, 4 hint.
  public var severity: Int
  public var code: String
  public var codeDescription: CodeDescription?
  public var source: String
  public var message: String
  public var relatedInformation: [RelatedInformation]?
}

public struct PublishDiagnosticsParams: Hashable, Codable, Sendable {
  public var uri: String
  public var version: Int?
  public var diagnostics: [LSPDiagnostic]
}

/// LSP's `Hover`: Markdown about what is at a place.
public struct Hover: Codable, Sendable, Equatable {
  public struct MarkupContent: Codable, Sendable, Equatable {
    /// Always "markdown".
    public var kind: String
    public var value: String
  }
  public var contents: MarkupContent
  public var range: TextRange
}

/// `textDocument/references`' parameters.
public struct ReferenceParams: Codable, Sendable {
  public struct Context: Codable, Sendable {
    public var includeDeclaration: Bool
  }
  public var textDocument: TextDocumentIdentifier
  public var position: Position
  public var context: Context
}

/// `textDocument/rename`'s parameters.
public struct RenameParams: Codable, Sendable {
  public var textDocument: TextDocumentIdentifier
  public var position: Position
  public var newName: String
}

/// What `textDocument/prepareRename` answers: the name that would be renamed.
public struct PrepareRenameResult: Codable, Sendable, Equatable {
  public var range: TextRange
  public var placeholder: String
}

/// `workspace/symbol`'s parameters.
public struct WorkspaceSymbolParams: Codable, Sendable {
  public var query: String
}

/// LSP's `SymbolInformation`: a declaration found by `workspace/symbol`.
public struct SymbolInformation: Codable, Sendable, Equatable {
  public var name: String
  /// LSP's `SymbolKind`.
  public var kind: Int
  public var location: Location
  /// The qualified id of the declaration it is written in, if any.
  public var containerName: String?
}

/// LSP's `TextEdit`: `range` replaced by `newText`.
public struct LSPTextEdit: Hashable, Codable, Sendable {
  public var range: TextRange
  public var newText: String

  public init(range: TextRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

/// LSP's `CompletionItem`, as far as the server fills it.
public struct CompletionItem: Hashable, Codable, Sendable {
  public var label: String
  /// LSP's `CompletionItemKind`.
  public var kind: Int
  public var detail: String?
  /// Plain text: words from the language's tables, never markup.
  public var documentation: String?
  /// Orders the items as the server listed them.
  public var sortText: String?
  /// Replaces the word being typed, so clients need not guess where it starts.
  public var textEdit: LSPTextEdit
}

public struct CompletionList: Hashable, Codable, Sendable {
  /// True when the list was cut at its limit: typing more asks again.
  public var isIncomplete: Bool
  public var items: [CompletionItem]
}

public struct CodeActionParams: Codable, Sendable {
  public struct Context: Codable, Sendable {
    /// The client's diagnostics at the range, kept as sent so that an action can name them back.
    public var diagnostics: [JSON]
    public var only: [String]?
  }
  public var textDocument: TextDocumentIdentifier
  public var range: TextRange
  public var context: Context
}

/// LSP's `WorkspaceEdit`: edits by document URI.
public struct WorkspaceEdit: Hashable, Codable, Sendable {
  public var changes: [String: [LSPTextEdit]]
}

public struct CodeAction: Hashable, Codable, Sendable {
  public static let quickFix = "quickfix"

  public var title: String
  public var kind: String
  public var diagnostics: [JSON]?
  public var isPreferred: Bool?
  public var edit: WorkspaceEdit
}
