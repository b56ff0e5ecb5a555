import Foundation

#if canImport(Glibc)
  import Glibc
  private let writeBytes = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let writeBytes = Darwin.write
#endif

/// Writes files the way an editor should: the new content goes to a temporary file in the same
/// directory, which is then renamed over the target, so a crash leaves the old file or the new
/// one, never half of either. An existing file keeps its permissions; a symbolic link keeps
/// pointing where it did, and its target is what changes; a read-only target is refused.
enum AtomicFile {
  enum Failure: Error, CustomStringConvertible {
    case readOnly(String)
    case cannotWrite(String, String)

    var description: String {
      switch self {
      case .readOnly(let path): "'\(path)' is read-only; it was left as it is"
      case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
      }
    }
  }

  static func write(_ data: Data, to path: String) throws(Failure) {
    let manager = FileManager.default
    // Write through a symbolic link to the file it names, resolved relative to the link.
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    var permissions: NSNumber?
    if manager.fileExists(atPath: target) {
      permissions = (try? manager.attributesOfItem(atPath: target))?[.posixPermissions] as? NSNumber
      // The mode bits, not access(2): root may write anything, but a file made read-only was
      // made so on purpose.
      let ownerMayWrite = (permissions?.intValue ?? 0o644) & 0o200 != 0
      guard ownerMayWrite, manager.isWritableFile(atPath: target) else { throw .readOnly(path) }
    }
    let directory = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(UUID().uuidString).tmp"
    try InterruptCleanup.removing(temporary) { () throws(Failure) in
      try create(temporary, holding: data, for: path)
      do {
        if let permissions {
          try manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
      } catch {
        try? manager.removeItem(atPath: temporary)
        throw .cannotWrite(path, error.localizedDescription)
      }
      guard rename(temporary, target) == 0 else {
        let reason = String(cString: strerror(errno))
        try? manager.removeItem(atPath: temporary)
        throw .cannotWrite(path, reason)
      }
    }
  }

  /// Writes `data` to a new file at `temporary` itself (`FileManager.createFile` would stage it
  /// in a temporary file of its own, which an interrupt could leave behind).
  private static func create(_ temporary: String, holding data: Data, for path: String) throws(Failure) {
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
    guard descriptor >= 0 else { throw .cannotWrite(path, "the directory is missing or not writable") }
    var failure: Int32?
    data.withUnsafeBytes { bytes in
      var written = 0
      while written < bytes.count {
        let count = writeBytes(descriptor, bytes.baseAddress! + written, bytes.count - written)
        if count >= 0 {
          written += count
        } else if errno != EINTR {
          failure = errno
          return
        }
      }
    }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if let failure {
      unlink(temporary)
      throw .cannotWrite(path, String(cString: strerror(failure)))
    }
  }
}

/// Removes the temporary file of a write in progress when an interrupt (Ctrl-C, a CI job
/// cancelled) ends the process: without it, the old file is intact but a temporary file is left
/// in the folder. Only where the signal would end the process anyway: the REPL, which handles
/// Ctrl-C itself, keeps its handler.
enum InterruptCleanup {
  static let signals = [SIGINT, SIGTERM, SIGHUP]

  static func removing<T>(_ temporary: String, during body: () throws(AtomicFile.Failure) -> T)
    throws(AtomicFile.Failure) -> T
  {
    let path = strdup(temporary)
    pendingTemporaryFile = path
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
      pendingTemporaryFile = nil
      free(path)
    }
    return try body()
  }
}

/// The temporary file the handler removes, as a C string: a signal handler may only call
/// async-signal-safe functions, such as `unlink`.
nonisolated(unsafe) private var pendingTemporaryFile: UnsafeMutablePointer<CChar>?

private let removeTemporaryFileAndDie: @convention(c) (Int32) -> Void = { number in
  if let path = pendingTemporaryFile { unlink(path) }
  _ = signal(number, nil)
  raise(number)
}
