import Foundation
import OGPDiagnostics
import OGPGenerator
import OGPModel
import Testing

@testable import OGPLanguage

/// The compiler leaves a plan's thousands of commitments unparsed until the checker reads them,
/// a chunk at a time; whatever the text, the result must be what one pass gives.
@Suite("Deferred blocks")
struct DeferredBlockTests {
  /// Parses and checks `text` with its whole tree and with its plan's declarations deferred
  /// (from 8 of them), and compares the diagnostics of both phases and the checked program.
  static func expectSameAsOnePass(_ text: String, strategy: String) {
    func compile(_ threshold: Int?) -> (Program, [Diagnostic]) {
      let sources = SourceMap()
      let planFile = sources.add(path: "plan.ogp", bytes: Array(text.utf8))
      let plan = Parser.parse(planFile, deferringBlocksOf: threshold)
      let strategyParse = Parser.parse(sources.add(path: "strategy.ogp", bytes: Array(strategy.utf8)))
      let checked = Checker.check([plan.syntax, strategyParse.syntax])
      return (
        checked.program,
        (plan.diagnostics + strategyParse.diagnostics + checked.diagnostics).sortedForDisplay()
      )
    }
    let (onePassProgram, onePassDiagnostics) = compile(nil)
    let (deferredProgram, deferredDiagnostics) = compile(8)
    #expect(deferredDiagnostics == onePassDiagnostics)
    #expect(deferredProgram == onePassProgram)
  }

  /// How many of the plan's deferred chunks read clean, and how many there are; nil when the
  /// plan's block is not deferred at all.
  static func chunksReadClean(_ text: String) throws -> (clean: Int, chunks: Int)? {
    let file = SourceFile(id: SourceFileID(0), path: "plan.ogp", text: text)
    let syntax = Parser.parse(file, deferringBlocksOf: 8).syntax
    let plan = try #require(syntax.declarations.first { $0.kind == .plan })
    guard let deferred = plan.body?.deferred else { return nil }
    var clean = 0
    deferred.forEachChunk { _, diagnostics in if diagnostics.isEmpty { clean += 1 } }
    return (clean, deferred.chunkStarts.count)
  }

  @Test("a clean plan of 1,600 commitments")
  func cleanPlan() throws {
    let corpus = PlanGenerator(commitments: 1_600, seed: 21).generate()
    Self.expectSameAsOnePass(corpus.plan, strategy: corpus.strategy)
    let chunks = try #require(try Self.chunksReadClean(corpus.plan))
    #expect(chunks.chunks > 1 && chunks.clean == chunks.chunks)
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
    let chunks = try #require(try Self.chunksReadClean(faulty))
    #expect(chunks.clean == chunks.chunks)
  }

  @Test(
    "syntax errors inside a chunk: the rest of the block is read in one pass",
    arguments: ["  commitment \"No name\" { lead x }\n", "  , stray\n", "  use \"x.ogp\"\n"])
  func syntaxErrors(insertion: String) throws {
    let text = try Self.inserting(insertion, seed: 23)
    Self.expectSameAsOnePass(text, strategy: PlanGenerator(commitments: 1_200, seed: 23).generate().strategy)
    let chunks = try #require(try Self.chunksReadClean(text))
    #expect(chunks.clean < chunks.chunks)
  }

  @Test("a brace that closes the plan early closes the deferred part there too")
  func earlyClose() throws {
    let text = try Self.inserting("  }\n", seed: 23)
    Self.expectSameAsOnePass(text, strategy: PlanGenerator(commitments: 1_200, seed: 23).generate().strategy)
    let chunks = try #require(try Self.chunksReadClean(text))
    #expect(chunks.chunks > 0 && chunks.clean == chunks.chunks)
  }

  @Test(
    "a clause among the commitments, or a brace left open: nothing is deferred",
    arguments: [
      "  title \"A second title\"\n", "  strategy ogp_2023_2028\n",
      "  commitment c9999 \"Broken\" {\n    lead\n", "  commitment c9998 \"Unclosed\" {\n",
    ])
  func notDeferred(insertion: String) throws {
    let text = try Self.inserting(insertion, seed: 23)
    Self.expectSameAsOnePass(text, strategy: PlanGenerator(commitments: 1_200, seed: 23).generate().strategy)
    #expect(try Self.chunksReadClean(text) == nil)
  }

  /// A generated plan of 1,200 commitments with `insertion` a quarter of the way down.
  static func inserting(_ insertion: String, seed: UInt64) throws -> String {
    let corpus = PlanGenerator(commitments: 1_200, seed: seed).generate()
    var lines = corpus.plan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let middle = try #require(
      lines.indices.dropFirst(lines.count / 4).first { lines[$0].hasPrefix("  commitment ") })
    lines.insert(String(insertion.dropLast()), at: middle)
    return lines.joined(separator: "\n")
  }

  @Test("a doc comment above a declaration keeps it out of the chunk starts")
  func docComments() throws {
    let corpus = PlanGenerator(commitments: 1_200, seed: 24).generate()
    // The generator documents one commitment in ten: those stay with their doc comment.
    #expect(corpus.plan.contains("  /// Carried over"))
    Self.expectSameAsOnePass(corpus.plan, strategy: corpus.strategy)
    let chunks = try #require(try Self.chunksReadClean(corpus.plan))
    #expect(chunks.clean == chunks.chunks)
  }
}

/// Deferred chunks are lexed again from their bytes; a range from one token's start to
/// another's must give the tokens one pass gives between them.
@Suite("Lexing a range")
struct RangeLexTests {
  @Test("a range gives the one pass's tokens, then the end of file at the range's end")
  func rangeMatchesOnePass() throws {
    let plan = PlanGenerator(commitments: 200, seed: 31).generate().plan
    let file = SourceFile(id: SourceFileID(0), path: "plan.ogp", text: plan)
    let tokens = Lexer.tokenize(file).tokens
    #expect(tokens.count > 5_000)
    for (from, to) in [(0, tokens.count - 1), (10, 500), (1_000, 3_000), (4_000, 4_001)] {
      let end = Int(tokens[to].start)
      let ranged = Lexer.tokenize(file, range: Int(tokens[from].start)..<end)
      #expect(Array(ranged.dropLast()) == Array(tokens[from..<to]))
      #expect(ranged.last == Token(kind: .endOfFile, start: end, length: 0))
    }
  }
}
