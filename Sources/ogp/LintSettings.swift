import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

/// What the commands that read the configuration (`lint`, `report`, `query`, `repl`, `run`)
/// share: finding and reading it.
enum LintSettings {
  /// The rules a configuration may name: the built-in ones and the member rules `compilations`
  /// declare.
  static func knownRules(_ compilations: [Compilation]) -> [RuleDescription] {
    RuleRegistry.descriptions + compilations.flatMap { UserRule.all(in: $0) }.map(\.description)
  }

  /// The configuration named with `--config`, else the nearest `ogp-lint.toml` above the first
  /// file up to the project root, else the defaults, read against the `rules` it may name, with
  /// its path as shown (nil for the defaults). With `verbose`, says which on standard error. A
  /// broken file, or one found inside the root that a symbolic link sends out of it, is printed
  /// and ends the run with exit status 2.
  static func configuration(
    for files: [String], explicit config: String?, root: ProjectRoot, verbose: Bool,
    colour: ColourOption, limit: Int?, rules: [RuleDescription], acceptingMemberRules: Bool = false
  ) throws -> (configuration: LintConfiguration, path: String?) {
    let workingDirectory = FileManager.default.currentDirectoryPath
    let provider = FileSystemSourceProvider()
    let path: String
    let readable: String
    if let config {
      // Named by the user: read where it is.
      path = config
      readable = Paths.absolute(config, relativeTo: workingDirectory)
    } else {
      let start = RootOptions.startFolder(of: files, workingDirectory: workingDirectory)
      guard let found = ConfigurationFile.discover(from: start, upTo: root.path, fileExists: isEntry) else {
        if verbose { Terminal.writeError(CliText.verboseNoConfiguration + "\n") }
        return (LintConfiguration(), nil)
      }
      path = Paths.relative(found, from: workingDirectory)
      readable = provider.canonicalPath(found)
      guard root.contains(canonical: readable) else {
        let sources = SourceMap()
        let standIn = sources.add(path: path, bytes: [])
        throw reported(
          ConfigurationFile.outsideRoot(standIn, root: root.path).diagnostics, sources, colour, limit: limit)
      }
    }
    if verbose { Terminal.writeError(CliText.verboseConfiguration(path: path.visiblePath) + "\n") }
    // Through the source reader, which refuses FIFOs and devices rather than wait on them.
    let bytes: [UInt8]
    switch provider.read(readable) {
    case .success(let read): bytes = read
    case .failure(let error):
      Terminal.writeError(
        CliText.cannotReadConfiguration(path: path.visiblePath, reason: error.description) + "\n")
      throw ExitCode(2)
    }
    let sources = SourceMap()
    let file = sources.add(path: path, bytes: bytes)
    switch ConfigurationFile.parse(file, rules: rules, acceptingMemberRules: acceptingMemberRules) {
    case .success(let configuration):
      return (configuration, path)
    case .failure(let error):
      throw reported(error.diagnostics, sources, colour, limit: limit)
    }
  }

  /// Prints a configuration's errors; the run then ends with exit status 2.
  private static func reported(
    _ diagnostics: [Diagnostic], _ sources: SourceMap, _ colour: ColourOption, limit: Int?
  ) -> ExitCode {
    let renderer = DiagnosticRenderer(sources: sources, colour: colour.enabled(for: FileHandle.standardError))
    Terminal.writeError(renderer.render(diagnostics, limit: limit))
    return ExitCode(2)
  }

  /// A file, or a symbolic link even to nothing: a link found is judged, never skipped.
  private static func isEntry(_ path: String) -> Bool {
    if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil { return true }
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }
}
