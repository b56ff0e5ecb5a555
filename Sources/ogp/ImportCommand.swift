import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPInterchange
import OGPLanguage
import OGPModel

struct ImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: CliText.importAbstract,
      discussion: CliText.importDiscussion
    )
  }

  @Argument(help: ArgumentHelp(CliText.importFile, valueName: "FILE"))
  var file: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(CliText.importOutput, valueName: "FILE"))
  var output: String?

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func run() throws {
    let shown = file == "-" ? "<stdin>" : file
    let bytes = try read()
    let program: Program
    do {
      program = try ProgramJSON.decodeStrictly(Data(bytes))
    } catch {
      let issues = error.issues
      let listed = diagnosticLimit.limit.map { min($0, issues.count) } ?? issues.count
      for issue in issues[..<listed] { Terminal.writeError("error: \(shown.visiblePath): \(issue)\n") }
      if listed < issues.count {
        Terminal.writeError("… " + DiagnosticReport.omittedNote(issues.count - listed) + "\n")
      }
      throw ExitCode(2)
    }
    guard program.rules.isEmpty else {
      Terminal.writeError(CliText.importRules(path: shown.visiblePath) + "\n")
      throw ExitCode(1)
    }
    let text = ModelPrinter.print(program)
    let compilation = Compiler(workingDirectory: FileManager.default.currentDirectoryPath)
      .compile([.bytes(Array(text.utf8), name: "<\(file == "-" ? "stdin" : file) as .ogp>", directory: ".")])
    guard let compiled = compilation.program else {
      Front.report(
        compilation, colour: colourOption.enabled(for: FileHandle.standardError), limit: diagnosticLimit.limit
      )
      Terminal.writeError(CliText.importInvalid(path: shown.visiblePath) + "\n")
      throw ExitCode(1)
    }
    if let difference = ProgramJSON.firstDifference(expected: program, actual: compiled) {
      Terminal.writeError(
        CliText.importCannotState(
          path: shown.visiblePath, element: difference.path, expected: Self.shorten(difference.expected),
          actual: Self.shorten(difference.actual)) + "\n")
      throw ExitCode(1)
    }
    try OutputFile.write(text, to: output, within: rootOptions.projectRoot(for: [file]))
  }

  /// The input's bytes; exits 2 when they cannot be read.
  private func read() throws -> [UInt8] {
    if file == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    let absolute = Paths.absolute(file, relativeTo: FileManager.default.currentDirectoryPath)
    switch FileSystemSourceProvider().read(absolute) {
    case .success(let bytes): return bytes
    case .failure(let error):
      Terminal.writeError(CliText.cannotRead(path: file.visiblePath, reason: error.description) + "\n")
      throw ExitCode(2)
    }
  }

  /// A JSON value short enough for one line of a message; "nothing" when absent.
  private static func shorten(_ json: String?) -> String {
    guard let json else { return "nothing" }
    return json.count <= 80 ? json : String(json.prefix(77)) + "…"
  }
}
