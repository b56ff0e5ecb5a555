import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPInterchange
import OGPLanguage
import OGPRules

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Check .ogp files and export their programs as JSON, YAML, CSV tables, JSON Lines or Markdown.",
    discussion: """
      Each FILE is a root, compiled as 'ogp check' compiles it: its own program, with the files \
      it 'use's, so two plans may each declare an actor 'odn'. A FILE that is a folder stands \
      for every .ogp file below it, but those --exclude names. A root with errors, or one that \
      cannot be read, stops the export and nothing is written; with --keep-going its errors are \
      shown and the other roots exported. The formats:
        json      one root's model in its JSON form, which 'ogp import' reads back
        yaml      one root's model, with the same structure and keys as the JSON
        markdown  one root's plans as a document, with the objectives' coverage
        csv       a table of every root, one row per element (--table)
        jsonl     a line per root: its model's JSON, compact, with a 'file' key first

      json, yaml and markdown are one program's document: with several roots, use jsonl (for \
      pandas.read_json(lines=True)) or csv, or export one FILE at a time.

      The CSV tables (--table):
      \(tables)

      Every row starts with 'file', the root (for a finding, the file it is in), and every \
      table has a 'plan' column: plans of different files may share ids, so rows join on file, \
      plan and an id (a milestone's 'commitment' is its commitment's 'id' in the commitments \
      table). Dates come as written ('start', 'end': 2024-10) and as ISO days ('start_date', \
      the first day; 'end_date', the last: 2024-10-31), which pandas.to_datetime reads \
      unaided. The findings table reads the configuration and --as-of as 'ogp lint' does.

      Examples:
        ogp export --to markdown examples/plans/arcadia-2024.ogp > arcadia.md
        ogp export --to csv plans -o commitments.csv
        ogp export --to csv --table milestones --keep-going plans -o milestones.csv
        ogp export --to jsonl --exclude 'drafts/**' plans > plans.jsonl

      Exit status: 0 exported; 1 a root has errors (with --keep-going, the others were \
      exported); 2 a FILE cannot be read (or is a folder with no .ogp file), the output cannot \
      be written, or a usage error.
      """
  )

  /// One line per CSV table, its name and what a row is, for the discussion above.
  private static var tables: String {
    CSVTable.allCases.map {
      "  " + $0.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0) + $0.summary
    }
    .joined(separator: "\n")
  }

  @Argument(
    help: ArgumentHelp("The .ogp files or folders to export ('-' for standard input).", valueName: "FILE"))
  var files: [String]

  @Option(
    name: .customLong("to"),
    help: ArgumentHelp("The format: \(ExportFormat.names(joinedBy: "or")).", valueName: "FORMAT"),
    transform: { name in
      guard let format = ExportFormat(rawValue: name) else {
        throw ValidationError(
          "unknown format '\(name)'; the formats are \(ExportFormat.names(joinedBy: "and"))")
      }
      return format
    })
  var format: ExportFormat

  @Option(
    help: ArgumentHelp(
      "The CSV table: \(CSVTable.names(joinedBy: "or")) (default: \(CSVTable.commitments.rawValue)).",
      valueName: "TABLE"),
    transform: { name in
      guard let table = CSVTable(rawValue: name) else {
        throw ValidationError("unknown table '\(name)'; the tables are \(CSVTable.names(joinedBy: "and"))")
      }
      return table
    })
  var table: CSVTable?

  @Flag(help: "Export the roots without errors when others have them (exit status 1 all the same).")
  var keepGoing = false

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to FILE, atomically, instead of standard output ('-'); FILE must be a regular file, not a link.",
      valueName: "FILE"))
  var output: String?

  @OptionGroup var excludeOption: ExcludeOption

  @OptionGroup var configOption: ConfigOption

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("name at least one .ogp file to export, or '-' for standard input")
    }
    if table != nil && format != .csv {
      throw ValidationError("--table picks a CSV table; use it with --to csv")
    }
  }

  func run() throws {
    let root = rootOptions.projectRoot(for: files)
    let roots = Front.compileEach(files, excluding: excludeOption.exclude, root: root)
    let rootCount = roots.compilations.count + roots.unreadableRoots.count
    guard format.holdsManyPrograms || rootCount <= 1 else {
      Terminal.writeError(
        "error: --to \(format.rawValue) exports one program, and \(rootCount) roots were named or found; "
          + "use --to jsonl for a line per root or --to csv for tables of them all, or export one FILE at a time\n"
      )
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
        "ogp: \(skipped) of \(rootCount) roots not exported (see above); "
          + (programs.isEmpty ? "nothing to write\n" : "exporting the other \(programs.count)\n"))
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
      Terminal.writeError("error: cannot export as \(format.rawValue): \(reason)\n")
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
