import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPLanguageServer
import OGPModel
import OGPRules

struct LanguageServerCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "lsp",
      abstract: CliText.lspAbstract,
      discussion: CliText.lspDiscussion
    )
  }

  @OptionGroup var asOfOption: AsOfOption

  func run() throws {
    var server = Server(
      environment: Server.Environment(
        workingDirectory: FileManager.default.currentDirectoryPath,
        today: asOfOption.day(configuration: LintConfiguration()),
        asOf: asOfOption.asOf.flatMap(PartialDate.init),
        version: OGPCommand.configuration.version, language: Language.current,
        followsClientLocale: Language(tag: ProcessInfo.processInfo.environment["OGP_LANG"] ?? "") == nil))
    while true {
      let bytes: [UInt8]
      do {
        bytes = try Descriptor.readSome(from: STDIN_FILENO)
      } catch {
        Terminal.writeError(CliText.cannotReadStandardInput(reason: Descriptor.reason(error.number)) + "\n")
        throw ExitCode(2)
      }
      if bytes.isEmpty { throw ExitCode(server.exitCodeAtEndOfInput) }
      let output = server.receive(bytes)
      if !output.isEmpty { Terminal.write(String(decoding: output, as: UTF8.self)) }
      if let code = server.exitCode { throw ExitCode(code) }
    }
  }
}
