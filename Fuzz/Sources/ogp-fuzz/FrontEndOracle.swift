import OGPDiagnostics
import OGPLanguage
import OGPModel

/// What must hold for any bytes given to the front end:
///
/// - compiling them (lexer, parser, loader, checker, lowering) returns, with every diagnostic's
///   span inside a loaded file;
/// - the rendered diagnostics hold no raw escape (ESC) or bidi control character;
/// - when the formatter accepts the file, it never reports that formatting changed the meaning,
///   formatting its output again changes nothing, and the output compiles to the same model (or,
///   when the input had errors, to the same error codes).
///
/// `Tests/OGPLanguageTests/FuzzCorpusTests.swift` checks the same properties on the saved corpus.
enum FrontEndOracle {
  /// Files an input may `use`: a strategy, a file that uses the input back (a cycle), a folder.
  static let provider = InMemorySourceProvider([
    "/fuzz/strategy.ogp": """
    strategy s "S" {
      period 2023 .. 2028
      objective SO1 "One" { priority p "P" }
    }
    """,
    "/fuzz/back.ogp": "use \"input.ogp\"\n",
    "/fuzz/folder/inner.ogp": "actor a government \"A\"\n",
  ])

  static let forbiddenScalars: Set<UInt32> = [
    0x1B, 0x07, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
  ]

  /// Nil when every property holds; otherwise what failed.
  static func check(_ bytes: [UInt8]) -> String? {
    let compiler = Compiler(provider: provider, workingDirectory: "/fuzz")
    let compilation = compiler.compile([.bytes(bytes, name: "input.ogp", directory: ".")])
    let files = compilation.sources.all
    for diagnostic in compilation.diagnostics {
      let spans = [diagnostic.primary.span] + diagnostic.secondary.map(\.span)
      for span in spans {
        guard span.file.index >= 0, span.file.index < files.count,
          span.start >= 0, span.start <= span.end, span.end <= files[span.file.index].bytes.count
        else { return "\(diagnostic.code) has a span outside its file: \(span)" }
      }
    }
    let rendered = DiagnosticRenderer(sources: compilation.sources).render(
      Array(compilation.diagnostics.prefix(20)))
    if let scalar = rendered.unicodeScalars.first(where: { forbiddenScalars.contains($0.value) }) {
      return "the rendered diagnostics hold U+\(String(scalar.value, radix: 16, uppercase: true))"
    }

    let source = SourceFile(id: SourceFileID(0), path: "input.ogp", bytes: bytes)
    let first: String
    switch SourceFormatter.format(source) {
    case .failure(.syntaxErrors): return nil
    case .failure(.meaningChanged(let reason)): return "formatting would change the meaning: \(reason)"
    case .success(let text): first = text
    }
    let again = SourceFile(id: SourceFileID(0), path: "input.ogp", text: first)
    switch SourceFormatter.format(again) {
    case .failure(.syntaxErrors(let diagnostics)):
      return "the formatted text has syntax errors: \(diagnostics.map(\.code))"
    case .failure(.meaningChanged(let reason)):
      return "formatting the formatted text would change the meaning: \(reason)"
    case .success(let second):
      if second != first { return "formatting is not idempotent" }
    }
    let formatted = compiler.compile([.bytes(Array(first.utf8), name: "input.ogp", directory: ".")])
    if formatted.program != compilation.program { return "the formatted text compiles to another model" }
    if compilation.program == nil {
      let before = compilation.diagnostics.map(\.code).sorted()
      let after = formatted.diagnostics.map(\.code).sorted()
      if before != after { return "the formatted text has other errors: \(before) became \(after)" }
    }
    return nil
  }
}
