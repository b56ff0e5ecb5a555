import Foundation

/// A fuzzer's committed corpus (a folder of inputs beside a test file), which the tests replay
/// with the fuzzer's own oracle.
public struct SavedCorpus: Sendable {
  public let folder: URL
  /// The inputs' file names, sorted; hidden files and a README are not inputs.
  public let inputs: [String]

  /// The folder `name` beside `testFile` (pass `#filePath`).
  public init(_ name: String, besides testFile: String) {
    folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent(name)
    inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
  }

  public func bytes(of input: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(input)))
  }

  /// The inputs' total size in bytes: a committed corpus is kept small.
  public func totalSize() throws -> Int {
    try inputs.reduce(0) { total, name in
      let attributes = try FileManager.default.attributesOfItem(
        atPath: folder.appendingPathComponent(name).path)
      return total + ((attributes[.size] as? Int) ?? 0)
    }
  }
}
