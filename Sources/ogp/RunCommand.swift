import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRepl
import OGPRules

struct RunCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "run",
      abstract: CliText.runAbstract,
      discussion: CliText.runDiscussion
    )
  }

  @Argument(help: ArgumentHelp(CliText.runScript, valueName: "SCRIPT"))
  var script: String

  @Flag(help: ArgumentHelp(CliText.runKeepGoing))
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
      Terminal.writeError(CliText.cannotRead(path: script.visiblePath, reason: error.description) + "\n")
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
