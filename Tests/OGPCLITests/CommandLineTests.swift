import Foundation
import Testing

/// What a user sees from the command line, beyond the error examples.
struct CommandLineTests {
  @Test func explainPrintsTitleExampleAndFix() throws {
    let result = try OGPProcess.run(["explain", "E0208"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("E0208: unknown objective or priority\n"))
    #expect(result.standardOutput.contains("Example:"))
    #expect(result.standardOutput.contains("Fixed:"))
    #expect(result.standardError.isEmpty)
  }

  @Test func explainInSpanishPrintsTheSpanishEntry() throws {
    let result = try OGPProcess.run(["--lang", "es", "explain", "E0208"])
    #expect(result.status == 0)
    #expect(
      result.standardOutput.hasPrefix("E0208: objetivo o prioridad desconocidos\n\nUna cláusula `advances`"))
    #expect(result.standardOutput.contains("\nEjemplo:\n"))
    #expect(result.standardOutput.contains("\nCorregido:\n"))
    #expect(result.standardOutput.contains("    advances SO1.trainings\n"), "the example's code is the same")
    #expect(!result.standardOutput.contains("Example:"))
    #expect(result.standardError.isEmpty)
  }

  @Test func explainOfARuleInSpanishPrintsItsSpanishDocumentation() throws {
    let result = try OGPProcess.run(["--lang", "es", "explain", "OBJ001"])
    #expect(result.status == 0)
    let output = result.standardOutput
    #expect(
      output.hasPrefix(
        "OBJ001: Un compromiso de un plan que nombra una estrategia no hace avanzar ninguno de sus objetivos")
    )
    #expect(
      output.contains(
        "Nombre: commitment-advances-nothing  ·  Categoría: Objetivos estratégicos  ·  Gravedad por defecto: info"
      ))
    #expect(output.contains("\nHeurística de esta herramienta: vincular los compromisos"))
    #expect(output.contains("\nCorrección: Añade una cláusula 'advances'"))
    #expect(output.contains("\nSe activa (↓ marca cada hallazgo):\n"))
    #expect(output.contains("\nNo se activa:\n"))
    #expect(output.hasSuffix("[rules] OBJ001 = \"off\".\n"))
    #expect(!output.contains("Rests on") && !output.contains("Triggers"))
  }

  @Test func rulesInSpanishListTheSpanishSummaries() throws {
    let result = try OGPProcess.run(["rules"], environment: ["OGP_LANG": "es"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("Objetivos estratégicos:\n  OBJ001  info "))
    #expect(result.standardOutput.contains(" reglas. 'ogp explain CÓDIGO' muestra"))
  }

  @Test func anUnknownCodeIsReportedInSpanish() throws {
    let result = try OGPProcess.run(["--lang", "es", "explain", "OBJ01"])
    #expect(result.status == 2)
    #expect(
      result.standardError
        == "error: código desconocido 'OBJ01'; ¿quisiste decir OBJ001? ('ogp explain --list' muestra todos los códigos)\n"
    )
  }

  @Test func explainAcceptsLowercaseCodes() throws {
    let result = try OGPProcess.run(["explain", "e0402"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("E0402: "))
  }

  @Test func explainOfAnUnknownCodeExitsTwoAndPointsToTheList() throws {
    let result = try OGPProcess.run(["explain", "E9999"])
    #expect(result.status == 2)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("unknown code 'E9999'"))
    #expect(result.standardError.contains("ogp explain --list"))
  }

  @Test func explainListShowsEveryCodeOnce() throws {
    let result = try OGPProcess.run(["explain", "--list"])
    #expect(result.status == 0)
    let codes = result.standardOutput.split(separator: "\n").map { $0.prefix { $0 != " " } }
    #expect(codes.count == Set(codes).count)
    #expect(codes.first == "E0001")
    #expect(codes.contains("E0403"))
    #expect(codes.contains("OBJ001") && codes.contains("LNT002"), "lint rules are listed too")
  }

  @Test func explainWithoutACodeIsAUsageError() throws {
    let result = try OGPProcess.run(["explain"])
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("Error: name a code to explain, such as E0208, or pass --list\n"))
    let spanish = try OGPProcess.run(["--lang", "es", "explain"])
    #expect(spanish.status == 2)
    #expect(spanish.standardError.contains("indica un código que explicar, como E0208, o usa --list\n"))
  }

  @Test func anUnknownOptionIsAUsageError() throws {
    let result = try OGPProcess.run(["check", "--colour-me-surprised", "examples/plans/valle-2025.ogp"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("--colour-me-surprised"))
  }

  @Test func standardInputIsCheckedAsStdin() throws {
    let text = "actor a government \"A\"\nactor a civil_society \"B\"\n"
    let result = try OGPProcess.run(["check", "-"], input: Data(text.utf8))
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("<stdin>:2:7: error[E0205]:"))
  }

  @Test func cleanStandardInputExitsZero() throws {
    let result = try OGPProcess.run(["check", "-"], input: Data("actor a government \"A\"\n".utf8))
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
  }

  @Test func standardInputMayUseFilesRelativeToTheWorkingDirectory() throws {
    let text = "use \"examples/strategy/ogp-2023-2028.ogp\"\nactor a government \"A\"\n"
    let result = try OGPProcess.run(["check", "-"], input: Data(text.utf8))
    #expect(result.status == 0, "\(result.standardError)")
  }

  @Test func colourOnlyWhenAskedOrOnATerminal() throws {
    let plain = try OGPProcess.run(["check", "examples/errors/unknown-objective.ogp"])
    #expect(!plain.standardError.contains("\u{1B}["), "a pipe is not a terminal")
    let always = try OGPProcess.run(["check", "--color", "always", "examples/errors/unknown-objective.ogp"])
    #expect(always.standardError.contains("\u{1B}[1;31merror[E0208]"))
    #expect(always.status == plain.status)
  }

  @Test func maxErrorsLimitsWhatIsShownButNotTheCount() throws {
    let text = String(repeating: "actor a government \"A\"\n", count: 5)
    let result = try OGPProcess.run(["check", "--max-errors", "2", "-"], input: Data(text.utf8))
    #expect(result.status == 1)
    #expect(result.standardError.components(separatedBy: "error[E0205]").count - 1 == 2)
    #expect(result.standardError.contains("… 2 more not shown"))
    #expect(result.standardError.hasSuffix("4 errors, 0 warnings\n"))
  }

  @Test func severalFilesLoadASharedFileOnceAndTheWorstExitWins() throws {
    let result = try OGPProcess.run([
      "check", "examples/plans/arcadia-2024.ogp", "examples/plans/valle-2025.ogp",
      "examples/errors/no-such.ogp",
    ])
    #expect(result.status == 2)
    #expect(result.standardError == "error: cannot read 'examples/errors/no-such.ogp': no such file\n")
  }

  @Test(arguments: [
    ["lint", "examples/plans/arcadia-2024.ogp"], ["query", "examples/plans/arcadia-2024.ogp", "as_of"],
    ["report", "examples/plans/arcadia-2024.ogp", "--html", "-"], ["repl"], ["run", "script.ogps"],
  ])
  func everyCommandRefusesTheSameBadAsOfDate(_ arguments: [String]) throws {
    let result = try OGPProcess.run(arguments + ["--as-of", "June"])
    #expect(result.status == 2)
    #expect(
      result.standardError.contains("--as-of takes a date such as 2026-06-30, 2026-06 or 2026, not 'June'"),
      "\(result.standardError)")
  }

  @Test func helpTeachesWithExamples() throws {
    let result = try OGPProcess.run(["check", "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("ogp check examples/plans/arcadia-2024.ogp"))
    #expect(result.standardOutput.contains("Exit status"))
  }
}

/// `--lang` and the environment that chooses the language when it is not given.
struct LanguageChoiceTests {
  @Test(arguments: [["--lang", "fr", "check", "-"], ["check", "--lang=fr", "-"]])
  func anUnknownLanguageIsAUsageError(arguments: [String]) throws {
    let result = try OGPProcess.run(arguments, input: Data())
    #expect(result.status == 2)
    #expect(result.standardError.contains("--lang takes en, es, not 'fr'"))
  }

  @Test func langWithoutAValueIsAUsageError() throws {
    let result = try OGPProcess.run(["check", "-", "--lang"], input: Data())
    #expect(result.status == 2)
    #expect(result.standardError.contains("--lang takes a language"))
  }

  @Test(arguments: [
    (["--lang", "en", "check", "-"], [String: String?]()), (["check", "--lang=EN", "-"], [:]),
    (["check", "-"], ["LANG": "en_GB.UTF-8"]), (["check", "-", "--lang", "en"], ["OGP_LANG": "es"]),
  ])
  func langIsTakenAnywhereBeforeTheFiles(arguments: [String], environment: [String: String?]) throws {
    let result = try OGPProcess.run(
      arguments, input: Data("actor a government \"A\"\n".utf8), environment: environment)
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
  }

  @Test func helpIsInTheChosenLanguage() throws {
    let spanish = try OGPProcess.run(["--lang", "es", "--help"])
    #expect(spanish.status == 0)
    #expect(spanish.standardOutput.contains("Escribe, revisa y comparte estrategias y planes de acción"))
    #expect(spanish.standardOutput.contains("Estado de salida:"))
    let english = try OGPProcess.run(["--help"], environment: ["LANG": "C"])
    #expect(english.standardOutput.contains("Write, check and share Open Government Partnership strategies"))
    #expect(!english.standardOutput.contains("Estado de salida"))
  }

  @Test func optionHelpAndUsageErrorsAreInTheChosenLanguage() throws {
    let help = try OGPProcess.run(["lint", "--help"], environment: ["OGP_LANG": "es"])
    // The help is wrapped to the terminal's width: compare its words, not its lines.
    let words = help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("Revisa archivos .ogp y después los evalúa"))
    #expect(words.contains("Informa solo de los hallazgos que esta línea base no acepta."))
    #expect(words.contains("La raíz del proyecto: 'use' y ogp-lint.toml no salen de ella"))
    let usage = try OGPProcess.run(["--lang", "es", "lint", "--as-of", "junio", "-"], input: Data())
    #expect(usage.status == 2)
    #expect(
      usage.standardError.contains("--as-of acepta una fecha como 2026-06-30, 2026-06 o 2026, no 'junio'"))
  }

  @Test func runSummariesAreInTheChosenLanguage() throws {
    let unformatted = Data("actor a government  \"A\"\n".utf8)
    let check = try OGPProcess.run(["--lang", "es", "fmt", "--check", "-"], input: unformatted)
    #expect(check.status == 1)
    #expect(check.standardError == "1 archivo no está formateado; 'ogp fmt --write' lo formatea\n")
    let verbose = try OGPProcess.run(
      ["--lang", "es", "lint", "--verbose", "--config", "no-such.toml", "-"], input: Data())
    #expect(verbose.standardError.contains("raíz: "))
    #expect(verbose.standardError.contains("error: no se puede leer la configuración 'no-such.toml'"))
    let export = try OGPProcess.run(
      ["--lang", "es", "export", "--to", "json", "--table", "plans", "-"], input: Data())
    #expect(export.status == 2)
    #expect(export.standardError.contains("--table elige una tabla CSV; úsalo con --to csv"))
  }

  @Test func afterADoubleDashLangIsAFileName() throws {
    let result = try OGPProcess.run(["check", "--", "--lang"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("--lang"))
    #expect(!result.standardError.contains("--lang takes"))
  }
}
