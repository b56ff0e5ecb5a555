import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import Testing

/// `grammar/ogp.ebnf` is the reference: its terminals must be exactly the words the lexer
/// reserves and the checker accepts, so the document cannot drift from the implementation.
struct GrammarTests {
  static let grammarURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("grammar/ogp.ebnf")

  /// Rule name → its body, with `(* comments *)` removed.
  static func rules() throws -> [String: String] {
    var text = try String(contentsOf: grammarURL, encoding: .utf8)
    while let open = text.range(of: "(*"),
      let close = text.range(of: "*)", range: open.upperBound..<text.endIndex)
    {
      text.removeSubrange(open.lowerBound..<close.upperBound)
    }
    var rules: [String: String] = [:]
    let statements = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n").components(separatedBy: ";\n")
    for statement in statements {
      guard let equals = statement.firstIndex(of: "=") else { continue }
      let name = statement[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
      rules[name] = String(statement[statement.index(after: equals)...])
    }
    return rules
  }

  /// The quoted terminals of a rule body ("x" or 'x'), in order.
  static func terminals(_ body: String) -> [String] {
    var result: [String] = []
    var index = body.startIndex
    while index < body.endIndex {
      let quote = body[index]
      guard quote == "\"" || quote == "'" else {
        index = body.index(after: index)
        continue
      }
      let start = body.index(after: index)
      guard let close = body[start...].firstIndex(of: quote) else { break }
      result.append(String(body[start..<close]))
      index = body.index(after: close)
    }
    return result
  }

  /// The first terminal of each alternative: the clause keywords of a `*_clause` rule.
  static func leadingTerminals(_ body: String) -> Set<String> {
    Set(body.components(separatedBy: "|").compactMap { terminals($0).first })
  }

  @Test func declarationKeywordsAreTheLexersReservedWords() throws {
    let body = try #require(try Self.rules()["declaration_keyword"])
    #expect(Set(Self.terminals(body)) == Set(TokenKind.keywords.keys))
  }

  @Test func everyHeaderStartsWithADeclarationKind() throws {
    let body = try #require(try Self.rules()["header"])
    #expect(Self.leadingTerminals(body) == Set(DeclarationKind.allCases.map(\.rawValue)))
  }

  static let clauseRules: [(rule: String, kind: DeclarationKind, block: String?)] = [
    ("strategy_clause", .strategy, nil), ("consultation_clause", .strategy, "consultation"),
    ("objective_clause", .objective, nil), ("priority_clause", .priority, nil),
    ("change_clause", .change, nil),
    ("standards_clause", .standards, nil), ("standard_clause", .standard, nil), ("actor_clause", .actor, nil),
    ("plan_clause", .plan, nil), ("cocreation_clause", .plan, "cocreation"),
    ("irm_clause", .plan, "irm"), ("forum_clause", .forum, nil),
    ("commitment_clause", .commitment, nil), ("assessment_clause", .commitment, "assessment"),
    ("milestone_clause", .milestone, nil),
  ]

  @Test(arguments: clauseRules.map(\.rule))
  func clauseRuleMatchesTheCheckersTable(rule: String) throws {
    let entry = try #require(Self.clauseRules.first { $0.rule == rule })
    let body = try #require(try Self.rules()[rule], "grammar has no rule \(rule)")
    var specs = ClauseTable.clauses(of: entry.kind)
    if let block = entry.block {
      let spec = try #require(specs.first { $0.keyword == block })
      guard case .block(let inner) = spec.type else {
        Issue.record("'\(block)' is not a block clause")
        return
      }
      specs = inner
    }
    #expect(Self.leadingTerminals(body) == Set(specs.map(\.keyword)))
  }

  @Test func everyDeclarationWithClausesHasAClauseRule() throws {
    let rules = try Self.rules()
    for kind in DeclarationKind.allCases where !ClauseTable.clauses(of: kind).isEmpty {
      #expect(rules["\(kind.rawValue)_clause"] != nil, "grammar has no \(kind.rawValue)_clause rule")
    }
  }

  static let enumRules: [(rule: String, domain: EnumDomain)] = [
    ("actor_kind", .actorKind), ("branch", .branch), ("level", .level), ("member_kind", .memberKind),
    ("ogp_value", .ogpValue), ("challenge_area", .challengeArea), ("status", .status),
    ("potential", .potential), ("completion", .completion), ("irm_report", .irmReport),
    ("specificity", .specificity), ("continuity", .continuity), ("count_qualifier", .countQualifier),
    ("potential_impact", .potentialImpact), ("early_results", .earlyResults), ("yes_no", .yesNo),
    ("duration_unit", .durationUnit), ("rule_severity", .ruleSeverity), ("rule_scope", .ruleScope),
  ]

  @Test(arguments: EnumDomain.allCases)
  func enumRuleListsExactlyTheModelsValues(domain: EnumDomain) throws {
    let rule = try #require(
      Self.enumRules.first { $0.domain == domain }?.rule, "no grammar rule for \(domain)")
    let body = try #require(try Self.rules()[rule])
    #expect(Self.terminals(body) == domain.values)
  }

  /// The languages a text may be translated into are the ones `ogp` speaks, and the ones the
  /// model keeps.
  @Test func languagesAreTheOnesOGPSpeaks() throws {
    let body = try #require(try Self.rules()["language"])
    #expect(Self.terminals(body) == Language.allCases.map(\.rawValue))
    #expect(LocalizedText.languages == Language.allCases.map(\.rawValue))
  }

  @Test func ruleClausesAreTheParsers() throws {
    let body = try #require(try Self.rules()["rule_clause"])
    #expect(Self.leadingTerminals(body) == Set(RuleClauseKeyword.allCases.map(\.rawValue)))
  }

  /// The comparison operators of the grammar are the checker's: every binary operator but the
  /// logical and arithmetic ones, `not in` written as two words.
  @Test func comparisonOperatorsAreTheCheckers() throws {
    let body = try #require(try Self.rules()["comparison_operator"])
    let operators = BinaryOperator.allCases.filter { ![.or, .and, .plus, .minus].contains($0) }
    #expect(
      Set(Self.terminals(body))
        == Set(operators.flatMap { $0.rawValue.split(separator: " ").map(String.init) }))
  }

  /// Nothing in the grammar is a word the implementation does not know.
  @Test func everyTerminalIsKnownToTheImplementation() throws {
    var known = Set(TokenKind.keywords.keys)
    func addClauses(_ specs: [ClauseSpec]) {
      for spec in specs {
        known.insert(spec.keyword)
        if case .block(let inner) = spec.type { addClauses(inner) }
      }
    }
    for kind in DeclarationKind.allCases { addClauses(ClauseTable.clauses(of: kind)) }
    for domain in EnumDomain.allCases { known.formUnion(domain.values) }
    known.insert("every")
    known.formUnion(Language.allCases.map(\.rawValue))
    known.formUnion(RuleClauseKeyword.allCases.map(\.rawValue))
    // The operators of expressions, and their other words and brackets.
    known.formUnion(BinaryOperator.allCases.flatMap { $0.rawValue.split(separator: " ").map(String.init) })
    known.formUnion(["where", "not", "(", ")"])
    // Punctuation and the characters of the lexical rules.
    known.formUnion([
      "{", "}", ",", ";", "..", ".", "-", "_", "//", "///", "\\", "\"", "\"\"\"", "n", "r", "t", "u{",
    ])
    known.formUnion((0...9).map(String.init))
    let rules = try Self.rules()
    for (name, body) in rules {
      for terminal in Self.terminals(body) where !known.contains(terminal) {
        Issue.record("rule '\(name)' has terminal \"\(terminal)\" that the implementation does not know")
      }
    }
  }
}
