import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage

struct CheckCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "check",
      abstract: CliText.checkAbstract,
      discussion: CliText.checkDiscussion
    )
  }

  @Argument(
    help: ArgumentHelp(CliText.checkFiles, valueName: "FILE"))
  var files: [String]

  @OptionGroup var excludeOption: ExcludeOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var diagnosticLimit: DiagnosticLimit

  @OptionGroup var rootOptions: RootOptions

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError(CliText.checkNoFiles)
    }
  }

  func run() throws {
    let roots = Front.compileEach(
      files, excluding: excludeOption.exclude, root: rootOptions.projectRoot(for: files))
    Front.report(
      roots, colour: colourOption.enabled(for: FileHandle.standardError), limit: diagnosticLimit.limit)
    let status: Int32 = !roots.unreadableRoots.isEmpty ? 2 : roots.hasErrors ? 1 : 0
    // Exit here, while the compilations are still alive: tearing down the model and index of a
    // large program one object at a time is wasted work when the process is ending anyway.
    withExtendedLifetime(roots) { Foundation.exit(status) }
  }
}

/// What every command that reads .ogp files shares: loading roots and printing diagnostics.
enum Front {
  /// The files named as one program, where names are global across them all.
  static func compile(_ paths: [String], root: ProjectRoot) -> Compilation {
    compiler(root).compile(roots(paths) { .file($0) })
  }

  /// Each file named, and each found in a folder named, as its own program with what it uses.
  static func compileEach(_ paths: [String], excluding: [String], root: ProjectRoot) -> CompiledRoots {
    compiler(root).compileEach(
      roots(paths) { RootOptions.isFolder($0) ? .folder($0, excluding: excluding) : .file($0) })
  }

  /// The root file a compilation of `compileEach` was made from, as the compiler shows it: the
  /// name of its program where a command shows several (`ogp report`, `ogp query`).
  static func rootPath(of compilation: Compilation, in roots: CompiledRoots) -> String {
    compilation.files.first.map { roots.sources[$0.file].path } ?? ""
  }

  private static func compiler(_ root: ProjectRoot) -> Compiler {
    Compiler(workingDirectory: FileManager.default.currentDirectoryPath, root: root.path)
  }

  /// The paths as roots, standard input ('-') read once however often it is named.
  private static func roots(_ paths: [String], named root: (String) -> RootSource) -> [RootSource] {
    var roots: [RootSource] = []
    var readStandardInput = false
    for path in paths {
      if path == "-" {
        guard !readStandardInput else { continue }
        readStandardInput = true
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        roots.append(.bytes(bytes, name: "<stdin>", directory: "."))
      } else {
        roots.append(root(path))
      }
    }
    return roots
  }

  static func report(_ compilation: Compilation, colour: Bool, limit: Int?) {
    report(
      compilation.diagnostics, sources: compilation.sources, unreadable: compilation.unreadableRoots,
      colour: colour, limit: limit)
  }

  static func report(_ roots: CompiledRoots, colour: Bool, limit: Int?) {
    report(
      roots.diagnostics, sources: roots.sources, unreadable: roots.unreadableRoots, colour: colour,
      limit: limit)
  }

  /// Prints the roots that cannot be read, then `diagnostics`.
  static func report(
    _ diagnostics: [Diagnostic], sources: SourceMap, unreadable: [(path: String, error: SourceReadError)],
    colour: Bool, limit: Int?
  ) {
    reportUnreadable(unreadable)
    let renderer = DiagnosticRenderer(sources: sources, colour: colour)
    Terminal.writeError(renderer.render(diagnostics, limit: limit))
  }

  /// Says that the roots whose errors were printed were left out of what the command made of the
  /// others (`ogp report`'s page, `ogp query`'s answer).
  static func reportLeftOut(_ message: String) {
    Terminal.writeError(message + "\n")
  }

  static func reportUnreadable(_ unreadable: [(path: String, error: SourceReadError)]) {
    for (path, error) in unreadable {
      Terminal.writeError(CliText.cannotRead(path: path.visiblePath, reason: error.description) + "\n")
    }
  }
}
