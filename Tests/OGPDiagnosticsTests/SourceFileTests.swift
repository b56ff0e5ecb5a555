import OGPDiagnostics
import Testing

/// A text that starts on a later line of something larger (a script's input) is numbered from
/// there, with its bytes as they are.
struct SourceFileTests {
  @Test func aFirstLineNumbersLocationsAndSnippetsWithoutPadding() {
    let sources = SourceMap()
    let file = sources.add(path: "script.ogps", bytes: Array("a\nbad here\n".utf8), firstLine: 12)
    #expect(file.bytes.count == 11)
    #expect(file.location(of: 0) == SourceLocation(line: 12, column: 1))
    #expect(file.location(of: 6) == SourceLocation(line: 13, column: 5))
    let rendered = DiagnosticRenderer(sources: sources, colour: false).render(
      Diagnostic(
        .error, code: "E0001", message: "bad", at: Label(SourceSpan(file: file.id, start: 2, end: 5), "here"))
    )
    #expect(rendered.hasPrefix("script.ogps:13:1: error[E0001]: bad\n"))
    #expect(rendered.contains("13 | bad here\n   | ^^^ here"))
  }
}
