import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Parse and type-check .ogp files.",
    discussion: """
      Each FILE is a root: the files it names with 'use' are loaded too, each once. Every error \
      found is reported, in file and line order, then a count. Use '-' to read standard input.

      Examples:
        ogp check examples/plans/arcadia-2024.ogp
        ogp check plans/*.ogp
        cat draft.ogp | ogp check -

      Exit status: 0 no errors; 1 errors; 2 a FILE cannot be read, or a usage error.
      """
  )

  @Argument(help: ArgumentHelp("The .ogp files to check ('-' for standard input).", valueName: "FILE"))
  var files: [String]

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var diagnosticLimit: DiagnosticLimit

  @OptionGroup var rootOptions: RootOptions

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("name at least one .ogp file to check, or '-' for standard input")
    }
  }

  func run() throws {
    let compilation = Front.compile(files, root: rootOptions.projectRoot(for: files))
    Front.report(
      compilation, colour: colourOption.enabled(for: FileHandle.standardError), limit: diagnosticLimit.limit)
    let status: Int32 = !compilation.unreadableRoots.isEmpty ? 2 : compilation.hasErrors ? 1 : 0
    // Exit here, while the compilation is still alive: tearing down the syntax trees of a large
    // program one object at a time takes a tenth of the run, and the process is ending anyway.
    withExtendedLifetime(compilation) { Foundation.exit(status) }
  }
}

/// What every command that reads .ogp files shares: loading roots and printing diagnostics.
enum Front {
  static func compile(_ paths: [String], root: ProjectRoot) -> Compilation {
    let compiler = Compiler(workingDirectory: FileManager.default.currentDirectoryPath, root: root.path)
    var roots: [RootSource] = []
    var readStandardInput = false
    for path in paths {
      if path == "-" {
        guard !readStandardInput else { continue }
        readStandardInput = true
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        roots.append(.bytes(bytes, name: "<stdin>", directory: "."))
      } else {
        roots.append(.file(path))
      }
    }
    return compiler.compile(roots)
  }

  static func report(_ compilation: Compilation, colour: Bool, limit: Int?) {
    for (path, error) in compilation.unreadableRoots {
      Terminal.writeError("error: cannot read '\(path.visiblePath)': \(error.description)\n")
    }
    let renderer = DiagnosticRenderer(sources: compilation.sources, colour: colour)
    Terminal.writeError(renderer.render(compilation.diagnostics, limit: limit))
  }
}
