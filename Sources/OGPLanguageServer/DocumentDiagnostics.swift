import OGPDiagnostics
import OGPLanguage
import OGPRules

/// What a document's analysis found in it, as LSP diagnostics: every checker diagnostic and lint
/// finding whose primary span is in the document, as `ogp lint` reports them.
struct DocumentDiagnostics: Sendable {
  /// What a rule's repository-relative documentation link is resolved against, if anything.
  let documentationBase: String?

  /// The first `limit` diagnostics of the document, in display order.
  func diagnostics(of analysis: DocumentAnalysis, limit: Int) -> [LSPDiagnostic] {
    let documentation = RuleDocumentation.diagnosticDocumentation()
    var published: [LSPDiagnostic] = []
    for diagnostic in analysis.diagnostics where diagnostic.span.file == analysis.file.id {
      guard published.count < limit else { break }
      published.append(
        lspDiagnostic(diagnostic, documentation: documentation[diagnostic.code], location: analysis.location))
    }
    return published
  }

  /// The diagnostics of a file outside any program (`ogp-lint.toml`), every span in it.
  func diagnostics(_ diagnostics: [Diagnostic], in file: SourceFile, encoding: PositionEncoding)
    -> [LSPDiagnostic]
  {
    let converter = PositionConverter(bytes: file.bytes, encoding: encoding)
    let uri = URIs.uri(ofPath: file.path)
    let documentation = RuleDocumentation.diagnosticDocumentation()
    return diagnostics.map { diagnostic in
      lspDiagnostic(diagnostic, documentation: documentation[diagnostic.code]) { span in
        Location(uri: uri, range: converter.range(span.start, span.end))
      }
    }
  }

  /// A diagnostic as the protocol has it, its rule's documentation (if any) linked.
  func lspDiagnostic(
    _ diagnostic: Diagnostic, documentation: DiagnosticDocumentation?, location: (SourceSpan) -> Location
  ) -> LSPDiagnostic {
    var related: [LSPDiagnostic.RelatedInformation] = []
    let primary = location(diagnostic.primary.span)
    if !diagnostic.primary.message.isEmpty {
      related.append(.init(location: primary, message: diagnostic.primary.message))
    }
    for label in diagnostic.secondary {
      related.append(.init(location: location(label.span), message: label.message))
    }
    let message = DiagnosticReport.fullText(of: diagnostic)
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
}
