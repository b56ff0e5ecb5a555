import Foundation

/// The one way `ogp` writes to standard output and standard error. A write that fails (a full
/// disk, `> /dev/full`, a reader that went away while SIGPIPE is ignored) ends the process with
/// exit status 2 and one line on standard error, instead of the crash of `FileHandle.write`. With
/// SIGPIPE at its default action, a reader going away ends the process quietly, as it does `cat`.
enum Terminal {
  static func write(_ text: String) {
    guard let failure = send(text, to: STDOUT_FILENO) else { return }
    // Standard error may fail too; the exit status says what happened either way.
    _ = send(CliText.cannotWriteStandardOutput(reason: Descriptor.reason(failure)) + "\n", to: STDERR_FILENO)
    Foundation.exit(2)
  }

  static func writeError(_ text: String) {
    guard send(text, to: STDERR_FILENO) == nil else { Foundation.exit(2) }
  }

  private static func send(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { Descriptor.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
  }
}
