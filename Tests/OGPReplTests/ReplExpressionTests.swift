import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRepl
import Testing

/// Expressions at the prompt and `:type EXPR`, against the national example plan.
struct ReplExpressionTests {
  static func example(_ path: String) -> String {
    (try? String(contentsOf: ReplSessionTests.root.appendingPathComponent(path), encoding: .utf8)) ?? ""
  }

  let session: ReplSession

  init() {
    let provider = InMemorySourceProvider([
      "/w/examples/plans/arcadia-2024.ogp": Self.example("examples/plans/arcadia-2024.ogp"),
      "/w/examples/strategy/ogp-2023-2028.ogp": Self.example("examples/strategy/ogp-2023-2028.ogp"),
      "/w/examples/standards/ogp-standards.ogp": Self.example("examples/standards/ogp-standards.ogp"),
    ])
    session = ReplSession(
      workingDirectory: "/w", provider: provider, asOf: Day(year: 2026, month: 6, day: 30),
      writeFile: { _, _ in })
    _ = session.evaluate(":load examples/plans/arcadia-2024.ogp")
  }

  /// The answer to `input`, which must not be an error.
  func value(_ input: String) -> String {
    let response = session.evaluate(input)
    #expect(!response.isError, "\(input): \(response.rendered)")
    return response.output
  }

  @Test func scalarsArePrintedPlainly() {
    #expect(value("count(commitments)") == "9\n")
    #expect(value("max(commitments.end)") == "2028-12-31\n")
    #expect(value("c01.end - c01.start") == "637 days\n")
    #expect(value("3 months") == "3 months\n")
    #expect(value("as_of + 1 month") == "2026-07-30\n")
    #expect(value("days(c01.end - c01.start)") == "637\n")
    #expect(value("any(commitments, status == complete)") == "no\n")
    #expect(value("all(commitments, exists(lead))") == "yes\n")
    #expect(value("c01.title") == "Open contracting from planning to payment\n")
    #expect(value("c01.status") == "in_progress\n")
    #expect(value("c02.status") == "none\n", "c02 records no status")
  }

  @Test func otherListsAreOneValueALine() {
    #expect(value("c01.values") == "access_to_information\npublic_accountability\n")
    #expect(value("c01.milestones.end") == "2025-03-31\n2025-12-31\n2026-06-30\n")
    #expect(value("c08.values where it == inclusion") == "no values\n")
  }

  @Test func elementsAreTablesWithTheirKindsColumns() {
    #expect(
      value("commitments where SO3 in advances") == """
        id                title                                             lead                    status  end
        arcadia_nap3.c03  Protecting civic space and the right to organise  opengov_unit, assembly  -       2026-12-31

        """)
    #expect(
      value("c01.milestones where status == complete") == """
        id                   title                             end         status    deliverable
        arcadia_nap3.c01.m1  Data model agreed with the forum  2025-03-31  complete  Published OCDS data model and publication policy

        """)
    #expect(
      value("c05.lead") == """
        id             kind        branch     title
        supreme_court  government  judiciary  Supreme Court of Justice

        """)
    #expect(
      value("plans") == """
        id            member   start       end         commitments
        arcadia_nap3  Arcadia  2024-09-01  2028-08-31  9

        """)
    #expect(
      value("c01") == value("commitments where id == \"arcadia_nap3.c01\""), "one element is a one-row table")
    #expect(value("commitments where end < 2024-01") == "no commitments\n")
    #expect(value("SO3.priorities").hasPrefix("id                                        title\n"))
  }

  @Test func anIllTypedExpressionGivesItsDiagnosticAndChangesNothing() {
    let before = session.program
    let response = session.evaluate("count(commitments where status == 3)", line: 4)
    #expect(response.isError)
    #expect(response.output.isEmpty)
    #expect(response.diagnostics.map(\.code) == [DiagnosticCode.typeMismatch.rawValue])
    #expect(response.rendered.hasPrefix("<repl>:4:25: error[E0310]: '==' compares a status with a number\n"))
    #expect(response.rendered.contains("4 | count(commitments where status == 3)\n"))
    #expect(session.program == before)
  }

  @Test func aValueOutOfRangeIsAnErrorAndTheSessionGoesOn() {
    let response = session.evaluate("max(commitments.end) + 8000 years", line: 5)
    #expect(response.isError)
    #expect(response.output.isEmpty)
    #expect(response.diagnostics.map(\.code) == [DiagnosticCode.expressionOutOfRange.rawValue])
    #expect(
      response.rendered.hasPrefix("<repl>:5:1: error[E0313]: this expression's value is out of range: "))
    #expect(session.evaluate("count(commitments) > 0").output == "yes\n")
  }

  @Test func aMisspeltNameOnItsOwnIsAnError() {
    let response = session.evaluate("finanse")
    #expect(response.diagnostics.map(\.code) == [DiagnosticCode.unknownNameInExpression.rawValue])
    #expect(response.rendered.contains("did you mean 'finance'?"))
  }

  @Test func aSyntaxErrorInAnExpressionIsShownWithItsCaret() {
    let response = session.evaluate("c01.status in_progress")
    #expect(response.diagnostics.map(\.code) == [DiagnosticCode.unexpectedInExpression.rawValue])
    #expect(response.rendered.contains("  |            ^^^^^^^^^^^ the expression ends before this\n"))
  }

  @Test func declarationsAreStillDeclarations() {
    let response = session.evaluate("/// A doc comment first.\nactor press media \"Press\"")
    #expect(response.output == "defined actor press\n")
    #expect(value("press.kind") == "media\n")
  }

  @Test func typeOfAnExpression() {
    #expect(session.evaluate(":type count(commitments)").output == "count(commitments) : number\n")
    #expect(
      session.evaluate(":type commitments where status == complete").output
        == "commitments where status == complete : list of commitments\n")
    #expect(session.evaluate(":type c01.end - c01.start").output == "c01.end - c01.start : duration\n")
    #expect(session.evaluate(":type as_of").output == "as_of : date\n")
    #expect(session.evaluate(":type c01.lead").output == "c01.lead : list of actors\n")
  }

  @Test func typeOfADeclaredNameDescribesIt() {
    #expect(
      session.evaluate(":type SO3").output == "SO3 : objective of strategy ogp_2023_2028 (2 priorities)\n")
    #expect(session.evaluate(":type c05").output == "c05 : commitment of plan arcadia_nap3 (3 milestones)\n")
    #expect(session.evaluate(":type m1").rendered.contains("could be arcadia_nap3.c01.m1"))
  }

  @Test func typeOfSomethingWrongSaysWhy() {
    let word = session.evaluate(":type finanse")
    #expect(word.rendered == "error: nothing is named 'finanse' in the session; did you mean 'finance'?\n")
    let field = session.evaluate(":type c01.leed", line: 7)
    #expect(field.diagnostics.map(\.code) == [DiagnosticCode.unknownNameInExpression.rawValue])
    #expect(field.rendered.hasPrefix("<repl>:7:5: error[E0211]: a commitment has no field 'leed'\n"))
    #expect(session.evaluate(":type").isError)
  }

  @Test func anOpenParenthesisOrATrailingOperatorContinues() {
    #expect(!session.isComplete("count(commitments\n"))
    #expect(!session.isComplete("count(milestones where\n"))
    #expect(!session.isComplete("commitments where\n"))
    #expect(!session.isComplete("count(commitments) >\n"))
    #expect(session.isComplete("count(commitments\n  where status == complete)\n"))
    #expect(session.isComplete("commitments where end > as_of\n"))
    #expect(session.isComplete("count(commitments))\n"), "too many ')' is an error to show, not more to read")
    #expect(!session.isComplete("actor a government \"A\" {\n"), "declarations are as before")
  }

  @Test func aMultiLineExpressionIsOneInput() {
    #expect(value("count(commitments\n  where status == in_progress)\n") == "1\n")
  }

  @Test func completionOffersFieldsAfterADot() {
    #expect(
      session.completions(for: "commitments.st") == [
        "commitments.start", "commitments.status", "commitments.status_quo",
      ])
    #expect(session.completions(for: "count(milestones.deli") == ["count(milestones.deliverable"])
    #expect(session.completions(for: "c01.plan.me") == ["c01.plan.member", "c01.plan.member_kind"])
    #expect(
      session.completions(for: "c01.m") == ["c01.m1", "c01.m2", "c01.m3"],
      "a declared name completes to what is declared under it")
    #expect(session.completions(for: "count(comm").contains("count(commitments"))
  }
}
