import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPInterchange
import OGPLanguage
import OGPRules

struct ExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: CliText.exportAbstract,
      discussion: CliText.exportDiscussion(tables: tables)
    )
  }

  /// One line per CSV table, its name and what a row is, for the discussion above.
  private static var tables: String {
    CSVTable.allCases.map {
      "  " + $0.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0) + $0.summary
    }
    .joined(separator: "\n")
  }

  @Argument(
    help: ArgumentHelp(CliText.exportFiles, valueName: "FILE"))
  var files: [String]

  @Option(
    name: .customLong("to"),
    help: ArgumentHelp(
      CliText.exportTo(formats: ExportFormat.names(joinedBy: CliText.or)), valueName: "FORMAT"),
    transform: { name in
      guard let format = ExportFormat(rawValue: name) else {
        throw ValidationError(
          CliText.exportUnknownFormat(name: name, formats: ExportFormat.names(joinedBy: CliText.and)))
      }
      return format
    })
  var format: ExportFormat

  @Option(
    help: ArgumentHelp(
      CliText.exportTable(
        tables: CSVTable.names(joinedBy: CliText.or), default: CSVTable.commitments.rawValue),
      valueName: "TABLE"),
    transform: { name in
      guard let table = CSVTable(rawValue: name) else {
        throw ValidationError(
          CliText.exportUnknownTable(name: name, tables: CSVTable.names(joinedBy: CliText.and)))
      }
      return table
    })
  var table: CSVTable?

  @Flag(help: ArgumentHelp(CliText.exportKeepGoing))
  var keepGoing = false

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(CliText.exportOutput, valueName: "FILE"))
  var output: String?

  @OptionGroup var excludeOption: ExcludeOption

  @OptionGroup var configOption: ConfigOption

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError(CliText.exportNoFiles)
    }
    if table != nil && format != .csv {
      throw ValidationError(CliText.exportTableNeedsCsv)
    }
  }

  func run() throws {
    let root = rootOptions.projectRoot(for: files)
    let roots = Front.compileEach(files, excluding: excludeOption.exclude, root: root)
    let rootCount = roots.compilations.count + roots.unreadableRoots.count
    guard format.holdsManyPrograms || rootCount <= 1 else {
      Terminal.writeError(CliText.exportOnePrograms(format: format.rawValue, count: rootCount) + "\n")
      throw ExitCode(2)
    }

    let broken = roots.compilations.filter(\.hasErrors)
    let status: Int32 = !roots.unreadableRoots.isEmpty ? 2 : broken.isEmpty ? 0 : 1
    if status != 0 {
      Front.report(
        broken.map(\.diagnostics).merged(), sources: roots.sources, unreadable: roots.unreadableRoots,
        colour: colourOption.enabled(for: FileHandle.standardError), limit: diagnosticLimit.limit)
      guard keepGoing else { throw ExitCode(status) }
    }
    let clean = roots.compilations.filter { !$0.hasErrors }
    let programs = clean.compactMap { compilation -> ExportedProgram? in
      // The root is the first file a program loads.
      guard let program = compilation.program, let rootFile = compilation.files.first else { return nil }
      return ExportedProgram(file: roots.sources[rootFile.file].path, program: program)
    }
    if status != 0 {
      let skipped = rootCount - programs.count
      Terminal.writeError(
        (programs.isEmpty
          ? CliText.exportSkippedNothing(skipped: String(skipped), count: String(rootCount))
          : CliText.exportSkippedOthers(
            skipped: String(skipped), count: String(rootCount), others: String(programs.count))) + "\n")
    }
    guard !programs.isEmpty else { throw ExitCode(status) }

    let findings = table == .findings ? try lintFindings(clean, sources: roots.sources, root: root) : []
    let text: String
    do {
      switch format {
      case .csv: text = CSVExporter.export(table ?? .commitments, of: programs, findings: findings)
      case .jsonl: text = try JSONLinesExporter.export(programs)
      case .json, .yaml, .markdown:
        // One root, checked above.
        text = try programs.map { try format.export($0.program, file: $0.file) }.joined()
      }
    } catch {
      let reason = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
      Terminal.writeError(CliText.exportFailed(format: format.rawValue, reason: reason) + "\n")
      throw ExitCode(2)
    }
    try OutputFile.write(text, to: output, within: root)
    if status != 0 { throw ExitCode(status) }
  }

  /// The findings of `ogp lint` in the programs without errors, each once, with the plan whose
  /// element each is about: a finding's element starts with its top-level declaration's id,
  /// which is a plan's when a program holding the finding's file declares such a plan.
  private func lintFindings(
    _ compilations: [Compilation], sources: SourceMap, root: ProjectRoot
  ) throws -> [ExportedFinding] {
    let (configuration, _) = try LintSettings.configuration(
      for: files, explicit: configOption.config, root: root, verbose: rootOptions.verbose,
      colour: colourOption, limit: diagnosticLimit.limit, rules: LintSettings.knownRules(compilations))
    let linter = Linter(configuration: configuration)
    let asOf = asOfOption.day(configuration: configuration)
    // Each program on its own, as `Linter.lint(CompiledRoots)` lints them, but only those
    // without errors; merging shows a finding in a file that several of them use once.
    let diagnostics = compilations.concurrentMap { linter.lint($0, asOf: asOf).diagnostics }.merged()
    var plansByFile: [SourceFileID: Set<String>] = [:]
    for compilation in compilations {
      let plans = Set(compilation.program?.plans.map(\.id) ?? [])
      for file in compilation.files { plansByFile[file.file, default: []].formUnion(plans) }
    }
    return diagnostics.map { diagnostic in
      let file = sources[diagnostic.span.file]
      let location = file.location(of: diagnostic.span.start)
      let topLevel = diagnostic.element.map { String($0.prefix { $0 != "." && $0 != "#" }) }
      let plan = topLevel.flatMap { plansByFile[diagnostic.span.file]?.contains($0) == true ? $0 : nil }
      return ExportedFinding(
        file: file.path, plan: plan, line: location.line, column: location.column, code: diagnostic.code,
        severity: diagnostic.severity, element: diagnostic.element, message: diagnostic.message)
    }
  }
}
