import Foundation
import OGPTestSupport
import Testing

@testable import OGPDiagnostics

/// What keeps diagnostics small whatever the file: long names shortened, the formats listing at
/// most `limit` diagnostics and saying how many they left out, columns on one long line.
@Suite("Bounded diagnostic text")
struct BoundedTextTests {
  @Test("a long name is shortened to 40 characters, '…' and its length; short text is unchanged")
  func longNames() {
    let name = String(repeating: "é", count: 60_000)
    let shortened = MessageText.bounded("unknown actor '\(name)'; did you mean 'a'?")
    #expect(
      shortened
        == "unknown actor '\(String(repeating: "é", count: 39))…'; (60000 characters) did you mean 'a'?")
    #expect(MessageText.bounded(shortened) == shortened, "shortening twice changes nothing")
    let plain = "unknown objective 'SO7' in strategy 'ogp_2023_2028', not declared in any file loaded so far"
    #expect(MessageText.bounded(plain) == plain)
    let label = Label(SourceSpan(file: SourceFileID(0), start: 0, end: 1), "declared as '\(name)'")
    #expect(label.message.utf8.count < 200)
  }

  @Test("a text of thousands of short words is cut, saying how much was left out")
  func longText() {
    let text = "the strategy declares " + (0..<10_000).map { "SO\($0)" }.joined(separator: ", ")
    let bounded = MessageText.bounded(text)
    #expect(bounded.utf8.count <= MessageText.maximumLength)
    #expect(bounded.hasPrefix("the strategy declares SO0, SO1, SO2"))
    #expect(bounded.hasSuffix("more bytes)"))
    #expect(MessageText.bounded(bounded) == bounded)
    #expect(
      MessageText.list((0..<20).map { "SO\($0)" }) == (0..<12).map { "SO\($0)" }.joined(separator: ", ")
        + ", … and 8 more")
  }

  @Test("columns on a line of 100,000 scalars, asked in any order, are those counted from its start")
  func columnsOnALongLine() {
    let text = String(repeating: "aé🌱", count: 33_334) + "\nnext"
    let file = SourceFile(id: SourceFileID(0), path: "long.ogp", text: text)
    let bytes = Array(text.utf8)
    var offsets = Array(stride(from: 0, to: bytes.count, by: 997)).filter { bytes[$0] & 0xC0 != 0x80 }
    offsets.reverse()
    for offset in offsets {
      let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
      let column = bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 } + 1
      #expect(file.location(of: offset).column == column, "offset \(offset)")
    }
  }

  static func many(_ count: Int) -> DiagnosticReport {
    let sources = SourceMap()
    let file = sources.add(path: "plan.ogp", bytes: Array(String(repeating: "a@", count: count).utf8))
    let diagnostics = (0..<count).map {
      Diagnostic(
        .error, code: "E0003", message: "unexpected character '@'",
        at: Label(SourceSpan(file: file.id, start: 2 * $0 + 1, end: 2 * $0 + 2)))
    }
    return DiagnosticReport(sources: sources, diagnostics: diagnostics, toolVersion: "0", limit: 10)
  }

  @Test("JSON lists the first diagnostics; its summary counts all and says how many were left out")
  func json() throws {
    let output = JSONDiagnosticFormat.render(Self.many(500))
    let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(
      (document["diagnostics"] as? [[String: Any]])?.map { $0["column"] as? Int }
        == (0..<10).map { 2 * $0 + 2 })
    #expect(
      document["summary"] as? [String: Int] == ["errors": 500, "warnings": 0, "infos": 0, "omitted": 490])
  }

  @Test("SARIF lists the first results, says in the run's properties how many were left out, and validates")
  func sarif() throws {
    let output = SARIFFormat.render(Self.many(500))
    #expect(
      try SchemaValidator.validate(jsonData: Data(output.utf8), schemaURL: SARIFFormatTests.schemaURL) == [])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect((run["results"] as? [Any])?.count == 10)
    let properties = try #require(run["properties"] as? [String: Any])
    #expect(properties["omittedResults"] as? Int == 490)
    #expect(properties["omittedResultsNote"] as? String == DiagnosticReport.omittedNote(490))
  }

  @Test("GitHub and JUnit list the first diagnostics and end by saying how many were left out")
  func githubAndJUnit() {
    let github = GitHubFormat.render(Self.many(500)).split(separator: "\n")
    #expect(github.count == 11)
    #expect(github.last.map(String.init) == "::notice title=ogp::" + DiagnosticReport.omittedNote(490))
    let junit = JUnitFormat.render(Self.many(500), files: ["plan.ogp"])
    #expect(junit.components(separatedBy: "<testcase ").count == 11)
    #expect(junit.contains("<system-out>" + DiagnosticReport.omittedNote(490) + "</system-out>"))
  }
}
