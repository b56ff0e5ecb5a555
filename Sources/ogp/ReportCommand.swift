import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPReport
import OGPRules

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write an HTML report of the action plans: summary, objectives, timeline and findings.",
    discussion: """
      Checks and lints the FILEs as 'ogp lint' does, each FILE its own program with the files it \
      uses (a folder stands for the .ogp files below it, but those --exclude names), then writes \
      self-contained HTML about every plan they declare: a summary with the forum and co-creation \
      evidence, which strategic objectives each commitment advances, a timeline of commitments \
      and milestones with a line at the as-of date, and the commitments with the findings of \
      linting each plan's own program. The page needs no network and prints well.

      --html FILE writes one page ('-' for standard output); with several FILEs it has a section \
      per FILE, headed by its name, and a table of contents. --html DIR/ (a folder, named with a \
      final '/'; made when missing) writes one page per FILE into it: plans/a.ogp becomes \
      DIR/a.html. A page's name keeps only letters, digits, '-', '_' and '.' of its FILE's name, \
      and names that would meet get -2, -3… in the order of the FILEs.

      A FILE with errors has its errors printed and is left out; the others are still reported.

      Examples:
        ogp report examples/plans/arcadia-2024.ogp --html arcadia.html
        ogp report --as-of 2026-06-30 plans/national.ogp --html - > report.html
        ogp report --exclude 'drafts/**' plans --html site/

      Exit status: 0 every FILE was reported (whatever the findings); 1 a FILE has errors, which \
      are printed (no report is written when every FILE has them); 2 a usage error, a broken \
      configuration, a FILE that cannot be read or an OUT that cannot be written. With several \
      FILEs the highest wins.
      """
  )

  @Argument(
    help: ArgumentHelp("The .ogp files or folders to report on ('-' for standard input).", valueName: "FILE"))
  var files: [String]

  @Option(
    help: ArgumentHelp(
      "Where to write the HTML: a regular file, not a link; '-' for standard output; or a folder named with a final '/' for one page per FILE.",
      valueName: "OUT"))
  var html: String

  @OptionGroup var excludeOption: ExcludeOption

  @OptionGroup var configOption: ConfigOption

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("name at least one .ogp file to report on, or '-' for standard input")
    }
    guard !html.isEmpty else {
      throw ValidationError(
        "--html takes a file name, a folder named with a final '/', or '-' for standard output")
    }
    // Writing into a folder is asked for by name, never by what a pull request put at OUT.
    if html != "-" && !html.hasSuffix("/") && RootOptions.isFolder(html) {
      throw ValidationError(
        "--html '\(html.visiblePath)' is a folder; to write one page per FILE into it, end it with '/'")
    }
  }

  func run() throws {
    let root = rootOptions.projectRoot(for: files)
    let roots = Front.compileEach(files, excluding: excludeOption.exclude, root: root)
    // The configuration may name the member rules the files declare.
    let configuration = try LintSettings.configuration(
      for: files, explicit: configOption.config, root: root, verbose: rootOptions.verbose,
      colour: colourOption,
      limit: diagnosticLimit.limit,
      rules: LintSettings.knownRules(roots.compilations)
    ).configuration
    let day = asOfOption.day(configuration: configuration)
    var status: Int32 = !roots.unreadableRoots.isEmpty ? 2 : roots.hasErrors ? 1 : 0

    // A program with errors has no model to describe: its errors are shown and it is left out.
    if status != 0 {
      Front.report(
        roots, colour: colourOption.enabled(for: FileHandle.standardError), limit: diagnosticLimit.limit)
    }
    let linter = Linter(configuration: configuration)
    let names = PageName.names(for: roots.compilations.map { Front.rootPath(of: $0, in: roots) })
    let parts = zip(roots.compilations, names).compactMap { compilation, name -> (HTMLReport.Part, String)? in
      guard let program = compilation.program else { return nil }
      let findings = linter.lint(compilation, asOf: day).diagnostics
      let part = HTMLReport.Part(
        file: Front.rootPath(of: compilation, in: roots), program: program,
        findings: ReportFinding.findings(from: findings, sources: roots.sources))
      return (part, name)
    }
    if roots.hasErrors {
      if parts.isEmpty {
        Terminal.writeError(CliText.reportNoReport + "\n")
      } else {
        Front.reportLeftOut(of: "report")
      }
    }
    guard !parts.isEmpty else { withExtendedLifetime(roots) { Foundation.exit(status) } }

    let generator = "ogp " + OGPCommand.configuration.version
    if html.hasSuffix("/") {
      try makeFolder(html)
      for (part, name) in parts {
        let page = HTMLReport(parts: [part], asOf: day, generator: generator).render()
        status = max(status, write(page, to: html + name, within: root))
      }
    } else {
      let page = HTMLReport(parts: parts.map(\.0), asOf: day, generator: generator).render()
      status = max(status, write(page, to: html, within: root))
    }
    withExtendedLifetime(roots) { Foundation.exit(status) }
  }

  /// Writes one page and says where; the exit status a failure gives (2), else 0, so that one
  /// page that cannot be written does not stop the others.
  private func write(_ page: String, to path: String, within root: ProjectRoot) -> Int32 {
    do {
      try OutputFile.write(page, to: path, within: root)
    } catch {
      return error.rawValue
    }
    if path != "-" { Terminal.writeError(CliText.reportWrote(path: path.visiblePath) + "\n") }
    return 0
  }

  /// The folder of `--html DIR/`, made when missing (only its last part: a mistyped parent
  /// should not become a tree of folders).
  private func makeFolder(_ path: String) throws(ExitCode) {
    guard !RootOptions.isFolder(path) else { return }
    guard mkdir(path, 0o777) == 0 else {
      Terminal.writeError(
        "error: cannot make the folder '\(path.visiblePath)': \(Descriptor.reason(errno))\n")
      throw ExitCode(2)
    }
  }
}
