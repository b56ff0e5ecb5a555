import OGPDiagnostics
import OGPLanguage
import Testing

/// How the linter runs its rules on every core.
@Suite("Concurrent map")
struct ConcurrentMapTests {
  @Test("concurrentMap keeps the order of its elements")
  func concurrentMapOrder() {
    let numbers = Array(0..<10_000)
    #expect(numbers.concurrentMap { $0 * 2 } == numbers.map { $0 * 2 })
    #expect([Int]().concurrentMap { $0 }.isEmpty)
  }

  @Test("concurrentMap's threads make text in the caller's language")
  func concurrentMapCarriesTheLanguage() {
    let languages = Language.$current.withValue(.spanish) {
      Array(0..<64).concurrentMap { _ in Language.current }
    }
    #expect(languages == Array(repeating: .spanish, count: 64))
  }
}
