import Foundation
import OGPDiagnostics
import OGPLanguage
import Testing

/// `CompletionSite` on every example, the broken ones too, at every offset: it never traps, and
/// what it replaces is a stretch of one line that holds the place.
struct CompletionSiteTests {
  @Test(arguments: LexerTests.exampleFiles)
  func everyPlaceOfAnExampleHasASiteOnItsLine(path: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let source = SourceFile(id: SourceFileID(0), path: path, bytes: bytes)
    // Every place of a small file, a sample of a large one's.
    let step = max(1, bytes.count / 400)
    for offset in stride(from: 0, through: bytes.count, by: step) {
      let site = CompletionSite.at(offset, in: source)
      #expect(
        site.replaced.lowerBound <= offset && offset <= site.replaced.upperBound, "\(path) at \(offset)")
      #expect(!bytes[site.replaced].contains(10), "\(path) at \(offset)")
    }
  }
}
