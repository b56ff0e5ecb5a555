import Foundation
import OGPFuzzing
import Testing

/// Replays the inputs `ogp-fuzz-query` (Fuzz/) found interesting, with its oracle: each as a
/// query and as a member rule's condition, evaluated and linted over the fixed program without a
/// trap, with diagnostics inside their files and nothing raw printed.
struct QueryFuzzCorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("QueryFuzzCorpus")

  static let inputs: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
    .filter { !$0.hasPrefix(".") }.sorted()

  @Test("the corpus is there and small")
  func corpusIsSmall() throws {
    #expect(Self.inputs.count >= 20)
    let sizes = try Self.inputs.map {
      try FileManager.default.attributesOfItem(atPath: Self.corpus.appendingPathComponent($0).path)[.size]
        as? Int
    }
    #expect(sizes.reduce(0) { $0 + ($1 ?? 0) } <= 300 * 1024)
  }

  @Test("every saved input holds the oracle's properties")
  func replay() throws {
    for name in Self.inputs {
      let bytes = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent(name)))
      #expect(QueryOracle.check(bytes) == nil, "\(name)")
    }
  }
}
