import OGPDiagnostics
import OGPRules
import Testing

extension RuleExample {
  /// The example's `ogp-lint.toml`, parsed; a configuration that does not parse fails the test.
  var lintConfiguration: LintConfiguration {
    guard let configuration else { return LintConfiguration() }
    let file = SourceMap().add(path: "ogp-lint.toml", bytes: Array(configuration.utf8))
    switch ConfigurationFile.parse(file, rules: RuleRegistry.descriptions) {
    case .success(let parsed): return parsed
    case .failure(let error):
      Issue.record("the example's configuration does not parse: \(error.diagnostics.map(\.message))")
      return LintConfiguration()
    }
  }
}

/// One generic test runs every rule's examples, as SwiftLint's `verifyRule` does: each must
/// compile without errors and report the rule's code at each `↓` and nowhere else, also behind a
/// multi-byte prefix; commented out it reports nothing, and with a suppression it is silent.
struct RuleExampleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let code: String
    let triggers: Bool
    let index: Int
    let example: RuleExample

    var testDescription: String { "\(code) \(triggers ? "triggering" : "non-triggering") #\(index + 1)" }
  }

  static let cases: [Case] = RuleRegistry.descriptions.flatMap { description in
    description.triggering.enumerated().map {
      Case(code: description.code, triggers: true, index: $0.offset, example: $0.element)
    }
      + description.nonTriggering.enumerated().map {
        Case(code: description.code, triggers: false, index: $0.offset, example: $0.element)
      }
  }

  @Test(arguments: cases)
  func findingsLandOnTheMarkers(_ test: Case) {
    let outcome = ExampleLinter.lint(
      test.example.code, asOf: test.example.asOf, configuration: test.example.lintConfiguration)
    #expect(outcome.errors.isEmpty, "the example does not compile: \(outcome.errors.map(\.message))")
    let expected = ExampleLinter.markers(in: test.example.source)
    #expect(test.triggers == !expected.isEmpty, "triggering examples need a ↓ marker; others none")
    #expect(outcome.locations(of: test.code) == expected)
  }

  @Test(arguments: cases)
  func multiBytePrefixMovesFindingsByOneLine(_ test: Case) {
    let prefix = "// Agência Ñandú — 🌱 çüé\n"
    let outcome = ExampleLinter.lint(
      prefix + test.example.code, asOf: test.example.asOf, configuration: test.example.lintConfiguration)
    let expected = ExampleLinter.markers(in: test.example.source).map {
      ExampleLinter.Position(line: $0.line + 1, column: $0.column)
    }
    #expect(outcome.locations(of: test.code) == expected)
  }

  @Test(arguments: cases)
  func commentedOutReportsNothing(_ test: Case) {
    let commented = test.example.code.split(separator: "\n", omittingEmptySubsequences: false)
      .map { "// " + $0 }.joined(separator: "\n")
    let outcome = ExampleLinter.lint(
      commented, asOf: test.example.asOf, configuration: test.example.lintConfiguration)
    #expect(outcome.locations(of: test.code).isEmpty)
  }

  @Test(arguments: cases.filter(\.triggers))
  func suppressionSilencesEveryFinding(_ test: Case) {
    let markerLines = Set(ExampleLinter.markers(in: test.example.source).map(\.line))
    var lines: [String] = []
    for (index, line) in test.example.code.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if markerLines.contains(index + 1) {
        let indentation = line.prefix { $0 == " " }
        lines.append("\(indentation)// ogp:disable-next-line \(test.code)")
      }
      lines.append(String(line))
    }
    let outcome = ExampleLinter.lint(
      lines.joined(separator: "\n"), asOf: test.example.asOf, configuration: test.example.lintConfiguration)
    #expect(outcome.locations(of: test.code).isEmpty)
    #expect(outcome.locations(of: "LNT001").isEmpty, "the suppression must be used")
    #expect(outcome.locations(of: "LNT002").isEmpty)
  }

  /// The harness compares positions, not counts: a marker one token off is a failure.
  @Test func aMisplacedMarkerDoesNotMatch() {
    let source = """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        commitment c01 ↓"Open budgets" { lead finance }
      }
      """
    let outcome = ExampleLinter.lint(source.filter { $0 != RuleExample.marker })
    #expect(outcome.locations(of: "OBJ001").map(\.description) == ["5:14"])
    #expect(outcome.locations(of: "OBJ001") != ExampleLinter.markers(in: source))
  }

  @Test func everyRuleDocumentsItselfCompletely() {
    var codes = Set<String>()
    var names = Set<String>()
    for description in RuleRegistry.descriptions {
      #expect(codes.insert(description.code).inserted, "duplicate code \(description.code)")
      #expect(names.insert(description.name).inserted, "duplicate name \(description.name)")
      #expect(description.code.hasPrefix(description.category.rawValue) && description.code.count == 6)
      #expect(description.name.allSatisfy { $0.isLowercase || $0 == "-" })
      #expect(!description.triggering.isEmpty && !description.nonTriggering.isEmpty, "\(description.code)")
      #expect(description.summary.hasSuffix(".") && description.rationale.count > 80, "\(description.code)")
    }
  }
}
