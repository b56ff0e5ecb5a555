import OGPDiagnostics
import OGPLanguage
import OGPRules
import Testing

@testable import OGPLanguageServer

/// Hovering: what a name's declaration is, as written; what a clause keyword means; what each
/// diagnostic at the place is about.
struct HoverTests {
  typealias Project = NavigationProject

  static func hover(
    _ client: inout ServerTests.Client, _ needle: String, _ occurrence: Int = 0,
    in text: String = Project.plan,
    uri: String = Project.planURI, encoding: PositionEncoding = .utf16
  ) -> Hover? {
    let position = Project.position(of: needle, occurrence, in: text, encoding: encoding)
    return Project.result(
      client.request(4, "textDocument/hover", Project.at(uri, position)), id: 4, as: Hover.self)
  }

  static func markdown(_ value: String, _ range: TextRange) -> Hover {
    Hover(contents: .init(kind: "markdown", value: value), range: range)
  }

  static func rule(_ code: String) -> String {
    let rule = RuleRegistry.descriptions.first { $0.code == code }
    return "**\(code)** \(rule?.summary ?? "")\n\n\(rule?.rationale ?? "")"
  }

  @Test(arguments: [PositionEncoding.utf16, .utf8])
  func anActorReferenceShowsItsDeclarationWithItsDocComment(encoding: PositionEncoding) {
    var client = Project.client(encoding: encoding)
    // The reference after "Ñandú 🌍" on its line.
    #expect(
      Self.hover(&client, "finance", 1, encoding: encoding)
        == Self.markdown(
          """
          **actor** `finance`

          ```ogp
          /// The ministry: «finanzas» 🌍.
          actor finance government "Ministerio de Economía 🌍" { branch executive; level national }
          ```
          """, Project.range(of: "finance", 1, in: Project.plan, encoding: encoding)))
  }

  @Test func anObjectiveInAPathShowsItsTitleAndAim() {
    var client = Project.client()
    #expect(
      Self.hover(&client, "SO3.protect")
        == Self.markdown(
          """
          **objective** `ogp.SO3`

          ```ogp
          objective SO3 "Espacio cívico"
            aim "Proteger el espacio *cívico*"
          ```
          """, Project.range(of: "SO3", in: Project.plan)))
  }

  @Test func aCommitmentsNameShowsItsLeadAndPeriodThenTheFindingsOnIt() {
    var client = Project.client()
    let declaration = """
      **commitment** `nap.c01`

      ```ogp
      commitment c01 "Contratación 🌍 abierta"
        lead     finance
        period   2024-10 .. 2026-02
      ```
      """
    #expect(
      Self.hover(&client, "c01")
        == Self.markdown(
          [declaration, Self.rule("VAL001"), Self.rule("VER005")].joined(separator: "\n\n---\n\n"),
          Project.range(of: "c01", in: Project.plan)))
  }

  @Test func aClauseKeywordShowsWhatTheClauseIs() {
    var client = Project.client()
    let lead = ClauseTable.clauses(of: .commitment).first { $0.keyword == "lead" }
    #expect(
      Self.hover(&client, "lead", 1)
        == Self.markdown("**lead**: \(lead?.summary ?? "")", Project.range(of: "lead", 1, in: Project.plan)))
    // In a file used by the plan, open on its own, after text outside the Basic Multilingual Plane.
    _ = client.open(Project.actors, uri: Project.actorsURI)
    let branch = ClauseTable.clauses(of: .actor).first { $0.keyword == "branch" }
    #expect(
      Self.hover(&client, "branch", in: Project.actors, uri: Project.actorsURI)
        == Self.markdown(
          "**branch**: \(branch?.summary ?? "")", Project.range(of: "branch", in: Project.actors)))
  }

  @Test func aNameThatDoesNotResolveShowsItsErrorsExplanation() throws {
    var client = Project.client()
    let broken = Project.plan.replacingOccurrences(of: "partners odn", with: "partners nobody")
    let published = WorkspaceTests.published(client.replace(Project.planURI, with: broken, version: 2))
    let code = try #require(published[Project.planURI]?.first { $0.severity == 1 }?.code)
    let explanation = try #require(DiagnosticCatalogue.explanation(for: code))
    #expect(
      Self.hover(&client, "nobody", in: broken)
        == Self.markdown(
          "**\(code)** \(explanation.title)\n\n\(explanation.explanation)",
          Project.range(of: "nobody", in: broken)))
    // Names that resolve are still shown.
    #expect(
      Self.hover(&client, "finance", in: broken)?.contents.value.hasPrefix("**actor** `finance`") == true)
  }

  /// `ogp --lang es lsp` binds Spanish around the server, and the hover explains in it.
  @Test func anErrorsExplanationIsInTheServersLanguage() {
    Language.$current.withValue(.spanish) {
      var client = Project.client()
      let broken = Project.plan.replacingOccurrences(of: "partners odn", with: "partners nobody")
      let published = WorkspaceTests.published(client.replace(Project.planURI, with: broken, version: 2))
      #expect(published[Project.planURI]?.first { $0.severity == 1 }?.code == "E0206")
      let explanation = DiagnosticCatalogue.explanation(for: .unknownActor, in: .spanish)
      #expect(explanation.title == "actor desconocido")
      #expect(
        Self.hover(&client, "nobody", in: broken)?.contents.value
          == "**E0206** actor desconocido\n\n\(explanation.explanation)")
    }
  }

  @Test func nothingBetweenNamesNullForADocumentNotOpenAndBadParameters() {
    var client = Project.client()
    #expect(Self.hover(&client, "\n\n  commitment c02") == nil)
    let notOpen = client.request(
      4, "textDocument/hover", Project.at("file:///project/none.ogp", Position(line: 0, character: 0)))
    #expect(Project.isNull(notOpen, id: 4))
    #expect(
      ServerTests.error(client.request(4, "textDocument/hover", .object([:])), id: 4)?.code == .invalidParams)
  }

  @Test func textFromAFileIsEscapedAndBoundedAndNoFenceClosesEarly() {
    #expect(Markdown.escaped("*a* [b](c) `x` <img>") == #"\*a\* \[b\]\(c\) \`x\` \<img\>"#)
    #expect(Markdown.escaped("line\nbreak") == "line break")
    #expect(Markdown.escaped(String(repeating: "a", count: 400), limit: 10) == "aaaaaaaaaa…")
    #expect(Markdown.codeBlock(["a ```` b"], language: "ogp") == "`````ogp\na ```` b\n`````")
    #expect(Markdown.codeBlock(["\u{1B}[31m"], language: "ogp") == "```ogp\n␛[31m\n```")
  }
}
