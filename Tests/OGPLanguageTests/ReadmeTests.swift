import Foundation
import OGPDiagnostics
import OGPLanguage
import Testing

/// The README is the reference for newcomers: its example must check clean, and the diagnostic
/// it shows must be what the checker prints for that example with the mistake it describes.
struct ReadmeTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The fenced blocks of the README whose info string is `language`.
  static func blocks(_ language: String) throws -> [String] {
    let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    var blocks: [String] = []
    var insideFence = false
    var current: [Substring]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if !insideFence, line.hasPrefix("```") {
        insideFence = true
        current = line == "```\(language)" ? [] : nil
      } else if insideFence, line == "```" {
        insideFence = false
        if let lines = current { blocks.append(lines.joined(separator: "\n") + "\n") }
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  /// Compiles `text` as `/w/plans/demo.ogp`, beside the real strategy example.
  static func compile(_ text: String) throws -> Compilation {
    let strategy = try String(
      contentsOf: root.appendingPathComponent("examples/strategy/ogp-2023-2028.ogp"), encoding: .utf8)
    let standards = try String(
      contentsOf: root.appendingPathComponent("examples/standards/ogp-standards.ogp"), encoding: .utf8)
    let provider = InMemorySourceProvider([
      "/w/plans/demo.ogp": text, "/w/strategy/ogp-2023-2028.ogp": strategy,
      "/w/standards/ogp-standards.ogp": standards,
    ])
    return Compiler(provider: provider, workingDirectory: "/w").compile([.file("plans/demo.ogp")])
  }

  @Test func theExampleChecksClean() throws {
    let example = try #require(try Self.blocks("ogp").first)
    let compilation = try Self.compile(example)
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.message))")
    #expect(compilation.program?.plans.first?.commitments.count == 1)
  }

  /// Every example of a plan, the Spanish section's included, checks clean.
  @Test func everyExampleChecksClean() throws {
    let examples = try Self.blocks("ogp").filter { $0.hasPrefix("use ") }
    #expect(examples.count >= 2)
    for example in examples {
      let compilation = try Self.compile(example)
      #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.message))")
    }
  }

  @Test func theDiagnosticShownIsTheOneTheCheckerPrints() throws {
    let example = try #require(try Self.blocks("ogp").first)
    let shown = try #require(try Self.blocks("").first { $0.contains("error[") })
    // The README's mistake: the commitment advances SO7, which the strategy does not declare.
    let broken = example.replacingOccurrences(
      of: "advances  SO2, SO3.protect_participation", with: "advances  SO7")
    #expect(broken != example)
    let compilation = try Self.compile(broken)
    let rendered = DiagnosticRenderer(sources: compilation.sources).render(compilation.diagnostics)
    #expect(rendered == shown)
  }
}
