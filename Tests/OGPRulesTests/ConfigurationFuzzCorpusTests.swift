import OGPFuzzing
import OGPTestSupport
import Testing

/// Replays the inputs `ogp-fuzz-config` (Fuzz/) found interesting, with its oracle: each parsed
/// as `ogp-lint.toml` and, when accepted, used to lint the fixed program, without a trap, with
/// diagnostics inside their files and nothing raw rendered.
struct ConfigurationFuzzCorpusTests {
  static let corpus = SavedCorpus("ConfigurationFuzzCorpus", besides: #filePath)

  @Test("the corpus is there and small")
  func corpusIsSmall() throws {
    #expect(Self.corpus.inputs.count >= 15)
    #expect(try Self.corpus.totalSize() <= 300 * 1024)
  }

  @Test("every saved input holds the oracle's properties")
  func replay() throws {
    for name in Self.corpus.inputs {
      #expect(ConfigurationOracle.check(try Self.corpus.bytes(of: name)) == nil, "\(name)")
    }
  }
}
