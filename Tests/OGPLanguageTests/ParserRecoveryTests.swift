import OGPDiagnostics
import Testing

@testable import OGPLanguage

private struct Parsed {
  var file: SourceFile
  var result: ParseResult

  var syntax: SourceFileSyntax { result.syntax }
  var declarations: [Declaration] { result.syntax.declarations }
  var codes: [String] { result.diagnostics.map(\.code) }

  func text(_ span: SourceSpan) -> String { file.text(of: span) }

  /// The diagnostics with `code`.
  func count(_ code: DiagnosticCode) -> Int { result.diagnostics.count(where: { $0.code == code.rawValue }) }
}

private func parse(_ text: String) -> Parsed {
  let file = SourceFile(id: SourceFileID(0), path: "t.ogp", text: text)
  return Parsed(file: file, result: Parser.parse(file))
}

private func codes(_ list: DiagnosticCode...) -> [String] { list.map(\.rawValue) }

/// What an atom is, written compactly: `p:SO4.raise_the_bar`, `s:Arcadia`, `i:640`, `d:2024-09`.
private func describe(_ atom: Atom) -> String {
  switch atom {
  case .path(let parts): "p:" + parts.map(\.name).joined(separator: ".")
  case .string(let literal): "s:" + literal.value
  case .integer(let value, _): "i:" + (value.map(String.init) ?? "nil")
  case .date(let text, _): "d:" + text
  }
}

/// A clause's values: groups separated by ", ", terms by " ", ranges as "a..b".
private func describe(_ clause: Clause) -> String {
  clause.groups.map { group in
    group.terms.map { term in
      describe(term.lower) + (term.upper.map { ".." + describe($0) } ?? "")
    }.joined(separator: " ")
  }.joined(separator: ", ")
}

private func clauses(_ block: Block?) -> [String: String] {
  var result: [String: String] = [:]
  for clause in block?.clauses ?? [] { result[clause.keyword.name] = describe(clause) }
  return result
}

@Suite("Parser and recovery")
struct ParserRecoveryTests {
  static let example = """
    use "../strategy/ogp-2023-2028.ogp"

    /// The contact point.
    /// Second line.
    actor unit government "Open Government Unit" { branch executive; level national }
    actor odn civil_society "Open Data Network"

    ///Third plan.
    // A plain comment and a blank line do not detach the doc comment.

    plan p3 "Third Plan" {
      member    "Arcadia" national
      strategy  ogp_2023_2028
      period    2024-09-01 ..
                2028-08-31
      submitted 2024
      forum "Foro" {
        meets   every 3 months
        members unit,
                odn
      }
      /// The first commitment.
      commitment c01 "Open data" {
        lead unit; partners odn
        advances SO2, SO4.raise_the_bar
        milestone m1 "Step one" { period 2024-10 .. 2025-01 }
        assessment {
          verifiable yes
        }
      }
    }
    """

  @Test("a small full example gives the expected tree")
  func fullExample() throws {
    let parsed = parse(Self.example)
    #expect(parsed.result.diagnostics.isEmpty)
    let syntax = parsed.syntax
    #expect(syntax.items.count == 4)
    #expect(syntax.uses.map { $0.path?.value } == ["../strategy/ogp-2023-2028.ogp"])
    #expect(parsed.text(syntax.uses[0].span) == "use \"../strategy/ogp-2023-2028.ogp\"")

    let declarations = parsed.declarations
    #expect(declarations.map(\.kind) == [.actor, .actor, .plan])
    #expect(declarations.map { $0.name?.name } == ["unit", "odn", "p3"])
    #expect(declarations.map { $0.actorKind?.name } == ["government", "civil_society", nil])
    #expect(
      declarations.map { $0.title?.value } == ["Open Government Unit", "Open Data Network", "Third Plan"])
    #expect(declarations.map(\.doc) == ["The contact point.\nSecond line.", nil, "Third plan."])

    let unit = declarations[0]
    #expect(parsed.text(unit.keywordSpan) == "actor")
    #expect(parsed.text(try #require(unit.name).span) == "unit")
    #expect(parsed.text(try #require(unit.title).span) == "\"Open Government Unit\"")
    #expect(parsed.text(unit.span).hasPrefix("actor unit") && parsed.text(unit.span).hasSuffix("national }"))
    #expect(clauses(unit.body) == ["branch": "p:executive", "level": "p:national"])

    let plan = declarations[2]
    let body = try #require(plan.body)
    #expect(body.closeBrace != nil)
    #expect(body.clauses.map(\.keyword.name) == ["member", "strategy", "period", "submitted"])
    #expect(
      clauses(body) == [
        "member": "s:Arcadia p:national", "strategy": "p:ogp_2023_2028",
        "period": "d:2024-09-01..d:2028-08-31",
        "submitted": "i:2024",
      ])
    #expect(body.declarations.map(\.kind) == [.forum, .commitment])

    let forum = body.declarations[0]
    #expect(forum.name == nil)
    #expect(forum.title?.value == "Foro")
    #expect(clauses(forum.body) == ["meets": "p:every i:3 p:months", "members": "p:unit, p:odn"])

    let commitment = body.declarations[1]
    #expect(commitment.name?.name == "c01")
    #expect(commitment.doc == "The first commitment.")
    #expect(
      clauses(commitment.body) == [
        "lead": "p:unit", "partners": "p:odn", "advances": "p:SO2, p:SO4.raise_the_bar", "assessment": "",
      ])
    let assessment = try #require(commitment.body?.clauses.first { $0.keyword.name == "assessment" })
    #expect(clauses(assessment.block) == ["verifiable": "p:yes"])
    let milestone = try #require(commitment.body?.declarations.first)
    #expect(
      milestone.kind == .milestone && milestone.name?.name == "m1" && milestone.title?.value == "Step one")
    #expect(clauses(milestone.body) == ["period": "d:2024-10..d:2025-01"])
  }

  @Test("clause and value spans cover exactly their text")
  func spans() throws {
    let parsed = parse("plan p \"t\" {\n  advances SO2, SO4.raise_the_bar\n  period 2024 .. 2025\n}")
    let body = try #require(parsed.declarations.first?.body)
    let advances = body.clauses[0]
    #expect(parsed.text(advances.span) == "advances SO2, SO4.raise_the_bar")
    #expect(parsed.text(advances.valueSpan) == "SO2, SO4.raise_the_bar")
    #expect(parsed.text(advances.groups[1].span) == "SO4.raise_the_bar")
    #expect(parsed.text(advances.groups[1].terms[0].lower.span) == "SO4.raise_the_bar")
    let period = body.clauses[1]
    #expect(parsed.text(period.groups[0].terms[0].span) == "2024 .. 2025")
    #expect(parsed.text(body.openBrace) == "{")
    #expect(parsed.text(try #require(body.closeBrace)) == "}")
  }

  @Test("doc comments: joined with newlines, kept across blank lines, dropped by a clause")
  func docComments() throws {
    let parsed = parse(
      """
      /// One
      ///   two, indented
      ///

      strategy s "S" {
        /// Dropped: a clause follows.
        period 2023 .. 2028
        objective SO1 "First"
        /// Kept.
        objective SO2 "Second" {
          ///Priority doc.
          priority p "P"
        }
      }
      """)
    #expect(parsed.result.diagnostics.isEmpty)
    let strategy = try #require(parsed.declarations.first)
    #expect(strategy.doc == "One\n  two, indented\n")
    let objectives = try #require(strategy.body?.declarations)
    #expect(objectives.map(\.doc) == [nil, "Kept."])
    #expect(objectives[1].body?.declarations.first?.doc == "Priority doc.")
  }

  @Test(
    "a doc comment with a CRLF line ending does not keep the CR")
  func docCommentCRLF() {
    let parsed = parse("/// Doc.\r\nactor a government \"A\"\r\n")
    #expect(parsed.declarations.first?.doc == "Doc.")
  }

  @Test(
    "a doc comment that documents nothing does not leak to a later declaration",
    arguments: [
      "strategy s \"S\" {\n  objective o \"O\" {\n    /// orphan\n  }\n  objective p \"P\"\n}",
      "strategy s \"S\" {\n  /// orphan\n  \"junk\"\n  objective p \"P\"\n}",
      "strategy s \"S\" {\n  /// orphan\n  rule r\n  objective p \"P\"\n}",
      "strategy s \"S\" {\n  /// orphan\n  use \"x.ogp\"\n  objective p \"P\"\n}",
    ])
  func orphanDocComment(_ source: String) throws {
    let parsed = parse(source)
    let objective = try #require(parsed.declarations.first?.body?.declarations.last)
    #expect(objective.name?.name == "p")
    #expect(objective.doc == nil)
  }

  @Test("';' separates clauses on one line; ',' and '..' continue onto the next line")
  func layout() throws {
    let parsed = parse(
      """
      plan p "t" {
        member "M" national; period 2024 ..

          2026; prefix "AR"
        areas a,

          b,
          c
      }
      """)
    #expect(parsed.result.diagnostics.isEmpty)
    let body = try #require(parsed.declarations.first?.body)
    #expect(body.clauses.map(\.keyword.name) == ["member", "period", "prefix", "areas"])
    #expect(clauses(body)["period"] == "i:2024..i:2026")
    #expect(clauses(body)["areas"] == "p:a, p:b, p:c")
  }

  @Test("a line break ends a clause: a value on the next line is not part of it")
  func lineBreakEndsClause() throws {
    let parsed = parse("plan p \"t\" {\n  period 2024\n  .. 2026\n}")
    #expect(parsed.codes == codes(.unexpectedInBlock))
    #expect(clauses(parsed.declarations.first?.body)["period"] == "i:2024")
  }

  @Test("a keyword followed by a name and no title is a clause, like a plan's 'strategy'")
  func keywordClause() throws {
    let parsed = parse(
      """
      plan p "t" {
        strategy ogp_2023_2028
        strategy other; commitment c "C"
        objective x, y
        commitment c2 "C2" { milestone m1 }
      }
      """)
    #expect(parsed.result.diagnostics.isEmpty)
    let body = try #require(parsed.declarations.first?.body)
    #expect(body.items.count == 5)
    #expect(body.clauses.map(\.keyword.name) == ["strategy", "strategy", "objective"])
    #expect(body.clauses.map(describe) == ["p:ogp_2023_2028", "p:other", "p:x, p:y"])
    #expect(body.declarations.map { $0.name?.name } == ["c", "c2"])
    #expect(body.declarations[1].body?.clauses.map(describe) == ["p:m1"])
  }

  @Test(
    "a keyword followed by a dotted path and no title is a clause too")
  func keywordClauseWithPath() {
    let parsed = parse("plan p \"t\" {\n  strategy ogp.current\n  period 2024 .. 2026\n}")
    #expect(parsed.result.diagnostics.isEmpty)
    #expect(parsed.declarations.first?.body?.clauses.map(describe) == ["p:ogp.current", "i:2024..i:2026"])
  }

  // MARK: Multi-line strings

  @Test("multi-line strings: the closing delimiter's indentation is stripped from every line")
  func multilineValue() throws {
    let parsed = parse(
      "strategy s \"S\" {\n  vision \"\"\"\n    Line one\n      indented \\\"\"\" \\u{E9}\n\n    Line three\n    \"\"\"\n}"
    )
    #expect(parsed.result.diagnostics.isEmpty)
    let vision = try #require(parsed.declarations.first?.body?.clauses.first)
    guard case .string(let literal) = vision.groups.first?.terms.first?.lower else {
      Issue.record("vision has no string")
      return
    }
    #expect(literal.isMultiline)
    #expect(literal.value == "Line one\n  indented \"\"\" é\n\nLine three")
  }

  @Test(
    "multi-line string edge cases decode as Swift does",
    arguments: [
      ("\"\"\"\n\"\"\"", ""), ("\"\"\"\nx\n\"\"\"", "x"), ("\"\"\"\r\n  a\r\n  b\r\n  \"\"\"", "a\nb"),
      ("\"\"\"   \n\ta\n\t\"\"\"", "a"), ("\"\"\"\n  a\n \n  \"\"\"", "a\n"),
    ])
  func multilineEdges(_ literal: String, _ value: String) {
    let parsed = parse("use \(literal)")
    #expect(parsed.result.diagnostics.isEmpty)
    #expect(parsed.syntax.uses.first?.path?.value == value)
  }

  @Test(
    "badly laid out multi-line strings are E0009",
    arguments: [
      "\"\"\"text on the opening line\n\"\"\"",
      "\"\"\"\n  text\n  before the end\"\"\"",
      "\"\"\"\n  fine\n less indented\n  \"\"\"",
      "\"\"\"\"\"\"",
    ])
  func multilineLayout(_ literal: String) {
    let parsed = parse("use \(literal)")
    #expect(parsed.codes == codes(.multilineStringLayout))
  }

  // MARK: Recovery

  @Test(
    "a garbage line inside a block gives one diagnostic and the next clauses still parse",
    arguments: [
      "\"oops\" 12 .. , . { x } ;;; y",
      "branch executive ,, .. ,",
      "level . . national",
      "12 13 14",
      "\"a\" \"b\" {} c.d",
    ])
  func garbageLine(_ garbage: String) throws {
    let parsed = parse(
      "actor a government \"A\" {\n  branch executive\n  \(garbage)\n  level national\n}\nactor b government \"B\"\n"
    )
    #expect(parsed.result.diagnostics.count == 1, "\(parsed.codes)")
    #expect(parsed.declarations.map { $0.name?.name } == ["a", "b"])
    #expect(parsed.declarations.first?.body?.clauses.last?.keyword.name == "level")
  }

  @Test("errors in two separate declarations are both reported")
  func twoErrors() {
    let parsed = parse(
      """
      actor a government "A" { branch executive ,, }
      actor b government "B" {
        "junk"
      }
      actor c government "C" { level }
      """)
    #expect(parsed.codes == codes(.expectedValue, .unexpectedInBlock))
    #expect(parsed.declarations.map { $0.name?.name } == ["a", "b", "c"])
    #expect(parsed.declarations[2].body?.clauses.map(\.keyword.name) == ["level"])
  }

  @Test("errors in two clauses of one block are both reported")
  func twoErrorsOneBlock() {
    let parsed = parse("plan p \"t\" {\n  period 2024 .. ;\n  member , x\n  prefix \"AR\"\n}")
    #expect(parsed.codes == codes(.expectedValue, .expectedValue))
    #expect(parsed.declarations.first?.body?.clauses.map(\.keyword.name) == ["period", "member", "prefix"])
  }

  @Test("a missing title is E0103 and the block is still parsed")
  func missingTitle() throws {
    let parsed = parse("plan p {\n  period 2024 .. 2026\n}\nactor a government \"A\"")
    #expect(parsed.codes == codes(.expectedTitle))
    let diagnostic = try #require(parsed.result.diagnostics.first)
    #expect(parsed.text(diagnostic.span) == "{")
    #expect(diagnostic.message == "expected a title string for plan 'p', found '{'")
    let plan = try #require(parsed.declarations.first)
    #expect(plan.title == nil)
    #expect(clauses(plan.body) == ["period": "i:2024..i:2026"])
    #expect(parsed.declarations.count == 2)
  }

  @Test("a missing title at the end of the line points just after the name")
  func missingTitleAtEndOfLine() throws {
    let parsed = parse("actor a government\nactor b government \"B\"")
    #expect(parsed.codes == codes(.expectedTitle))
    let span = try #require(parsed.result.diagnostics.first?.span)
    #expect(span.start == 18 && span.end == 18)
    #expect(parsed.declarations.count == 2)
  }

  @Test("an unquoted title is E0103 over its words, with a quoted fix in the help")
  func unquotedTitle() throws {
    let parsed = parse("plan p Third Plan 2024 {\n  period 2024 .. 2026\n}")
    #expect(parsed.codes == codes(.expectedTitle))
    let diagnostic = try #require(parsed.result.diagnostics.first)
    #expect(parsed.text(diagnostic.span) == "Third Plan 2024")
    #expect(diagnostic.help == "put the title in double quotes: \"Third Plan 2024\"")
    #expect(clauses(parsed.declarations.first?.body) == ["period": "i:2024..i:2026"])
  }

  @Test("a missing name is E0102 and the declaration is still parsed")
  func missingName() throws {
    let parsed = parse("plan \"Third\" {\n  period 2024 .. 2026\n}")
    #expect(parsed.codes == codes(.expectedName))
    let plan = try #require(parsed.declarations.first)
    #expect(plan.name == nil)
    #expect(clauses(plan.body) == ["period": "i:2024..i:2026"])
  }

  @Test("an unclosed block at the end of the file is E0104 with a label at its '{'")
  func unclosedBlock() throws {
    let source = "plan p \"t\" {\n  commitment c \"C\" {\n    lead a\n"
    let parsed = parse(source)
    #expect(parsed.codes == codes(.unclosedBlock))
    let diagnostic = try #require(parsed.result.diagnostics.first)
    #expect(diagnostic.secondary.count == 1)
    let open = try #require(diagnostic.secondary.first)
    #expect(parsed.text(open.span) == "{")
    #expect(open.span.start == Array(source.utf8).lastIndex(of: UInt8(ascii: "{")))
    #expect(open.message == "block opened here")
    #expect(diagnostic.span.end <= source.utf8.count)
    let commitment = try #require(parsed.declarations.first?.body?.declarations.first)
    #expect(commitment.body?.closeBrace == nil)
    #expect(clauses(commitment.body) == ["lead": "p:a"])
  }

  @Test("an unmatched '}' at the top level is E0109 and parsing goes on")
  func unmatchedBrace() throws {
    let source = "actor a government \"A\" {\n  branch executive\n}\n}\nactor b government \"B\""
    let parsed = parse(source)
    #expect(parsed.codes == codes(.unmatchedBrace))
    let stray = try #require(Array(source.utf8).lastIndex(of: UInt8(ascii: "}")))
    #expect(
      parsed.result.diagnostics.first?.span == SourceSpan(file: SourceFileID(0), start: stray, end: stray + 1)
    )
    #expect(parsed.declarations.map { $0.name?.name } == ["a", "b"])
  }

  @Test("'use' inside a block is E0105 and the block goes on")
  func useInBlock() throws {
    let parsed = parse("plan p \"t\" {\n  use \"x.ogp\"\n  period 2024 .. 2026\n}")
    #expect(parsed.codes == codes(.unexpectedInBlock))
    #expect(parsed.result.diagnostics.first?.message == "'use' is only allowed at the top level of a file")
    #expect(parsed.syntax.uses.isEmpty)
    #expect(clauses(parsed.declarations.first?.body) == ["period": "i:2024..i:2026"])
  }

  @Test(
    "a rule parses at the top level; in a block it is E0105, skipped whole, and what follows still parses")
  func rule() {
    let parsed = parse(
      """
      rule R1 warning "R" {
        each commitment c
        require exists(c.goal)
      }
      plan p "t" {
        rule Q1 info "Q" { when x; require 1 +
        }
        period 2024 .. 2026
      }
      """)
    #expect(parsed.codes == codes(.unexpectedInBlock))
    #expect(parsed.syntax.rules.map { $0.code?.name } == ["R1"])
    #expect(parsed.syntax.rules.first?.clauses.map(\.keyword.name) == ["each", "require"])
    #expect(parsed.declarations.map { $0.name?.name } == ["p"])
    #expect(clauses(parsed.declarations.first?.body) == ["period": "i:2024..i:2026"])
  }

  @Test("a reserved word as a name is E0107; the name is kept so checking goes on")
  func reservedWordAsName() throws {
    let parsed = parse("actor plan government \"Ministry of Planning\"\nplan p \"t\" {\n  lead actor\n}")
    #expect(parsed.codes == codes(.reservedWordAsName, .reservedWordAsName))
    #expect(parsed.declarations.first?.name?.name == "plan")
    #expect(parsed.text(try #require(parsed.result.diagnostics.first).span) == "plan")
    #expect(clauses(parsed.declarations.last?.body) == ["lead": "p:actor"])
  }

  @Test("a clause at the top level is E0101 and parsing resumes at the next declaration")
  func clauseAtTopLevel() {
    let parsed = parse("period 2024 .. 2026\nlevel national\nactor a government \"A\"")
    #expect(parsed.codes == codes(.expectedDeclaration))
    #expect(parsed.declarations.map { $0.name?.name } == ["a"])
  }

  @Test("text after a declaration header is E0112")
  func textAfterHeader() {
    let parsed = parse("actor a government \"A\" extra words\nactor b government \"B\"")
    #expect(parsed.codes == codes(.unexpectedAfterHeader))
    #expect(parsed.declarations.count == 2)
  }

  @Test("'use' without a path is E0108")
  func useWithoutPath() {
    let parsed = parse("use strategy_file\nactor a government \"A\"")
    #expect(parsed.codes == codes(.expectedUsePath))
    #expect(parsed.declarations.count == 1)
  }

  // MARK: Nesting

  @Test("10,000 nested '{' inside a plan give exactly one E0106 and no crash")
  func deepNestingInPlan() {
    let parsed = parse("plan p \"t\" {\n" + String(repeating: "{", count: 10_000))
    #expect(parsed.count(.nestingTooDeep) == 1)
    #expect(parsed.result.diagnostics.count <= 3)
  }

  @Test("10,000 nested '{' alone at the top level give exactly one E0106 and no crash")
  func deepNestingAlone() {
    let parsed = parse(String(repeating: "{", count: 10_000))
    #expect(parsed.count(.nestingTooDeep) == 1)
    #expect(parsed.result.diagnostics.count <= 3)
  }

  @Test("10,000 balanced nested blocks give one E0106 and nothing unmatched")
  func deepBalancedNesting() {
    let parsed = parse(
      "plan p \"t\" {\n" + String(repeating: "x {\n", count: 10_000) + String(repeating: "}\n", count: 10_000)
        + "}\nactor a government \"A\"\n")
    #expect(parsed.codes == codes(.nestingTooDeep))
    #expect(parsed.declarations.map { $0.name?.name } == ["p", "a"])
  }

  @Test("63 nested levels inside a plan (64 in all) are fine; one more is E0106")
  func nestingLimit() {
    func nested(_ levels: Int) -> String {
      "plan p \"t\" {\n" + String(repeating: "x {\n", count: levels) + String(repeating: "}\n", count: levels)
        + "}\n"
    }
    #expect(parse(nested(63)).result.diagnostics.isEmpty)
    #expect(parse(nested(64)).codes == codes(.nestingTooDeep))
  }

  @Test("63 nested '{' alone give no E0106")
  func nestingLimitAlone() {
    let parsed = parse(String(repeating: "{", count: 63) + String(repeating: "}", count: 63))
    #expect(parsed.count(.nestingTooDeep) == 0)
    #expect(parsed.codes == codes(.expectedDeclaration))
    #expect(
      parse(String(repeating: "{", count: 64) + String(repeating: "}", count: 64)).count(.nestingTooDeep) == 0
    )
    #expect(
      parse(String(repeating: "{", count: 65) + String(repeating: "}", count: 65)).count(.nestingTooDeep) == 1
    )
  }
}
