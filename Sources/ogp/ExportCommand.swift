import ArgumentParser
import Foundation
import OGPInterchange
import OGPLanguage

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Check .ogp files and export the program as JSON, YAML, CSV or Markdown.",
    discussion: """
      The files are compiled as 'ogp check' compiles them (with the files they 'use'); a \
      program with errors is not exported. The formats:
        json      the model's JSON form (schema/ogp-model.schema.json); 'ogp import' reads it back
        yaml      the same structure and keys as the JSON
        csv       one row per commitment of every plan, for spreadsheets
        markdown  a readable document per plan, with the coverage of the strategy's objectives

      Examples:
        ogp export --to markdown examples/plans/arcadia-2024.ogp > arcadia.md
        ogp export --to csv plans/*.ogp -o commitments.csv

      Exit status: 0 exported; 1 the files have errors; 2 a FILE cannot be read, the output \
      cannot be written, or a usage error.
      """
  )

  @Argument(help: ArgumentHelp("The .ogp files to export ('-' for standard input).", valueName: "FILE"))
  var files: [String]

  @Option(
    name: .customLong("to"),
    help: ArgumentHelp("The format: \(ExportFormat.names(joinedBy: "or")).", valueName: "FORMAT"),
    transform: { name in
      guard let format = ExportFormat(rawValue: name) else {
        throw ValidationError(
          "unknown format '\(name)'; the formats are \(ExportFormat.names(joinedBy: "and"))")
      }
      return format
    })
  var format: ExportFormat

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to FILE, atomically, instead of standard output ('-'); FILE must be a regular file, not a link.",
      valueName: "FILE"))
  var output: String?

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("name at least one .ogp file to export, or '-' for standard input")
    }
  }

  func run() throws {
    let root = rootOptions.projectRoot(for: files)
    let compilation = Front.compile(files, root: root)
    guard compilation.unreadableRoots.isEmpty, let program = compilation.program else {
      Front.report(
        compilation, colour: colourOption.enabled(for: FileHandle.standardError), limit: diagnosticLimit.limit
      )
      throw ExitCode(compilation.unreadableRoots.isEmpty ? 1 : 2)
    }
    let text: String
    do {
      text = try format.export(program)
    } catch {
      let reason = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
      Terminal.writeError("error: cannot export as \(format.rawValue): \(reason)\n")
      throw ExitCode(2)
    }
    try OutputFile.write(text, to: output, within: root)
  }
}
