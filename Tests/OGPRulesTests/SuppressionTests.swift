import OGPDiagnostics
import OGPRules
import Testing

/// `// ogp:disable-next-line` and `// ogp:disable`, beyond what the generic rule test covers.
struct SuppressionTests {
  static let plan = """
    plan p "Plan" {
      member "Arcadia" national
      strategy ogp_2023_2028
      period 2024-09 .. 2026-08
    %@
      commitment c01 "Open budgets" {
        lead finance
      }
      commitment c02 "Open contracts" {
        lead finance
      }
    }
    """

  static func lint(inserting line: String) -> ExampleLinter.Outcome {
    ExampleLinter.lint(plan.replacingOccurrences(of: "%@", with: line))
  }

  @Test func nextLineSilencesOnlyTheNextLine() {
    let outcome = Self.lint(inserting: "  // ogp:disable-next-line OBJ001")
    #expect(outcome.locations(of: "OBJ001").map(\.line) == [9])
    #expect(outcome.locations(of: "LNT001").isEmpty)
  }

  @Test func declarationSuppressionCoversTheWholeDeclaration() {
    let text = Self.plan.replacingOccurrences(of: "%@", with: "")
      .replacingOccurrences(
        of: "plan p", with: "// ogp:disable OBJ001, OBJ004 -- reviewed with the forum\nplan p")
    let outcome = ExampleLinter.lint(text)
    #expect(outcome.locations(of: "OBJ001").isEmpty)
    #expect(outcome.locations(of: "OBJ004").isEmpty)
    #expect(outcome.locations(of: "LNT001").isEmpty)
    #expect(!outcome.locations(of: "VAL001").isEmpty, "other rules still run")
  }

  @Test func declarationSuppressionSkipsDocComments() {
    let outcome = Self.lint(inserting: "  // ogp:disable commitment-advances-nothing\n  /// The first one.")
    #expect(outcome.locations(of: "OBJ001").map(\.line) == [10])
    #expect(outcome.locations(of: "LNT001").isEmpty && outcome.locations(of: "LNT002").isEmpty)
  }

  @Test func rulesAreNamedByCodeOrNameInAnyCase() {
    for written in ["OBJ001", "obj001", "commitment-advances-nothing"] {
      let outcome = Self.lint(inserting: "  // ogp:disable-next-line \(written)")
      #expect(outcome.locations(of: "OBJ001").count == 1, "\(written)")
      #expect(outcome.locations(of: "LNT002").isEmpty, "\(written)")
    }
  }

  @Test func unusedSuppressionIsReportedAtTheComment() {
    let outcome = Self.lint(inserting: "  // ogp:disable-next-line VER002")
    #expect(outcome.locations(of: "LNT001").map(\.description) == ["5:3"])
  }

  @Test func misspeltRuleIsReportedWithASuggestion() {
    let outcome = Self.lint(inserting: "  // ogp:disable-next-line OBJ01")
    let finding = outcome.result.diagnostics.first { $0.code == "LNT002" }
    #expect(finding?.message == "unknown rule 'OBJ01' in a suppression")
    #expect(finding?.help?.contains("did you mean") == true)
    #expect(outcome.locations(of: "OBJ001").count == 2, "a bad suppression silences nothing")
  }

  @Test func misspeltDirectiveAndEmptyDirectiveAreReported() {
    #expect(Self.lint(inserting: "  // ogp:disable-line OBJ001").locations(of: "LNT002").count == 1)
    #expect(Self.lint(inserting: "  // ogp:disable-next-line").locations(of: "LNT002").count == 1)
    #expect(
      Self.lint(inserting: "  // ogp:disable OBJ001\n  contact finance").locations(of: "LNT002").count == 1)
  }

  @Test func blockSuppressionWithNothingToApplyToIsReported() {
    let text = Self.plan.replacingOccurrences(of: "%@", with: "") + "\n// ogp:disable OBJ001\n"
    let outcome = ExampleLinter.lint(text)
    #expect(
      outcome.result.diagnostics.contains {
        $0.code == "LNT002" && $0.message.contains("not followed by a declaration")
      })
  }

  @Test func directiveInsideAStringIsText() {
    let text = Self.plan.replacingOccurrences(of: "%@", with: "")
      .replacingOccurrences(
        of: "lead finance\n  }\n  commitment c02",
        with: "lead finance\n    problem \"// ogp:disable-next-line OBJ001\"\n  }\n  commitment c02")
    #expect(ExampleLinter.lint(text).locations(of: "OBJ001").count == 2)
  }

  @Test func disabledRuleReportsNothingAndItsSuppressionIsNotUnused() {
    var configuration = LintConfiguration()
    configuration.severities["OBJ001"] = .off
    let text = Self.plan.replacingOccurrences(of: "%@", with: "  // ogp:disable-next-line OBJ001")
    let outcome = ExampleLinter.lint(text, configuration: configuration)
    #expect(outcome.locations(of: "OBJ001").isEmpty)
    #expect(outcome.locations(of: "LNT001").isEmpty, "a rule that is off cannot tell whether it was needed")
  }
}
