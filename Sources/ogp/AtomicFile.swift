import Foundation

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
    guard manager.createFile(atPath: temporary, contents: data) else {
      throw .cannotWrite(path, "the directory is missing or not writable")
    }
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
