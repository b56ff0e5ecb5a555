import Foundation
import OGPModel
import Testing

@Suite struct ProgramJSONTests {
  @Test(arguments: [true, false])
  func roundTrip(pretty: Bool) throws {
    let data = try ProgramJSON.encode(Fixtures.rich, pretty: pretty)
    #expect(try ProgramJSON.decode(data) == Fixtures.rich)
  }

  @Test func emptyProgramRoundTrips() throws {
    #expect(try ProgramJSON.decode(ProgramJSON.encode(Program())) == Program())
  }

  @Test func encodingIsByteForByteDeterministic() throws {
    let first = try ProgramJSON.encode(Fixtures.rich)
    for _ in 0..<5 {
      #expect(try ProgramJSON.encode(Fixtures.rich) == first)
    }
    #expect(try ProgramJSON.encode(ProgramJSON.decode(first)) == first)
    let compact = try ProgramJSON.encode(Fixtures.rich, pretty: false)
    #expect(try ProgramJSON.encode(ProgramJSON.decode(compact), pretty: false) == compact)
  }

  @Test func emptyProgramHasSortedSnakeCaseKeys() throws {
    let text = String(decoding: try ProgramJSON.encode(Program(), pretty: false), as: UTF8.self)
    #expect(text == #"{"actors":[],"plans":[],"rules":[],"schema_version":1,"standards":[],"strategies":[]}"#)
  }

  @Test func valuesEncodeAsDocumented() throws {
    let actor = Actor(id: "cainfo", title: "CAinfo", kind: .civilSociety)
    let plan = ActionPlan(
      id: "uy_2023", title: "Plan", member: Member(name: "Uruguay", kind: .national),
      period: Fixtures.range("2023-09", "2027"), pointOfContact: "cainfo",
      forum: Forum(title: "Forum", meets: Duration(amount: 3, unit: .months)))
    let data = try ProgramJSON.encode(Program(actors: [actor], plans: [plan]), pretty: false)
    let text = String(decoding: data, as: UTF8.self)
    // Optionals that are nil are left out, not written as null.
    #expect(!text.contains("null"))
    #expect(!text.contains(#""doc""#))
    #expect(text.contains(#"{"id":"cainfo","kind":"civil_society","title":"CAinfo"}"#))
    #expect(text.contains(#""period":{"end":"2027","start":"2023-09"}"#))
    #expect(text.contains(#""meets":{"amount":3,"unit":"months"}"#))
    #expect(text.contains(#""point_of_contact":"cainfo""#))
    #expect(text.contains(#""member":{"kind":"national","name":"Uruguay"}"#))
  }

  @Test func multiWordKeysAreSnakeCase() throws {
    let text = String(decoding: try Fixtures.richJSON(), as: UTF8.self)
    for key in [
      "schema_version", "point_of_contact", "reasoned_response", "status_quo", "potential_impact",
      "early_results",
    ] {
      #expect(text.contains("\"\(key)\""), "no \(key) in the JSON")
    }
    #expect(!text.contains("pointOfContact"))
  }

  @Test(arguments: ["2023-02-30", "2023-02-29", "2024-04-31", "2023-13", "2023-00", "0000", "24", "2024-6"])
  func decodingRejectsAnImpossibleDate(_ text: String) throws {
    let edit = JSONEdit(object: ["plans", 0], key: "submitted", value: text)
    let document = try edit.applied(to: Fixtures.richJSON())
    do {
      _ = try ProgramJSON.decode(document)
      Issue.record("\(text) was accepted")
    } catch DecodingError.dataCorrupted(let context) {
      #expect(context.debugDescription.contains("'\(text)'"))
      #expect(context.codingPath.map(\.stringValue).last == "submitted")
    }
  }

  @Test(arguments: ["2024-02-29", "2000-02-29", "2023-12-31", "2024", "2024-06"])
  func decodingAcceptsARealDate(_ text: String) throws {
    let edit = JSONEdit(object: ["plans", 0], key: "submitted", value: text)
    let program = try ProgramJSON.decode(edit.applied(to: Fixtures.richJSON()))
    #expect(program.plans[0].submitted?.description == text)
  }
}
