import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPTestSupport
import Testing

/// Replays the inputs the fuzzer (Fuzz/) found interesting, with the properties it checks: the
/// front end returns with every span inside its file, the rendered diagnostics hold no raw
/// escape or bidi control, and a file that formats formats to itself again and to the same
/// model (or, with errors, the same error codes).
struct FuzzCorpusTests {
  static let corpus = SavedCorpus("FuzzCorpus", besides: #filePath)
  static var inputs: [String] { corpus.inputs }

  /// What an input may `use`: the same files the fuzz target offers.
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

  static let forbidden: Set<UInt32> = [
    0x1B, 0x07, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
  ]

  @Test("the corpus is there and small")
  func corpusIsSmall() throws {
    #expect(Self.inputs.count >= 20)
    #expect(try Self.corpus.totalSize() < 2 * 1024 * 1024)
  }

  @Test("every saved input compiles, renders safely and formats idempotently to the same model")
  func replay() throws {
    let compiler = Compiler(provider: Self.provider, workingDirectory: "/fuzz")
    for name in Self.inputs {
      let bytes = try Self.corpus.bytes(of: name)
      let compilation = compiler.compile([.bytes(bytes, name: "input.ogp", directory: ".")])
      let files = compilation.sources.all
      for diagnostic in compilation.diagnostics {
        let span = diagnostic.span
        #expect(
          span.file.index < files.count && span.start <= span.end
            && span.end <= files[span.file.index].bytes.count,
          "\(name): \(diagnostic.code) at \(span)")
      }
      let rendered = DiagnosticRenderer(sources: compilation.sources).render(
        Array(compilation.diagnostics.prefix(20)))
      #expect(
        !rendered.unicodeScalars.contains { Self.forbidden.contains($0.value) },
        "\(name): a raw control character in the rendered diagnostics")

      let first: String
      switch SourceFormatter.format(SourceFile(id: SourceFileID(0), path: "input.ogp", bytes: bytes)) {
      case .failure(.syntaxErrors): continue
      case .failure(.meaningChanged(let reason)):
        Issue.record("\(name): formatting would change the meaning: \(reason)")
        continue
      case .success(let text): first = text
      }
      switch SourceFormatter.format(SourceFile(id: SourceFileID(0), path: "input.ogp", text: first)) {
      case .success(let second): #expect(second == first, "\(name): formatting is not idempotent")
      case .failure(let failure): Issue.record("\(name): the formatted text does not format: \(failure)")
      }
      let formatted = compiler.compile([.bytes(Array(first.utf8), name: "input.ogp", directory: ".")])
      #expect(formatted.program == compilation.program, "\(name): another model after formatting")
      if compilation.program == nil {
        #expect(
          formatted.diagnostics.map(\.code).sorted() == compilation.diagnostics.map(\.code).sorted(),
          "\(name): other errors after formatting")
      }
    }
  }
}
