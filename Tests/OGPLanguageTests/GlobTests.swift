import Testing

@testable import OGPLanguage

/// `--exclude`'s patterns.
@Suite("Glob")
struct GlobTests {
  @Test(arguments: [
    ("*.ogp", "a.ogp", true), ("*.ogp", "d/a.ogp", false), ("?.ogp", "é.ogp", true),
    ("a?c", "abbc", false), ("**/a.ogp", "a.ogp", true), ("**/a.ogp", "x/y/a.ogp", true),
    ("old/**", "old/x/y.ogp", true), ("old/**", "older/y.ogp", false), ("x/**/z.ogp", "x/z.ogp", true),
    ("*a*b*", "xaxxbx", true), ("*a*b", "xaxxbx", false), ("draft-*", "draft-2025.ogp", true),
  ])
  func matches(pattern: String, path: String, expected: Bool) {
    #expect(Glob(pattern).matches(path) == expected)
  }

  @Test("a long name against many stars takes no backtracking explosion")
  func linear() {
    let name = String(repeating: "a", count: 20_000)
    #expect(!Glob(String(repeating: "*a", count: 50) + "b").matches(name))
  }
}
