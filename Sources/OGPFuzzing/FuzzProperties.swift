import OGPDiagnostics

/// What every fuzz oracle asks of the diagnostics it is given: spans inside their files, and no
/// raw escape, bell or bidi control once rendered, so that nothing in a plan drives a terminal.
enum FuzzProperties {
  static let forbiddenScalars: Set<UInt32> = [
    0x1B, 0x07, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
  ]

  /// Nil when every span of `diagnostics` lies in a file of `sources` and the first twenty render
  /// safely; otherwise what failed.
  static func check(_ diagnostics: [Diagnostic], sources: SourceMap) -> String? {
    let files = sources.all
    for diagnostic in diagnostics {
      for span in [diagnostic.primary.span] + diagnostic.secondary.map(\.span) {
        guard span.file.index >= 0, span.file.index < files.count, span.start >= 0, span.start <= span.end,
          span.end <= files[span.file.index].bytes.count
        else { return "\(diagnostic.code) has a span outside its file: \(span)" }
      }
    }
    return unsafeScalar(in: DiagnosticRenderer(sources: sources).render(Array(diagnostics.prefix(20))))
      .map { "the rendered diagnostics hold \($0)" }
  }

  /// `U+1B` for the first forbidden scalar of `text`; nil when there is none.
  static func unsafeScalar(in text: String) -> String? {
    text.unicodeScalars.first { forbiddenScalars.contains($0.value) }
      .map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }
}
