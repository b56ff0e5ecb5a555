import OGPDiagnostics
import OGPTestSupport
import Testing

@Suite("GitHub workflow commands")
struct GitHubFormatTests {
  private static let hostilePath = "dir,with:colons/50%::x.ogp"

  /// Paths and messages full of what the command syntax uses: `%`, `::`, `,`, `:`, CR, LF.
  private static func hostileReport() -> DiagnosticReport {
    let sources = SourceMap()
    let file = sources.add(path: hostilePath, bytes: Array("abc\ndef\n".utf8))
    let span = { (start: Int, end: Int) in SourceSpan(file: file.id, start: start, end: end) }
    let diagnostics = [
      Diagnostic(.warning, code: "W,1:2", message: "%0A is not a line break", at: Label(span(4, 7))),
      Diagnostic(
        .error, code: "E0001", message: "50% of 'x::y'\r\nsecond, with: colon", at: Label(span(0, 3)),
        help: "fix it"),
      Diagnostic(.info, code: "I1", message: "::error file=x::injected", at: Label(span(2, 6))),
    ]
    return DiagnosticReport(sources: sources, diagnostics: diagnostics, toolVersion: "0")
  }

  @Test("hostile paths and messages give exactly these commands")
  func hostile() {
    let lines = GitHubFormat.render(Self.hostileReport()).split(
      separator: "\n", omittingEmptySubsequences: false)
    let file = "file=dir%2Cwith%3Acolons/50%25%3A%3Ax.ogp"
    #expect(
      lines == [
        "::error \(file),line=1,col=1,endLine=1,endColumn=4,title=E0001::50%25 of 'x::y'%0D%0Asecond, with: colon%0Ahelp: fix it",
        // A span across lines gives no columns: GitHub rejects them there.
        "::notice \(file),line=1,endLine=2,title=I1::::error file=x::injected",
        "::warning \(file),line=2,col=1,endLine=2,endColumn=4,title=W%2C1%3A2::%250A is not a line break",
        "",
      ])
  }

  @Test("the fixture: warnings, errors and infos, non-ASCII and help")
  func fixture() {
    let lines = GitHubFormat.render(Fixture.report()).split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "::warning file=plans/arcadia plan.ogp,line=2,col=53,endLine=2,endColumn=54,title=OBJ001::"
          + "commitment 'Agência de Governo Digital — ü 🌱' advances nothing%0Ahelp: add an `advances` clause",
        "::error file=plans/arcadia plan.ogp,line=3,col=14,endLine=3,endColumn=17,title=E0205::"
          + "unknown objective 'SO7' in strategy \"ogp_2023\"%0Anote: objectives are declared in `strategy.ogp`"
          + "%0Ahelp: the strategy declares SO1, SO2 — ü 🌱",
        "::notice file=plans/ünï/🌱 seeds.ogp,line=2,col=3,endLine=2,endColumn=7,title=OBJ900::"
          // Control characters are made visible: a CI log shows them, it does not obey them.
          + "tab here, quote \" backslash \\ escape \u{241B}[31m bell \u{2407} line%0Abreak",
      ])
  }

  @Test("a command parsed as the runner parses it gives back the path, code and full message")
  func roundTrip() throws {
    let report = Self.hostileReport()
    let output = GitHubFormat.render(report)
    let lines = output.split(separator: "\n")
    let messages = report.diagnostics.sortedForDisplay().map { diagnostic in
      ([diagnostic.message] + diagnostic.notes.map { "note: \($0)" }
        + (diagnostic.help.map { ["help: \($0)"] } ?? []))
        .joined(separator: "\n")
    }
    try #require(lines.count == messages.count)
    for (line, message) in zip(lines, messages) {
      // The runner: after the leading `::`, the first `::` ends the command and its properties.
      let body = line.dropFirst(2)
      let end = try #require(body.firstRange(of: "::"))
      let head = body[..<end.lowerBound]
      let data = body[end.upperBound...]
      let space = try #require(head.firstIndex(of: " "))
      var properties: [String: String] = [:]
      for pair in head[head.index(after: space)...].split(separator: ",") {
        let equals = try #require(pair.firstIndex(of: "="))
        properties[String(pair[..<equals])] = GitHubFormat.unescapeProperty(
          String(pair[pair.index(after: equals)...]))
      }
      #expect(properties["file"] == Self.hostilePath)
      #expect(GitHubFormat.unescapeData(String(data)) == message)
    }
  }

  @Test("escaping: % first, and each unescape inverts its escape exactly")
  func examples() {
    #expect(GitHubFormat.escapeData("%0A\r\n:,") == "%250A%0D%0A:,")
    #expect(GitHubFormat.escapeProperty("%0A\r\n:,") == "%250A%0D%0A%3A%2C")
    #expect(GitHubFormat.unescapeData("%250A%0D%0A%3A%2C") == "%0A\r\n%3A%2C")
    #expect(GitHubFormat.unescapeProperty("%250A%0D%0A%3A%2C") == "%0A\r\n:,")
    // A `%` that starts no escape, or is cut short at the end, stays as it is.
    #expect(GitHubFormat.unescapeProperty("%zz%2") == "%zz%2")
  }

  @Test("1,500 random strings heavy in escape material round-trip, and escaped text is inert")
  func property() {
    var random = SeededRandom(seed: 0x61_74_68_75_62)
    let alphabet: [String] = [
      "%", "%", "%", ":", ":", ",", ",", "\r", "\n", "\r\n", "0", "A", "D", "2", "5", "C", "3", "a", "=", " ",
      "ü", "🌱", "—", "e\u{301}",
    ]
    for _ in 0..<1_500 {
      let text = (0..<random.below(40)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
      let data = GitHubFormat.escapeData(text)
      let property = GitHubFormat.escapeProperty(text)
      #expect(GitHubFormat.unescapeData(data) == text, "\(text.debugDescription)")
      #expect(GitHubFormat.unescapeProperty(property) == text, "\(text.debugDescription)")
      #expect(!data.unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
      #expect(!property.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == ":" || $0 == "," })
    }
  }
}
