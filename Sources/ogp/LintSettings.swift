import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

/// What the commands that run the linter (`lint`, `report`) share: finding and reading the
/// configuration, and the as-of date. Only the command line reads the clock.
enum LintSettings {
  /// The rules a configuration may name: the built-in ones and the member rules `compilation`
  /// declares.
  static func knownRules(_ compilation: Compilation) -> [RuleDescription] {
    RuleRegistry.descriptions + UserRule.all(in: compilation).map(\.description)
  }

  /// The configuration named with `--config`, else the nearest `ogp-lint.toml` above the first
  /// file, else the defaults, read against the `rules` it may name. A broken file is printed and
  /// ends the run with exit status 2.
  static func configuration(
    for files: [String], explicit config: String?, workingDirectory: String, colour color: ColourChoice,
    limit: Int?, rules: [RuleDescription], acceptingMemberRules: Bool = false
  ) throws -> LintConfiguration {
    let path: String
    if let config {
      path = config
    } else {
      // From the first file's directory, as other linters do; from here for standard input.
      let start =
        files.first { $0 != "-" }.map {
          Paths.directory(of: Paths.absolute($0, relativeTo: workingDirectory))
        }
        ?? workingDirectory
      guard let found = ConfigurationFile.discover(from: start, fileExists: isFile) else {
        return LintConfiguration()
      }
      path = Paths.relative(found, from: workingDirectory)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      Terminal.writeError("error: cannot read the configuration '\(path)'\n")
      throw ExitCode(2)
    }
    let sources = SourceMap()
    let file = sources.add(path: path, bytes: [UInt8](data))
    switch ConfigurationFile.parse(file, rules: rules, acceptingMemberRules: acceptingMemberRules) {
    case .success(let configuration):
      return configuration
    case .failure(let error):
      let renderer = DiagnosticRenderer(
        sources: sources, colour: color.enabled(for: FileHandle.standardError))
      Terminal.writeError(renderer.render(error.diagnostics, limit: limit))
      throw ExitCode(2)
    }
  }

  private static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }

  /// `--as-of` when given, else the configuration's, else today.
  static func asOf(_ written: String?, configuration: LintConfiguration) -> Day {
    (written.flatMap(PartialDate.init) ?? configuration.asOf)?.firstDay ?? today()
  }

  /// Today in the local calendar: only the command line reads the clock.
  private static func today() -> Day {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}
