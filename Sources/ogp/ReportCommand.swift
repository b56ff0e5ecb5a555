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
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "report",
      abstract: CliText.reportAbstract,
      discussion: CliText.reportDiscussion
    )
  }

  @Argument(
    help: ArgumentHelp(CliText.reportFiles, valueName: "FILE"))
  var files: [String]

  @Option(
    help: ArgumentHelp(CliText.reportHtml, valueName: "OUT"))
  var html: String

  @OptionGroup var excludeOption: ExcludeOption

  @OptionGroup var configOption: ConfigOption

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError(CliText.reportNoFiles)
    }
    guard !html.isEmpty else {
      throw ValidationError(CliText.reportHtmlEmpty)
    }
    // Writing into a folder is asked for by name, never by what a pull request put at OUT.
    if html != "-" && !html.hasSuffix("/") && RootOptions.isFolder(html) {
      throw ValidationError(CliText.reportHtmlFolder(path: html.visiblePath))
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
        Front.reportLeftOut(CliText.leftOutReport)
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
        CliText.reportCannotMakeFolder(path: path.visiblePath, reason: Descriptor.reason(errno)) + "\n")
      throw ExitCode(2)
    }
  }
}
