import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPReport
import OGPRules

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write an HTML report of the action plans: summary, objectives, timeline and findings.",
    discussion: """
      Checks and lints the FILEs as 'ogp lint' does, then writes one self-contained HTML page \
      about every plan they declare: a summary with the forum and co-creation evidence, which \
      strategic objectives each commitment advances, a timeline of commitments and milestones \
      with a line at the as-of date, and the commitments with the lint findings about each. \
      The page needs no network and prints well.

      Examples:
        ogp report examples/plans/arcadia-2024.ogp --html arcadia.html
        ogp report --as-of 2026-06-30 plans/national.ogp --html - > report.html

      Exit status: 0 the report was written (whatever the findings); 1 the FILEs have errors, \
      which are printed and no report is written; 2 a usage error, a broken configuration, a \
      FILE that cannot be read or an OUT that cannot be written.
      """
  )

  @Argument(help: ArgumentHelp("The .ogp files to report on ('-' for standard input).", valueName: "FILE"))
  var files: [String]

  @Option(
    help: ArgumentHelp(
      "Where to write the HTML page: a regular file, not a link, or '-' for standard output.",
      valueName: "OUT"))
  var html: String

  @OptionGroup var configOption: ConfigOption

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("name at least one .ogp file to report on, or '-' for standard input")
    }
    guard !html.isEmpty else { throw ValidationError("--html takes a file name, or '-' for standard output") }
  }

  func run() throws {
    let root = rootOptions.projectRoot(for: files)
    let compilation = Front.compile(files, root: root)
    // The configuration may name the member rules the files declare.
    let configuration = try LintSettings.configuration(
      for: files, explicit: configOption.config, root: root, verbose: rootOptions.verbose,
      colour: colourOption,
      limit: diagnosticLimit.limit,
      rules: LintSettings.knownRules([compilation])
    ).configuration
    let day = asOfOption.day(configuration: configuration)

    // A report of a program with errors would describe a model that does not exist.
    guard compilation.unreadableRoots.isEmpty, let program = compilation.program else {
      Front.report(
        compilation, colour: colourOption.enabled(for: FileHandle.standardError), limit: diagnosticLimit.limit
      )
      if compilation.unreadableRoots.isEmpty {
        Terminal.writeError("ogp: no report was written; fix the errors above first\n")
      }
      let status: Int32 = compilation.unreadableRoots.isEmpty ? 1 : 2
      withExtendedLifetime(compilation) { Foundation.exit(status) }
    }

    let result = Linter(configuration: configuration).lint(compilation, asOf: day)
    let report = HTMLReport(
      program: program,
      findings: ReportFinding.findings(from: result.diagnostics, sources: compilation.sources),
      asOf: day, generator: "ogp " + OGPCommand.configuration.version)
    let page = report.render()

    try OutputFile.write(page, to: html, within: root)
    if html != "-" { Terminal.writeError("ogp: wrote \(html.visiblePath)\n") }
    withExtendedLifetime(compilation) { Foundation.exit(0) }
  }
}
