import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

struct LintCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "lint",
      abstract: CliText.lintAbstract,
      discussion: CliText.lintDiscussion
    )
  }

  @Argument(
    help: ArgumentHelp(CliText.lintFiles, valueName: "FILE"))
  var files: [String]

  @Option(help: ArgumentHelp(CliText.lintFormat))
  var format: LintFormat = .text

  @Option(help: ArgumentHelp(CliText.lintMaxWarnings))
  var maxWarnings = -1

  @OptionGroup var configOption: ConfigOption

  @OptionGroup var asOfOption: AsOfOption

  @Option(help: ArgumentHelp(CliText.lintBaseline, valueName: "FILE"))
  var baseline: String?

  @Option(
    help: ArgumentHelp(CliText.lintWriteBaseline, valueName: "FILE"))
  var writeBaseline: String?

  @Flag(help: ArgumentHelp(CliText.lintCoverage))
  var coverage = false

  @OptionGroup var excludeOption: ExcludeOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var diagnosticLimit: DiagnosticLimit

  @OptionGroup var rootOptions: RootOptions

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError(CliText.lintNoFiles)
    }
    guard maxWarnings >= -1 else {
      throw ValidationError(CliText.lintMaxWarningsRange)
    }
    if coverage && format != .text {
      throw ValidationError(CliText.lintCoverageNeedsText)
    }
    if baseline != nil && writeBaseline != nil {
      throw ValidationError(CliText.lintBaselineBoth)
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
          ? CliText.lintNoCoverage + "\n"
          : matrices.map { $0.render() }.joined(separator: "\n"))
    }

    let warnings = result.diagnostics.warningCount
    var status: Int32 = result.diagnostics.errorCount > 0 ? 1 : 0
    if maxWarnings >= 0 && warnings > maxWarnings {
      Terminal.writeError(CliText.lintTooManyWarnings(count: warnings, limit: String(maxWarnings)) + "\n")
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
        Terminal.writeError(CliText.lintBaselined(count: result.baselined) + "\n")
      }
      if !result.rulesRan && roots.hasErrors {
        Terminal.writeError(CliText.lintRulesWaitForErrors + "\n")
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
      Terminal.writeError(CliText.lintCannotReadBaseline(path: baseline.visiblePath) + "\n")
      throw ExitCode(2)
    }
    do {
      return try Baseline.decode(data)
    } catch {
      Terminal.writeError(
        CliText.lintNotABaseline(path: baseline.visiblePath, reason: String(describing: error)) + "\n")
      throw ExitCode(2)
    }
  }

  /// Writes as every other output is written (`OutputFile`), so a crash or an interrupt never
  /// leaves half a baseline, nor a temporary file.
  private func write(_ baseline: Baseline, to path: String, within root: ProjectRoot) throws {
    try OutputFile.write(String(decoding: baseline.encoded(), as: UTF8.self), to: path, within: root)
    let count = baseline.findings.reduce(0) { $0 + $1.count }
    let place = path == "-" ? CliText.standardOutput : path.visiblePath
    Terminal.writeError(CliText.lintWroteBaseline(count: count, place: place) + "\n")
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
