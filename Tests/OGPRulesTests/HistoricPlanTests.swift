import OGPRules
import Testing

/// A plan older than every strategy may name none, and then no objective rule judges it by one;
/// if it names a strategy whose period it lies wholly outside, OBJ010 says so.
struct HistoricPlanTests {
  /// A plan of 2015 that the objective rules would judge if it named the strategy 2023–2028:
  /// a commitment without 'advances', one led and supported by government alone, one in the
  /// civic_space challenge area without civil society, and only the executive leading.
  static func plan(strategy: String) -> String {
    """
    plan p "Second National Action Plan (2015–2017)" {
      member "Arcadia" national
      \(strategy)
      period 2015-07 .. 2017-06
      commitment c01 "Presupuesto abierto" { lead finance }
      commitment c02 "Espacio cívico" {
        lead digital
        challenge civic_space
      }
    }
    """
  }

  static func objectiveCodes(_ source: String) -> [String] {
    ExampleLinter.lint(source).result.diagnostics.map(\.code).filter { $0.hasPrefix("OBJ") }.sorted()
  }

  @Test func aPlanWithoutAStrategyIsJudgedByNone() {
    #expect(Self.objectiveCodes(Self.plan(strategy: "")) == [])
  }

  @Test func namingAStrategyItPredatesIsFlagged() {
    let codes = Self.objectiveCodes(Self.plan(strategy: "strategy ogp_2023_2028"))
    #expect(codes.contains("OBJ010"))
    // The same plan named under the strategy is judged by it: the rules above do apply then.
    #expect(codes.contains("OBJ001") && codes.contains("OBJ004") && codes.contains("OBJ006"))
  }
}
