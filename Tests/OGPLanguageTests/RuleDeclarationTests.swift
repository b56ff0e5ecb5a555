import OGPDiagnostics
import OGPLanguage
import Testing

/// How `rule` declarations parse and format; their checking is tested with the linter, in
/// OGPRulesTests' UserRuleTests.
struct RuleDeclarationTests {
  static func parse(_ text: String) -> ParseResult {
    Parser.parse(SourceFile(id: SourceFileID(0), path: "rules.ogp", text: text))
  }

  @Test func aRuleParsesIntoItsHeaderAndClauses() throws {
    let parsed = Self.parse(
      """
      /// Two partners.
      rule FORUM01 warning "Two partners" {
        each commitment c where SO3 in c.advances
        require count(c.partners) >= 2; message "{c.name} has {count(c.partners)}"
      }
      """)
    #expect(parsed.diagnostics.isEmpty)
    let rule = try #require(parsed.syntax.rules.first)
    #expect(
      rule.code?.name == "FORUM01" && rule.severity?.name == "warning" && rule.title?.value == "Two partners")
    #expect(rule.doc == "Two partners.")
    #expect(rule.clauses.map(\.keyword.name) == ["each", "require", "message"])
    guard case .each(let scope, let variable, let condition) = rule.clauses[0].value else {
      Issue.record("not an each clause")
      return
    }
    #expect(scope?.name == "commitment" && variable?.name == "c" && condition != nil)
    guard case .message(let template?, nil) = rule.clauses[2].value else {
      Issue.record("not a message")
      return
    }
    let kinds = template.parts.map { if case .text(let text) = $0 { "t:" + text } else { "e" } }
    #expect(kinds == ["e", "t: has ", "e"])
  }

  @Test func escapesInAMessageAreTextAndNeverOpenAPart() throws {
    let parsed = Self.parse(
      #"rule R1 info "T" { message "say \"{c.name}\" \u{7B}not a part\u{7D} {1}" }"#)
    #expect(parsed.diagnostics.isEmpty)
    guard case .message(let template?, _) = try #require(parsed.syntax.rules.first).clauses[0].value else {
      Issue.record("not a message")
      return
    }
    let kinds = template.parts.map { if case .text(let text) = $0 { "t:" + text } else { "e" } }
    #expect(kinds == ["t:say \"", "e", "t:\" {not a part} ", "e"])
  }

  @Test func aPartOfAMessageIsPlacedInTheFile() throws {
    let source = "rule R1 info \"T\" { message \"a {1 +} b\" }"
    let parsed = Self.parse(source)
    let diagnostic = try #require(parsed.diagnostics.first)
    #expect(diagnostic.code == DiagnosticCode.expectedExpression.rawValue)
    // Just after the '+', in the file: where the missing operand belongs.
    let plus = try #require(Array(source.utf8).firstIndex(of: UInt8(ascii: "+")))
    #expect(diagnostic.span.start == plus + 1)
  }

  @Test func aDeclarationKeywordEndsARuleWhoseBraceIsMissing() {
    let parsed = Self.parse(
      """
      rule R1 info "T" {
        each plan p
        require exists(p.forum)
      plan p "Plan" {
        period 2024 .. 2026
      }
      """)
    #expect(parsed.diagnostics.map(\.code) == [DiagnosticCode.unclosedBlock.rawValue])
    #expect(parsed.syntax.rules.first?.clauses.count == 2)
    #expect(parsed.syntax.declarations.map { $0.name?.name } == ["p"])
  }

  @Test func rulesFormatInTheCanonicalLayout() throws {
    let messy = """
      /// Doc.
      rule   X1   warning  "T" {  // after the header
        each commitment c where SO3 in c.advances and
            count( c.partners )>=1   // why
        require count(c.partners where kind==civil_society)>= 2 ; message "a {c.name}"
        // on its own line

        require (exists(c.goal) or
          // inside
          exists(c.problem))
      }
      rule X2 info "U"
      """
    let formatted = try SourceFormatter.format(SourceFile(id: SourceFileID(0), path: "r.ogp", text: messy))
      .get()
    #expect(
      formatted == """
        /// Doc.
        rule X1 warning "T" {  // after the header
          each commitment c where SO3 in c.advances and
               count(c.partners) >= 1  // why
          require count(c.partners where kind == civil_society) >= 2
          message "a {c.name}"
          // on its own line

          require (exists(c.goal) or
                  // inside
                  exists(c.problem))
        }

        rule X2 info "U"

        """)
    #expect(
      try SourceFormatter.format(SourceFile(id: SourceFileID(0), path: "r.ogp", text: formatted)).get()
        == formatted)
  }
}
