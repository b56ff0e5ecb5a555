import Foundation
import OGPDiagnostics
import OGPGenerator
import OGPModel
import Testing

@testable import OGPLanguage

/// What the front end shares for running on every core.
@Suite("Concurrent map")
struct ConcurrentMapTests {
  @Test("concurrentMap keeps the order of its elements")
  func concurrentMapOrder() {
    let numbers = Array(0..<10_000)
    #expect(numbers.concurrentMap { $0 * 2 } == numbers.map { $0 * 2 })
    #expect(numbers.chunked(into: 512).map(\.count).reduce(0, +) == 10_000)
    #expect(numbers.chunked(into: 512).count == 20)
    #expect([Int]().concurrentMap { $0 }.isEmpty)
  }
}

/// A top-level block with thousands of declarations is read in chunks on every core; whatever
/// the text, the result must be what one pass gives.
@Suite("Parallel parsing")
struct ParallelParseTests {
  /// Parses `text` in one pass and in chunks, and compares what each gives: diagnostics, the
  /// checked program (spans, clauses, docs) and the formatted text.
  static func expectSameAsOnePass(_ text: String, strategy: String) {
    func compile(_ threshold: Int) -> (ParseResult, SourceFile, Program, [Diagnostic]) {
      let sources = SourceMap()
      let file = sources.add(path: "plan.ogp", bytes: Array(text.utf8))
      let plan = Parser.parse(file, minimumParallelDeclarations: threshold)
      let strategyParse = Parser.parse(sources.add(path: "strategy.ogp", bytes: Array(strategy.utf8)))
      let checked = Checker.check([plan.syntax, strategyParse.syntax])
      return (plan, file, checked.program, checked.diagnostics)
    }
    let (onePass, file, onePassProgram, onePassChecks) = compile(.max)
    let (inChunks, _, inChunksProgram, inChunksChecks) = compile(8)
    #expect(inChunks.diagnostics == onePass.diagnostics)
    #expect(inChunksProgram == onePassProgram)
    #expect(inChunksChecks == onePassChecks)
    if onePass.diagnostics.isEmpty {
      var onePassPrinter = LayoutPrinter(parse: onePass, source: file)
      var inChunksPrinter = LayoutPrinter(parse: inChunks, source: file)
      #expect(inChunksPrinter.print() == onePassPrinter.print())
    }
  }

  /// Whether the plan's block is read in chunks at all: the chunks must read clean.
  static func readsInChunks(_ text: String) throws -> Bool {
    let file = SourceFile(id: SourceFileID(0), path: "plan.ogp", text: text)
    let (tokens, _) = Lexer.tokenize(file)
    var parser = Parser(source: file, tokens: tokens, minimumParallelDeclarations: 8)
    parser.index = try #require(tokens.indices.first { tokens[$0].kind == .kwPlan })
    while parser.tokens[parser.index].kind != .leftBrace { parser.index += 1 }
    let open = parser.span(parser.current)
    parser.index += 1
    parser.depth = 1
    let starts = parser.parallelChunkStarts()
    // A brace out of place ends the block early for the scan too: no chunks then.
    guard starts.count >= 2 else { return false }
    parser.index = starts[0]
    return parser.parseInParallel(starts, owner: .plan, open: open) != nil
  }

  @Test("a clean plan of 1,600 commitments")
  func cleanPlan() throws {
    let corpus = PlanGenerator(commitments: 1_600, seed: 21).generate()
    Self.expectSameAsOnePass(corpus.plan, strategy: corpus.strategy)
    #expect(try Self.readsInChunks(corpus.plan))
  }

  @Test("stray bytes are the lexer's to report: the chunks still read the same")
  func strayBytes() throws {
    let corpus = PlanGenerator(commitments: 1_200, seed: 25).generate()
    let text = corpus.plan.replacingOccurrences(
      of: "  commitment GR0700 ", with: "  @@@\n  commitment GR0700 ")
    #expect(text != corpus.plan)
    Self.expectSameAsOnePass(text, strategy: corpus.strategy)
  }

  @Test("a plan whose commitments hold mistakes of the checker's kind")
  func faultyPlan() throws {
    let corpus = PlanGenerator(commitments: 1_200, seed: 22, faultRate: 0.05).generate()
    let faulty = try #require(corpus.faultyPlan)
    Self.expectSameAsOnePass(faulty, strategy: corpus.strategy)
    #expect(try Self.readsInChunks(faulty))
  }

  @Test(
    "syntax errors inside a chunk fall back to one pass",
    arguments: [
      "  commitment c9999 \"Broken\" {\n    lead\n", "  commitment c9998 \"Unclosed\" {\n", "  }\n",
      "  commitment \"No name\" { lead x }\n", "  , stray\n", "  use \"x.ogp\"\n",
    ])
  func syntaxErrors(insertion: String) throws {
    let corpus = PlanGenerator(commitments: 1_200, seed: 23).generate()
    var lines = corpus.plan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let middle = try #require(
      lines.indices.dropFirst(lines.count / 4).first { lines[$0].hasPrefix("  commitment ") })
    lines.insert(String(insertion.dropLast()), at: middle)
    let text = lines.joined(separator: "\n")
    Self.expectSameAsOnePass(text, strategy: corpus.strategy)
    #expect(try !Self.readsInChunks(text))
  }

  @Test("a doc comment above a declaration keeps it out of the chunk starts")
  func docComments() throws {
    let corpus = PlanGenerator(commitments: 1_200, seed: 24).generate()
    // The generator documents one commitment in ten: those stay with their doc comment.
    #expect(corpus.plan.contains("  /// Carried over"))
    Self.expectSameAsOnePass(corpus.plan, strategy: corpus.strategy)
    #expect(try Self.readsInChunks(corpus.plan))
  }
}

/// A large file is lexed in pieces on every core; the tokens and diagnostics must be those of
/// one pass for any bytes, which the fuzzer's corpus and the examples stand in for.
@Suite("Parallel lexing")
struct ParallelLexTests {
  static func expectSameAsOnePass(_ bytes: [UInt8], _ name: String) {
    let file = SourceFile(id: SourceFileID(0), path: name, bytes: bytes)
    let onePass = Lexer.tokenize(file, minimumParallelBytes: .max)
    let inPieces = Lexer.tokenize(file, minimumParallelBytes: 1)
    #expect(inPieces.tokens == onePass.tokens, "\(name)")
    #expect(inPieces.diagnostics == onePass.diagnostics, "\(name)")
  }

  @Test("every input of the fuzz corpus")
  func fuzzCorpus() throws {
    #expect(FuzzCorpusTests.inputs.count > 100)
    for name in FuzzCorpusTests.inputs {
      let bytes = try FuzzCorpusTests.corpus.bytes(of: name)
      Self.expectSameAsOnePass(bytes, name)
    }
  }

  @Test("multi-line strings across the pieces' starts, and a generated plan")
  func multilineStrings() {
    let line = "  status_quo \"\"\"\n    one\n    two\n    \"\"\"\n"
    Self.expectSameAsOnePass(Array(String(repeating: line, count: 40).utf8), "strings")
    Self.expectSameAsOnePass(
      Array(("x \"\"\"\n" + String(repeating: "a\n", count: 100)).utf8), "unterminated")
    let plan = PlanGenerator(commitments: 200, seed: 31).generate().plan
    Self.expectSameAsOnePass(Array(plan.utf8), "plan")
    // The clean plan is lexed in pieces; a string left open sends the file to one pass.
    #expect(Lexer.tokenizeInPieces(SourceFile(id: SourceFileID(0), path: "plan", text: plan)) != nil)
    let open = SourceFile(
      id: SourceFileID(0), path: "open", text: "x \"\"\"\n" + String(repeating: "a\n", count: 100))
    #expect(Lexer.tokenizeInPieces(open) == nil)
  }
}
