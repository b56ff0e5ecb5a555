import Foundation
import OGPModel
import Testing

@testable import OGPLanguage

/// Every clause of `ClauseTable` is said everywhere it must be: in the grammar, in the JSON
/// schema under its model field's name, and as a query field of its element. A clause added to
/// the table without the others fails here.
struct ClauseDescriptorTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every clause with the kind of element that reads it, nested blocks included.
  static let clauses: [(owner: ElementKind, spec: ClauseSpec)] = {
    var result: [(ElementKind, ClauseSpec)] = []
    func add(_ specs: [ClauseSpec], owner: ElementKind) {
      for spec in specs {
        result.append((owner, spec))
        if case .block(let inner) = spec.type, let block = ElementKind(rawValue: spec.keyword) {
          add(inner, owner: block)
        }
      }
    }
    for kind in DeclarationKind.allCases { add(ClauseTable.clauses(of: kind), owner: ElementKind(kind)) }
    return result
  }()

  static var labels: [String] { clauses.map { "\($0.owner.rawValue).\($0.spec.keyword)" } }

  @Test("the table lists the clauses of every declaration and block")
  func tableIsComplete() {
    #expect(Self.clauses.count == 104)
    #expect(Set(ClauseTable.blockClauses.keys) == ["consultation", "cocreation", "assessment", "irm"])
  }

  @Test("each clause is a terminal of the grammar", arguments: labels)
  func inTheGrammar(label: String) throws {
    let grammar = try String(
      contentsOf: Self.root.appendingPathComponent("grammar/ogp.ebnf"), encoding: .utf8)
    let keyword = try #require(label.split(separator: ".").last)
    #expect(grammar.contains("\"\(keyword)\""))
  }

  @Test("each clause's model field is a property of the schema, as the JSON form names it", arguments: labels)
  func inTheSchema(label: String) throws {
    let schema = try String(
      contentsOf: Self.root.appendingPathComponent("schema/ogp-model.schema.json"), encoding: .utf8)
    let spec = try #require(Self.clauses.first { "\($0.owner.rawValue).\($0.spec.keyword)" == label }?.spec)
    let jsonName = spec.modelField.reduce(into: "") { name, character in
      name += character.isUppercase ? "_" + character.lowercased() : String(character)
    }
    #expect(schema.contains("\"\(jsonName)\": {"), "schema has no property '\(jsonName)'")
  }

  @Test("each clause is a field of its element in queries", arguments: labels)
  func queryable(label: String) throws {
    let (owner, spec) = try #require(
      Self.clauses.first { "\($0.owner.rawValue).\($0.spec.keyword)" == label })
    let fields = QueryField.fields(of: spec)
    #expect(!fields.isEmpty)
    for field in fields {
      #expect(owner.fields[field.name] == field.type, "\(owner.rawValue) has no field \(field.name)")
      #expect(owner.clausePositions[field.name] != nil)
    }
  }

  @Test("every model field is read by a query: the assessment, links and an objective's aim")
  func newlyQueryable() {
    #expect(ElementKind.commitment.fields["links"] == .list(.text))
    #expect(ElementKind.commitment.fields["assessment"] == .list(.element(.assessment)))
    #expect(ElementKind.assessment.fields["verifiable"] == .boolean)
    #expect(ElementKind.assessment.fields["completion"] == .enumeration(.completion))
    #expect(ElementKind.plan.fields["irm"] == .list(.element(.irm)))
    #expect(ElementKind.irm.fields["contrary_to_process"] == .boolean)
    #expect(ElementKind.objective.fields["aim"] == .text)
    #expect(ElementKind.plan.fields["cocreation"] == .element(.cocreation))
    #expect(ElementKind.strategy.fields["standards"] == .list(.element(.standard)))
    #expect(ElementKind.standards.fields["standards"] == .list(.element(.standard)))
    #expect(ElementKind.plan.fields["standards"] == .element(.standards))
    #expect(ElementKind.forum.fields["meetings"] == .list(.date))
  }
}
