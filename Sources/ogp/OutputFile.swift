import ArgumentParser
import Foundation
import OGPLanguage

/// Where a command puts its result: the file its option names (`-o`, `--html`,
/// `--write-baseline`), or standard output for '-' or no option.
enum OutputFile {
  /// Writes `text` where `path` says, never through a folder that links lead out of `root`; a
  /// file that cannot be written is one line on standard error and exit status 2.
  static func write(_ text: String, to path: String?, within root: ProjectRoot?) throws(ExitCode) {
    guard let path, path != "-" else {
      Terminal.write(text)
      return
    }
    do {
      try AtomicFile.write(Data(text.utf8), to: path, within: root)
    } catch {
      Terminal.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
  }
}
