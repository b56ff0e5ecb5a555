import OGPDiagnostics
import OGPGenerator
import OGPModel
import OGPTestSupport
import Testing

@testable import OGPLanguage

private func compile(_ bytes: [UInt8], files: [String: String] = [:]) -> Compilation {
  Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/w")
    .compile([.bytes(bytes, name: "t.ogp", directory: ".")])
}

private func compile(_ text: String) -> Compilation {
  Compiler(provider: InMemorySourceProvider([:]), workingDirectory: "/w").compile(text: text, path: "t.ogp")
}

/// Every label, secondary label and fix-it of every diagnostic lies within a loaded file.
private func expectSpansInFiles(
  _ compilation: Compilation, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let files = compilation.sources.all
  for diagnostic in compilation.diagnostics {
    let spans =
      [diagnostic.primary.span] + diagnostic.secondary.map(\.span)
      + diagnostic.fixIts.flatMap { $0.edits.map(\.span) }
    for span in spans {
      guard span.file.index >= 0, span.file.index < files.count else {
        Issue.record("\(diagnostic.code) in no loaded file", sourceLocation: sourceLocation)
        continue
      }
      let size = files[span.file.index].bytes.count
      #expect(
        span.start >= 0 && span.start <= span.end && span.end <= size,
        "\(diagnostic.code) at \(span) in \(size) bytes",
        sourceLocation: sourceLocation)
    }
  }
}

private func render(_ compilation: Compilation, colour: Bool = false) -> String {
  DiagnosticRenderer(sources: compilation.sources, colour: colour).render(compilation.diagnostics)
}

@Suite("Robustness")
struct RobustnessTests {
  @Test("200 random byte strings never crash, and every diagnostic lies within the file")
  func randomBytes() {
    var random = SeededRandom(seed: 0x5EED)
    let words: [String] = [
      "plan", "actor", "strategy", "commitment", "milestone", "forum", "use", "rule", "objective", "p", "x",
      "government", "period", "lead", "\"t\"", "\"", "\"\"\"", "\\", "\\u{", "{", "}", ",", ";", ".", "..",
      "\n", " ",
      "\t", "\r\n", "//", "///", "2024", "2024-06", "2024-13-40", "12ab", "é", "ñandú", "@", "#", "=",
    ]
    let pieces: [[UInt8]] = words.map { Array($0.utf8) } + [[0], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0x1B]]
    for round in 0..<200 {
      let length = random.below(4097)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(length + 16)
      if round % 2 == 0 {
        // Raw bytes.
        while bytes.count < length { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
      } else {
        // Pieces of the language, so the parser and checker get past the first line.
        while bytes.count < length {
          bytes += pieces[random.below(pieces.count)]
          if random.below(4) == 0 { bytes.append(UInt8(ascii: " ")) }
        }
      }
      let compilation = compile(bytes)
      expectSpansInFiles(compilation)
      // Rendering costs far more than compiling: show a sample, enough to reach the renderer's corners.
      _ = DiagnosticRenderer(sources: compilation.sources).render(Array(compilation.diagnostics.suffix(30)))
    }
  }

  @Test(
    "an empty file and a whitespace-only file compile with no diagnostics",
    arguments: ["", " \t\r\n\n  \r\n\t", "\n"])
  func emptyFiles(_ text: String) {
    let compilation = compile(text)
    #expect(compilation.diagnostics.isEmpty)
    #expect(compilation.program != nil)
  }

  @Test(
    "10,000 nested braces: one E0106, no crash", arguments: ["", "plan p \"t\" {\n", "plan p \"t\" {\n  x "])
  func nestedBraces(_ prefix: String) {
    let compilation = compile(prefix + String(repeating: "{", count: 10_000))
    #expect(compilation.diagnostics.count(where: { $0.code == DiagnosticCode.nestingTooDeep.rawValue }) == 1)
    expectSpansInFiles(compilation)
    #expect(!render(compilation).isEmpty)
  }

  @Test("a large generated plan compiles without errors")
  func largePlan() {
    // About 1.2 KB per commitment: 42,000 commitments make a plan of about 52 MB.
    let corpus = PlanGenerator(commitments: 42_000, seed: 7).generate()
    #expect(corpus.plan.utf8.count > 50_000_000)
    let compilation = Compiler(
      provider: InMemorySourceProvider([
        "/w/" + GeneratedCorpus.strategyFileName: corpus.strategy,
        "/w/" + GeneratedCorpus.planFileName: corpus.plan,
      ]),
      workingDirectory: "/w"
    ).compile([.file(GeneratedCorpus.planFileName)])
    #expect(compilation.unreadableRoots.isEmpty)
    #expect(compilation.diagnostics.isEmpty)
    #expect(compilation.files.count == 2)
    #expect(compilation.program != nil)
  }

  static let fiftyMegabytes = 50 * 1024 * 1024

  /// `strategy s "S" { … vision "aaaa…" }` with a 50 MB vision, closed or not.
  static func hugeVision(closed: Bool) -> [UInt8] {
    Array("strategy s \"S\" {\n  period 2023 .. 2028\n  vision \"".utf8)
      + [UInt8](repeating: UInt8(ascii: "a"), count: fiftyMegabytes) + (closed ? Array("\"\n}\n".utf8) : [])
  }

  @Test("a 50 MB string compiles")
  func hugeString() {
    let compilation = compile(Self.hugeVision(closed: true))
    #expect(compilation.diagnostics.isEmpty)
    #expect(compilation.program?.strategies.first?.vision?.utf8.count == Self.fiftyMegabytes)
  }

  @Test("an unterminated 50 MB string is diagnosed")
  func hugeUnterminatedString() {
    let compilation = compile(Self.hugeVision(closed: false))
    #expect(
      compilation.diagnostics.map(\.code) == [
        DiagnosticCode.unterminatedString.rawValue, DiagnosticCode.unclosedBlock.rawValue,
      ])
    expectSpansInFiles(compilation)
  }

  /// The rendering of an unterminated string of `size` bytes is short: every line is cut around its span.
  private func expectShortRendering(unterminatedStringOf size: Int) {
    let bytes =
      Array("strategy s \"S\" {\n  period 2023 .. 2028\n  vision \"".utf8)
      + [UInt8](repeating: UInt8(ascii: "a"), count: size)
    let compilation = compile(bytes)
    let text = render(compilation)
    #expect(!text.isEmpty)
    #expect(text.utf8.count < 2_000)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      #expect(line.count < 200, "\(line.prefix(80))…")
    }
  }

  @Test("the rendering of an unterminated 1 MB string cuts its line short")
  func renderLongLine() {
    expectShortRendering(unterminatedStringOf: 1024 * 1024)
  }

  @Test(
    "the rendering of an unterminated 50 MB string cuts its line short")
  func renderHugeLine() {
    expectShortRendering(unterminatedStringOf: Self.fiftyMegabytes)
  }

  @Test("100,000 lines with a stray character: one diagnostic per line, rendered in linear time")
  func manyStrayCharacters() {
    let lines = 100_000
    let compilation = compile(String(repeating: "@\n", count: lines))
    #expect(compilation.diagnostics.count == lines)
    #expect(compilation.diagnostics.allSatisfy { $0.code == DiagnosticCode.strayCharacter.rawValue })
    #expect(compilation.diagnostics.last?.span.start == 2 * (lines - 1))
    let text = render(compilation)
    #expect(text.hasSuffix("\(lines) errors, 0 warnings\n"))
  }

  static let hostile: [String] = [
    // Raw control and bidi characters where a name goes, in strings, and in an unquoted title.
    "actor a\u{1B}[31mb government \"x\"",
    "use \"\u{1B}[31m\u{202E}evil\r\u{0}\u{2066}\u{200E}.ogp\"",
    "use \"\\u{1B}[2J\\u{202E}\\u{0}\\r\\u{2067}\\u{200F}.ogp\"",
    "plan p Evil\u{1B}[2J\u{202E}title {\n}",
    "plan p \"t\" {\n  lead evil\u{202E}name, \u{1B}]0;pwned\u{7}\n}",
    "actor \u{202E}a government \"A\"\r\nactor a government \"\u{1B}[31m\"\r\n",
    "plan p \"\u{202E}\" {\n  member \"\u{1B}\" national\n  period 2024 .. 2023\n}",
  ]

  @Test("hostile characters never reach the rendered diagnostics raw", arguments: hostile)
  func hostileText(_ source: String) {
    let compilation = compile(source)
    #expect(!compilation.diagnostics.isEmpty)
    let forbidden: Set<UInt32> = [
      0x00, 0x07, 0x0D, 0x1B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
      0x2069,
    ]
    let plain = render(compilation)
    for scalar in plain.unicodeScalars where forbidden.contains(scalar.value) {
      Issue.record("U+\(String(scalar.value, radix: 16)) in the rendered text:\n\(plain.debugDescription)")
    }
    // With colour, the only escape sequences are the renderer's own.
    var coloured = render(compilation, colour: true)
    for style in ["0", "1", "1;31", "1;33", "1;36", "1;34"] {
      coloured = coloured.replacing("\u{1B}[\(style)m", with: "")
    }
    for scalar in coloured.unicodeScalars where forbidden.contains(scalar.value) {
      Issue.record("U+\(String(scalar.value, radix: 16)) in the coloured text:\n\(coloured.debugDescription)")
    }
  }
}
