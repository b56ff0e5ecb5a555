#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an interrupt (Ctrl-C, a CI job cancelled) does to a write in progress. A temporary file
/// is removed when the interrupt ends the process: without that, the old file is intact but a
/// temporary file is left in the folder. Only where the signal would end the process anyway: the
/// REPL, which handles Ctrl-C itself, keeps its handler. A file rewritten in place holds the
/// interrupts off until it is whole.
enum InterruptCleanup {
  static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Runs `body`, which writes the temporary file `name` in the folder open at `directory`, with
  /// handlers that remove that file on the way out.
  static func removing<T>(
    _ name: String, in directory: Int32, during body: () throws(AtomicFile.Failure) -> T
  ) throws(AtomicFile.Failure) -> T {
    let path = strdup(name)
    pendingDirectory = directory
    pendingName = path
    var replaced: [Int32] = []
    for number in signals {
      let previous = signal(number, removeTemporaryFileAndDie)
      if previous == nil {
        replaced.append(number)
      } else {
        _ = signal(number, previous)
      }
    }
    defer {
      for number in replaced { _ = signal(number, nil) }
      pendingName = nil
      free(path)
    }
    return try body()
  }

  /// Runs `body` with the interrupts blocked; one that arrived meanwhile acts when it returns.
  static func holdingInterrupts<T>(_ body: () -> T) -> T {
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for number in signals { sigaddset(&blocked, number) }
    var previous = sigset_t()
    sigprocmask(SIG_BLOCK, &blocked, &previous)
    defer { sigprocmask(SIG_SETMASK, &previous, nil) }
    return body()
  }
}

/// The temporary file the handler removes, as a folder's descriptor and a C string: a signal
/// handler may only call async-signal-safe functions, such as `unlinkat`.
nonisolated(unsafe) private var pendingDirectory: Int32 = -1
nonisolated(unsafe) private var pendingName: UnsafeMutablePointer<CChar>?

private let removeTemporaryFileAndDie: @convention(c) (Int32) -> Void = { number in
  if let name = pendingName { unlinkat(pendingDirectory, name, 0) }
  _ = signal(number, nil)
  raise(number)
}
