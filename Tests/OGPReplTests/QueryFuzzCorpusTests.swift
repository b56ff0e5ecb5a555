import OGPFuzzing
import OGPTestSupport
import Testing

/// Replays the inputs `ogp-fuzz-query` (Fuzz/) found interesting, with its oracle: each as a
/// query and as a member rule's condition, evaluated and linted over the fixed program without a
/// trap, with diagnostics inside their files and nothing raw printed.
struct QueryFuzzCorpusTests {
  static let corpus = SavedCorpus("QueryFuzzCorpus", besides: #filePath)

  @Test("the corpus is there and small")
  func corpusIsSmall() throws {
    #expect(Self.corpus.inputs.count >= 20)
    #expect(try Self.corpus.totalSize() <= 300 * 1024)
  }

  @Test("every saved input holds the oracle's properties")
  func replay() throws {
    for name in Self.corpus.inputs {
      #expect(QueryOracle.check(try Self.corpus.bytes(of: name)) == nil, "\(name)")
    }
  }
}
