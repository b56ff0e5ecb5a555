import Foundation
import OGPInterchange
import OGPModel
import Testing

/// `ProgramJSON.decodeStrictly` reads the JSON form as strictly as its schema, and says where.
@Suite("Strict decoding of the JSON form")
struct StrictDecodingTests {
  static let empty = #"{"actors":[],"plans":[],"rules":[],"schema_version":1,"strategies":[]}"#

  /// The national example's compact JSON.
  static func national() throws -> String {
    String(
      decoding: try ProgramJSON.encode(try Examples.program(Examples.nationalPlan), pretty: false),
      as: UTF8.self)
  }

  private func issues(_ text: String) -> [String] {
    issues(Data(text.utf8))
  }

  private func issues(_ data: Data) -> [String] {
    do {
      _ = try ProgramJSON.decodeStrictly(data)
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  /// `text` with the only occurrence of `old` replaced.
  private func editing(_ text: String, _ old: String, _ new: String) throws -> String {
    try #require(text.ranges(of: old).count == 1, "'\(old)' occurs once")
    return text.replacing(old, with: new)
  }

  @Test("a valid document decodes to the same program as the lenient decoder gives")
  func valid() throws {
    let data = Data(try Self.national().utf8)
    #expect(try ProgramJSON.decodeStrictly(data) == ProgramJSON.decode(data))
    #expect(try ProgramJSON.decodeStrictly(Data(Self.empty.utf8)) == Program())
  }

  @Test("an unknown key is named with its path")
  func unknownKey() throws {
    let text = try editing(
      try Self.national(), #""id":"arcadia_nap3.c03","#, #""id":"arcadia_nap3.c03","colour":"red","#)
    #expect(issues(text) == ["$.plans[0].commitments[2]: unknown key 'colour'"])
  }

  @Test("a misspelt key is unknown, and the key it replaced is missing")
  func misspeltKey() throws {
    let text = try editing(
      try Self.national(), #""title":"Protecting civic space"#, #""titel":"Protecting civic space"#)
    #expect(
      issues(text) == [
        "$.plans[0].commitments[2]: unknown key 'titel'",
        "$.plans[0].commitments[2]: missing required key 'title'",
      ])
  }

  @Test(
    "a key in camelCase is not the snake_case key",
    arguments: ["pointOfContact", "Point_of_contact", "point_of_contact_"])
  func camelCaseKey(key: String) throws {
    let text = try editing(try Self.national(), #""point_of_contact":"#, "\"\(key)\":")
    #expect(issues(text).first == "$.plans[0]: unknown key '\(key)'")
  }

  @Test("a duplicate key is an issue")
  func duplicateKey() throws {
    let text = try editing(
      try Self.national(), #""period":{"end":"2028-08-31""#,
      #""period":{"end":"2028-08-31","end":"2028-08-31""#)
    #expect(issues(text) == ["$.plans[0].period: duplicate key 'end'"])
  }

  @Test("a missing required key is named with the object's path")
  func missingKey() throws {
    #expect(
      issues(#"{"actors":[],"plans":[],"rules":[],"strategies":[]}"#) == [
        "$: missing required key 'schema_version'"
      ])
    let text = try editing(try Self.national(), #""kind":"national","name":"Arcadia""#, #""name":"Arcadia""#)
    #expect(issues(text) == ["$.plans[0].member: missing required key 'kind'"])
  }

  @Test(
    "a value of the wrong type says what was expected and found",
    arguments: [
      (
        #""participants":640"#, #""participants":"640""#,
        "$.plans[0].cocreation.participants: expected a whole number, found a string"
      ),
      (
        #""participants":640"#, #""participants":640.5"#,
        "$.plans[0].cocreation.participants: expected a whole number in range, found 640.5"
      ),
      (
        #""verifiable":true"#, #""verifiable":"yes""#,
        "$.plans[0].commitments[0].assessments[0].verifiable: expected true or false, found a string"
      ),
      (
        #""leads":["supreme_court"]"#, #""leads":"supreme_court""#,
        "$.plans[0].commitments[4].leads: expected an array, found a string"
      ),
      (
        #""member":{"kind":"national","name":"Arcadia"}"#, #""member":"Arcadia""#,
        "$.plans[0].member: expected an object, found a string"
      ),
      (
        #""submitted":"2024-08-30""#, #""submitted":null"#,
        "$.plans[0].submitted: expected a string, found null"
      ),
      (
        #""kind":"national","name":"Arcadia""#, #""kind":"nationa","name":"Arcadia""#,
        "$.plans[0].member.kind: 'nationa' is not one of national, local"
      ),
      (
        #""kind":"national","name":"Arcadia""#, #""kind":1,"name":"Arcadia""#,
        "$.plans[0].member.kind: expected one of national, local, found a number"
      ),
      (
        #""submitted":"2024-08-30""#, #""submitted":"2024-02-30""#,
        "$.plans[0].submitted: '2024-02-30' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
      ),
      (
        #""meets":{"amount":3,"#, #""meets":{"amount":999999999999999999,"#,
        "$.plans[0].forum.meets.amount: a duration counts 1 to 10000 months, not 999999999999999999"
      ),
      (
        #""meets":{"amount":3,"#, #""meets":{"amount":-3,"#,
        "$.plans[0].forum.meets.amount: a duration counts 1 to 10000 months, not -3"
      ),
    ])
  func wrongType(old: String, new: String, expected: String) throws {
    #expect(issues(try editing(try Self.national(), old, new)) == [expected])
  }

  @Test("a participant count of 3.0 is the whole number 3")
  func integralFloat() throws {
    let text = try editing(try Self.national(), #""participants":640"#, #""participants":64e1"#)
    #expect(try ProgramJSON.decodeStrictly(Data(text.utf8)).plans[0].cocreation?.participants == 640)
  }

  @Test("another schema version is the only issue reported", arguments: ["2", "0", "1.5"])
  func schemaVersion(version: String) throws {
    let text = Self.empty.replacing(#""schema_version":1"#, with: #""schema_version":\#(version)"#)
    let withUnknown = text.replacing(#""rules":[]"#, with: #""rules":[],"extra":true"#)
    #expect(
      issues(withUnknown) == [
        "$.schema_version: schema version \(version) is not supported; this version of ogp reads version 1"
      ])
  }

  @Test("the top level must be an object")
  func topLevel() {
    #expect(issues("[]") == ["$: expected an object, found an array"])
  }

  @Test(
    "bytes that are not JSON say where reading stopped",
    arguments: [
      ("", "not JSON: line 1, column 1: unexpected end of input, expected a value"),
      ("{\"actors\": [],\n  \"plans\": [}", "not JSON: line 2, column 13: unexpected '}', expected a value"),
      ("{\"a\": 1} x", "not JSON: line 1, column 10: unexpected 'x' after the document"),
      ("{\"a\": 01}", "not JSON: line 1, column 8: a number may not start with 0"),
      ("{\"a\": \"\u{1}\"}", "not JSON: line 1, column 8: a control character in a string must be escaped"),
      ("{\"a\": \"\\x\"}", "not JSON: line 1, column 8: invalid escape in a string"),
      ("{\"a\": \"\\ud800\"}", "not JSON: line 1, column 14: a lone surrogate \\ud800 in a string"),
      ("{'a': 1}", "not JSON: line 1, column 2: unexpected ''', expected a key in double quotes"),
      (String(repeating: "[", count: 600), "not JSON: line 1, column 513: nested more than 512 levels deep"),
    ])
  func notJSON(text: String, expected: String) {
    #expect(issues(text) == [expected])
  }

  @Test("bytes that are not UTF-8 are reported before anything else")
  func notUTF8() {
    var bytes = Array("{\n  \"actors\": \"caf".utf8)
    bytes += [0xE9]
    bytes += Array("\"}".utf8)
    #expect(issues(Data(bytes)) == ["not JSON: line 2, column 17: not UTF-8: an invalid byte sequence"])
  }

  @Test("escapes and surrogate pairs decode to their characters")
  func escapes() throws {
    let text = Self.empty.replacing(
      #""actors":[]"#,
      with:
        #""actors":[{"id":"a","kind":"media","title":"\ud83c\uddfa\ud83c\uddfe \"q\" \\ \/ \b\f\n\r\t \u00e9"}]"#
    )
    let program = try ProgramJSON.decodeStrictly(Data(text.utf8))
    #expect(program.actors.first?.title == "🇺🇾 \"q\" \\ / \u{8}\u{C}\n\r\t é")
  }

  @Test("the first difference between two programs is found by path")
  func firstDifference() throws {
    let program = try Examples.program(Examples.nationalPlan)
    #expect(ProgramJSON.firstDifference(expected: program, actual: program) == nil)
    var changed = program
    changed.plans[0].commitments[1].id = "c02"
    let difference = try #require(ProgramJSON.firstDifference(expected: program, actual: changed))
    #expect(difference.path == "$.plans[0].commitments[1].id")
    #expect(difference.expected == #""arcadia_nap3.c02""# && difference.actual == #""c02""#)
    changed = program
    changed.rules = [Rule(id: "r", severity: .info, title: "R")]
    #expect(ProgramJSON.firstDifference(expected: changed, actual: program)?.path == "$.rules[0]")
  }
}
