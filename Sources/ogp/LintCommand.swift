import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check .ogp files, then judge them against the strategy's objectives and OGP's standards.",
    discussion: """
      Runs 'ogp check', then every rule of 'ogp rules' on a program without errors, and the member \
      rules ('rule' declarations) the files declare or use. Each FILE is a root, linted as its own \
      program with the files it uses; findings in a file that several roots use are shown once, \
      and a FILE with errors does not stop the others being linted. A FILE that is a folder \
      stands for the .ogp files below it as 'ogp check' says: a file found there that declares \
      no 'plan' is linted through the plans that use it. Settings come \
      from the nearest ogp-lint.toml above the first FILE, up to the project root (or --config): per-rule severity, \
      thresholds and the as-of date. Silence a finding with '// ogp:disable-next-line CODE' on \
      the line before it, or '// ogp:disable CODE' before a declaration.

      Examples:
        ogp lint examples/plans/arcadia-2024.ogp
        ogp lint --format sarif plans/*.ogp > ogp.sarif
        ogp lint --exclude 'archive/**' plans
        ogp lint --write-baseline .ogp-baseline.json plans/national.ogp
        ogp lint --baseline .ogp-baseline.json --max-warnings 0 plans/national.ogp
        ogp lint --coverage examples/plans/arcadia-2024.ogp

      Text goes to standard error like a compiler's; the machine formats (json, sarif, github, \
      junit) and --coverage go to standard output.

      Exit status: 0 no errors (and no more warnings than --max-warnings); 1 errors, or more \
      warnings than --max-warnings; 2 a usage error, a broken configuration or baseline, or a \
      FILE that cannot be read (or is a folder with no .ogp file).
      """
  )

  @Argument(
    help: ArgumentHelp("The .ogp files or folders to lint ('-' for standard input).", valueName: "FILE"))
  var files: [String]

  @Option(help: "Output format: text, json, sarif, github (workflow commands) or junit.")
  var format: LintFormat = .text

  @Option(
    help: "Fail (exit 1) when there are more warnings than this; -1, the default, never fails on warnings.")
  var maxWarnings = -1

  @OptionGroup var configOption: ConfigOption

  @OptionGroup var asOfOption: AsOfOption

  @Option(help: ArgumentHelp("Report only findings this baseline does not accept.", valueName: "FILE"))
  var baseline: String?

  @Option(
    help: ArgumentHelp(
      "Write every current finding to a baseline file (a regular file, not a link; '-' for standard output) and exit.",
      valueName: "FILE"))
  var writeBaseline: String?

  @Flag(help: "Also print which commitments advance which objectives and priorities, and the gaps.")
  var coverage = false

  @OptionGroup var excludeOption: ExcludeOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var diagnosticLimit: DiagnosticLimit

  @OptionGroup var rootOptions: RootOptions

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("name at least one .ogp file to lint, or '-' for standard input")
    }
    guard maxWarnings >= -1 else {
      throw ValidationError("--max-warnings takes -1 (no limit), 0 or a positive number")
    }
    if coverage && format != .text {
      throw ValidationError("--coverage prints a table; use it with the text format")
    }
    if baseline != nil && writeBaseline != nil {
      throw ValidationError("use --baseline or --write-baseline, not both")
    }
  }

  func run() throws {
    let root = rootOptions.projectRoot(for: files)
    let roots = Front.compileEach(files, excluding: excludeOption.exclude, root: root)
    // The configuration may name the member rules the files declare, so it is read after them.
    let (configuration, configurationPath) = try LintSettings.configuration(
      for: files, explicit: configOption.config, root: root, verbose: rootOptions.verbose,
      colour: colourOption,
      limit: diagnosticLimit.limit, rules: LintSettings.knownRules(roots.compilations))
    let asOfDay = asOfOption.day(configuration: configuration)
    let accepted = try loadBaseline()

    let result = Linter(configuration: configuration).lint(roots, asOf: asOfDay, baseline: accepted)
    Front.reportUnreadable(roots.unreadableRoots)

    if let writeBaseline {
      try write(
        Baseline(accepting: result.diagnostics, sources: roots.sources), to: writeBaseline, within: root)
      let status: Int32 = !roots.unreadableRoots.isEmpty ? 2 : roots.hasErrors ? 1 : 0
      withExtendedLifetime(roots) { Foundation.exit(status) }
    }

    emit(result, roots: roots, configuration: configurationPath, asOf: asOfDay)
    let programs = roots.compilations.compactMap(\.program)
    if coverage && !programs.isEmpty {
      let matrices = programs.flatMap {
        CoverageMatrix.all(in: $0.localized(into: Language.current.rawValue))
      }
      Terminal.write(
        matrices.isEmpty
          ? "No plan names a strategy: there is no coverage to show.\n"
          : matrices.map { $0.render() }.joined(separator: "\n"))
    }

    let warnings = result.diagnostics.warningCount
    var status: Int32 = result.diagnostics.errorCount > 0 ? 1 : 0
    if maxWarnings >= 0 && warnings > maxWarnings {
      Terminal.writeError(
        "ogp: \(warnings) \(warnings == 1 ? "warning" : "warnings"), more than --max-warnings \(maxWarnings)\n"
      )
      status = 1
    }
    if !roots.unreadableRoots.isEmpty { status = 2 }
    withExtendedLifetime(roots) { Foundation.exit(status) }
  }

  private func emit(_ result: LintResult, roots: CompiledRoots, configuration: String?, asOf: Day) {
    let report = DiagnosticReport(
      sources: roots.sources, diagnostics: result.diagnostics,
      documentation: Documentation.all(members: roots.compilations.flatMap { UserRule.all(in: $0) }),
      toolVersion: OGPCommand.configuration.version, configuration: configuration,
      limit: diagnosticLimit.limit, asOf: asOf.description)
    switch format {
    case .text:
      let renderer = DiagnosticRenderer(
        sources: roots.sources, colour: colourOption.enabled(for: FileHandle.standardError))
      Terminal.writeError(
        renderer.render(result.diagnostics, limit: diagnosticLimit.limit, asOf: asOf.description))
      if result.baselined > 0 {
        Terminal.writeError("\(result.baselined) more accepted by the baseline\n")
      }
      if !result.rulesRan && roots.hasErrors {
        Terminal.writeError("ogp: lint rules run on a file once its errors above are fixed\n")
      }
    case .json: Terminal.write(JSONDiagnosticFormat.render(report))
    case .sarif: Terminal.write(SARIFFormat.render(report))
    case .github: Terminal.write(GitHubFormat.render(report))
    case .junit: Terminal.write(JUnitFormat.render(report, files: roots.sources.all.map(\.path)))
    }
  }

  private func loadBaseline() throws -> Baseline? {
    guard let baseline else { return nil }
    guard let data = FileManager.default.contents(atPath: baseline) else {
      Terminal.writeError("error: cannot read the baseline '\(baseline.visiblePath)'\n")
      throw ExitCode(2)
    }
    do {
      return try Baseline.decode(data)
    } catch {
      Terminal.writeError(
        "error: '\(baseline.visiblePath)' is not an ogp baseline: \(error); write one with --write-baseline\n"
      )
      throw ExitCode(2)
    }
  }

  /// Writes as every other output is written (`OutputFile`), so a crash or an interrupt never
  /// leaves half a baseline, nor a temporary file.
  private func write(_ baseline: Baseline, to path: String, within root: ProjectRoot) throws {
    try OutputFile.write(String(decoding: baseline.encoded(), as: UTF8.self), to: path, within: root)
    let count = baseline.findings.reduce(0) { $0 + $1.count }
    let place = path == "-" ? "standard output" : path
    Terminal.writeError(
      "ogp: wrote \(count) \(count == 1 ? "finding" : "findings") to \(place.visiblePath)\n")
  }
}

enum LintFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, sarif, github, junit
}

/// What machine formats say about each code: lint rules from their descriptions, the checker's
/// codes from the catalogue behind `ogp explain`, in the run's language.
enum Documentation {
  static var builtIn: [String: DiagnosticDocumentation] {
    var result = RuleDocumentation.diagnosticDocumentation()
    for explanation in DiagnosticCatalogue.all {
      let code = explanation.code.rawValue
      result[code] = DiagnosticDocumentation(
        code: code, name: explanation.title, shortDescription: explanation.title,
        fullDescription: explanation.explanation,
        help: DocumentationText.machineCheckerHelp(code: code),
        defaultSeverity: .error, category: DocumentationText.machineCheckerCategory)
    }
    return result
  }

  /// The built-in codes' documentation and the member rules'.
  static func all(members: [UserRule]) -> [String: DiagnosticDocumentation] {
    builtIn.merging(RuleDocumentation.diagnosticDocumentation(members.map(\.description))) { builtIn, _ in
      builtIn
    }
  }
}
