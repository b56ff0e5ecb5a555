import ArgumentParser
import Foundation

/// Where a command puts its result: the file its option names (`-o`, `--html`,
/// `--write-baseline`), or standard output for '-' or no option.
enum OutputFile {
  /// Writes `text` where `path` says; a file that cannot be written is one line on standard
  /// error and exit status 2.
  static func write(_ text: String, to path: String?) throws(ExitCode) {
    guard let path, path != "-" else {
      Terminal.write(text)
      return
    }
    do {
      try AtomicFile.write(Data(text.utf8), to: path)
    } catch {
      Terminal.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
  }
}
