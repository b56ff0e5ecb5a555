import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPLanguageServer
import OGPModel
import OGPRules

struct LanguageServerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lsp",
    abstract: "Serve the Language Server Protocol on standard input and output, for editors.",
    discussion: """
      Speaks LSP 3.17 (JSON-RPC with Content-Length framing) on standard input and output: an \
      editor starts 'ogp lsp' and sends it the .ogp documents it opens and their changes; ogp \
      answers with the diagnostics 'ogp lint' would give, as they are typed. Files the documents \
      use are read from disk, inside the workspace folder the editor names. Nothing else is \
      written to standard output; lint rules judge progress as of today.

      Exit status: 0 after the client's 'shutdown' then 'exit', 1 when the client exits or \
      closes the stream without 'shutdown'.
      """
  )

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
        Terminal.writeError("error: cannot read standard input: \(Descriptor.reason(error.number))\n")
        throw ExitCode(2)
      }
      if bytes.isEmpty { throw ExitCode(server.exitCodeAtEndOfInput) }
      let output = server.receive(bytes)
      if !output.isEmpty { Terminal.write(String(decoding: output, as: UTF8.self)) }
      if let code = server.exitCode { throw ExitCode(code) }
    }
  }
}
