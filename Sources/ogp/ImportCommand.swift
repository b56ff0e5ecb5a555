import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPInterchange
import OGPLanguage
import OGPModel

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Write a program's JSON form back as .ogp source.",
    discussion: """
      FILE holds the model's JSON form, as 'ogp export --to json' writes it \
      (schema/ogp-model.schema.json). It is read as strictly as the schema reads it: an \
      unknown key, a missing required key, a value of the wrong type, null or a schema_version \
      other than 1 is an error at its JSON path. The .ogp text is then compiled before it is \
      written: what the language rejects, such as an actor or objective that is not declared, \
      is reported as 'ogp check' reports it, and nothing is written.

      Examples:
        ogp import plan.json -o plan.ogp
        ogp export --to json plan.ogp | ogp import -

      Exit status: 0 written; 1 the data does not make a valid .ogp program, or holds what \
      .ogp cannot state (rules, ids not qualified by their parents'); 2 FILE cannot be read or \
      is not UTF-8 JSON in the model's form, the output cannot be written, or a usage error.
      """
  )

  @Argument(help: ArgumentHelp("The JSON file ('-' for standard input).", valueName: "FILE"))
  var file: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write the .ogp text to FILE, atomically, instead of standard output ('-'); FILE must be a regular file, not a link.",
      valueName: "FILE"))
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
      Terminal.writeError(
        "error: \(shown.visiblePath): $.rules: .ogp cannot state rules from the model, which keeps their headers but not their conditions; remove them to import the rest\n"
      )
      throw ExitCode(1)
    }
    let text = ModelPrinter.print(program)
    let compilation = Compiler(workingDirectory: FileManager.default.currentDirectoryPath)
      .compile([.bytes(Array(text.utf8), name: "<\(file == "-" ? "stdin" : file) as .ogp>", directory: ".")])
    guard let compiled = compilation.program else {
      Front.report(
        compilation, colour: colourOption.enabled(for: FileHandle.standardError), limit: diagnosticLimit.limit
      )
      Terminal.writeError(
        "error: the data in '\(shown.visiblePath)' does not make a valid .ogp program; nothing was written\n")
      throw ExitCode(1)
    }
    if let difference = ProgramJSON.firstDifference(expected: program, actual: compiled) {
      Terminal.writeError(
        "error: \(shown.visiblePath): \(difference.path): \(Self.shorten(difference.expected)) cannot be stated in .ogp; "
          + "it would read back as \(Self.shorten(difference.actual)); nothing was written\n")
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
      Terminal.writeError("error: cannot read '\(file.visiblePath)': \(error.description)\n")
      throw ExitCode(2)
    }
  }

  /// A JSON value short enough for one line of a message; "nothing" when absent.
  private static func shorten(_ json: String?) -> String {
    guard let json else { return "nothing" }
    return json.count <= 80 ? json : String(json.prefix(77)) + "…"
  }
}
