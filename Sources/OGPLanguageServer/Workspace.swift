import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

/// The open documents and their analyses. Open documents are read from the editor's buffers,
/// other files from disk. Edits are applied as they come and checked at the next `refresh`: the
/// edited documents and every open document whose program read one are checked again, and the
/// files they use come from the parse cache unless they changed.
struct Workspace: Sendable {
  let environment: Server.Environment
  /// The workspace's root folder, from `initialize`: `use` stays inside it.
  var root: String?
  var encoding = PositionEncoding.utf16
  private(set) var documents: [String: TextDocument] = [:]
  private(set) var analyses: [String: DocumentAnalysis] = [:]
  /// Documents opened, changed or closed, and files changed on disk, since the last refresh.
  private var edited: Set<String> = []
  private let parseCache = ParseCache()

  init(environment: Server.Environment) {
    self.environment = environment
  }

  /// Opens or replaces a document.
  mutating func open(_ document: TextDocument) {
    documents[document.uri] = document
    edited.insert(document.uri)
  }

  /// Applies a client's changes to an open document; nothing for a document not open.
  mutating func change(_ uri: String, version: Int, _ changes: [TextDocumentContentChangeEvent]) {
    guard var document = documents[uri] else { return }
    document.apply(changes, encoding: encoding)
    document.version = version
    documents[uri] = document
    edited.insert(uri)
  }

  /// Closes a document, if it was open; the open documents that used it read it from disk again.
  mutating func close(_ uri: String) -> Bool {
    guard documents.removeValue(forKey: uri) != nil else { return false }
    analyses[uri] = nil
    edited.insert(uri)
    return true
  }

  /// Files changed on disk: the open documents that read them are checked again.
  mutating func filesChanged(_ uris: [String]) {
    edited.formUnion(uris)
  }

  /// Checks the documents edited since the last refresh, and every open document whose program
  /// read one of them; returns their analyses, in URI order, to publish.
  mutating func refresh() -> [DocumentAnalysis] {
    guard !edited.isEmpty else { return [] }
    let paths = Set(edited.compactMap(canonicalPath(ofURI:)))
    let stale = analyses.values.filter { !$0.files.isDisjoint(with: paths) }.map(\.document.uri)
    let uris = Set(edited.filter { documents[$0] != nil } + stale).sorted()
    edited = []
    let provider = openDocumentsProvider()
    let analysed = uris.compactMap { uri in documents[uri].map { analyse($0, provider: provider) } }
    for analysis in analysed { analyses[analysis.document.uri] = analysis }
    parseCache.keep(only: analyses.values.reduce(into: Set<String>()) { $0.formUnion($1.files) })
    return analysed
  }

  /// How many files have been parsed for the files documents use: the rest were reused.
  var parsesOfUsedFiles: Int { parseCache.parses }

  /// The analysis of an open document, if it is open.
  func analysis(_ uri: String) -> DocumentAnalysis? { analyses[uri] }

  private func analyse(_ document: TextDocument, provider: OpenDocumentsProvider) -> DocumentAnalysis {
    let path = URIs.path(of: document.uri)
    let folder = path.map(Paths.directory(of:)) ?? environment.workingDirectory
    let compiler = Compiler(
      provider: provider, workingDirectory: environment.workingDirectory, root: root ?? folder,
      parseCache: parseCache)
    let compilation = compiler.compile([
      .bytes(document.bytes, name: path ?? document.uri, directory: folder)
    ])
    // The configuration may name the member rules the program declares, so it is read after it.
    let configuration = DocumentConfiguration(
      folder: folder, root: compiler.root, provider: provider,
      rules: RuleRegistry.descriptions + UserRule.all(in: compilation).map(\.description))
    let asOf = (environment.asOf ?? configuration.configuration.asOf)?.firstDay ?? environment.today
    let result = Linter(configuration: configuration.configuration).lint(compilation, asOf: asOf)
    let documentPath = path.map(provider.canonicalPath)
    return DocumentAnalysis(
      document: document, compilation: compilation, diagnostics: result.diagnostics,
      configuration: configuration, encoding: encoding,
      canonicalPath: { file in
        if file.id.index == 0 && file.path == (path ?? document.uri) { return documentPath ?? document.uri }
        return provider.canonicalPath(Paths.absolute(file.path, relativeTo: environment.workingDirectory))
      },
      openURIs: openURIsByPath())
  }

  private func openDocumentsProvider() -> OpenDocumentsProvider {
    var buffers: [String: [UInt8]] = [:]
    for document in documents.values {
      if let path = canonicalPath(ofURI: document.uri) { buffers[path] = document.bytes }
    }
    return OpenDocumentsProvider(base: environment.provider, buffers: buffers)
  }

  private func openURIsByPath() -> [String: String] {
    var uris: [String: String] = [:]
    for uri in documents.keys {
      if let path = canonicalPath(ofURI: uri) { uris[path] = uri }
    }
    return uris
  }

  private func canonicalPath(ofURI uri: String) -> String? {
    URIs.path(of: uri).map(environment.provider.canonicalPath)
  }
}
