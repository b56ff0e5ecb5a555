import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import Testing

/// Every expression form, typed and evaluated against a small program, and ill-typed with its
/// code and caret.
struct ExpressionTests {
  static let strategy = """
    strategy s "Strategy" {
      period 2023 .. 2028
      objective SO1 "One" { priority training "Training" }
      objective SO3 "Civic space" {
        priority protect "Protect participation"
        priority expand "Expand civic space"
      }
    }
    """

  static let plan = """
    actor finance government "Ministry of Finance" { branch executive; level national }
    actor assembly government "National Assembly" { branch legislative; level national }
    actor odn civil_society "Open Data Network"
    actor rights civil_society "Derechos Cívicos"
    plan p "Plan" {
      member "Arcadia" national
      strategy s
      period 2024-09 .. 2026-08
      forum "Forum" {
        meets every 3 months
        members finance, odn
      }
      commitment c01 "Open budgets" {
        lead finance
        partners odn, rights
        values access_to_information, public_accountability
        advances SO3.protect
        period 2024-10 .. 2025-09
        status in_progress
        milestone m1 "Portal" {
          period 2024-10 .. 2025-03
          deliverable "Open budget portal online"
          status complete
        }
        milestone m2 "Evaluation" {
          period 2025-04 .. 2025-09
          deliverable "Independent evaluation"
          status not_started
        }
      }
      commitment c02 "Open parliament" {
        lead assembly
        advances SO1
        period 2025-01 .. 2026-06
        links "SDG 16.6"
        assessment {
          report action_plan_review
          verifiable yes
          potential modest
        }
        assessment {
          report midterm_review
          published 2026-04
          completion limited
        }
      }
    }
    """

  static let program: Program = {
    let provider = InMemorySourceProvider(["/w/s.ogp": strategy, "/w/p.ogp": plan])
    return Compiler(provider: provider, workingDirectory: "/w").compile([.file("s.ogp"), .file("p.ogp")])
      .program!
  }()

  static let asOf = Day(year: 2025, month: 6, day: 30)

  /// The expression's type and value, or the code and `line:column` of its first diagnostic.
  static func run(_ text: String) -> (type: ExpressionType?, value: RuntimeValue?, error: String?) {
    let source = SourceFile(id: SourceFileID(0), path: "<query>", text: text)
    let (expression, diagnostics, _) = Parser.parseExpression(source)
    if let first = diagnostics.first {
      let location = source.location(of: first.span.start)
      return (nil, nil, "\(first.code)@\(location.line):\(location.column)")
    }
    guard let expression else { return (nil, nil, "no expression") }
    switch ExpressionChecker(program: program).check(expression) {
    case .failure(let failure):
      let location = source.location(of: failure.diagnostic.span.start)
      return (nil, nil, "\(failure.diagnostic.code)@\(location.line):\(location.column)")
    case .success(let (typed, type)):
      do {
        return (type, try ExpressionEvaluator(program: program, asOf: asOf).evaluate(typed), nil)
      } catch {
        return (type, nil, "\(DiagnosticCode.expressionOutOfRange.rawValue): \(error.reason)")
      }
    }
  }

  static func ids(_ value: RuntimeValue?) -> [String] {
    guard case .list(let items)? = value else { return [] }
    return items.compactMap { if case .element(let element) = $0 { element.id } else { nil } }
  }

  // MARK: Names and fields

  @Test func declaredNamesAndFields() {
    #expect(Self.run("finance").type == .element(.actor))
    #expect(Self.run("finance.kind").value == .enumeration("government"))
    #expect(Self.run("c01.title").value == .text("Open budgets"))
    #expect(Self.run("p.c02.lead").type == .list(.element(.actor)))
    #expect(Self.run("SO3.protect.objective.name").value == .text("SO3"))
    #expect(Self.run("p.forum.meets").value == .duration(days: 0, months: 3))
    #expect(Self.run("c02.status").value == RuntimeValue.none)
  }

  @Test("every clause reads as a field: links, the assessments, the plan's member kind")
  func clausesReadAsFields() {
    #expect(Self.run("c02.links").value == .list([.text("SDG 16.6")]))
    #expect(Self.run("c02.assessment").type == .list(.element(.assessment)))
    #expect(Self.run("count(c02.assessment)").value == .integer(2))
    #expect(Self.run("any(c02.assessment, verifiable)").value == .boolean(true))
    #expect(Self.run("all(c02.assessment, verifiable)").value == .boolean(false))
    #expect(Self.run("count(c02.assessment where completion == limited)").value == .integer(1))
    #expect(
      Self.run("count(commitments where any(assessment, potential == modest))").value == .integer(1))
    #expect(Self.run("c01.assessment").value == .list([]))
    #expect(Self.run("c01.links").value == .list([]))
    #expect(Self.run("p.member_kind").value == .enumeration("national"))
    #expect(Self.run("all(c02.assessment, commitment.name == \"c02\")").value == .boolean(true))
  }

  @Test func aWordThatNamesNothingIsAnUnknownNameOutsideAComparison() {
    #expect(Self.run("finanse").error == "E0211@1:1")
    #expect(Self.run("count(nosuch)").error == "E0211@1:7")
    #expect(Self.run("1 + nosuch").error == "E0211@1:5")
  }

  @Test func unknownNamesAndFieldsAreReportedWhereTheyAre() {
    #expect(Self.run("financ.kind").error == "E0211@1:1")
    #expect(Self.run("c01.titel").error == "E0211@1:5")
    #expect(Self.run("c01.title.size").error == "E0310@1:11")
  }

  @Test func listsMapTheirFields() {
    #expect(
      Self.run("commitments.lead.kind").value
        == .list([.enumeration("government"), .enumeration("government")]))
    #expect(Self.run("c01.milestones.status").type == .list(.enumeration(.status)))
  }

  // MARK: Literals and arithmetic

  @Test func literalsAndDateArithmetic() {
    #expect(Self.run("\"text\"").value == .text("text"))
    #expect(Self.run("3 + 4 - 2").value == .integer(5))
    #expect(Self.run("2025-02-28 + 1 days").value == .date(Day(year: 2025, month: 3, day: 1)))
    #expect(Self.run("as_of + 3 months").value == .date(Day(year: 2025, month: 9, day: 30)))
    #expect(Self.run("days(c01.end - c01.start)").value == .integer(364))
    #expect(Self.run("months(p.end - p.start)").value == .integer(23))
    #expect(Self.run("c01.end - c01.start > 6 months").value == .boolean(true))
  }

  /// Arithmetic on input is checked: constants out of range are an error where they are written,
  /// values out of range an error when the expression runs; neither traps.
  @Test func arithmeticOutOfRange() {
    // Ten times the largest number a literal may be (18 digits).
    let sum = Array(repeating: "999999999999999999", count: 10).joined(separator: " + ")
    let difference = Array(repeating: "999999999999999999", count: 10).joined(separator: " - ")
    #expect(Self.run(sum).error == "E0313@1:1")
    #expect(Self.run("0 - " + difference).error == "E0313@1:1")
    #expect(Self.run("9999-12-31 + 1 day").error == "E0313@1:1")
    #expect(Self.run("0001-01-01 - 1 week").error == "E0313@1:1")
    #expect(Self.run("10000 years + 1 month").error == "E0313@1:1")
    #expect(Self.run("2024-01-01 + 10001 years").error == "E0309@1:14")
    #expect(
      Self.run("count(commitments) + " + sum).error
        == "E0313: 8999999999999999993 + 999999999999999999 is more than 9223372036854775807")
    #expect(Self.run("c01.end + 8000 years").error == "E0313: 2025-09-30 + 96000 months is after 9999-12-31")
    #expect(
      Self.run("as_of - (c01.end - c01.start) - 2025 years").error?.hasSuffix("is before 0001-01-01") == true)
    #expect(Self.run("days(10000 years)").value == .integer(3_652_425))
    #expect(Self.run("months(10000 days)").value == .integer(328))
    #expect(Self.run("c01.end + 7974 years").value == .date(Day(year: 9999, month: 9, day: 30)))
  }

  @Test func illTypedArithmetic() {
    #expect(Self.run("p.end + 3").error == "E0310@1:1")
    #expect(Self.run("2024-02-30").error == "E0401@1:1")
    #expect(Self.run("\"a\" - 1").error == "E0310@1:1")
  }

  // MARK: Logic and comparison

  @Test func logicAndComparisons() {
    #expect(Self.run("not exists(p.prefix)").value == .boolean(true))
    #expect(Self.run("finance.kind == government and odn.kind != government").value == .boolean(true))
    #expect(
      Self.run("assembly.branch == executive or assembly.branch == legislative").value == .boolean(true))
    #expect(Self.run("c01.start < c02.start").value == .boolean(true))
    #expect(Self.run("c02.status == none").value == .boolean(true))
  }

  @Test func illTypedLogicAndComparisons() {
    #expect(Self.run("not 3").error == "E0310@1:5")
    #expect(Self.run("1 and c01.start < c02.start").error == "E0310@1:1")
    #expect(Self.run("finance.kind == govt").error == "E0312@1:17")
    #expect(Self.run("finance < odn").error == "E0310@1:1")
    #expect(Self.run("c01.start == 3").error == "E0310@1:1")
  }

  // MARK: Membership

  @Test func membershipCountsPrioritiesTowardTheirObjective() {
    #expect(Self.run("SO3 in c01.advances").value == .boolean(true))
    #expect(Self.run("SO3.expand in c01.advances").value == .boolean(false))
    #expect(Self.run("SO1 not in c01.advances").value == .boolean(true))
    #expect(Self.run("civil_society in c01.actors.kind").value == .boolean(true))
    #expect(Self.run("\"Open budget portal online\" in c01.milestones.deliverable").value == .boolean(true))
    #expect(Self.run("\"portal\" in c01.m1.deliverable").value == .boolean(true))
  }

  @Test func illTypedMembership() {
    #expect(Self.run("SO3 in 3").error == "E0310@1:8")
    #expect(Self.run("civil_sociey in c01.actors.kind").error == "E0312@1:1")
  }

  // MARK: Filters and functions

  @Test func filtersSeeTheElementsFields() {
    #expect(Self.ids(Self.run("commitments where SO3 in advances").value) == ["p.c01"])
    #expect(Self.ids(Self.run("milestones where status == complete").value) == ["p.c01.m1"])
    #expect(Self.ids(Self.run("actors where kind == civil_society and it != odn").value) == ["rights"])
    #expect(Self.run("3 where x").error == "E0310@1:1")
    #expect(Self.run("commitments where titel == \"x\"").error == "E0211@1:19")
  }

  @Test func functions() {
    #expect(Self.run("count(c01.partners where kind == civil_society)").value == .integer(2))
    #expect(Self.run("any(commitments, status == in_progress)").value == .boolean(true))
    #expect(Self.run("any(c02.milestones)").value == .boolean(false))
    #expect(Self.run("all(c01.milestones, end <= p.end)").value == .boolean(true))
    #expect(Self.run("min(milestones.start)").value == .date(Day(year: 2024, month: 10, day: 1)))
    #expect(Self.run("max(commitments.end)").value == .date(Day(year: 2026, month: 6, day: 30)))
    #expect(Self.run("length(c01.m2.deliverable)").value == .integer(22))
    #expect(Self.run("exists(c02.status)").value == .boolean(false))
  }

  @Test func illTypedCalls() {
    #expect(Self.run("size(commitments)").error == "E0311@1:1")
    #expect(Self.run("count()").error == "E0311@1:1")
    #expect(Self.run("count(3)").error == "E0310@1:7")
    #expect(Self.run("all(commitments, 3)").error == "E0310@1:18")
    #expect(Self.run("min(actors)").error == "E0310@1:5")
    #expect(Self.run("length(3)").error == "E0310@1:8")
  }

  // MARK: Syntax

  /// Checking and evaluation recurse over the tree: deep or very long expressions are refused
  /// when parsed, before they can exhaust the stack.
  @Test func deepAndLongExpressionsAreRefused() {
    #expect(Self.run(String(repeating: "(", count: 20_000) + "1").error == "E0106@1:65")
    let long = Array(repeating: "1", count: 3_000).joined(separator: " + ") + " > 0"
    #expect(Self.run(long).error?.hasPrefix("E0106@") == true)
    let fine = Array(repeating: "1", count: 400).joined(separator: " + ")
    #expect(Self.run(fine).value == .integer(400))
    #expect(
      Self.run(String(repeating: "not ", count: 5_000) + "exists(c01)").error?.hasPrefix("E0106@") == true)
  }

  @Test func syntaxErrors() {
    #expect(Self.run("count(").error == "E0113@1:7")
    #expect(Self.run("c01.title c02").error == "E0114@1:11")
    #expect(Self.run("(1 + 2").error == "E0113@1:7")
    #expect(Self.run("count(commitments\n  where status == complete)").value == .integer(0))
  }
}
