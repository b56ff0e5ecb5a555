import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

/// Compiles and lints one open document as `ogp lint` would a file, and says what was found in
/// it as LSP diagnostics.
struct DocumentDiagnostics: Sendable {
  let compiler: Compiler
  let linter: Linter
  let asOf: Day
  let encoding: PositionEncoding
  /// What a rule's repository-relative documentation link is resolved against, if anything.
  let documentationBase: String?

  /// The first `limit` diagnostics of the document, in display order.
  func diagnostics(of document: TextDocument, limit: Int) -> [LSPDiagnostic] {
    let path = Self.path(of: document.uri)
    let name = path ?? document.uri
    let directory = path.map { ($0 as NSString).deletingLastPathComponent } ?? compiler.workingDirectory
    let compilation = compiler.compile([.bytes(document.bytes, name: name, directory: directory)])
    let result = linter.lint(compilation, asOf: asOf)
    // The document is the root, so the first file read.
    guard let file = compilation.sources.all.first else { return [] }
    let converters = Converters(
      sources: compilation.sources, encoding: encoding, document: document,
      workingDirectory: compiler.workingDirectory)
    let documentation = RuleDocumentation.diagnosticDocumentation()
    var published: [LSPDiagnostic] = []
    for diagnostic in result.diagnostics where diagnostic.span.file == file.id {
      guard published.count < limit else { break }
      published.append(
        lspDiagnostic(diagnostic, documentation: documentation[diagnostic.code], converters: converters))
    }
    return published
  }

  private func lspDiagnostic(
    _ diagnostic: Diagnostic, documentation: DiagnosticDocumentation?, converters: Converters
  ) -> LSPDiagnostic {
    var related: [LSPDiagnostic.RelatedInformation] = []
    let primary = converters.location(diagnostic.primary.span)
    if !diagnostic.primary.message.isEmpty {
      related.append(.init(location: primary, message: diagnostic.primary.message))
    }
    for label in diagnostic.secondary {
      related.append(.init(location: converters.location(label.span), message: label.message))
    }
    var message = diagnostic.message
    for note in diagnostic.notes { message += "\nnote: " + note }
    if let help = diagnostic.help { message += "\nhelp: " + help }
    return LSPDiagnostic(
      range: primary.range, severity: Self.severity(diagnostic.severity), code: diagnostic.code,
      codeDescription: documentation?.helpURI.flatMap(link).map { .init(href: $0) }, source: "ogp",
      message: message, relatedInformation: related.isEmpty ? nil : related)
  }

  /// An absolute link as it is; a relative one against `documentationBase`, or none.
  private func link(_ uri: String) -> String? {
    if uri.contains("://") { return uri }
    guard let base = documentationBase else { return nil }
    return base.hasSuffix("/") ? base + uri : base + "/" + uri
  }

  private static func severity(_ severity: Diagnostic.Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .info: 3
    }
  }

  /// The file path of a `file:` URI, or nil for another scheme (`untitled:`).
  static func path(of uri: String) -> String? {
    guard let url = URL(string: uri), url.isFileURL else { return nil }
    return url.path(percentEncoded: false)
  }

  /// The URI of a file path, relative to `directory` unless absolute.
  static func uri(of path: String, relativeTo directory: String) -> String {
    URL(fileURLWithPath: Paths.absolute(path, relativeTo: directory)).absoluteString
  }

  /// A position converter per file, the document's from the client's text.
  private struct Converters {
    let sources: SourceMap
    let encoding: PositionEncoding
    let document: TextDocument
    let workingDirectory: String
    let converters: [SourceFileID: PositionConverter]

    init(sources: SourceMap, encoding: PositionEncoding, document: TextDocument, workingDirectory: String) {
      self.sources = sources
      self.workingDirectory = workingDirectory
      self.encoding = encoding
      self.document = document
      var converters: [SourceFileID: PositionConverter] = [:]
      for file in sources.all {
        converters[file.id] = PositionConverter(bytes: file.bytes, encoding: encoding)
      }
      self.converters = converters
    }

    func location(_ span: SourceSpan) -> Location {
      let file = sources[span.file]
      let converter = converters[span.file] ?? PositionConverter(bytes: file.bytes, encoding: encoding)
      let uri =
        file.id == sources.all.first?.id
        ? document.uri : DocumentDiagnostics.uri(of: file.path, relativeTo: workingDirectory)
      return Location(uri: uri, range: converter.range(span.start, span.end))
    }
  }
}
