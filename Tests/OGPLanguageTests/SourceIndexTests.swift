import OGPDiagnostics
import Testing

@testable import OGPLanguage

/// The source index says where every declaration, clause and resolved name of the national
/// example is written, without the syntax tree.
@Suite("Source index")
struct SourceIndexTests {
  static let compilation = ExampleModelTests.compile(ExampleModelTests.nationalExample)

  static func text(_ span: SourceSpan) -> String {
    let bytes = compilation.sources[span.file].bytes
    return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
  }

  @Test("a commitment: its spans, its clauses in order, their keywords, values and items")
  func commitment() throws {
    let index = Self.compilation.index
    let commitment = try #require(index.declaration("arcadia_nap3.c01"))
    #expect(commitment.kind == .commitment)
    #expect(Self.text(commitment.keywordSpan) == "commitment")
    #expect(Self.text(commitment.nameSpan) == "c01")
    #expect(Self.text(commitment.span).hasPrefix("commitment c01 \"Open contracting"))
    #expect(Self.text(commitment.span).hasSuffix("}"))
    let parent = try #require(commitment.parent)
    #expect(index.declarations[parent].id == "arcadia_nap3")

    let clauses = Array(index.clauses(of: commitment))
    #expect(clauses.prefix(4).map(\.keyword) == ["lead", "partners", "values", "advances"])
    for clause in clauses { #expect(Self.text(clause.keywordSpan) == clause.keyword) }
    let advances = try #require(clauses.first { $0.keyword == "advances" })
    #expect(Self.text(advances.valueSpan) == "SO2, SO4.raise_the_bar")
    #expect(index.item(0, of: advances).map(Self.text) == "SO2")
    #expect(index.item(1, of: advances).map(Self.text) == "SO4.raise_the_bar")
    #expect(index.item(2, of: advances) == nil)
    let lead = try #require(clauses.first { $0.keyword == "lead" })
    #expect(index.item(0, of: lead).map(Self.text) == "finance")

    let assessments = clauses.filter { $0.keyword == "assessment" }
    try #require(assessments.count == 2)
    #expect(Self.text(assessments[0].valueSpan) == "assessment")
    let inner = Array(index.clauses(in: assessments[0]))
    #expect(
      inner.map(\.keyword) == [
        "report", "published", "verifiable", "relevant", "relevance", "potential", "promising",
      ])
    #expect(inner.map { Self.text($0.valueSpan) }.first == "action_plan_review")
    let later = Array(index.clauses(in: assessments[1]))
    #expect(later.map(\.keyword) == ["report", "published", "completion", "early_results"])
    #expect(later.map { Self.text($0.valueSpan) }.first == "midterm_review")
    #expect(index.clauses(in: lead).isEmpty)
  }

  @Test("every resolved name points at the declaration it names, each name of a path on its own")
  func references() throws {
    let index = Self.compilation.index
    let written = index.references.map { (Self.text($0.span), $0.id) }
    #expect(written.contains { $0 == ("finance", "finance") })
    #expect(written.contains { $0 == ("SO4", "ogp_2023_2028.SO4") })
    #expect(written.contains { $0 == ("raise_the_bar", "ogp_2023_2028.SO4.raise_the_bar") })
    #expect(!written.contains { $0.0.contains(".") })
    #expect(written.contains { $0 == ("ogp_2023_2028", "ogp_2023_2028") })
    for reference in index.references {
      #expect(index.declaration(reference.id) != nil, "\(reference.id)")
    }
  }

  @Test("the declarations a member rule's expressions name are references, a path's names each on its own")
  func namesInRules() {
    let compilation = Compiler(workingDirectory: "/").compile(
      text: """
        strategy s "S" {
          period 2023 .. 2028
          objective SO3 "O" { priority p "P" }
          objective SO4 "O" { priority q "Q" }
        }
        actor finance government "F"
        rule R01 warning "R" {
          each commitment c where SO3 in c.advances and finance in c.lead
          require s.SO3.p in c.advances
          message "{c.name} and {SO3.q} of {SO3.title}"
        }
        """)
    let bytes = compilation.sources.all[0].bytes
    let written = compilation.index.references.map {
      String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) + " " + $0.id
    }
    // `SO3.q` types (an objective declares q) but names no declaration; `title` is a field.
    #expect(
      written == ["SO3 s.SO3", "finance finance", "s s", "SO3 s.SO3", "p s.SO3.p", "SO3 s.SO3", "SO3 s.SO3"])
  }

  @Test("every declaration of the model is indexed once, parents before their children")
  func declarations() throws {
    let index = Self.compilation.index
    let program = try #require(Self.compilation.program)
    let plan = try #require(program.plans.first)
    #expect(plan.commitments.count > 1)
    // Model ids are qualified, as the index's are.
    for commitment in plan.commitments {
      #expect(index.declaration(commitment.id)?.kind == .commitment, "\(commitment.id)")
      for milestone in commitment.milestones {
        #expect(index.declaration(milestone.id)?.kind == .milestone, "\(milestone.id)")
      }
    }
    for (position, entry) in index.declarations.enumerated() {
      if let parent = entry.parent { #expect(parent < position) }
    }
    #expect(Set(index.declarations.map(\.id)).count == index.declarations.count)
  }
}
