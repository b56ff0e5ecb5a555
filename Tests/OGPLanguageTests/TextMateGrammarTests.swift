import Foundation
import OGPLanguage
import Testing

/// `editors/ogp.tmLanguage.json` colours the words the implementation knows: its lists are made
/// from the grammar by `scripts/generate-textmate-grammar`, and must be the lexer's reserved
/// words, every clause keyword and every enumeration value, so an editor never lags the language.
/// (`scripts/check-highlighting` runs the grammar itself in a TextMate engine.)
struct TextMateGrammarTests {
  static let grammarURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("editors/ogp.tmLanguage.json")

  /// The words of the alternation `(a|b|…)` or `(?:a|b|…)` of plain words in the match of
  /// repository entry `name`.
  static func words(of name: String) throws -> Set<String> {
    let data = try Data(contentsOf: grammarURL)
    let grammar = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let repository = try #require(grammar["repository"] as? [String: Any])
    let entry = try #require(repository[name] as? [String: Any], "no repository entry \(name)")
    let match = try #require(entry["match"] as? String)
    let alternation = try #require(match.firstMatch(of: /\((?:\?:)?([a-z_]+(?:\|[a-z_]+)+)\)/))
    return Set(alternation.1.split(separator: "|").map(String.init))
  }

  static var clauseKeywords: Set<String> {
    var keywords = Set(RuleClauseKeyword.allCases.map(\.rawValue))
    func add(_ specs: [ClauseSpec]) {
      for spec in specs {
        keywords.insert(spec.keyword)
        if case .block(let inner) = spec.type { add(inner) }
      }
    }
    for kind in DeclarationKind.allCases { add(ClauseTable.clauses(of: kind)) }
    return keywords
  }

  @Test func declarationKeywordsAreTheLexersReservedWords() throws {
    #expect(try Self.words(of: "declaration") == Set(TokenKind.keywords.keys))
  }

  @Test func clauseKeywordsAreEveryClauseOfTheTable() throws {
    #expect(try Self.words(of: "clause-keyword") == Self.clauseKeywords)
  }

  @Test func enumerationValuesAreEveryDomainsButTheDurationUnits() throws {
    let values = EnumDomain.allCases.filter { $0 != .durationUnit }.flatMap(\.values)
    #expect(try Self.words(of: "enum-value") == Set(values))
  }

  @Test func durationUnitsAreTheLanguages() throws {
    #expect(try Self.words(of: "duration") == Set(EnumDomain.durationUnit.values))
  }
}
