import Foundation
import Testing

/// The real `ogp` binary on small inputs that once made it run for minutes or print megabytes:
/// each finishes well within its time limit, and its output stays within a bound that does not
/// grow with the input.
@Suite("Bounded time and output")
struct BoundedOutputTests {
  typealias Hostile = HostileInputTests

  @Test("a 60,000-character unknown name: one short diagnostic, the name shortened, at once")
  func longUnknownName() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let declared = String(repeating: "a", count: 60_000)
    let written = String(repeating: "a", count: 59_999) + "b"
    let file = try Hostile.write(
      "actor \(declared) government \"A\"\nplan p \"P\" {\n  member \"X\" national\n  period 2024 .. 2025\n"
        + "  commitment c \"C\" {\n    lead \(written)\n  }\n}\n", "long.ogp", in: folder)
    let run = try Hostile.ogp(["check", file.path], timeout: 20)
    Hostile.expectExit(run, 1, "ogp check")
    #expect(Hostile.codes(run.errorText) == ["E0206"])
    #expect(run.standardError.count < 2_000, "\(run.standardError.count) bytes")
    let header = try #require(run.errorText.split(separator: "\n").first)
    #expect(header.hasSuffix("unknown actor '\(String(repeating: "a", count: 39))…' (60000 characters)"))
  }

  /// `a@a@…`, 160 KB: 80,001 diagnostics on one line.
  static func oneLineOfErrors(in folder: URL) throws -> URL {
    try Hostile.write(String(repeating: "a@", count: 80_000) + "\n", "errors.ogp", in: folder)
  }

  @Test("80,000 diagnostics on one line: each lint format is quick and at most 100 of them")
  func diagnosticsOnOneLine() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.oneLineOfErrors(in: folder)
    // A hundred diagnostics, each naming the file's temporary path; before, tens of megabytes.
    let bounds = ["text": 50_000, "json": 80_000, "sarif": 300_000, "github": 40_000, "junit": 80_000]
    for (format, bound) in bounds.sorted(by: { $0.key < $1.key }) {
      let run = try Hostile.ogp(["lint", "--format", format, file.path], timeout: 30)
      Hostile.expectExit(run, 1, "ogp lint --format \(format)")
      let size = run.standardOutput.count + run.standardError.count
      #expect(size < bound, "--format \(format): \(size) bytes")
      // JSON says it in its summary, below.
      if format != "json" {
        let text = run.outputText + run.errorText
        #expect(text.contains("79901 more not shown (--max-errors 0 shows them all)"), "--format \(format)")
      }
    }
    let json = try Hostile.ogp(["lint", "--format", "json", file.path], timeout: 30)
    let document = try #require(
      try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any])
    let summary = try #require(document["summary"] as? [String: Int])
    #expect(summary["errors"] == 80_001 && summary["omitted"] == 79_901)
    #expect((document["diagnostics"] as? [Any])?.count == 100)
  }

  @Test("80,000 diagnostics on one line: ogp fmt reports 100 of them (or --max-errors), quickly")
  func formatterOnOneLineOfErrors() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.oneLineOfErrors(in: folder)
    let run = try Hostile.ogp(["fmt", file.path], timeout: 30)
    Hostile.expectExit(run, 1, "ogp fmt")
    #expect(run.standardError.count < 40_000, "\(run.standardError.count) bytes")
    #expect(run.errorText.contains("more not shown (--max-errors 0 shows them all)"))
    let five = try Hostile.ogp(["fmt", "--max-errors", "5", file.path], timeout: 30)
    #expect(five.errorText.contains("79996 more not shown"), "\(five.errorText.suffix(300))")
  }

  @Test("200,000 comment lines (8 MB) check and lint in seconds")
  func commentLines() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Hostile.write(
      String(repeating: "// a comment line of forty bytes, or so\n", count: 200_000)
        + "actor a government \"A\"\n",
      "comments.ogp", in: folder)
    for command in ["check", "lint"] {
      Hostile.expectExit(try Hostile.ogp([command, file.path], timeout: 30), 0, "ogp \(command)")
    }
  }

  @Test("':load' of 300 KB of random text, in a script and at a piped prompt: 100 diagnostics")
  func loadRandomBytes() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    var generator = SystemRandomNumberGenerator()
    // Random bytes without control bytes, which would make the file binary, refused unread (E0214).
    try Hostile.write(
      (0..<300_000).map { _ in UInt8.random(in: 0x20...0xFF, using: &generator) }.map {
        $0 == 0x7F ? 0x3F : $0
      },
      "noise.ogp", in: folder)
    let script = try Hostile.write(":load \(folder.path)/noise.ogp\n", "load.ogps", in: folder)
    let run = try Hostile.ogp(["run", script.path], timeout: 60)
    Hostile.expectExit(run, 1, "ogp run")
    #expect(run.standardError.count < 100_000, "\(run.standardError.count) bytes")
    #expect(run.errorText.contains("more not shown (--max-errors 0 shows them all)"))
    let piped = try Hostile.run(
      ["/bin/sh", "-c", "exec \"$0\" repl < \"$1\"", try OGPProcess.executable().path, script.path],
      timeout: 60)
    Hostile.expectExit(piped, 1, "ogp repl < script")
    #expect(piped.standardError.count < 100_000, "\(piped.standardError.count) bytes")
  }

  @Test("many unknown partners against many actors: checked in seconds")
  func manyUnknownReferences() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let count = 5_000
    let actors = (0..<count).map { "actor actor\($0) government \"A\($0)\"\n" }.joined()
    let partners = (0..<count).map { "unknown\($0)" }.joined(separator: ", ")
    let file = try Hostile.write(
      actors + "plan p \"P\" {\n  member \"X\" national\n  period 2024 .. 2025\n  commitment c \"C\" {\n"
        + "    lead actor0\n    partners \(partners)\n  }\n}\n", "unknown.ogp", in: folder)
    Hostile.expectExit(try Hostile.ogp(["check", file.path], timeout: 60), 1, "ogp check")
  }

  @Test("a plan of 1000 .. 9999: a report of tens of kilobytes, saying the timeline is clipped")
  func widePeriodReport() throws {
    let folder = try Hostile.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Hostile.write(
      "actor g government \"G\" { branch executive; level national }\nplan p \"P\" {\n  member \"X\" national\n"
        + "  period 1000 .. 9999\n  commitment c \"C\" {\n    lead g\n    period 1000 .. 9999\n  }\n}\n",
      "wide.ogp", in: folder)
    let run = try Hostile.ogp(["report", "--as-of", "2025-01-01", file.path, "--html", "-"], timeout: 30)
    Hostile.expectExit(run, 0, "ogp report")
    #expect(run.standardOutput.count < 200_000, "\(run.standardOutput.count) bytes")
    #expect(run.outputText.contains("The chart shows at most 20 years, from Jan 1000 to Dec 1019"))
  }

  @Test(
    "every command that prints diagnostics takes --max-errors",
    arguments: [
      "check", "lint", "fmt", "export", "import", "report", "query", "run", "repl", "rules", "explain",
    ])
  func maxErrorsEverywhere(_ command: String) throws {
    let run = try Hostile.ogp([command, "--help"], timeout: 10)
    Hostile.expectExit(run, 0, "ogp \(command) --help")
    #expect(run.outputText.contains("--max-errors"), "ogp \(command) --help")
  }
}
