import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRepl
import Testing

/// The engine, driven directly: every input gives values, and a bad one changes nothing.
struct ReplSessionTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The example strategy, using the standards file beside it as `standards.ogp`.
  static let strategy: String = {
    ((try? String(
      contentsOf: root.appendingPathComponent("examples/strategy/ogp-2023-2028.ogp"), encoding: .utf8)) ?? "")
      .replacingOccurrences(of: "use \"../standards/ogp-standards.ogp\"", with: "use \"standards.ogp\"")
  }()

  static let standards: String = {
    (try? String(
      contentsOf: root.appendingPathComponent("examples/standards/ogp-standards.ogp"), encoding: .utf8)) ?? ""
  }()

  /// Files written by `:save` and `:export`, by absolute path.
  final class WrittenFiles {
    var texts: [String: String] = [:]
  }

  let written = WrittenFiles()
  let session: ReplSession

  init() {
    let provider = InMemorySourceProvider([
      "/w/strategy.ogp": Self.strategy, "/w/standards.ogp": Self.standards,
    ])
    let written = self.written
    session = ReplSession(
      workingDirectory: "/w", provider: provider, asOf: Day(year: 2026, month: 6, day: 30),
      writeFile: { text, path in written.texts[path] = text })
  }

  static let plan = """
    use "strategy.ogp"
    actor finance government "Ministerio de Hacienda" { branch executive; level national }
    actor odn civil_society "Open Data Network"
    plan p "Plan de Acción" {
      member "Arcadia" national
      strategy ogp_2023_2028
      period 2024-09 .. 2026-08
    }
    """

  @Test func declarationsAreDefinedAndSaidSo() {
    let response = session.evaluate(Self.plan)
    #expect(!response.isError, "\(response.rendered)")
    #expect(response.output.contains("defined actor finance"))
    #expect(response.output.contains("defined plan p"))
    #expect(session.program?.plans.count == 1)
  }

  @Test func aBadInputChangesNothing() {
    _ = session.evaluate(Self.plan)
    let before = session.program
    let response = session.evaluate("actor x government \"X\" { branch sideways }")
    #expect(response.isError)
    #expect(response.diagnostics.map(\.code) == ["E0305"])
    #expect(response.output.contains("nothing was changed"))
    #expect(session.program == before)
    let syntax = session.evaluate("plan q \"Q\" {\n  member\n}")
    #expect(syntax.isError)
    #expect(session.program == before)
  }

  @Test func redefiningReplacesAndSaysSo() {
    _ = session.evaluate(Self.plan)
    let response = session.evaluate("actor odn civil_society \"Red de Datos Abiertos\"")
    #expect(response.output.contains("replaced actor odn"))
    #expect(session.program?.actors.first { $0.id == "odn" }?.title == "Red de Datos Abiertos")
    #expect(session.program?.actors.count == 2)
  }

  @Test func aCommitmentJoinsThePlanWithFeedback() {
    _ = session.evaluate(Self.plan)
    let response = session.evaluate(
      """
      commitment c01 "Presupuesto abierto" {
        lead finance
        advances SO2
      }
      """)
    #expect(!response.isError, "\(response.rendered)")
    #expect(response.output.contains("added commitment c01 to plan p"))
    #expect(response.output.contains("coverage of p: SO1 0, SO2 0→1"))
    #expect(response.output.contains("OBJ004"), "the findings about c01 are shown")
    #expect(session.program?.plans.first?.commitments.map(\.id) == ["p.c01"])

    let again = session.evaluate(
      "commitment c01 \"Presupuesto abierto\" {\n  lead finance\n  partners odn\n  advances SO2, SO3\n}")
    #expect(again.output.contains("replaced commitment c01 of plan p"))
    #expect(again.output.contains("SO3 0→1"))
    #expect(session.program?.plans.first?.commitments.first?.partners == ["odn"])
  }

  @Test func rulesTypedAtThePromptRunUnderLint() {
    _ = session.evaluate(Self.plan)
    _ = session.evaluate("commitment c01 \"Presupuesto abierto\" {\n  lead finance\n  advances SO2\n}")
    let rule =
      "rule PARTNERS warning \"Every commitment has a partner\" {\n  each commitment c\n  require count(c.partners) >= 1\n}"
    #expect(session.evaluate(rule).output.contains("defined rule PARTNERS"))
    #expect(session.evaluate(":lint").output.contains("warning[PARTNERS]"))
    let relaxed = rule.replacingOccurrences(of: ">= 1", with: ">= 0")
    #expect(session.evaluate(relaxed).output.contains("replaced rule PARTNERS"))
    #expect(!session.evaluate(":lint").output.contains("PARTNERS"))
  }

  @Test func aCommitmentWithoutAPlanIsRefused() {
    let response = session.evaluate("commitment c01 \"Alone\" { lead finance }")
    #expect(response.isError)
    #expect(response.rendered.contains("belongs in a plan"))
  }

  @Test func commandsAnswer() {
    _ = session.evaluate(Self.plan)
    _ = session.evaluate("commitment c01 \"Presupuesto abierto\" {\n  lead finance\n  advances SO2\n}")
    #expect(session.evaluate(":help").output.contains(":coverage"))
    #expect(session.evaluate(":check").output.hasPrefix("no errors"))
    #expect(session.evaluate(":lint").output.contains("warning[OBJ004]"))
    #expect(session.evaluate(":show finance").output.contains("used by p.c01 (lead)"))
    #expect(
      session.evaluate(":type SO3").output == "SO3 : objective of strategy ogp_2023_2028 (2 priorities)\n")
    #expect(session.evaluate(":coverage").output.contains("c01"))
    #expect(session.evaluate(":export json").output.contains("\"schema_version\""))
    #expect(session.evaluate(":explain OBJ001").output.hasPrefix("OBJ001: "))
    #expect(session.evaluate(":q").quit)
  }

  @Test func saveWritesAFileThatChecksClean() {
    _ = session.evaluate(Self.plan)
    let response = session.evaluate(":save out/plan.ogp")
    #expect(!response.isError, "\(response.rendered)")
    let text = written.texts["/w/out/plan.ogp"] ?? ""
    #expect(text.hasPrefix("use \"../strategy.ogp\"\n"))
    let provider = InMemorySourceProvider([
      "/w/strategy.ogp": Self.strategy, "/w/standards.ogp": Self.standards, "/w/out/plan.ogp": text,
    ])
    let compilation = Compiler(provider: provider, workingDirectory: "/w").compile([.file("out/plan.ogp")])
    #expect(compilation.diagnostics.isEmpty)
    #expect(compilation.program?.plans.map(\.id) == ["p"])
  }

  /// A script or a pipe may hold `:load`, so it reaches only what a `use` may; files named on the
  /// command line are read wherever they are.
  @Test func loadStaysInsideTheProjectRoot() {
    let secret = "actor ghs_secret government \"ghs_secret\"\n"
    let provider = InMemorySourceProvider([
      "/w/project/plan.ogp": "actor a government \"A\"\n", "/w/secret.ogp": secret,
      "/w/project/.git/config": secret,
    ])
    let session = ReplSession(
      workingDirectory: "/w/project", provider: provider, asOf: Day(year: 2026, month: 6, day: 30),
      writeFile: { _, _ in })
    for (path, reason) in [
      ("../secret.ogp", "outside the project root"), ("/w/secret.ogp", "outside the project root"),
      (".git/config", "does not end in .ogp"),
    ] {
      let response = session.evaluate(":load " + path)
      #expect(response.isError)
      #expect(response.rendered.contains(reason), "\(response.rendered)")
      #expect(!response.rendered.contains("ghs_secret"))
    }
    #expect(!session.evaluate(":load plan.ogp").isError)
    #expect(!session.load(files: ["../secret.ogp"]).isError)
  }

  /// A session is one program: a second plan declaring a name the first does is refused, and
  /// the answer says how to see it alone or with `ogp query`; a file colliding with itself is
  /// only its own mistake.
  @Test func loadingAPlanWhoseNamesTheSessionHoldsSaysTheSessionIsOneProgram() {
    let actor = "actor odn civil_society \"Open Data Network\"\n"
    let provider = InMemorySourceProvider([
      "/w/a.ogp": actor, "/w/b.ogp": actor,
      "/w/twice.ogp": String(repeating: "actor x media \"X\"\n", count: 2),
    ])
    let session = ReplSession(
      workingDirectory: "/w", provider: provider, asOf: Day(year: 2026, month: 6, day: 30),
      writeFile: { _, _ in })
    #expect(!session.evaluate(":load a.ogp").isError)
    let second = session.evaluate(":load b.ogp")
    #expect(second.isError)
    #expect(second.rendered.contains("error[E0205]"))
    #expect(
      second.rendered.contains(
        "note: the session is one program, so a name is declared once in all it holds; to look at b.ogp "
          + "alone, ':reset' then ':load b.ogp'; to ask one question of several plans, each its own "
          + "program, run 'ogp query PLAN… EXPR' in a shell"))
    #expect(session.program?.actors.count == 1, "the session still holds a.ogp")
    let itself = session.evaluate(":load twice.ogp")
    #expect(itself.isError)
    #expect(!itself.rendered.contains("the session is one program"))
  }

  /// The feedback the transcripts do not reach, in Spanish: the one-program note, what `:save`
  /// and `:export` wrote, and counts that agree with their number.
  @Test func feedbackIsSaidInSpanish() {
    let actor = "actor odn civil_society \"Open Data Network\"\n"
    let provider = InMemorySourceProvider(["/w/a.ogp": actor, "/w/b.ogp": actor])
    let written = self.written
    let session = ReplSession(
      workingDirectory: "/w", provider: provider, asOf: Day(year: 2026, month: 6, day: 30),
      writeFile: { text, path in written.texts[path] = text })
    Language.$current.withValue(.spanish) {
      #expect(session.evaluate(":load a.ogp").output == "cargado a.ogp\n")
      let second = session.evaluate(":load b.ogp")
      #expect(
        second.rendered.contains(
          "nota: la sesión es un único programa, así que cada nombre se declara una sola vez en todo lo "
            + "que contiene; para ver b.ogp por separado, usa ':reset' y luego ':load b.ogp'"))
      #expect(session.evaluate(":save s.ogp").output == "sesión escrita en s.ogp\n")
      #expect(session.evaluate(":export json m.json").output == "exportación json escrita en m.json\n")
      #expect(session.evaluate(":check").output == "sin errores (1 archivo cargado, 0 entradas escritas)\n")
      #expect(
        session.evaluate("plan p \"P\" {\n  member \"A\" national\n  period 2024-09 .. 2026-08\n}\n").output
          == "nueva declaración: plan p\n")
      #expect(
        session.evaluate(":type p").output
          == "p : plan (miembro national A, 2024-09 .. 2026-08, 0 compromisos)\n")
      #expect(session.evaluate(":show odn").output.hasSuffix("  nada lo usa todavía\n"))
      #expect(session.evaluate(":reset").output == "la sesión está vacía\n")
    }
    #expect(written.texts.keys.sorted() == ["/w/m.json", "/w/s.ogp"])
  }

  @Test func declarationsFromALaterScriptLineNameThatLine() {
    let syntax = session.evaluate("actor x government {\n}\n", line: 9)
    #expect(syntax.rendered.hasPrefix("<repl>:9:20: error[E"), "\(syntax.rendered)")
    #expect(syntax.rendered.contains("9 | actor x government {\n"))
    _ = session.evaluate(Self.plan)
    let checked = session.evaluate(
      "actor y government \"Y\"\nactor z government \"Z\" { branch sideways }", line: 12)
    #expect(checked.diagnostics.map(\.code) == ["E0305"])
    #expect(checked.rendered.hasPrefix("<repl>:13:"), "\(checked.rendered)")
    #expect(checked.rendered.contains("13 | actor z government"))
  }

  @Test func unknownCommandsSuggestTheClosest() {
    #expect(session.evaluate(":lnit").rendered.contains("did you mean ':lint'?"))
    #expect(session.evaluate(":re").rendered.contains("could be :reload, :reset"))
  }

  @Test func resetForgetsEverything() {
    _ = session.evaluate(Self.plan)
    _ = session.evaluate(":reset")
    #expect(session.program?.plans.isEmpty == true)
  }

  @Test func openBlocksStringsAndListsAreIncomplete() {
    #expect(!session.isComplete("plan p \"P\" {\n"))
    #expect(!session.isComplete("plan p \"P\" {\n  problem \"\"\"\n  text\n"))
    #expect(!session.isComplete("plan p \"P\" {\n  members a,\n"))
    #expect(session.isComplete("plan p \"P\" {\n}\n"))
    #expect(session.isComplete(":help"))
  }

  @Test func completionKnowsCommandsKeywordsNamesAndPaths() {
    _ = session.evaluate(Self.plan)
    #expect(session.completions(for: ":lo") == [":load"])
    #expect(
      session.completions(for: "  advances SO3.") == [
        "SO3.civic_space_protection", "SO3.protect_participation",
      ])
    #expect(session.completions(for: "comm").contains("commitment"))
    #expect(session.completions(for: "lead fin") == ["finance"])
  }

  /// `:load` completes through the session's provider, as an editor completes `use`: folders and
  /// `.ogp` files inside the project root, nothing outside it.
  @Test func loadCompletesFilesAndFoldersInsideTheRoot() {
    let provider = InMemorySourceProvider([
      "/w/project/plan.ogp": "", "/w/project/notes.txt": "", "/w/project/plans/a.ogp": "",
      "/w/secret.ogp": "",
    ])
    let session = ReplSession(
      workingDirectory: "/w/project", provider: provider, asOf: Day(year: 2026, month: 6, day: 30),
      writeFile: { _, _ in })
    #expect(session.completions(for: ":load pl") == ["plan.ogp", "plans/"])
    #expect(session.completions(for: ":load plans/") == ["plans/a.ogp"])
    #expect(session.completions(for: ":load ../").isEmpty)
  }

  @Test func completionOffersEveryReservedWord() {
    for keyword in TokenKind.keywords.keys {
      #expect(session.completions(for: keyword).contains(keyword), "\(keyword)")
    }
  }
}
