import ArgumentParser
import Foundation
import OGPDiagnostics

@main
struct OGPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ogp",
    abstract: "Write, check and share Open Government Partnership strategies and action plans.",
    discussion: """
      .ogp files describe an OGP strategy, the actors who take part, and action plans with \
      their commitments and milestones. ogp checks them like a compiler: every error has a file, \
      line and column, a code and a suggestion.

      Start here:
        ogp check examples/plans/arcadia-2024.ogp
            checks a plan and the strategy it uses
        ogp lint examples/plans/arcadia-2024.ogp
            also judges it against the strategy's objectives and OGP's standards
        ogp explain E0208
            says what a diagnostic code means, with an example and its fix

      Language: every command takes --lang en|es; without it, OGP_LANG, else the locale \
      (LC_ALL, LC_MESSAGES, LANG), else English. Codes, keywords and machine formats' keys are \
      the same in every language.

      Exit status: 0 when clean, 1 when there are errors (for lint, also more warnings than \
      --max-warnings), 2 for a usage error, a broken configuration or a file on the command line \
      that cannot be read.
      """,
    version: "0.1.0",
    subcommands: [
      CheckCommand.self, LintCommand.self, FormatCommand.self, ExportCommand.self, ImportCommand.self,
      ReportCommand.self, ExplainCommand.self, RulesCommand.self, ReplCommand.self, QueryCommand.self,
      RunCommand.self, LanguageServerCommand.self,
    ]
  )

  /// Exit codes follow the sketch: usage errors are 2 (ArgumentParser's own default is 64).
  static func main() {
    let extracted = Result { try LanguageOption.extract(from: Array(CommandLine.arguments.dropFirst())) }
    if let chosen = (try? extracted.get())?.chosen {
      // What the run starts (an editor, a pager) and `ogp lsp`, which lets an explicit choice
      // win over the editor's locale, see it as OGP_LANG.
      setenv("OGP_LANG", chosen.rawValue, 1)
    }
    let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
    // Help and usage errors are made inside, so they too are in the chosen language.
    Language.$current.withValue(language) {
      do {
        var command = try parseAsRoot(extracted.get().arguments)
        try command.run()
      } catch {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
          if !message.isEmpty { Terminal.write(message + "\n") }
          Foundation.exit(0)
        }
        if !message.isEmpty { Terminal.writeError(message + "\n") }
        Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
      }
    }
  }
}
