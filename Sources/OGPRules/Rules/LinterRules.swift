/// `LNT001`: reported by the linter for a suppression comment that silences nothing.
public enum UnusedSuppression {
  public static let code = "LNT001"
  public static let description = RuleDescription(
    code: code, name: "unused-suppression", category: .linter, defaultSeverity: .warning,
    summary: "A suppression comment silences no finding.",
    rationale: """
      A suppression is a promise that a finding was looked at and accepted. Once the plan changes \
      and the finding is gone, the comment only hides the next, unrelated finding of that rule on \
      the same element. This is this tool's own convention, as in most linters.
      """,
    basis: .heuristic(
      "a suppression that silences nothing hides the next, unrelated finding; a convention of most linters"),
    fix: "Remove the comment.",
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        ↓// ogp:disable-next-line OBJ001
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        // ogp:disable-next-line OBJ001
        commitment c01 "Open budgets" {
          lead finance
        }
      }
      """
    ])
}

/// `LNT002`: reported by the linter for a suppression comment it cannot understand.
public enum InvalidSuppressionRule {
  public static let code = "LNT002"
  public static let description = RuleDescription(
    code: code, name: "invalid-suppression", category: .linter, defaultSeverity: .warning,
    summary: "A suppression comment names an unknown rule, names none, or has nothing to apply to.",
    rationale: """
      A misspelt code silences nothing while looking as if it did, so the finding it was meant for \
      still fails the build with no obvious reason. This is this tool's own convention.
      """,
    basis: .heuristic("a suppression the linter cannot read silences nothing while looking as if it did"),
    fix:
      "Write '// ogp:disable-next-line CODE' or '// ogp:disable CODE' before a declaration, with codes from 'ogp rules'.",
    triggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        ↓// ogp:disable-next-line OBJ999
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan" {
        member "Arcadia" national
        strategy ogp_2023_2028
        period 2024-09 .. 2026-08
        // ogp: this is a note to readers, not a directive
        commitment c01 "Open budgets" {
          lead finance
          advances SO2
        }
      }
      """
    ])
}
