import OGPModel
import Testing

/// Qualified ids (`strategy.objective.priority`): their last part, and what lies within one.
@Suite("Qualified ids")
struct QualifiedIDTests {
  @Test("the local name is the part after the last dot")
  func localName() {
    #expect("ogp_2023_2028.SO3".localName == "SO3")
    #expect("plan.c01.m1".localName == "m1")
    #expect("c01".localName == "c01")
    #expect("plan.".localName == "")
    #expect("año_2025.plan_de_acción.compromiso_n̈".localName == "compromiso_n̈")
    #expect("a.e\u{301}".localName == "e\u{301}")
  }

  @Test("an id is within itself and its ancestors, not within a sibling sharing a prefix")
  func within() {
    #expect("s.SO3".isWithin("s.SO3"))
    #expect("s.SO3.protect_participation".isWithin("s.SO3"))
    #expect("s.SO3.a.b".isWithin("s.SO3"))
    #expect("s.SO3.a.b".isWithin("s"))
    #expect(!"s.SO30".isWithin("s.SO3"))
    #expect(!"s.SO3".isWithin("s.SO3.protect_participation"))
    #expect(!"t.SO3".isWithin("s.SO3"))
    #expect(!"s.SO3_".isWithin("s.SO3"))
    #expect("s.Añelo.p".isWithin("s.Añelo"))
    #expect(!"".isWithin("s"))
  }
}
