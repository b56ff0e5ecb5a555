import Foundation
import OGPDiagnostics
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("JUnit format")
struct JUnitFormatTests {
  private static let files = ["plans/clean.ogp", Fixture.arcadiaPath]

  private func attributes(_ element: XMLElement) -> [String: String] {
    var result: [String: String] = [:]
    for attribute in element.attributes ?? [] {
      result[attribute.name ?? ""] = attribute.stringValue ?? ""
    }
    return result
  }

  @Test("one suite per file, listed files first; errors and warnings fail, infos pass")
  func structure() throws {
    let output = JUnitFormat.render(Fixture.report(), files: Self.files)
    #expect(output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "))
    let document = try XMLDocument(xmlString: output, options: [])
    let root = try #require(document.rootElement())
    #expect(root.name == "testsuites")
    #expect(attributes(root) == ["name": "ogp", "tests": "4", "failures": "2", "errors": "0"])

    let suites = root.elements(forName: "testsuite")
    #expect(
      suites.map { attributes($0)["name"] } == ["plans/clean.ogp", Fixture.arcadiaPath, Fixture.seedsPath])
    #expect(suites.map { attributes($0)["tests"] } == ["1", "2", "1"])
    #expect(suites.map { attributes($0)["failures"] } == ["0", "2", "0"])

    let clean = suites[0].elements(forName: "testcase")
    #expect(clean.map(attributes) == [["name": "plans/clean.ogp", "classname": "ogp"]])
    #expect(clean[0].children == nil || clean[0].children?.isEmpty == true)

    let cases = suites[1].elements(forName: "testcase")
    #expect(
      cases.map(attributes) == [
        ["name": "OBJ001 \(Fixture.arcadiaPath):2:53", "classname": Fixture.arcadiaPath],
        ["name": "E0205 \(Fixture.arcadiaPath):3:14", "classname": Fixture.arcadiaPath],
      ])
    let failure = try #require(cases[1].elements(forName: "failure").first)
    #expect(
      attributes(failure) == [
        "message": "unknown objective 'SO7' in strategy \"ogp_2023\"", "type": "error",
      ])
    #expect(
      failure.stringValue
        == """
        plans/arcadia plan.ogp:3:14: error[E0205]: unknown objective 'SO7' in strategy "ogp_2023"
        note: objectives are declared in `strategy.ogp`
        help: the strategy declares SO1, SO2 — ü 🌱
        """)
    #expect(cases[0].elements(forName: "failure").first.map { attributes($0)["type"] } == "warning")

    let info = try #require(suites[2].elements(forName: "testcase").first)
    #expect(info.elements(forName: "failure").isEmpty)
    let out = try #require(info.elements(forName: "system-out").first)
    #expect(
      out.stringValue?.hasSuffix(
        "info[OBJ900]: tab\there, quote \" backslash \\ escape \u{FFFD}[31m bell \u{FFFD} line\nbreak")
        == true)
  }

  @Test("markup is escaped, forbidden characters become U+FFFD, and CR and LF survive attributes")
  func escaping() throws {
    let sources = SourceMap()
    let file = sources.add(path: "a&b<c>'d\".ogp", bytes: Array("x".utf8))
    let message = "a & b < c > d \" e ' f \u{0}\u{1B}\u{FFFE}\u{FFFF} g\r\nh\ti ]]>"
    let report = DiagnosticReport(
      sources: sources,
      diagnostics: [
        Diagnostic(
          .error, code: "E1", message: message, at: Label(SourceSpan(file: file.id, start: 0, end: 1)))
      ],
      toolVersion: "0")
    let output = JUnitFormat.render(report, files: [])
    #expect(output.contains(#"<testsuite name="a&amp;b&lt;c&gt;&apos;d&quot;.ogp""#))
    #expect(output.contains("]]&gt;"))
    let forbidden = output.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0xFFFE || $0.value == 0xFFFF
    }
    #expect(forbidden.isEmpty)

    let document = try XMLDocument(xmlString: output, options: [])
    let failure = try #require(
      document.rootElement()?.elements(forName: "testsuite").first?
        .elements(forName: "testcase").first?.elements(forName: "failure").first)
    let cleaned = "a & b < c > d \" e ' f \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} g\r\nh\ti ]]>"
    #expect(attributes(failure)["message"] == cleaned)
    #expect(failure.stringValue == "a&b<c>'d\".ogp:1:1: error[E1]: " + cleaned)
  }

  @Test("no files and no diagnostics is an empty, well-formed report")
  func empty() throws {
    let report = DiagnosticReport(sources: SourceMap(), diagnostics: [], toolVersion: "0")
    let output = JUnitFormat.render(report, files: [])
    #expect(
      output == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="ogp" tests="0" failures="0" errors="0">
        </testsuites>

        """)
    _ = try XMLDocument(xmlString: output, options: [])
  }
}
