import ArgumentParser
import Foundation
import OGPDiagnostics

@main
struct OGPCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "ogp",
      abstract: CliText.rootAbstract,
      discussion: CliText.rootDiscussion,
      version: "0.1.0",
      subcommands: [
        CheckCommand.self, LintCommand.self, FormatCommand.self, ExportCommand.self, ImportCommand.self,
        ReportCommand.self, ExplainCommand.self, RulesCommand.self, ReplCommand.self, QueryCommand.self,
        RunCommand.self, LanguageServerCommand.self,
      ]
    )
  }

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
