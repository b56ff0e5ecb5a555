import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import Testing

/// Each checker code fires where it should, and only there, with its span, label, help and
/// fix-its. Programs are compiled from memory: `/w/a.ogp` is the file under test and
/// `/w/s.ogp` a small strategy it may `use`.
@Suite("Checker")
struct CheckerTests {
  // MARK: A program that checks clean

  @Test("the base program used by these tests has no diagnostics")
  func baseIsClean() {
    let result = check(inCommitment("partners odn"))
    #expect(result.seen.isEmpty, "\(result.seen)")
    #expect(result.compilation.program != nil)
  }

  // MARK: E0205 duplicate declaration

  @Test("E0205: a top-level name declared in two files, at the second, with 'first declared here'")
  func duplicateAcrossFiles() throws {
    let result = check(
      """
      use "b.ogp"
      actor odn civil_society "Open Data Network"
      """,
      files: ["/w/b.ogp": "actor odn government \"Another\"\n"])
    #expect(result.codes == ["E0205"])
    let found = try #require(result.seen.first)
    #expect(found.file == "b.ogp")
    #expect(found.at == "1:7")
    #expect(found.text == "odn")
    #expect(found.message == "actor 'odn' is declared twice")
    #expect(found.label == "declared again here")
    #expect(found.secondary.map(\.at) == ["a.ogp:2:7"])
    #expect(found.secondary.map(\.label) == ["first declared here"])
    #expect(
      found.help == "give one of them another name; names must be unique in a file and the files it uses")
  }

  @Test("E0205: a top-level name reused by another kind of declaration names the first kind")
  func duplicateOfAnotherKind() throws {
    let result = check(
      """
      actor odn civil_society "Open Data Network"
      plan odn "P" {
        member "A" national
        period 2024 .. 2025
      }
      """)
    #expect(result.codes == ["E0205"])
    let found = try #require(result.seen.first)
    #expect(found.at == "2:6")
    #expect(found.message == "'odn' is already the name of an actor")
    #expect(found.secondary.map(\.at) == ["a.ogp:1:7"])
  }

  @Test("E0205: names nested in one block must be unique within it")
  func duplicateWithinBlock() throws {
    let result = check(
      """
      strategy s "S" {
        period 2023 .. 2028
        objective SO1 "One" {
          priority p1 "First"
          priority p1 "Again"
        }
      }
      actor a government "A"
      plan p "P" {
        member "A" national
        period 2024 .. 2025
        commitment c1 "C" {
          lead a
          milestone m1 "M"
          milestone m1 "M again"
        }
        commitment c1 "C again" { lead a }
      }
      """)
    #expect(result.codes == ["E0205", "E0205", "E0205"])
    #expect(result.seen.map(\.at) == ["5:14", "15:15", "17:14"])
    #expect(
      result.seen.map(\.message) == [
        "priority 'p1' is declared twice", "milestone 'm1' is declared twice",
        "commitment 'c1' is declared twice",
      ])
    #expect(result.seen.map { $0.secondary.map(\.at) } == [["a.ogp:4:14"], ["a.ogp:14:15"], ["a.ogp:12:14"]])
    #expect(result.seen.allSatisfy { $0.secondary.map(\.label) == ["first declared here"] })
    #expect(
      result.seen.allSatisfy {
        $0.help == "give one of them another name; names must be unique within their block"
      })
  }

  @Test("the same nested name in different blocks, or beside a top-level name, is fine")
  func sameNameInDifferentBlocks() {
    let result = check(
      """
      strategy s "S" {
        period 2023 .. 2028
        objective SO1 "One" { priority p "P" }
        objective SO2 "Two" { priority p "P" }
      }
      actor c1 government "An actor named like a commitment"
      plan p1 "P1" {
        member "A" national
        period 2024 .. 2025
        commitment c1 "C" {
          lead c1
          milestone m1 "M"
        }
        commitment c2 "C" {
          lead c1
          milestone m1 "M"
        }
      }
      plan p2 "P2" {
        member "A" national
        period 2024 .. 2025
        commitment c1 "C" { lead c1 }
      }
      """)
    #expect(result.seen.isEmpty, "\(result.seen)")
  }

  // MARK: E0206 unknown actor

  @Test("E0206: an unknown actor with one close name gets 'did you mean' and a fix-it")
  func unknownActorOneSuggestion() throws {
    let result = check(inCommitment("partners odm"))
    #expect(result.codes == ["E0206"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:14")
    #expect(found.text == "odm")
    #expect(found.message == "unknown actor 'odm'")
    #expect(found.label == "not declared")
    #expect(found.help == "did you mean 'odn'?")
    #expect(found.fixes == [["odn"]])
  }

  @Test(
    "E0206: suggestions are at most three, ties in declaration order",
    arguments: [
      (["a1", "a2", "a3", "a4"], "did you mean 'a1', 'a2' or 'a3'?"),
      (["a4", "a3", "a2", "a1"], "did you mean 'a4', 'a3' or 'a2'?"),
      (["a3", "a1"], "did you mean 'a3' or 'a1'?"),
    ])
  func unknownActorTies(declared: [String], help: String) throws {
    let actors = declared.map { "actor \($0) government \"\($0)\"" }.joined(separator: "\n")
    let result = check(
      """
      \(actors)
      plan p "P" {
        member "A" national
        period 2024 .. 2025
        commitment c "C" { lead a9 }
      }
      """)
    #expect(result.codes == ["E0206"])
    let found = try #require(result.seen.first)
    #expect(found.help == help)
    #expect(found.fixes.isEmpty, "several suggestions give no fix-it")
  }

  @Test("E0206: suggestions are actors only, and a name far from every actor gets none")
  func unknownActorCandidates() throws {
    let nearPlan = check(
      """
      actor odn civil_society "ODN"
      plan odx "P" {
        member "A" national
        period 2024 .. 2025
        commitment c "C" { lead odm }
      }
      """)
    #expect(nearPlan.codes == ["E0206"])
    #expect(nearPlan.seen.first?.help == "did you mean 'odn'?")

    let far = check(inCommitment("partners ministry_of_finance"))
    let found = try #require(far.seen.first)
    #expect(far.codes == ["E0206"])
    #expect(found.help == "declare it, or use one of: digital, odn")
    #expect(found.fixes.isEmpty)
  }

  // MARK: E0207 unknown strategy

  @Test("E0207: an unknown strategy, with a suggestion, and no cascade into 'advances'")
  func unknownStrategy() throws {
    let result = check(
      """
      use "s.ogp"
      actor digital government "D"
      plan p "P" {
        member "A" national
        strategy ogp_2023_2029
        period 2024 .. 2025
        commitment c "C" {
          lead digital
          advances SO9, SO3.nothing
        }
      }
      """)
    #expect(result.codes == ["E0207"])
    let found = try #require(result.seen.first)
    #expect(found.at == "5:12")
    #expect(found.message == "unknown strategy 'ogp_2023_2029'")
    #expect(found.label == "not declared")
    #expect(found.help == "did you mean 'ogp_2023_2028'?")
    #expect(found.fixes == [["ogp_2023_2028"]])
  }

  // MARK: E0208 unknown objective or priority

  @Test("E0208: an unknown objective; the help lists the strategy's objectives")
  func unknownObjective() throws {
    let result = check(inCommitment("advances governance"))
    #expect(result.codes == ["E0208"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:14")
    #expect(found.text == "governance")
    #expect(found.message == "unknown objective 'governance' in strategy 'ogp_2023_2028'")
    #expect(found.label == "not declared here")
    #expect(found.help == "the strategy declares SO1, SO2, SO3")
    #expect(found.fixes.isEmpty)
  }

  @Test("E0208: one clear near miss of an objective is suggested; several are not, the list is enough")
  func unknownObjectiveSuggestion() throws {
    let one = check(inCommitment("advances S03"))
    #expect(one.codes == ["E0208"])
    #expect(one.seen.first?.help == "did you mean 'SO3'? the strategy declares SO1, SO2, SO3")
    #expect(one.seen.first?.fixes == [["SO3"]])
    let several = check(inCommitment("advances SO7"))
    #expect(several.codes == ["E0208"])
    #expect(several.seen.first?.help == "the strategy declares SO1, SO2, SO3")
    #expect(several.seen.first?.fixes == [])
  }

  @Test("E0208: an unknown priority in a known objective")
  func unknownPriority() throws {
    let result = check(inCommitment("advances SO3.protect"))
    #expect(result.codes == ["E0208"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:18")
    #expect(found.text == "protect")
    #expect(found.message == "unknown priority 'protect' in objective 'SO3'")
    #expect(found.label == "not declared in SO3")
    #expect(found.help == "SO3 declares protect_participation, civic_space_protection")
  }

  @Test("E0208: a priority of another objective points to where it lives")
  func priorityInWrongObjective() throws {
    let result = check(inCommitment("advances SO1.protect_participation"))
    #expect(result.codes == ["E0208"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:18")
    #expect(found.help == "'protect_participation' is a priority of SO3: write SO3.protect_participation")
  }

  @Test("E0208: a priority named without its objective gets a fix-it to SO3.x")
  func priorityWithoutObjective() throws {
    let result = check(inCommitment("advances SO2, protect_participation"))
    #expect(result.codes == ["E0208"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:19")
    #expect(found.text == "protect_participation")
    #expect(
      found.message == "'protect_participation' is a priority, not an objective, in strategy 'ogp_2023_2028'")
    #expect(found.label == "a priority of SO3")
    #expect(found.help == "name it with its objective: SO3.protect_participation")
    #expect(found.fixes == [["SO3.protect_participation"]])
  }

  @Test("'advances' accepts objectives, priorities and strategy-qualified paths")
  func qualifiedAdvances() throws {
    let result = check(
      inCommitment(
        "advances SO2, SO3.civic_space_protection, ogp_2023_2028.SO3.protect_participation, ogp_2023_2028.SO1"
      ))
    #expect(result.seen.isEmpty, "\(result.seen)")
    let commitment = try #require(result.compilation.program?.plans.first?.commitments.first)
    #expect(
      commitment.advances == [
        "ogp_2023_2028.SO2", "ogp_2023_2028.SO3.civic_space_protection",
        "ogp_2023_2028.SO3.protect_participation", "ogp_2023_2028.SO1",
      ])
  }

  // MARK: E0209 advances without strategy

  @Test("E0209: 'advances' in a plan without a strategy, once per clause and not per item")
  func advancesWithoutStrategy() throws {
    let result = check(
      """
      use "s.ogp"
      actor digital government "D"
      plan p "P" {
        member "A" national
        period 2024 .. 2025
        commitment c1 "C" {
          lead digital
          advances SO1, SO2, SO3
        }
        commitment c2 "C" { lead digital; advances SO1 }
      }
      """)
    #expect(result.codes == ["E0209", "E0209"])
    let found = try #require(result.seen.first)
    #expect(found.at == "8:5")
    #expect(found.text == "advances")
    #expect(found.message == "'advances' needs the plan to name its strategy")
    #expect(found.label == "resolved in the plan's strategy")
    #expect(
      found.help == "add 'strategy ogp_2023_2028' to plan 'p'")
    #expect(result.seen.last?.at == "10:37")
  }

  /// The help is right for a plan of any era: a plan older than every strategy is not told to
  /// name one, and where several strategies are declared the periods choose.
  @Test(
    "E0209: the help names the strategy whose period overlaps the plan's, or says to remove 'advances'",
    arguments: [
      (
        "2015-07 .. 2017-06", "",
        "remove 'advances': plan 'p' is older than every strategy declared, so it advanced none"
      ),
      (
        "2030 .. 2031", "",
        "declare the strategy in force during plan 'p' and name it in 'strategy', or remove 'advances'"
      ),
      ("2019 .. 2020", "strategy old \"Old\" { period 2018 .. 2022 }", "add 'strategy old' to plan 'p'"),
      (
        "2022 .. 2024", "strategy old \"Old\" { period 2018 .. 2022 }",
        "add 'strategy NAME' to plan 'p', naming the one it advances: ogp_2023_2028, old"
      ),
    ])
  func advancesWithoutStrategyByPeriod(period: String, other: String, help: String) throws {
    let result = check(
      """
      use "s.ogp"
      actor digital government "D"
      \(other)
      plan p "P" {
        member "A" national
        period \(period)
        commitment c1 "C" { lead digital; advances SO1 }
      }
      """)
    #expect(result.codes == ["E0209"])
    #expect(result.seen.first?.help == help)
  }

  // MARK: E0210 wrong kind of declaration

  @Test("E0210: 'lead' naming a plan")
  func leadNamingPlan() throws {
    let result = check(
      """
      plan p "P" {
        member "A" national
        period 2024 .. 2025
        commitment c "C" { lead p }
      }
      """)
    #expect(result.codes == ["E0210"])
    let found = try #require(result.seen.first)
    #expect(found.at == "4:27")
    #expect(found.message == "'p' is a plan, not an actor")
    #expect(found.label == "expected an actor")
    #expect(found.secondary.map(\.at) == ["a.ogp:1:6"])
    #expect(found.secondary.map(\.label) == ["declared as a plan here"])
    #expect(found.help == "'lead' names actors")
  }

  @Test("E0210: 'strategy' naming an actor, without a cascade into 'advances'")
  func strategyNamingActor() throws {
    let result = check(
      """
      actor odn civil_society "ODN"
      plan p "P" {
        member "A" national
        strategy odn
        period 2024 .. 2025
        commitment c "C" { lead odn; advances SO1 }
      }
      """)
    #expect(result.codes == ["E0210"])
    #expect(result.seen.first?.message == "'odn' is an actor, not a strategy")
    #expect(result.seen.first?.at == "4:12")
  }

  // MARK: E0301 unknown clause

  @Test("E0301: an unknown clause gets a suggestion and a fix-it")
  func unknownClause() throws {
    let result = check(
      """
      plan p "P" {
        member "A" national
        perod 2024 .. 2025
      }
      """)
    #expect(result.codes == ["E0302", "E0301"], "the missing 'period' is reported at the plan's name")
    let found = try #require(result.seen.last)
    #expect(found.at == "3:3")
    #expect(found.text == "perod")
    #expect(found.message == "unknown clause 'perod' in plan 'p'")
    #expect(found.label == "unknown clause")
    #expect(found.help?.hasPrefix("did you mean 'period'?") == true)
    #expect(
      found.help?.contains(
        "plan 'p' takes: title, member, strategy, standards, period, prefix, contact, submitted, monitoring_body, cocreation"
      )
        == true)
    #expect(found.fixes == [["period"]])
  }

  @Test("E0301: a change takes only its title's translations, and says so")
  func clauseInChange() throws {
    let result = check(
      """
      strategy s "S" {
        period 2023 .. 2028
        change ch "C" { foo 1 }
      }
      """)
    #expect(result.codes == ["E0301"])
    #expect(result.seen.first?.at == "3:19")
    #expect(result.seen.first?.help == "change 'ch' takes: title")
    #expect(result.seen.first?.fixes == [])
  }

  // MARK: E0302 missing required clause

  @Test("E0302: strategy period; plan member and period; commitment lead")
  func missingRequired() {
    let result = check(
      """
      strategy s "S" {
        vision "V"
      }
      plan p "P" {
        commitment c "C" {
          goal "G"
        }
      }
      """)
    #expect(result.codes == ["E0302", "E0302", "E0302", "E0302"])
    #expect(result.seen.map(\.at) == ["1:10", "4:6", "4:6", "5:14"])
    #expect(
      result.seen.map(\.message) == [
        "strategy 's' has no 'period' clause", "plan 'p' has no 'member' clause",
        "plan 'p' has no 'period' clause", "commitment 'c' has no 'lead' clause",
      ])
    #expect(
      result.seen.map(\.label) == [
        "'period' is required", "'member' is required", "'period' is required", "'lead' is required",
      ])
    #expect(result.seen[1].help == "add a line such as: member \"Arcadia\" national")
    #expect(result.seen[3].help == "add a line such as: lead digital_agency, open_data_network")
  }

  @Test("nothing else is required: a minimal program compiles")
  func nothingElseRequired() {
    let result = check(
      """
      strategy s "S" { period 2023 .. 2028; objective SO1 "O"; change ch "C"; standard S1 "Std" }
      actor a government "A"
      plan p "P" {
        member "A" local
        period 2024 .. 2025
        forum "F"
        cocreation {}
        commitment c "C" {
          lead a
          assessment {}
          milestone m "M"
        }
      }
      """)
    #expect(result.seen.isEmpty, "\(result.seen)")
    #expect(result.compilation.program != nil)
  }

  // MARK: E0303 placement

  @Test(
    "E0303: a declaration where it cannot stand",
    arguments: [
      (
        "plan p \"P\" {\n  member \"A\" national\n  period 2024 .. 2025\n  milestone m \"M\"\n}", "4:3",
        "a milestone cannot be declared inside a plan", "move it: it belongs inside a commitment"
      ),
      (
        "actor a government \"A\"\ncommitment c \"C\" { lead a }", "2:1",
        "a commitment cannot be declared at the top level of a file", "move it: it belongs inside a plan"
      ),
      (
        "plan p \"P\" {\n  member \"A\" national\n  period 2024 .. 2025\n  objective SO1 \"O\"\n}", "4:3",
        "objective cannot be declared inside a plan", "move it: it belongs inside a strategy"
      ),
      (
        "strategy s \"S\" {\n  period 2023 .. 2028\n  priority p \"P\"\n}", "3:3",
        "priority cannot be declared inside a strategy", "objective"
      ),
    ])
  func placement(source: String, at: String, message: String, help: String) throws {
    let result = check(source)
    #expect(result.codes == ["E0303"])
    let found = try #require(result.seen.first)
    #expect(found.at == at)
    #expect(found.message.hasSuffix(message))
    #expect(found.label == "not allowed here")
    #expect(found.help?.hasSuffix(help) == true)
  }

  @Test("E0303: the message uses 'an' before a vowel")
  func placementArticle() {
    let objective = check(
      "plan p \"P\" {\n  member \"A\" national\n  period 2024 .. 2025\n  objective SO1 \"O\"\n}")
    #expect(objective.seen.first?.message == "an objective cannot be declared inside a plan")
  }

  @Test(
    "E0303: the place and the help use 'an' before a vowel")
  func placementArticlesInPlace() {
    let priority = check("strategy s \"S\" {\n  period 2023 .. 2028\n  priority p \"P\"\n}")
    #expect(priority.seen.first?.help == "move it: it belongs inside an objective")
    let change = check(
      "strategy s \"S\" {\n  period 2023 .. 2028\n  objective SO1 \"O\" { change c \"C\" }\n}")
    #expect(change.seen.first?.message == "a change cannot be declared inside an objective")
  }

  // MARK: E0304 wrong value type

  @Test("E0304: a string where a date range is expected")
  func stringForDateRange() throws {
    let result = check(inCommitment("period \"2024\""))
    #expect(result.codes == ["E0304"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:12")
    #expect(found.text == "\"2024\"")
    #expect(found.message == "expected a date range like 2024-09 .. 2026-08 for 'period', found a string")
    #expect(found.label == "expected a date range")
    #expect(found.help == "write it as: period 2024-09 .. 2026-08")
  }

  @Test("E0304: a single date where a range is expected")
  func dateForDateRange() {
    let result = check(inCommitment("period 2024-06"))
    #expect(result.codes == ["E0304"])
    #expect(
      result.seen.first?.message
        == "expected a date range like 2024-09 .. 2026-08 for 'period', found a single date")
  }

  @Test("E0304: a name where a string is expected suggests the quotes")
  func nameForString() throws {
    let result = check(inCommitment("problem some_name"))
    #expect(result.codes == ["E0304"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:13")
    #expect(found.message == "expected a string for 'problem', found the name 'some_name'")
    #expect(found.label == "expected a string")
    #expect(found.help == "put the text in double quotes: problem \"some_name\"")
  }

  @Test("E0304: a block on a clause that takes none, at its brace")
  func blockOnPlainClause() throws {
    let result = check(inCommitment("description { x 1 }"))
    #expect(result.codes == ["E0304"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:17")
    #expect(found.text == "{")
    #expect(found.message == "'description' takes no block")
    #expect(found.label == "unexpected block")
  }

  @Test(
    "E0304: the help for a block on a text clause shows a string")
  func blockOnPlainClauseHelp() {
    let result = check(inCommitment("description { x 1 }"))
    #expect(result.seen.first?.help == "write the value on the line: description \"…\"")
  }

  @Test(
    "E0304: a 'minimum' with a malformed duration is explained as a requirement")
  func minimumMalformedDuration() {
    let result = check(
      """
      strategy s "S" {
        period 2023 .. 2028
        standard S1 "Dialogue" { minimum forum_meets_every every 3 }
      }
      """)
    #expect(result.codes == ["E0304"])
    #expect(result.seen.first?.message.contains("every 3 months") == false)
    #expect(result.seen.first?.help == "write it as: minimum forum_meets_every 6 months")
  }

  @Test("E0304: 'assessment' without its block")
  func assessmentWithoutBlock() throws {
    let result = check(inCommitment("assessment"))
    #expect(result.codes == ["E0304"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:5")
    #expect(found.text == "assessment")
    #expect(found.message == "expected a block { … } for 'assessment', found no block")
    #expect(found.label == "expected a block")
    #expect(found.help == "write it as: assessment { … }")
  }

  // MARK: IRM assessments, one per report

  @Test("E0314: 'in_progress' is a plan's status, not an IRM completion label")
  func progressAsCompletion() throws {
    let result = check(inCommitment("status in_progress; assessment { completion in_progress }"))
    #expect(result.codes == ["E0314"])
    let found = try #require(result.seen.first)
    #expect(found.text == "in_progress" && found.at == "10:49")
    #expect(found.message == "'in_progress' is not one of the IRM's completion labels")
    #expect(found.fixes.isEmpty, "which label the IRM gave is not for the tool to guess")
  }

  @Test("assessments repeat, each its own report, in the order written; other clauses do not")
  func assessmentsRepeat() throws {
    let result = check(
      inCommitment(
        """
        assessment { report action_plan_review; published 2024-12; potential modest }
            assessment { report results_report; completion complete; relevance inclusion, civic_participation }
        """))
    #expect(result.seen.isEmpty, "\(result.seen)")
    #expect(check(inCommitment("status complete; status limited")).codes == ["E0306"], "others do not")
    let commitment = try #require(result.compilation.program?.plans.first?.commitments.first)
    #expect(commitment.assessments.map(\.report) == [.actionPlanReview, .resultsReport])
    #expect(commitment.assessments[0].published?.description == "2024-12")
    #expect(commitment.assessments[1].completion == .complete)
    #expect(commitment.assessments[1].relevance == [.inclusion, .civicParticipation])
  }

  @Test(
    "a count is a number, or a number after over, about, at_least or under",
    arguments: [
      ("contributions 1000", nil as String?, 1000 as Int?, nil as CountQualifier?),
      ("contributions over 1000", nil, 1000, .over),
      ("contributions at_least 12", nil, 12, .atLeast),
      ("contributions more 1000", "E0305", nil, nil),
      ("contributions over", "E0304", nil, nil),
      ("contributions over 10 20", "E0304", nil, nil),
    ])
  func approximateCount(clause: String, code: String?, number: Int?, qualifier: CountQualifier?) throws {
    let result = check(
      """
      strategy s "S" {
        period 2023 .. 2028
        consultation { \(clause) }
      }
      """)
    #expect(result.codes == (code.map { [$0] } ?? []), "\(result.seen)")
    guard code == nil else { return }
    let consultation = try #require(
      result.compilation.program?.strategies.first { $0.id == "s" }?.consultation)
    #expect(consultation.contributions == number && consultation.contributionsQualifier == qualifier)
  }

  // MARK: E0305 enum values

  struct EnumCase: Sendable, CustomStringConvertible {
    /// The whole file.
    var source: String
    /// The wrong word, found on `line`.
    var word: String
    var line: Int
    var message: String
    var suggestions: [String]
    var description: String { word }
  }

  static let enumCases: [EnumCase] = [
    EnumCase(
      source: "actor a goverment \"A\"", word: "goverment", line: 1,
      message: "unknown actor kind 'goverment'",
      suggestions: ["government"]),
    EnumCase(
      source: "actor a government \"A\" { branch executve }", word: "executve", line: 1,
      message: "unknown branch 'executve'", suggestions: ["executive"]),
    EnumCase(
      source: "actor a government \"A\" { level nationa }", word: "nationa", line: 1,
      message: "unknown level 'nationa'", suggestions: ["national"]),
    EnumCase(
      source: "plan p \"P\" {\n  member \"A\" nationl\n  period 2024 .. 2025\n}", word: "nationl", line: 2,
      message: "unknown member kind 'nationl'", suggestions: ["national"]),
    EnumCase(
      source: inCommitment("values civic_participation, acess_to_information"), word: "acess_to_information",
      line: 10, message: "unknown OGP value 'acess_to_information'", suggestions: ["access_to_information"]),
    EnumCase(
      source: inCommitment("challenge anticorruption"), word: "anticorruption", line: 10,
      message: "unknown Open Gov Challenge area 'anticorruption'", suggestions: ["anti_corruption"]),
    EnumCase(
      source: inCommitment("status complet"), word: "complet", line: 10, message: "unknown status 'complet'",
      suggestions: ["complete"]),
    EnumCase(
      source: inCommitment("assessment { verifiable yess }"), word: "yess", line: 10,
      message: "unknown yes or no 'yess'", suggestions: ["yes"]),
    EnumCase(
      source: inCommitment("assessment { potential modst }"), word: "modst", line: 10,
      message: "unknown potential for results 'modst'", suggestions: ["modest"]),
    EnumCase(
      source: inCommitment("assessment { potential_impact minr }"), word: "minr", line: 10,
      message: "unknown potential impact 'minr'", suggestions: ["minor"]),
    EnumCase(
      source: inCommitment("assessment { completion complet }"), word: "complet", line: 10,
      message: "unknown completion 'complet'", suggestions: ["complete"]),
    EnumCase(
      source: inCommitment("assessment { report midterm_reveiw }"), word: "midterm_reveiw", line: 10,
      message: "unknown IRM report 'midterm_reveiw'", suggestions: ["midterm_review"]),
    EnumCase(
      source: inCommitment("assessment { specificity hgh }"), word: "hgh", line: 10,
      message: "unknown specificity 'hgh'", suggestions: ["high"]),
    EnumCase(
      source: inCommitment("continuity carried_ovr"), word: "carried_ovr", line: 10,
      message: "unknown continuity 'carried_ovr'", suggestions: ["carried_over"]),
    EnumCase(
      source: inCommitment("assessment { early_results majr }"), word: "majr", line: 10,
      message: "unknown early result 'majr'", suggestions: ["major"]),
    EnumCase(
      source: inPlan("forum \"F\" { meets every 3 moths }"), word: "moths", line: 8,
      message: "unknown unit of time 'moths'", suggestions: ["months", "month"]),
    EnumCase(
      source: inCommitment("status whatever"), word: "whatever", line: 10,
      message: "unknown status 'whatever'",
      suggestions: []),
  ]

  @Test("E0305: a word outside its closed set, with suggestions", arguments: enumCases)
  func enumValues(_ example: EnumCase) throws {
    let result = check(example.source)
    #expect(result.codes == ["E0305"])
    let found = try #require(result.seen.first)
    let lines = example.source.split(separator: "\n", omittingEmptySubsequences: false)
    let line = String(lines[example.line - 1])
    let before = try #require(
      line.range(of: " " + example.word + " ") ?? line.range(of: " " + example.word, options: .backwards)
    ).lowerBound
    #expect(found.at == "\(example.line):\(line[..<before].unicodeScalars.count + 2)")
    #expect(found.text == example.word)
    #expect(found.message == example.message)
    let didYouMean: String? =
      switch example.suggestions.count {
      case 0: nil
      case 1: "did you mean '\(example.suggestions[0])'?"
      default:
        "did you mean "
          + example.suggestions.dropLast().map { "'\($0)'" }.joined(separator: ", ")
          + " or '\(example.suggestions.last!)'?"
      }
    if let didYouMean {
      #expect(found.help?.hasPrefix(didYouMean) == true, "\(found.help ?? "")")
    } else {
      #expect(found.help?.hasPrefix("write one of: ") == true, "\(found.help ?? "")")
    }
    #expect(found.help?.contains("write one of: ") == true)
    #expect(found.fixes == (example.suggestions.count == 1 ? [[example.suggestions[0]]] : []))
  }

  @Test("E0305: labels use 'an' before a vowel")
  func enumLabelArticles() {
    #expect(check("actor a goverment \"A\"").seen.first?.label == "not an actor kind")
    #expect(check(inCommitment("values open")).seen.first?.label == "not an OGP value")
  }

  // MARK: E0306 duplicate clause

  @Test("E0306: a clause given twice; a list clause is told to join them")
  func duplicateClause() throws {
    let result = check(
      inCommitment("advances SO1\n    advances SO2\n    period 2024 .. 2025\n    period 2025 .. 2026"))
    #expect(result.codes == ["E0306", "E0306"])
    let advances = result.seen[0]
    #expect(advances.at == "11:5")
    #expect(advances.message == "'advances' is given twice in commitment 'c1'")
    #expect(advances.label == "given again here")
    #expect(advances.secondary.map(\.at) == ["a.ogp:10:5"])
    #expect(advances.secondary.map(\.label) == ["first given here"])
    #expect(advances.help == "join the two into one list: advances a, b")
    #expect(result.seen[1].at == "13:5")
    #expect(result.seen[1].help == "keep one 'period' clause and remove the other")
  }

  @Test("'minimum' may be repeated in a standard")
  func minimumRepeatable() throws {
    let result = check(
      """
      strategy s "S" {
        period 2023 .. 2028
        standard S1 "Dialogue" {
          minimum forum_meets_every 6 months
          minimum forum_publishes_minutes
        }
      }
      """)
    #expect(result.seen.isEmpty, "\(result.seen)")
    let standard = try #require(result.compilation.program?.strategies.first?.standards.first)
    #expect(standard.minimums.count == 2)
  }

  // MARK: E0307 too many values

  @Test("E0307: two values for a single-valued clause, at the extra ones")
  func tooManyValues() throws {
    let result = check(inCommitment("challenge access_to_information, anti_corruption"))
    #expect(result.codes == ["E0307"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:38")
    #expect(found.text == "anti_corruption")
    #expect(found.message == "'challenge' takes one value, found 2")
    #expect(found.label == "extra values")
  }

  @Test("E0307: list items side by side without a comma")
  func listWithoutComma() throws {
    let result = check(inCommitment("partners odn digital"))
    #expect(result.codes == ["E0307"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:18")
    #expect(found.text == "digital")
    #expect(found.help == "separate list items with commas")
  }

  // MARK: E0308 second forum

  @Test("E0308: a second forum in a plan")
  func secondForum() throws {
    let result = check(inPlan("forum \"F\" { meets every 3 months }\n  forum \"G\" { meets every 6 months }"))
    #expect(result.codes == ["E0308"])
    let found = try #require(result.seen.first)
    #expect(found.at == "9:3")
    #expect(found.text == "forum")
    #expect(found.message == "a plan has at most one forum")
    #expect(found.label == "second forum")
    #expect(found.secondary.map(\.at) == ["a.ogp:8:3"])
    #expect(found.secondary.map(\.label) == ["first forum here"])
  }

  // MARK: E0309 value out of range

  @Test("E0309: a meeting interval of zero")
  func zeroInterval() throws {
    let result = check(inPlan("forum \"F\" { meets every 0 months }"))
    #expect(result.codes == ["E0309"])
    let found = try #require(result.seen.first)
    #expect(found.at == "8:27")
    #expect(found.text == "0")
    #expect(found.message == "the number for 'meets' must be at least 1")
    #expect(found.label == "out of range")
    #expect(found.help == "write a whole number from 1 to 10000")
  }

  /// The lexer reports a number too large for an integer (E0008); the checker stays quiet.
  @Test(
    "a huge integer is reported once, by the lexer",
    arguments: [
      inPlan("forum \"F\" { meets every 99999999999999999999 months }"),
      inPlan("cocreation { participants 99999999999999999999 }"),
    ])
  func hugeInteger(source: String) throws {
    let result = check(source)
    #expect(result.codes == ["E0010"])
    let found = try #require(result.seen.first)
    #expect(found.at.hasPrefix("8:"))
    #expect(found.text == "99999999999999999999")
    #expect(found.message == "number too large")
  }

  // MARK: E0401 invalid dates

  @Test(
    "E0401: dates that do not exist, with what is wrong in the label",
    arguments: [
      ("2023-02-30", "February 2023 has 28 days"),
      ("2023-02-29", "February 2023 has 28 days"),
      ("2024-04-31", "April 2024 has 30 days"),
      ("2024-13", "there is no month 13"),
      ("2024-00", "there is no month 0"),
      ("99999", "the year needs four digits"),
    ])
  func invalidDate(date: String, label: String) throws {
    let result = check(inPlan("submitted \(date)"))
    #expect(result.codes == ["E0401"])
    let found = try #require(result.seen.first)
    #expect(found.at == "8:13")
    #expect(found.text == date)
    #expect(found.message == "invalid date '\(date)'")
    #expect(found.label == label)
    #expect(found.help == "write dates as YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06-30")
  }

  @Test(
    "valid dates, including 29 February of a leap year",
    arguments: ["2024-02-29", "2000-02-29", "2024", "2024-06"])
  func validDate(date: String) {
    #expect(check(inPlan("submitted \(date)")).seen.isEmpty)
  }

  @Test("E0401: both ends of a range are checked")
  func invalidRangeEnds() {
    let result = check(inCommitment("period 2023-02-30 .. 2024-13"))
    #expect(result.codes == ["E0401", "E0401"])
    #expect(result.seen.map(\.at) == ["10:12", "10:26"])
    #expect(result.seen.map(\.label) == ["February 2023 has 28 days", "there is no month 13"])
  }

  @Test(
    "E0401: day 00 is named as the problem")
  func dayZero() {
    #expect(check(inPlan("submitted 2024-06-00")).seen.first?.label == "there is no day 0")
  }

  // MARK: E0402 reversed range

  @Test("E0402: a range that ends before it starts, with a fix-it swapping the ends")
  func reversedRange() throws {
    let result = check(inCommitment("period 2026 .. 2024-06"))
    #expect(result.codes == ["E0402"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:12")
    #expect(found.text == "2026 .. 2024-06")
    #expect(found.message == "the range 2026 .. 2024-06 ends before it starts")
    #expect(found.label == "reversed")
    #expect(found.help == "write the earlier date first: 2024-06 .. 2026")
    #expect(found.fixes == [["2024-06", "2026"]])
  }

  @Test(
    "ranges compare intervals: overlapping ends and a single day are ordered",
    arguments: ["2024 .. 2024-06", "2024-06 .. 2024", "2024-06-30 .. 2024-06-30", "2024-06-15 .. 2024-06"])
  func orderedRanges(range: String) {
    #expect(check(inCommitment("period \(range)")).seen.isEmpty)
  }

  // MARK: E0403 milestone outside its commitment

  @Test("E0403: a milestone starting before, or ending after, its commitment")
  func milestoneOutside() throws {
    let result = check(
      inCommitment(
        """
        period 2024-10 .. 2026-06
            milestone m1 "Before" { period 2024-09-30 .. 2025-01 }
            milestone m2 "After" { period 2025 .. 2026-07-01 }
        """))
    #expect(result.codes == ["E0403", "E0403"])
    let before = result.seen[0]
    #expect(before.at == "11:36")
    #expect(before.text == "2024-09-30 .. 2025-01")
    #expect(
      before.message
        == "milestone period 2024-09-30 .. 2025-01 lies outside its commitment's period 2024-10 .. 2026-06")
    #expect(before.label == "starts before its commitment (2024-10)")
    #expect(before.secondary.map(\.at) == ["a.ogp:10:12"])
    #expect(before.secondary.map(\.label) == ["the commitment's period"])
    #expect(
      before.help == "move the milestone's dates inside 2024-10 .. 2026-06, or extend the commitment's period"
    )
    #expect(result.seen[1].at == "12:35")
    #expect(result.seen[1].label == "ends after its commitment (2026-06)")
  }

  @Test(
    "no E0403 unless both are dated; month precision covers the whole month",
    arguments: [
      ("period 2024-10 .. 2026-06", "milestone m \"M\" { period 2026-06-30 .. 2026-06-30 }"),
      ("period 2024-10 .. 2026-06", "milestone m \"M\" { period 2024-10-01 .. 2026-06 }"),
      ("period 2024-10 .. 2026-06", "milestone m \"M\" { status complete }"),
      ("goal \"G\"", "milestone m \"M\" { period 2020 .. 2030 }"),
    ])
  func milestoneInside(commitmentClause: String, milestone: String) {
    let result = check(inCommitment("\(commitmentClause)\n    \(milestone)"))
    #expect(result.seen.isEmpty, "\(result.seen)")
  }

  // MARK: Names

  @Test("forward references: actors and strategy declared after the plan that names them")
  func forwardReferences() {
    let result = check(
      """
      plan p "P" {
        member "A" national
        strategy later
        period 2024 .. 2025
        contact digital
        commitment c "C" { lead digital; advances SO1 }
      }
      actor digital government "D"
      strategy later "S" {
        period 2023 .. 2028
        objective SO1 "One"
      }
      """)
    #expect(result.seen.isEmpty, "\(result.seen)")
    #expect(result.compilation.program?.plans.first?.pointOfContact == "digital")
  }

  @Test("names resolve across used files, in both directions")
  func referencesAcrossFiles() throws {
    let result = check(
      """
      use "b.ogp"
      actor digital government "D"
      """,
      files: [
        "/w/b.ogp": """
        use "s.ogp"
        actor odn civil_society "ODN"
        plan p "P" {
          member "A" national
          strategy ogp_2023_2028
          period 2024 .. 2025
          commitment c "C" { lead digital; partners odn; advances SO3.protect_participation }
        }
        """
      ])
    #expect(result.seen.isEmpty, "\(result.seen)")
    let commitment = try #require(result.compilation.program?.plans.first?.commitments.first)
    #expect(commitment.leads == ["digital"])
    #expect(commitment.advances == ["ogp_2023_2028.SO3.protect_participation"])
  }

  @Test("clause keywords are contextual: an actor may be called 'level' or 'period'")
  func clauseKeywordAsName() throws {
    let result = check(
      """
      actor level government "Level" { level local }
      actor period civil_society "Period"
      plan p "P" {
        member "A" national
        period 2024 .. 2025
        contact level
        forum "F" { members level, period }
        commitment c "C" { lead level; partners period }
      }
      """)
    #expect(result.seen.isEmpty, "\(result.seen)")
    let program = try #require(result.compilation.program)
    #expect(program.actors.map(\.id) == ["level", "period"])
    #expect(program.actors.first?.level == .local)
    #expect(program.plans.first?.commitments.first?.leads == ["level"])
    #expect(program.plans.first?.forum?.members == ["level", "period"])
  }

  // MARK: Translations: E0315, E0316, E0317

  @Test("a text and its translations are kept apart in the model, a header's title too")
  func translationsInTheModel() throws {
    let result = check(
      inCommitment(
        """
        title es "Compromiso"
            goal "Open data"
            goal es "Datos abiertos"
            goal en \"\"\"
              Open
              data
              \"\"\"
            milestone m1 "M" { title es "Hito"; deliverable "D"; deliverable es "E" }
        """))
    #expect(result.seen.isEmpty, "\(result.seen)")
    let commitment = try #require(result.compilation.program?.plans.first?.commitments.first)
    #expect(commitment.title == "C")
    #expect(commitment.goal == "Open data")
    #expect(commitment.translations?.title == LocalizedText(es: "Compromiso"))
    #expect(commitment.translations?.goal == LocalizedText(en: "Open\ndata", es: "Datos abiertos"))
    #expect(commitment.title(in: "es") == "Compromiso")
    #expect(commitment.title(in: "en") == "C")
    #expect(commitment.text(commitment.goal, \.goal, in: "es") == "Datos abiertos")
    let milestone = try #require(commitment.milestones.first)
    #expect(milestone.translations?.title?.es == "Hito")
    #expect(milestone.translations?.deliverable?.es == "E")
  }

  @Test("a one-line declaration, a block and a strategy's parts translate too")
  func translationsEverywhere() throws {
    let result = check(
      """
      strategy s "S" {
        title es "E"
        period 2023 .. 2028
        vision "V"; vision es "Visión"
        change ch "C" { title es "Cambio" }
        objective SO1 "O" {
          aim "A"; aim es "Objetivo"
          priority p1 "P" { title es "Prioridad" }
        }
      }
      actor odn civil_society "Open Data Network" { title es "Red de Datos Abiertos" }
      """)
    #expect(result.seen.isEmpty, "\(result.seen)")
    let program = try #require(result.compilation.program)
    let strategy = try #require(program.strategies.first)
    #expect(strategy.title(in: "es") == "E")
    #expect(strategy.translations?.vision?.es == "Visión")
    #expect(strategy.changes.first?.title(in: "es") == "Cambio")
    #expect(strategy.objectives.first?.translations?.aim?.es == "Objetivo")
    #expect(strategy.objectives.first?.priorities.first?.title(in: "es") == "Prioridad")
    #expect(program.actors.first?.title(in: "es") == "Red de Datos Abiertos")
  }

  @Test("E0315: a text translated twice into one language")
  func duplicateTranslation() throws {
    let result = check(inCommitment("goal \"G\"\n    goal es \"Meta\"\n    goal es \"Otra\""))
    #expect(result.codes == ["E0315"])
    let found = try #require(result.seen.first)
    #expect(found.at == "12:10")
    #expect(found.text == "es")
    #expect(found.message == "'goal' is translated into 'es' twice in commitment 'c1'")
    #expect(found.secondary.map(\.at) == ["a.ogp:11:10"])
    #expect(found.help == "keep one 'goal es' clause and remove the other")
    #expect(check(inCommitment("title es \"A\"; title es \"B\"")).codes == ["E0315"], "a title's too")
    #expect(check(inCommitment("goal \"G\"; goal \"H\"")).codes == ["E0306"], "the default is a clause")
  }

  @Test(
    "E0316: a language ogp does not speak, with a suggestion when one is near",
    arguments: [
      ("fr", nil as String?), ("ES", "es"), ("es_MX", "es"), ("esp", "es"), ("eng", "en"), ("spanish", nil),
    ])
  func unknownLanguage(tag: String, suggestion: String?) throws {
    let result = check(inCommitment("goal \"G\"; goal \(tag) \"Meta\""))
    #expect(result.codes == ["E0316"])
    let found = try #require(result.seen.first)
    #expect(found.text == tag)
    #expect(found.message == "unknown language '\(tag)' in 'goal'")
    #expect(found.label == "not a language ogp knows")
    #expect(found.help?.hasSuffix("a translation is written goal LANGUAGE \"…\", in one of: en, es") == true)
    #expect(found.fixes == (suggestion.map { [[$0]] } ?? []))
  }

  @Test("E0317: a translation of a text that is not given; a title's is its header's")
  func translationWithoutDefault() throws {
    let result = check(inCommitment("goal es \"Meta\""))
    #expect(result.codes == ["E0317"])
    let found = try #require(result.seen.first)
    #expect(found.at == "10:10")
    #expect(found.message == "'goal es' translates a 'goal' that commitment 'c1' does not give")
    #expect(found.label == "no 'goal' to translate")
    #expect(check(inCommitment("title es \"Compromiso\"")).seen.isEmpty)
  }

  @Test("a title clause without a language is the wrong value: the header holds the title")
  func titleWithoutLanguage() throws {
    let result = check(inCommitment("title \"Compromiso\""))
    #expect(result.codes == ["E0304"])
    #expect(result.seen.first?.help == "write it as: title es \"…\"")
    #expect(check(inCommitment("description \"D\"; description es 2024")).codes == ["E0304"])
  }
}

// MARK: - Harness

/// One diagnostic as a reader sees it.
private struct Seen: CustomStringConvertible {
  var code: String
  var message: String
  var file: String
  /// `line:column` of the primary span.
  var at: String
  /// The source text of the primary span.
  var text: String
  var label: String
  var help: String?
  /// `file:line:column` and label of each secondary span.
  var secondary: [(at: String, label: String)]
  /// The replacement texts of each fix-it's edits.
  var fixes: [[String]]

  var description: String { "\(file):\(at): \(code) \(message)" }
}

private struct CheckResult {
  var compilation: Compilation
  var seen: [Seen]
  var codes: [String] { seen.map(\.code) }
}

/// The strategy in `/w/s.ogp`.
private let strategySource = """
  strategy ogp_2023_2028 "OGP Strategy 2023–2028" {
    period 2023 .. 2028
    objective SO1 "Broaden the community" {
      priority training "Invest in training"
    }
    objective SO2 "Deliver impact"
    objective SO3 "Protect civic space" {
      priority protect_participation "Protect participation"
      priority civic_space_protection "Protect civic space"
    }
  }

  """

/// A clean plan whose line 8 is `clause` (indented by two).
private func inPlan(_ clause: String) -> String {
  """
  use "s.ogp"
  actor digital government "Digital Agency"
  actor odn civil_society "Open Data Network"
  plan p "P" {
    member "A" national
    strategy ogp_2023_2028
    period 2024-09 .. 2028-08
    \(clause)
  }

  """
}

/// A clean plan whose commitment `c1` has `clause` on line 10 (indented by four).
private func inCommitment(_ clause: String) -> String {
  inPlan(
    """
    commitment c1 "C" {
        lead digital
        \(clause)
      }
    """)
}

/// Compiles `/w/a.ogp` holding `main`, with `files` and the strategy beside it.
private func check(_ main: String, files: [String: String] = [:]) -> CheckResult {
  var all = files
  all["/w/a.ogp"] = main
  if all["/w/s.ogp"] == nil { all["/w/s.ogp"] = strategySource }
  let compilation = Compiler(provider: InMemorySourceProvider(all), workingDirectory: "/w").compile([
    .file("a.ogp")
  ])
  func place(_ span: SourceSpan) -> (file: String, at: String) {
    let file = compilation.sources[span.file]
    let location = file.location(of: span.start)
    return (file.path, "\(location.line):\(location.column)")
  }
  let seen = compilation.diagnostics.map { diagnostic in
    let primary = place(diagnostic.span)
    return Seen(
      code: diagnostic.code, message: diagnostic.message, file: primary.file, at: primary.at,
      text: compilation.sources[diagnostic.span.file].text(of: diagnostic.span),
      label: diagnostic.primary.message,
      help: diagnostic.help,
      secondary: diagnostic.secondary.map { label in
        let where_ = place(label.span)
        return ("\(where_.file):\(where_.at)", label.message)
      },
      fixes: diagnostic.fixIts.map { $0.edits.map(\.replacement) })
  }
  return CheckResult(compilation: compilation, seen: seen)
}
