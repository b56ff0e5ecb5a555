import Foundation
import OGPLanguageServer
import Testing

/// JSON text read and written without Codable: what RFC 8259 allows, and nothing else.
struct JSONTextTests {
  @Test func valuesReadAsFoundationReadsThem() throws {
    let text = #"{"a":[1,-2.5,3e2,true,false,null],"b":"Economía 🌍 \"q\" \\ \/ \n\u00e9\ud83c\udf0d","c":{}}"#
    let parsed = try #require(JSON.parse(Array(text.utf8)))
    let viaFoundation = try JSONDecoder().decode(JSON.self, from: Data(text.utf8))
    #expect(parsed == viaFoundation)
    #expect(parsed["b"] == .string("Economía 🌍 \"q\" \\ / \né🌍"))
  }

  @Test func serializedTextReadsBackTheSameAndEscapesControlCharacters() throws {
    let value = JSON.object([
      "z": .string("tab\there \u{1} \"quoted\" \\ 🌍"),
      "a": .array([.number(42), .number(0.5), .null, .bool(true)]),
    ])
    let text = value.serialized()
    #expect(
      String(decoding: text, as: UTF8.self).hasPrefix(#"{"a":[42,0.5,null,true],"z":"tab\there \u0001"#))
    #expect(JSON.parse(text) == value)
    #expect(try JSONDecoder().decode(JSON.self, from: Data(text)) == value)
  }

  @Test(arguments: [
    "", "{", "[1,]", "{\"a\":1,}", "01", "1.", "-", "+1", "\"\u{1}\"", "\"\\x\"", "\"\\ud800\"",
    "\"\\udc00\"",
    "tru", "nul", "[1] 2", "{\"a\" 1}", "{1:2}",
  ])
  func textThatIsNotJSONIsRefused(_ text: String) {
    #expect(JSON.parse(Array(text.utf8)) == nil)
  }

  @Test func invalidUTF8AndDeepNestingAreRefused() {
    #expect(JSON.parse([0x22, 0xFF, 0x22]) == nil)
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(JSON.parse(Array(deep.utf8)) == nil)
    let allowed = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(JSON.parse(Array(allowed.utf8)) != nil)
  }
}
