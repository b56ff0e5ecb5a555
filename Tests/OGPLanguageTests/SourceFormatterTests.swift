import Foundation
import OGPDiagnostics
import OGPGenerator
import OGPLanguage
import OGPModel
import OGPTestSupport
import Testing

/// `ogp fmt`: a golden for a file with every construct and a comment in every position;
/// idempotence and an unchanged model on every example and on random variations of them.
struct SourceFormatterTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let formatting = root.appendingPathComponent("Tests/OGPLanguageTests/Formatting")

  static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  static func format(_ text: String) -> Result<String, SourceFormatter.Failure> {
    SourceFormatter.format(SourceFile(id: SourceFileID(0), path: "input.ogp", text: text))
  }

  static func formatted(_ text: String) throws -> String {
    switch format(text) {
    case .success(let result): return result
    case .failure(let failure): throw FormatError(failure: failure)
    }
  }

  struct FormatError: Error, CustomStringConvertible {
    let failure: SourceFormatter.Failure
    var description: String {
      switch failure {
      case .syntaxErrors(let diagnostics): "syntax errors: \(diagnostics.map(\.message))"
      case .meaningChanged(let reason): "meaning changed: \(reason)"
      }
    }
  }

  /// The model of `text` compiled as `dir/file.ogp` beside `companions` (path → text).
  static func model(_ text: String, path: String, companions: [String: String]) -> Program? {
    var files = companions
    files[path] = text
    let compilation = Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/w")
      .compile([.file(path)])
    return compilation.program
  }

  /// Every example that is not an error example, with the files it uses.
  static let examples = [
    "examples/standards/ogp-standards.ogp", "examples/strategy/ogp-2023-2028.ogp",
    "examples/plans/arcadia-2024.ogp", "examples/plans/valle-2025.ogp", "examples/plans/rio-claro-2025.ogp",
  ]

  static func companions() throws -> [String: String] {
    var files: [String: String] = [:]
    for example in examples { files["/w/" + example] = try read(root.appendingPathComponent(example)) }
    return files
  }

  // MARK: The golden

  @Test func messyFileFormatsToItsGolden() throws {
    let messy = try Self.read(Self.formatting.appendingPathComponent("messy.ogp"))
    let result = try Self.formatted(messy)
    let goldenURL = Self.formatting.appendingPathComponent("messy.formatted")
    if ProcessInfo.processInfo.environment["OGP_UPDATE_GOLDENS"] != nil {
      try Data(result.utf8).write(to: goldenURL, options: .atomic)
    }
    #expect(result == (try Self.read(goldenURL)))
    #expect(try Self.formatted(result) == result, "formatting is idempotent")
  }

  @Test func messyFileKeepsItsModel() throws {
    let messy = try Self.read(Self.formatting.appendingPathComponent("messy.ogp"))
    let strategy = try Self.read(Self.formatting.appendingPathComponent("strategy.ogp"))
    let companions = ["/w/strategy.ogp": strategy]
    let before = try #require(Self.model(messy, path: "/w/messy.ogp", companions: companions))
    let after = Self.model(try Self.formatted(messy), path: "/w/messy.ogp", companions: companions)
    #expect(after == before)
    #expect(before.plans.first?.commitments.first?.problem == "A problem stated\n  over lines.")
  }

  // MARK: Every example

  @Test(arguments: examples)
  func examplesAreAlreadyFormatted(example: String) throws {
    let text = try Self.read(Self.root.appendingPathComponent(example))
    #expect(try Self.formatted(text) == text, "run: swift run ogp fmt --write \(example)")
  }

  @Test(arguments: examples)
  func randomVariationsFormatBackAndKeepTheModel(example: String) throws {
    let companions = try Self.companions()
    let original = try #require(companions["/w/" + example])
    let model = try #require(Self.model(original, path: "/w/" + example, companions: companions))
    let canonical = try Self.formatted(original)
    for seed in 1...12 {
      var random = SeededRandom(seed: UInt64(seed))
      let spaced = Self.vary(original, random: &random, comments: false)
      #expect(try Self.formatted(spaced) == canonical, "seed \(seed): spacing alone must not matter")

      let commented = Self.vary(original, random: &random, comments: true)
      let result = try Self.formatted(commented)
      #expect(try Self.formatted(result) == result, "seed \(seed): idempotent")
      #expect(Self.model(result, path: "/w/" + example, companions: companions) == model, "seed \(seed)")
      let added = commented.components(separatedBy: "// v").count - 1
      #expect(result.components(separatedBy: "// v").count - 1 == added, "seed \(seed): every comment kept")
    }
  }

  @Test func generatedPlanFormatsAndKeepsItsModel() throws {
    let corpus = PlanGenerator(commitments: 40, seed: 5).generate()
    var files: [String: String] = [:]
    for file in corpus.files { files["/w/" + file.name] = file.text }
    let plan = try #require(files["/w/plan.ogp"])
    let before = try #require(Self.model(plan, path: "/w/plan.ogp", companions: files))
    let result = try Self.formatted(plan)
    #expect(try Self.formatted(result) == result)
    #expect(Self.model(result, path: "/w/plan.ogp", companions: files) == before)
  }

  /// Changes the spaces between tokens and the indentation at random; with `comments`, also
  /// adds comments at the ends of lines and on lines of their own, and doubles blank lines.
  static func vary(_ text: String, random: inout SeededRandom, comments: Bool) -> String {
    let source = SourceFile(id: SourceFileID(0), path: "v.ogp", text: text)
    let tokens = Parser.parse(source).tokens
    let bytes = source.bytes
    var output = ""
    var gapStart = 0
    var lineStart = true
    var counter = 0
    var afterDoc = false
    for token in tokens {
      let gap = String(decoding: bytes[gapStart..<Int(token.start)], as: UTF8.self)
      if gap.contains("//") || gap.isEmpty {
        output += gap
      } else if lineStart {
        output += String(repeating: " ", count: random.below(7))
      } else {
        output += [" ", "  ", "\t", "   "][random.below(4)]
      }
      if token.kind == .newline {
        // Not after a doc comment: its text runs to the end of the line.
        if comments && !gap.contains("//") && !afterDoc && random.below(4) == 0 {
          counter += 1
          output += "  // v\(counter)"
        }
        output += "\n"
        if comments && random.below(6) == 0 {
          counter += 1
          output += String(repeating: " ", count: random.below(5)) + "// v\(counter)\n"
        }
        lineStart = true
      } else {
        output += String(decoding: bytes[Int(token.start)..<token.end], as: UTF8.self)
        lineStart = false
      }
      gapStart = token.end
      afterDoc = token.kind == .docComment
    }
    return output
  }

  // MARK: Edges

  @Test func syntaxErrorsAreReportedNotFormatted() {
    guard case .failure(.syntaxErrors(let diagnostics)) = Self.format("plan p \"P\" {\n  member\n") else {
      Issue.record("a file with syntax errors was formatted")
      return
    }
    #expect(!diagnostics.isEmpty)
  }

  @Test func emptyAndCommentOnlyFiles() throws {
    #expect(try Self.formatted("") == "")
    #expect(try Self.formatted("\n\n") == "")
    #expect(try Self.formatted("  // only a comment") == "// only a comment\n")
  }

  @Test func carriageReturnsAndTabsBecomeCanonical() throws {
    let text =
      "actor a government \"A\"\r\n\r\n\r\nplan p \"P\" {\r\n\tmember \"X\" national\r\n\tperiod 2024 .. 2025\r\n}\r\n"
    #expect(
      try Self.formatted(text)
        == "actor a government \"A\"\n\nplan p \"P\" {\n  member \"X\" national\n  period 2024 .. 2025\n}\n")
  }

  @Test func multilineStringsMoveWithTheirClause() throws {
    let text =
      "plan p \"P\" {\n        problem \"\"\"\n          Line one\n            indented\n          \"\"\"\n}\n"
    #expect(
      try Self.formatted(text)
        == "plan p \"P\" {\n  problem \"\"\"\n    Line one\n      indented\n    \"\"\"\n}\n")
  }

  /// Found by the fuzzer: the `;` a comment trailed is dropped, and the comment was appended to
  /// the comment line above it, becoming part of its text.
  @Test func commentAfterADroppedSemicolonKeepsItsLine() throws {
    let text = "strategy s \"S\" {\n  period 2023 .. 2028\n  // one\n ; // two\n  change c \"C\"\n}\n"
    let expected = "strategy s \"S\" {\n  period 2023 .. 2028\n  // one\n  // two\n  change c \"C\"\n}\n"
    #expect(try Self.formatted(text) == expected)
    #expect(try Self.formatted(expected) == expected)
    #expect(
      try Self.formatted("actor a government \"A\"\n; // two\n") == "actor a government \"A\"  // two\n")
  }
}
