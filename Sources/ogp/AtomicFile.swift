import Foundation
import OGPDiagnostics
import OGPLanguage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes every file `ogp` writes (`-o`, `--html`, `--write-baseline`, `fmt --write`, `:save`,
/// `:export`), for a user who may run it in CI on files a pull request chose:
///
/// - Only a regular file is written. A symbolic link at the path is refused (a pull request could
///   point `report.html` at `~/.bashrc`) unless the caller follows it on purpose (`fmt
///   --follow-symlinks`); so are devices, FIFOs, sockets and directories. The checks look at the
///   name itself (`lstat`), and the file is then opened with `O_NOFOLLOW` and checked again, so a
///   name swapped between the check and the write is refused, not followed.
/// - The new content goes to a temporary file made with `O_EXCL | O_NOFOLLOW` in the same
///   directory, which is then renamed over the name (relative to the directory opened once), so a
///   crash or an interrupt leaves the old file or the new one, never half of either.
/// - An existing file keeps what it is: its owner, group, mode and extended attributes (POSIX
///   ACLs among them) are given to the new file before the rename. When that cannot be done (the
///   file has other hard links, or an owner or attribute the caller cannot give back), the file
///   is rewritten in place instead, interrupts held off until it is done.
/// - A read-only file is refused: root may write anything, but a file made read-only was made so
///   on purpose.
enum AtomicFile {
  enum Failure: Error, CustomStringConvertible {
    case readOnly(String)
    case symbolicLink(String)
    case folderLinkOutOfRoot(String)
    case notRegularFile(String, kind: String)
    case cannotWrite(String, String)
    /// An in-place rewrite failed part way.
    case partlyWritten(String, String)

    var description: String {
      switch self {
      case .readOnly(let path): CliText.writeReadOnly(path: path.visiblePath)
      case .symbolicLink(let path): CliText.writeSymbolicLink(path: path.visiblePath)
      case .folderLinkOutOfRoot(let path): CliText.writeFolderLinkOutOfRoot(path: path.visiblePath)
      case .notRegularFile(let path, let kind):
        CliText.writeNotRegularFile(path: path.visiblePath, kind: kind)
      case .cannotWrite(let path, let reason):
        CliText.writeCannotWrite(path: path.visiblePath, reason: reason)
      case .partlyWritten(let path, let reason):
        CliText.writePartlyWritten(path: path.visiblePath, reason: reason)
      }
    }
  }

  /// Writes `data` to `path`. `followingSymlinks` writes the file a symbolic link at `path`
  /// names (through any chain of links), and the link stays as it is. With a `root`, a folder
  /// inside it that links lead out of it is refused.
  static func write(
    _ data: Data, to path: String, followingSymlinks: Bool = false, within root: ProjectRoot? = nil
  ) throws(Failure) {
    let target = followingSymlinks ? try resolvingLinks(path) : path
    let (folder, name) = try split(target, for: path)
    if let root {
      let absolute = Paths.absolute(folder, relativeTo: FileManager.default.currentDirectoryPath)
      let canonical = FileSystemSourceProvider().canonicalPath(absolute)
      if root.contains(written: absolute) && !root.contains(canonical: canonical) {
        throw .folderLinkOutOfRoot(path)
      }
    }
    let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard directory >= 0 else { throw .cannotWrite(path, Descriptor.reason(errno)) }
    defer { close(directory) }
    guard let existing = try openExisting(name, in: directory, for: path) else {
      _ = try replace(name, in: directory, with: data, keeping: nil, for: path)
      return
    }
    defer { close(existing.descriptor) }
    if existing.status.st_nlink > 1 {
      try rewrite(existing, with: data, for: path)
    } else if try !replace(name, in: directory, with: data, keeping: existing, for: path) {
      try rewrite(existing, with: data, for: path)
    }
  }

  /// An existing file, open for writing, and its status.
  private struct Existing {
    let descriptor: Int32
    let status: stat
  }

  /// The regular file at `name`, opened for writing; nil when there is nothing at `name`.
  private static func openExisting(_ name: String, in directory: Int32, for path: String) throws(Failure)
    -> Existing?
  {
    var named = stat()
    guard fstatat(directory, name, &named, AT_SYMLINK_NOFOLLOW) == 0 else {
      guard errno == ENOENT else { throw .cannotWrite(path, Descriptor.reason(errno)) }
      return nil
    }
    try requireRegularFile(named, path)
    guard named.st_mode & S_IWUSR != 0 else { throw .readOnly(path) }
    // Non-blocking: if a FIFO took the name since, opening it must not wait for a reader.
    let descriptor = openat(directory, name, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else {
      switch errno {
      case EACCES, EPERM: throw .readOnly(path)
      case ELOOP: throw .symbolicLink(path)
      case let number: throw .cannotWrite(path, Descriptor.reason(number))
      }
    }
    var opened = stat()
    guard fstat(descriptor, &opened) == 0, opened.st_dev == named.st_dev, opened.st_ino == named.st_ino else {
      close(descriptor)
      throw .cannotWrite(path, CliText.writeReplaced)
    }
    return Existing(descriptor: descriptor, status: opened)
  }

  private static func requireRegularFile(_ status: stat, _ path: String) throws(Failure) {
    switch status.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFLNK: throw .symbolicLink(path)
    case S_IFDIR: throw .notRegularFile(path, kind: CliText.writeDirectory)
    case S_IFIFO: throw .notRegularFile(path, kind: CliText.writeFifo)
    case S_IFSOCK: throw .notRegularFile(path, kind: CliText.writeSocket)
    default: throw .notRegularFile(path, kind: CliText.writeDevice)
    }
  }

  /// Writes `data` to a new temporary file beside `name` and renames it over `name`. The
  /// temporary file first takes `existing`'s owner, group, mode and extended attributes; false,
  /// with nothing changed, when one of them cannot be given to it.
  private static func replace(
    _ name: String, in directory: Int32, with data: Data, keeping existing: Existing?, for path: String
  ) throws(Failure) -> Bool {
    let temporary = ".\(name).\(UUID().uuidString).tmp"
    return try InterruptCleanup.removing(temporary, in: directory) { () throws(Failure) -> Bool in
      let descriptor = openat(
        directory, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
        existing == nil ? 0o666 : 0o600)
      guard descriptor >= 0 else { throw .cannotWrite(path, Descriptor.reason(errno)) }
      var failure = data.withUnsafeBytes { Descriptor.writeAll($0, to: descriptor) }
      let kept = failure == nil && existing.map { keep($0, on: descriptor) } ?? true
      if close(descriptor) != 0, failure == nil { failure = errno }
      if failure == nil, kept, renameat(directory, temporary, directory, name) != 0 { failure = errno }
      guard let failure else {
        if !kept { unlinkat(directory, temporary, 0) }
        return kept
      }
      unlinkat(directory, temporary, 0)
      throw .cannotWrite(path, Descriptor.reason(failure))
    }
  }

  /// Gives the file open at `copy` the owner, group, mode and extended attributes of `original`;
  /// false when one of them cannot be given.
  private static func keep(_ original: Existing, on copy: Int32) -> Bool {
    let status = original.status
    // Root gives any owner back; anyone may give their own file a group they are in.
    if status.st_uid != geteuid() || status.st_gid != getegid() {
      guard fchown(copy, status.st_uid, status.st_gid) == 0 else { return false }
    }
    // After fchown, which clears the set-user-ID and set-group-ID bits.
    guard fchmod(copy, status.st_mode & 0o7777) == 0 else { return false }
    return ExtendedAttributes.copy(from: original.descriptor, to: copy)
  }

  /// Rewrites the open file itself, so that it stays the same file: the already checked `data`
  /// over its start, then the rest cut off. Interrupts wait until it is done.
  private static func rewrite(_ existing: Existing, with data: Data, for path: String) throws(Failure) {
    let failure = InterruptCleanup.holdingInterrupts { () -> Int32? in
      guard lseek(existing.descriptor, 0, SEEK_SET) == 0 else { return errno }
      if let failure = data.withUnsafeBytes({ Descriptor.writeAll($0, to: existing.descriptor) }) {
        return failure
      }
      return ftruncate(existing.descriptor, off_t(data.count)) == 0 ? nil : errno
    }
    if let failure { throw .partlyWritten(path, Descriptor.reason(failure)) }
  }

  /// The file a chain of symbolic links starting at `path` ends at; `path` when it is no link.
  private static func resolvingLinks(_ path: String) throws(Failure) -> String {
    var current = path
    // As many links as the kernel follows in one path (MAXSYMLINKS).
    for _ in 0..<40 {
      var status = stat()
      guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
      let count = readlink(current, &buffer, buffer.count)
      guard count >= 0 else { throw .cannotWrite(path, Descriptor.reason(errno)) }
      guard let target = String(validating: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      else {
        throw .cannotWrite(path, CliText.writeLinkNotUTF8)
      }
      // A relative target is relative to the folder holding the link.
      current =
        target.hasPrefix("/") ? target : (try split(current, for: path).directory) + "/" + target
    }
    throw .cannotWrite(path, Descriptor.reason(ELOOP))
  }

  /// The folder of `target` and the name in it.
  private static func split(_ target: String, for path: String) throws(Failure) -> (
    directory: String, name: String
  ) {
    let slash = target.lastIndex(of: "/")
    let name = String(target[(slash.map { target.index(after: $0) } ?? target.startIndex)...])
    guard !name.isEmpty, name != ".", name != ".." else {
      throw .cannotWrite(path, CliText.writeNotAFile)
    }
    guard let slash else { return (".", name) }
    return (slash == target.startIndex ? "/" : String(target[..<slash]), name)
  }
}
