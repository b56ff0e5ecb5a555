import OGPDiagnostics
import Testing

@testable import OGPLanguage

/// What a compilation keeps of a file: its `//` comments and what follows each, not its tokens.
@Suite("Compiled files")
struct CompiledFileTests {
  static func comments(_ text: String) -> [(text: String, next: String?)] {
    let source = SourceFile(id: SourceFileID(0), path: "f.ogp", text: text)
    let file = CompiledFile(Parser.parse(source), source: source)
    return file.comments.map { comment in
      let next = comment.nextItemStart.map { start in
        String(decoding: source.bytes[start...].prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self)
      }
      return (source.text(of: comment.span), next)
    }
  }

  @Test("line comments with the item after each; doc comments and slashes in strings are not comments")
  func lineComments() {
    let found = Self.comments(
      """
      // header
      actor a government "A // not a comment"  // trailing

      // ogp:disable STR001
      /// The plan.
      plan p "P" {
        lead a
      }
      // last
      """)
    #expect(found.map(\.text) == ["// header", "// trailing", "// ogp:disable STR001", "// last"])
    #expect(found.map(\.next) == ["actor", "plan", "plan", nil])
  }
}
