import OGPLanguage
import Testing

/// `Paths.normalise` answers a path that is normal already without splitting it; the quick test
/// must agree with the long way on every path.
@Suite("Paths")
struct PathsTests {
  /// Every string of up to six of `a`, `.` and `/`: each kind of component, at each place.
  static let paths: [String] = (1...6).reduce(into: [[String]]([[""]])) { lengths, _ in
    lengths.append(lengths[lengths.count - 1].flatMap { prefix in ["a", ".", "/"].map { prefix + $0 } })
  }.flatMap { $0 }

  @Test("a path is normal exactly when splitting and joining it gives it back")
  func quickTestAgreesWithTheLongWay() {
    #expect(Self.paths.count == 1_093)
    for path in Self.paths {
      #expect(Paths.isNormal(path) == (Paths.normalisedBySplitting(path) == path), "\(path)")
      #expect(Paths.normalise(path) == Paths.normalisedBySplitting(path), "\(path)")
    }
  }

  @Test(
    "normal paths and not",
    arguments: [
      ("/", true), ("", true), ("a/b", true), ("/w/plans/a.ogp", true), ("...", true), ("a/.b", true),
      ("//a", false), ("a/", false), ("./a", false), ("a/../b", false), ("/w/.", false), ("a//b", false),
    ])
  func examples(path: String, normal: Bool) {
    #expect(Paths.isNormal(path) == normal)
  }
}
