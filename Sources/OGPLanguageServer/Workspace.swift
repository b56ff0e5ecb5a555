import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

/// The open documents and their analyses. Open documents are read from the editor's buffers,
/// other files from disk; after a change, the changed document and every open document whose
/// program read it are checked again, and the files they use come from the parse cache unless
/// they changed.
struct Workspace: Sendable {
  let environment: Server.Environment
  /// The workspace's root folder, from `initialize`: `use` stays inside it.
  var root: String?
  var encoding = PositionEncoding.utf16
  private(set) var documents: [String: TextDocument] = [:]
  private(set) var analyses: [String: DocumentAnalysis] = [:]
  private let parseCache = ParseCache()

  init(environment: Server.Environment) {
    self.environment = environment
  }

  /// Opens or replaces a document; returns the analyses to publish.
  mutating func open(_ document: TextDocument) -> [DocumentAnalysis] {
    documents[document.uri] = document
    return reanalyse(after: document.uri)
  }

  /// Applies a client's changes to an open document; nothing for a document not open.
  mutating func change(
    _ uri: String, version: Int, _ changes: [TextDocumentContentChangeEvent]
  ) -> [DocumentAnalysis] {
    guard var document = documents[uri] else { return [] }
    document.apply(changes, encoding: encoding)
    document.version = version
    documents[uri] = document
    return reanalyse(after: uri)
  }

  /// Closes a document; the open documents that used it read it from disk again and are
  /// returned to publish.
  mutating func close(_ uri: String) -> [DocumentAnalysis] {
    guard documents.removeValue(forKey: uri) != nil else { return [] }
    let path = canonicalPath(ofURI: uri)
    analyses[uri] = nil
    let dependents =
      path.map { path in analyses.values.filter { $0.files.contains(path) }.map(\.document.uri) } ?? []
    return reanalyse(dependents)
  }

  /// Files changed on disk: the open documents that read them are checked again.
  mutating func filesChanged(_ uris: [String]) -> [DocumentAnalysis] {
    let paths = Set(uris.compactMap(canonicalPath(ofURI:)))
    return reanalyse(analyses.values.filter { !$0.files.isDisjoint(with: paths) }.map(\.document.uri))
  }

  /// How many files have been parsed for the files documents use: the rest were reused.
  var parsesOfUsedFiles: Int { parseCache.parses }

  /// Whether an edit may change the document at `uri`: a file inside the workspace's root, or a
  /// buffer that is no file. Without a root, the files are those the documents' programs read,
  /// each confined to its document's folder.
  func mayEdit(_ uri: String) -> Bool {
    guard let root, let path = URIs.path(of: uri) else { return true }
    let provider = environment.provider
    return ProjectRoot(root, provider: provider).contains(canonical: provider.canonicalPath(path))
  }

  /// The analysis of an open document, if it is open.
  func analysis(_ uri: String) -> DocumentAnalysis? { analyses[uri] }

  /// Checks `uri` again, and every open document whose program read it.
  private mutating func reanalyse(after uri: String) -> [DocumentAnalysis] {
    let path = canonicalPath(ofURI: uri)
    let dependents = analyses.values.filter { analysis in
      analysis.document.uri != uri && path.map { analysis.files.contains($0) } == true
    }.map(\.document.uri)
    return reanalyse([uri] + dependents.sorted())
  }

  private mutating func reanalyse(_ uris: [String]) -> [DocumentAnalysis] {
    let provider = openDocumentsProvider()
    let analysed = uris.compactMap { uri in documents[uri].map { analyse($0, provider: provider) } }
    for analysis in analysed { analyses[analysis.document.uri] = analysis }
    parseCache.keep(only: analyses.values.reduce(into: Set<String>()) { $0.formUnion($1.files) })
    return analysed
  }

  private func analyse(_ document: TextDocument, provider: OpenDocumentsProvider) -> DocumentAnalysis {
    let path = URIs.path(of: document.uri)
    let folder = path.map(Paths.directory(of:)) ?? environment.workingDirectory
    let compiler = Compiler(
      provider: provider, workingDirectory: environment.workingDirectory, root: root ?? folder,
      parseCache: parseCache)
    let compilation = compiler.compile([
      .bytes(document.bytes, name: path ?? document.uri, directory: folder)
    ])
    let result = Linter().lint(compilation, asOf: environment.asOf)
    let documentPath = path.map(provider.canonicalPath)
    return DocumentAnalysis(
      document: document, compilation: compilation, diagnostics: result.diagnostics, encoding: encoding,
      canonicalPath: { file in
        file.id.index == 0
          ? documentPath ?? document.uri
          : provider.canonicalPath(Paths.absolute(file.path, relativeTo: environment.workingDirectory))
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
