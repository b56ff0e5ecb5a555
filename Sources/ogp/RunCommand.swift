import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRepl
import OGPRules

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a script of REPL inputs: declarations, ':' commands and expressions.",
    discussion: """
      Each input of SCRIPT is read and answered as 'ogp repl' would: declarations join the \
      session, ':' commands run (':load plans/plan.ogp', ':lint' …) and any other input is an \
      expression whose value is printed. Results go to standard output, diagnostics to standard \
      error with the script's path and line numbers.

      The run stops at the first input with errors, unless --keep-going is given. A first line \
      starting with '#!' is skipped, so a script can start with '#!/usr/bin/env -S ogp run' and \
      be run as a program. Paths in ':' commands are relative to the working directory, as at \
      the prompt; a 'use' in the script is relative to the script, as in a .ogp file. Both reach \
      only .ogp files inside the project root (--root), found from the script's folder.

      A script is one session, and a session is one program, as at the prompt: its inputs build \
      on what it loaded, so the plans it loads share one set of names. To ask the same question \
      of several plans, each its own program, use 'ogp query FILE… EXPR'.

      Examples:
        ogp run checks/plan-review.ogps
        ogp run --keep-going --as-of 2026-06-30 checks/plan-review.ogps

      Exit status: 0 no input had errors; 1 an input had errors; 2 SCRIPT cannot be read, or a \
      usage error or a broken configuration.
      """
  )

  @Argument(help: ArgumentHelp("The script to run.", valueName: "SCRIPT"))
  var script: String

  @Flag(help: "Run every input, even after one with errors (as 'ogp repl < SCRIPT' does).")
  var keepGoing = false

  @OptionGroup var configOption: ConfigOption

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func run() throws {
    let workingDirectory = FileManager.default.currentDirectoryPath
    let bytes: [UInt8]
    switch FileSystemSourceProvider().read(Paths.absolute(script, relativeTo: workingDirectory)) {
    case .success(let read): bytes = read
    case .failure(let error):
      Terminal.writeError("error: cannot read '\(script.visiblePath)': \(error.description)\n")
      throw ExitCode(2)
    }
    let root = rootOptions.projectRoot(for: [script])
    let configuration = try LintSettings.configuration(
      for: [script], explicit: configOption.config, root: root, verbose: rootOptions.verbose,
      colour: colourOption,
      limit: diagnosticLimit.limit,
      rules: RuleRegistry.descriptions, acceptingMemberRules: true
    ).configuration
    let session = ReplSession(
      workingDirectory: workingDirectory, root: root.path, configuration: configuration,
      asOf: asOfOption.day(configuration: configuration),
      colour: colourOption.enabled(for: FileHandle.standardError), inputName: script,
      diagnosticLimit: diagnosticLimit.limit,
      writeFile: { text, path in try AtomicFile.write(Data(text.utf8), to: path, within: root) })
    let failed = PipeLoop(session: session, stopOnError: !keepGoing).run(
      String(decoding: bytes, as: UTF8.self))
    if failed { throw ExitCode(1) }
  }
}
