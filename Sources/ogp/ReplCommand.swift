import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRepl
import OGPRules

struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "An interactive session: declarations are checked as you enter them.",
    discussion: """
      Enter declarations (actors, a plan, commitments …); each input is checked with what the \
      session already holds, and one that brings an error is refused whole. A commitment entered \
      on its own joins the session's plan, and the REPL shows the findings about it and how the \
      coverage of the strategy's objectives changed. Any other input is an expression, answered \
      with its value (as with 'ogp query'). Lines starting with ':' are commands (':help' lists \
      them). History is kept in $XDG_STATE_HOME/ogp/history.

      A session is one program: the FILEs and every ':load' join it, so unlike the FILEs of \
      'ogp check' they share one set of names, and a plan declaring a name the session holds is \
      refused, with a note on ':reset' then ':load' to see it alone, or 'ogp query' to ask about \
      several plans, each its own program.

      When standard input is not a terminal (ogp repl < session.txt), there are no prompts and \
      no colours: results go to standard output, diagnostics to standard error with the input's \
      line numbers, every input is tried, and the exit status is 1 if any input had errors.

      Examples:
        ogp repl examples/plans/arcadia-2024.ogp
        ogp repl < session.txt
      """
  )

  @Argument(help: ArgumentHelp("Files to load at the start.", valueName: "FILE"))
  var files: [String] = []

  @OptionGroup var configOption: ConfigOption

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func run() throws {
    let workingDirectory = FileManager.default.currentDirectoryPath
    let root = rootOptions.projectRoot(for: files)
    let configuration = try LintSettings.configuration(
      for: files, explicit: configOption.config, root: root, verbose: rootOptions.verbose,
      colour: colourOption,
      limit: diagnosticLimit.limit,
      rules: RuleRegistry.descriptions, acceptingMemberRules: true
    ).configuration
    let interactive = isatty(STDIN_FILENO) != 0
    let session = ReplSession(
      workingDirectory: workingDirectory, root: root.path, configuration: configuration,
      asOf: asOfOption.day(configuration: configuration),
      colour: interactive && colourOption.enabled(for: FileHandle.standardError),
      inputName: interactive ? "<repl>" : "<stdin>",
      diagnosticLimit: diagnosticLimit.limit,
      writeFile: { text, path in try AtomicFile.write(Data(text.utf8), to: path, within: root) })
    var failed = false
    if !files.isEmpty {
      failed = show(session.load(files: files))
    }
    if interactive {
      TerminalLoop(session: session).run()
    } else {
      let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
      failed = PipeLoop(session: session).run(input) || failed
    }
    if failed { throw ExitCode(1) }
  }
}

/// Prints a response: results to standard output, diagnostics to standard error. True if it was
/// an error.
@discardableResult
func show(_ response: ReplResponse) -> Bool {
  if !response.output.isEmpty { Terminal.write(response.output) }
  if !response.rendered.isEmpty { Terminal.writeError(response.rendered) }
  return response.isError
}

/// Inputs read from a text rather than a terminal (`ogp repl < file`, `ogp run SCRIPT`): no
/// prompts, no colours unless asked, line numbers from the text.
struct PipeLoop {
  let session: ReplSession
  /// Stop at the first input with errors (`ogp run`), rather than try every input (`ogp repl`).
  var stopOnError = false

  /// Runs `text` to its end or `:quit`; true if any input had errors. A first line starting with
  /// `#!` is skipped, so that a script can be run as a program.
  func run(_ text: String) -> Bool {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var failed = false
    var buffer = ""
    var start = 1
    /// Shows the response to the input from line `line` to the line at `last`; false when the
    /// loop must stop.
    func answer(_ input: String, line: Int, last: Int) -> Bool {
      let response = session.evaluate(input, line: line)
      present(response, line: line)
      failed = response.isError || failed
      if response.isError && stopOnError {
        if lines[(last + 1)...].contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
          Terminal.writeError(ReplText.scriptStopped(line: "\(line)") + "\n")
        }
        return false
      }
      return !response.quit
    }
    for (index, rawLine) in lines.enumerated() {
      let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
      if index == lines.count - 1 && line.isEmpty { break }
      if index == 0 && line.hasPrefix("#!") { continue }
      if line.drop(while: { $0 == " " }).hasPrefix(":") {
        guard answer(line, line: index + 1, last: index) else { return failed }
        continue
      }
      if buffer.isEmpty {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
        start = index + 1
      }
      buffer += line + "\n"
      if session.isComplete(buffer) {
        guard answer(buffer, line: start, last: index) else { return failed }
        buffer = ""
      }
    }
    if !buffer.isEmpty { _ = answer(buffer, line: start, last: lines.count - 1) }
    return failed
  }

  /// Like `show(_:)`, but a message with no position of its own (a command's, such as "cannot
  /// read 'x.ogp'") is put at the input's line, as a compiler would.
  private func present(_ response: ReplResponse, line: Int) {
    var response = response
    if response.isError && response.diagnostics.isEmpty && !response.rendered.isEmpty {
      response.rendered = "\(session.inputName):\(line): " + response.rendered
    }
    show(response)
  }
}
