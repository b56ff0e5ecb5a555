import Foundation
import OGPDiagnostics
import OGPLanguage

/// One open document as checked at one version: its program's compilation (model, source index),
/// every diagnostic and lint finding, and the positions of the files it loaded. Requests about the
/// document are answered from it, without compiling again.
struct DocumentAnalysis: Sendable {
  let document: TextDocument
  let compilation: Compilation
  /// The program's diagnostics and lint findings, in display order.
  let diagnostics: [Diagnostic]
  /// The canonical path of every file the program read: the document's (when it has one) and
  /// the files it uses. A change to one of them makes the analysis stale.
  let files: Set<String>
  /// The document's file in the compilation: the root, so the first read.
  let file: SourceFile
  /// The `ogp-lint.toml` the document was linted with.
  let configuration: DocumentConfiguration
  /// The client's URI for the configuration, when it is open.
  let configurationURI: String?
  private let converters: [SourceFileID: PositionConverter]
  /// The URI of each file, the client's own for open documents.
  private let uris: [SourceFileID: String]

  init(
    document: TextDocument, compilation: Compilation, diagnostics: [Diagnostic],
    configuration: DocumentConfiguration, encoding: PositionEncoding, canonicalPath: (SourceFile) -> String,
    openURIs: [String: String]
  ) {
    self.document = document
    self.compilation = compilation
    self.diagnostics = diagnostics
    self.configuration = configuration
    configurationURI = configuration.file.map { openURIs[canonicalPath($0)] } ?? nil
    let sources = compilation.sources.all
    // A document always compiles to at least its own file.
    file = sources[0]
    var converters: [SourceFileID: PositionConverter] = [:]
    var uris: [SourceFileID: String] = [:]
    var files: Set<String> = []
    for (position, source) in sources.enumerated() {
      converters[source.id] = PositionConverter(bytes: source.bytes, encoding: encoding)
      let canonical = canonicalPath(source)
      files.insert(canonical)
      uris[source.id] = position == 0 ? document.uri : openURIs[canonical] ?? URIs.uri(ofPath: canonical)
    }
    // An edit to the configuration makes the analysis stale too.
    if let file = configuration.file { files.insert(canonicalPath(file)) }
    self.converters = converters
    self.uris = uris
    self.files = files
  }

  /// The converter between byte offsets and positions in a file of the program.
  func converter(_ file: SourceFileID) -> PositionConverter {
    converters[file] ?? PositionConverter(bytes: compilation.sources[file].bytes, encoding: .utf16)
  }

  func uri(_ file: SourceFileID) -> String { uris[file] ?? document.uri }

  func location(_ span: SourceSpan) -> Location {
    Location(uri: uri(span.file), range: converter(span.file).range(span.start, span.end))
  }

  /// The byte offset in the document of a position the client sent.
  func offset(of position: Position) -> Int { converter(file.id).offset(of: position) }
}

/// `file:` URIs and the paths they name.
enum URIs {
  /// The file path of a `file:` URI, or nil for another scheme (`untitled:`).
  static func path(of uri: String) -> String? {
    guard let url = URL(string: uri), url.isFileURL else { return nil }
    return url.path(percentEncoded: false)
  }

  /// The `file:` URI of an absolute path.
  static func uri(ofPath path: String) -> String {
    URL(fileURLWithPath: path).absoluteString
  }
}
