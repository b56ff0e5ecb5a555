import Testing

@testable import OGPLanguage

@Suite("Inline lists")
struct InlineListTests {
  @Test("a list reads back what was appended, in order, with the first element inline")
  func appendAndRead() {
    var list = InlineList<String>()
    #expect(list.isEmpty && list.first == nil)
    for (count, word) in ["one", "two", "three"].enumerated() {
      list.append(word)
      #expect(list.count == count + 1)
    }
    #expect(Array(list) == ["one", "two", "three"])
    #expect(list[0] == "one" && list[2] == "three" && list.last == "three")
    #expect(list == ["one", "two", "three"])
    #expect(list != ["one", "two"])
    #expect(Array(list.dropFirst()) == ["two", "three"])
    let single: InlineList = [7]
    #expect(single.count == 1 && single[0] == 7 && Array(single) == [7])
  }
}
