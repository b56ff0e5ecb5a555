import Foundation
import OGPDiagnostics
import OGPLanguage
import Testing

/// What the front end suggests for words people write: values written apart or by another name,
/// a `use` of a file beside the one meant, `contains` for `in`; and that a header's one mistake
/// is one error.
struct SuggestionMessageTests {
  /// Each diagnostic of `/w/a.ogp` holding `text`: code, the text it marks, help, fix-it texts.
  private func diagnose(_ text: String, files: [String: String] = [:], root: String? = nil) -> [Found] {
    var all = files
    all["/w/a.ogp"] = text
    let compilation = Compiler(provider: InMemorySourceProvider(all), workingDirectory: "/w", root: root)
      .compile([.file("a.ogp")])
    return compilation.diagnostics.map { diagnostic in
      Found(
        code: diagnostic.code, marked: compilation.sources[diagnostic.span.file].text(of: diagnostic.span),
        help: diagnostic.help ?? "", fixes: diagnostic.fixIts.flatMap { $0.edits.map(\.replacement) })
    }
  }

  private struct Found: Equatable, CustomStringConvertible {
    var code: String
    var marked: String
    var help: String
    var fixes: [String]
    var description: String { "\(code) at '\(marked)': \(help) \(fixes)" }
  }

  private func commitment(_ clause: String) -> String {
    """
    actor a government "A"
    plan p "P" {
      member "M" national
      period 2024 .. 2025
      commitment c1 "C" {
        lead a
        \(clause)
      }
    }
    """
  }

  // MARK: Values written apart or by another name

  @Test("a value written as words is one E0305 over them, joined by a fix-it")
  func wordsJoined() {
    let found = diagnose(commitment("status in progress"))
    #expect(found.map(\.code) == ["E0305"])
    #expect(found.first?.marked == "in progress")
    #expect(found.first?.fixes == ["in_progress"])
  }

  @Test("each item of a list written apart is its own E0305, not a missing comma")
  func listItemsJoined() {
    let found = diagnose(commitment("values access to information, civic participation"))
    #expect(found.map(\.code) == ["E0305", "E0305"])
    #expect(found.map(\.fixes) == [["access_to_information"], ["civic_participation"]])
  }

  @Test("values that are each a value are a list without its commas, as before")
  func missingCommaStays() {
    let found = diagnose(commitment("values inclusion civic_participation"))
    #expect(found.map(\.code) == ["E0307"])
    #expect(found.first?.fixes == [])
  }

  @Test("words that read as no value keep the message about their count")
  func unknownWordsKeepTheirMessage() {
    #expect(diagnose(commitment("status foo bar")).map(\.code) == ["E0307"])
  }

  @Test("a member written 'regional' is local, with a fix-it; 'estatal' may be either, without one")
  func memberSynonyms() {
    let regional = diagnose(commitment("status complete").replacingOccurrences("national", "regional"))
    #expect(regional.map(\.code) == ["E0305"])
    #expect(regional.first?.fixes == ["local"])
    #expect(regional.first?.help == "OGP's word for 'regional' is 'local'")
    let estatal = diagnose(commitment("status complete").replacingOccurrences("national", "estatal"))
    #expect(estatal.first?.fixes == [])
    #expect(estatal.first?.help.contains("'national' or 'local'") == true)
  }

  @Test("a member kind written as words after the name", arguments: ["OGP Local", "ogp local"])
  func memberWords(_ words: String) {
    let found = diagnose(commitment("status complete").replacingOccurrences("national", words))
    #expect(found.map(\.code) == ["E0305"])
    #expect(found.first?.marked == words)
  }

  @Test("'at least 300' is a count's qualifier written apart")
  func countQualifierWords() {
    let found = diagnose(
      """
      strategy s "S" {
        period 2023 .. 2028
        consultation { contributions at least 300 }
      }
      """)
    #expect(found.map(\.code) == ["E0305"])
    #expect(found.first?.fixes == ["at_least"])
  }

  @Test("a synonym of the language's own words is not called OGP's")
  func languageWords() {
    let found = diagnose(
      """
      rule R01 warn "R" {
        each commitments c
        require exists(c.lead)
      }
      """)
    #expect(found.map(\.code) == ["E0305", "E0305"])
    #expect(
      found.map(\.help) == [
        "'warn' is written 'warning' in .ogp files", "'commitments' is written 'commitment' in .ogp files",
      ])
    #expect(found.map(\.fixes) == [["warning"], ["commitment"]])
  }

  @Test("in an expression, a synonym is suggested too")
  func synonymInExpression() {
    let found = diagnose(
      """
      rule R01 warning "R" {
        each commitment c
        require c.status == done
      }
      """)
    #expect(found.map(\.code) == ["E0312"])
    #expect(found.first?.help.hasPrefix("did you mean 'complete'?") == true)
  }

  @Test("a Spanish status is the language's word")
  func spanishStatus() {
    let found = diagnose(commitment("status en curso"))
    #expect(found.first?.fixes == ["in_progress"])
  }

  @Test("'in progress' as a completion is E0314 still")
  func progressWordsAsCompletion() {
    #expect(diagnose(commitment("assessment { completion in progress }")).map(\.code) == ["E0314"])
  }

  // MARK: Headers

  @Test("an actor kind written as words is one E0305, and the title is not blamed")
  func actorKindWords() {
    for (header, fix) in [
      ("actor vtn civil society \"Valencian Transparency Network\"", "civil_society"),
      ("actor vtn sociedad civil \"Red\"", "civil_society"),
      ("actor vtn private sector \"Firm\"", "private_sector"),
    ] {
      let found = diagnose(header)
      #expect(found.map(\.code) == ["E0305"], "\(header)")
      #expect(found.first?.fixes == [fix], "\(header)")
    }
  }

  @Test(
    "a header with one mistake reports one error",
    arguments: [
      "actor vtn civil society Valencian Network",
      "actor vtn civl Valencian Network",
      "actor vtn government Valencian \"Valencian Network\"",
      "plan p Third Plan {\n  member \"M\" national\n  period 2024 .. 2025\n}",
    ])
  func oneErrorPerHeader(_ text: String) {
    let found = diagnose(text)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.code == "E0103")
  }

  @Test("words before a title are named as such, and the title is read")
  func wordsBeforeTitle() {
    let found = diagnose("actor vtn government Valencian \"Valencian Network\"")
    #expect(found.first?.marked == "Valencian")
    #expect(found.first?.help.hasPrefix("remove it, or move it inside the title's quotes") == true)
  }

  // MARK: use

  private let strategy = "strategy s \"S\" { period 2023 .. 2028 }\n"

  @Test(
    "a use without '.ogp', or in other capitals, names the file beside it with a fix-it",
    arguments: [
      "strategy/ogp-2023-2028", "strategy/OGP-2023-2028.ogp", "strategy/ogp-2023-2028.OGP",
    ])
  func useOfTheFileBeside(_ written: String) {
    let found = diagnose("use \"\(written)\"\n", files: ["/w/strategy/ogp-2023-2028.ogp": strategy])
    #expect(found.map(\.code) == ["E0201"])
    #expect(found.first?.help.hasPrefix("did you mean 'strategy/ogp-2023-2028.ogp'?") == true)
    #expect(found.first?.fixes == ["\"strategy/ogp-2023-2028.ogp\""])
  }

  @Test("one file spelt close gets a fix-it, two get none")
  func useSpelling() {
    let one = diagnose("use \"ogp-2023-2082.ogp\"\n", files: ["/w/ogp-2023-2028.ogp": strategy])
    #expect(one.first?.fixes == ["\"ogp-2023-2028.ogp\""])
    let two = diagnose(
      "use \"ogp-2023-2020.ogp\"\n",
      files: ["/w/ogp-2023-2028.ogp": strategy, "/w/ogp-2023-2029.ogp": strategy])
    #expect(two.first?.help.hasPrefix("did you mean 'ogp-2023-2028.ogp' or 'ogp-2023-2029.ogp'?") == true)
    #expect(two.first?.fixes == [])
  }

  @Test("only .ogp files inside the root are suggested")
  func useSuggestsOnlyWhatWouldBeRead() {
    let notSource = diagnose("use \"notes\"\n", files: ["/w/notes.txt": "x", "/w/note.ogp.bak": "x"])
    #expect(notSource.first?.fixes == [])
    #expect(notSource.first?.help.hasPrefix("did you mean") == false)
    let outside = diagnose(
      "use \"../secret\"\n", files: ["/w/project/a.ogp": "", "/w/secret.ogp": strategy], root: "/w/project")
    #expect(outside.allSatisfy { !$0.help.contains("secret.ogp") })
  }

  @Test("a folder of thousands of files is searched, the nearest named first")
  func useInALargeFolder() {
    var files: [String: String] = [:]
    for number in 0..<5_000 { files["/w/f\(String(number + 10_000).dropFirst()).ogp"] = strategy }
    let found = diagnose("use \"f0001x.ogp\"\n", files: files)
    #expect(found.map(\.code) == ["E0201"])
    #expect(found.first?.help.hasPrefix("did you mean 'f0001.ogp'") == true)
  }

  @Test("a path written with escapes is suggested without a fix-it, which would drop them")
  func useWithEscapes() {
    let found = diagnose("use \"ogp\\u{2d}2023\"\n", files: ["/w/ogp-2023.ogp": strategy])
    #expect(found.first?.help.hasPrefix("did you mean 'ogp-2023.ogp'?") == true)
    #expect(found.first?.fixes == [])
  }

  // MARK: Expressions

  @Test(
    "'contains', 'has' and 'includes' point to 'in', the operands swapped",
    arguments: [
      "contains", "has", "includes",
    ])
  func containmentWords(_ word: String) throws {
    let source = SourceFile(
      id: SourceFileID(0), path: "<query>", text: "commitments where advances \(word) SO3")
    let parsed = Parser.parseExpression(source)
    #expect(parsed.expression == nil)
    let diagnostic = try #require(parsed.diagnostics.first)
    #expect(parsed.diagnostics.count == 1)
    #expect(diagnostic.code == "E0114")
    #expect(source.text(of: diagnostic.span) == "advances \(word) SO3")
    #expect(diagnostic.help == "put the item first: SO3 in advances")
    #expect(diagnostic.fixIts.flatMap { $0.edits.map(\.replacement) } == ["SO3 in advances"])
  }

  @Test("'contains' at the end of the line has no fix-it")
  func containmentWithoutItem() throws {
    let source = SourceFile(id: SourceFileID(0), path: "<query>", text: "commitments where advances contains")
    let diagnostic = try #require(Parser.parseExpression(source).diagnostics.first)
    #expect(diagnostic.code == "E0114")
    #expect(diagnostic.fixIts.isEmpty)
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
