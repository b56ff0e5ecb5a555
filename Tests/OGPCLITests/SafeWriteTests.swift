import Foundation
import Testing

/// The real `ogp` binary writing where a pull request could aim it: outputs that are symbolic
/// links, devices, FIFOs, sockets or directories; files whose hard links, owner, mode and
/// extended attributes `fmt --write` must keep; and standard output or standard error that
/// cannot be written.
@Suite("Safe writes")
struct SafeWriteTests: RunsOGPBinary {
  static let plan = Repository.url("examples/plans/valle-2025.ogp").path

  /// Standard error is one line, which says `words`.
  static func expectOneLine(
    _ run: Run, saying words: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let lines = run.errorText.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 1, "\(run.errorText)", sourceLocation: sourceLocation)
    #expect(run.errorText.contains(words), "\(run.errorText)", sourceLocation: sourceLocation)
  }

  // MARK: - Standard output and standard error that cannot be written

  /// Runs `ogp arguments…` with every signal at its default action (through `sh -c` with
  /// `shell` before `exec ogp`), standard output to `output` and standard error collected.
  static func spawn(_ arguments: [String], shell: String = "", output: Int32) throws -> Run {
    var pipeEnds: [Int32] = [0, 0]
    try #require(pipe(&pipeEnds) == 0)
    let command =
      ["/bin/sh", "-c", shell + "exec \"$@\"", "sh", try OGPProcess.executable().path] + arguments
    let start = Date()
    let pid = try Self.spawnWithDefaultSignals(command, standardOutput: output, standardError: pipeEnds[1])
    close(pipeEnds[1])
    let errorText = FileHandle(fileDescriptor: pipeEnds[0], closeOnDealloc: true).readDataToEndOfFile()
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // WIFSIGNALED, WTERMSIG and WEXITSTATUS, which Swift does not import.
    let signal = status & 0x7F
    return Run(
      status: signal != 0 ? signal : (status >> 8) & 0xFF, signalled: signal != 0, standardOutput: Data(),
      standardError: errorText, timedOut: false, seconds: Date().timeIntervalSince(start))
  }

  @Test("standard output on a full disk (/dev/full): exit 2 and one line, no crash")
  func fullStandardOutput() throws {
    let full = open("/dev/full", O_WRONLY)
    try #require(full >= 0, "/dev/full is missing")
    defer { close(full) }
    for arguments in [["export", "--to", "json", Self.plan], ["--help"], ["fmt", Self.plan]] {
      let run = try Self.spawn(arguments, output: full)
      Self.expectExit(run, 2, "ogp \(arguments[0]) > /dev/full")
      Self.expectOneLine(run, saying: "cannot write to standard output: No space left on device")
    }
  }

  @Test("standard error on a full disk: exit 2, no crash")
  func fullStandardError() throws {
    let lint = try Self.run([
      "/bin/sh", "-c", "exec \"$0\" lint \"$1\" 2>/dev/full", try OGPProcess.executable().path,
      Repository.url("examples/plans/arcadia-2024.ogp").path,
    ])
    Self.expectExit(lint, 2, "ogp lint 2> /dev/full, with findings to show")
  }

  @Test("a reader that went away: SIGPIPE ends ogp quietly; with SIGPIPE ignored, exit 2 and no crash")
  func closedPipe() throws {
    for ignored in [false, true] {
      var ends: [Int32] = [0, 0]
      try #require(pipe(&ends) == 0)
      close(ends[0])
      let run = try Self.spawn(
        ["export", "--to", "json", Self.plan], shell: ignored ? "trap '' PIPE; " : "", output: ends[1])
      close(ends[1])
      #expect(run.errorText.split(separator: "\n").count <= 1, "\(run.errorText.prefix(2_000))")
      if ignored {
        Self.expectExit(run, 2, "ogp export | (closed) with SIGPIPE ignored")
      } else {
        #expect(
          run.signalled && run.status == SIGPIPE, "signal \(run.status): \(run.errorText.prefix(2_000))")
        #expect(run.errorText.isEmpty)
      }
    }
  }
}
