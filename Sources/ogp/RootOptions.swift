import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage

/// What every command that reads files shares: where the project root is (`--root`), and
/// `--verbose`, which says on standard error what a run read besides its files.
struct RootOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(CliText.rootHelp, valueName: "DIR"))
  var root: String?

  @Flag(name: .shortAndLong, help: ArgumentHelp(CliText.verboseHelp))
  var verbose = false

  func validate() throws {
    guard let root else { return }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw ValidationError(CliText.rootNotFolder(path: root.visiblePath))
    }
  }

  /// The root of a run over `files`: `--root`, else found from the first file's folder (the
  /// working directory's for standard input or no file).
  func projectRoot(for files: [String]) -> ProjectRoot {
    let workingDirectory = FileManager.default.currentDirectoryPath
    let path: String
    if let root {
      path = Paths.absolute(root, relativeTo: workingDirectory)
    } else {
      let start = Self.startFolder(of: files, workingDirectory: workingDirectory)
      path = ProjectRoot.discover(from: start, workingDirectory: workingDirectory) { folder in
        FileManager.default.fileExists(atPath: folder + "/" + ProjectRoot.marker)
      }
    }
    let found = ProjectRoot(path, provider: FileSystemSourceProvider())
    if verbose { Terminal.writeError(CliText.verboseRoot(path: found.path.visiblePath) + "\n") }
    return found
  }

  /// Where the search for the root and the configuration starts: the first file's folder, or
  /// the first FILE itself when it is a folder, as other linters do; the working directory for
  /// standard input or no file.
  static func startFolder(of files: [String], workingDirectory: String) -> String {
    files.first { $0 != "-" }.map { file in
      let absolute = Paths.absolute(file, relativeTo: workingDirectory)
      return isFolder(absolute) ? absolute : Paths.directory(of: absolute)
    } ?? workingDirectory
  }

  /// Whether a FILE names a folder (through a link too: a FILE is where the user named it).
  static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
