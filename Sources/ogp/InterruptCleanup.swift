#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an interrupt (Ctrl-C, a CI job cancelled) does to a write in progress. A temporary file
/// is removed when the interrupt ends the process: without that, the old file is intact but a
/// temporary file is left in the folder. Only where the signal would end the process anyway: the
/// REPL, which handles Ctrl-C itself, keeps its handler. A file rewritten in place holds an
/// interrupt off until it is whole.
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
    defer {
      pendingName = nil
      free(path)
    }
    return try handling(with: removeTemporaryFileAndDie, during: body)
  }

  /// Runs `body`; an interrupt that arrives meanwhile ends the process when it returns. A
  /// handler rather than a blocked signal mask: the mask is per thread, and the signal would go
  /// to another thread of the process.
  static func holdingInterrupts<T>(_ body: () -> T) -> T {
    heldInterrupt = 0
    let result = handling(with: holdInterrupt, during: body)
    if heldInterrupt != 0 { raise(heldInterrupt) }
    return result
  }

  /// Runs `body` with `handler` for each of `signals` whose action is the default.
  private static func handling<T, Failure: Error>(
    with handler: @convention(c) (Int32) -> Void, during body: () throws(Failure) -> T
  ) throws(Failure) -> T {
    var replaced: [Int32] = []
    for number in signals {
      let previous = signal(number, handler)
      if previous == nil {
        replaced.append(number)
      } else {
        _ = signal(number, previous)
      }
    }
    defer { for number in replaced { _ = signal(number, nil) } }
    return try body()
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

/// The interrupt that arrived while a file was rewritten in place; 0 for none.
nonisolated(unsafe) private var heldInterrupt: Int32 = 0

private let holdInterrupt: @convention(c) (Int32) -> Void = { number in heldInterrupt = number }
