import Foundation

#if canImport(Glibc)
  import Glibc
  private let readFile = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let readFile = Darwin.read
#endif

/// Why a file could not be read.
public enum SourceReadError: Error, Equatable, Sendable {
  case notFound
  case isDirectory
  case tooLarge
  /// A FIFO, a device or a socket: reading one could block or never end.
  case notRegularFile
  /// Outside the project root (`ProjectRoot`).
  case outsideRoot
  /// Named inside the project root, it leads out of it through a symbolic link.
  case linkOutOfRoot
  /// Its name does not end in `.ogp`.
  case notSourceFile
  /// Named `….ogp`, it is a symbolic link to a file whose name does not end in `.ogp`.
  case linkToOtherFile
  /// Its bytes are not text (`SourceBytes.looksBinary`).
  case binary
  /// A folder named as a root that holds no `.ogp` file.
  case noSourceFiles
  case unreadable(String)

  public var description: String {
    switch self {
    case .notFound: LoadText.reasonNotFound
    case .isDirectory: LoadText.reasonIsDirectory
    case .tooLarge: LoadText.reasonTooLarge
    case .notRegularFile: LoadText.reasonNotRegularFile
    case .outsideRoot: LoadText.reasonOutsideRoot
    case .linkOutOfRoot: LoadText.reasonLinkOutOfRoot
    case .notSourceFile: LoadText.reasonNotSourceFile
    case .linkToOtherFile: LoadText.reasonLinkToOtherFile
    case .binary: LoadText.reasonBinary
    case .noSourceFiles: LoadText.reasonNoSourceFiles
    case .unreadable(let reason): reason
    }
  }
}

/// Where source files come from: the file system for the CLI, memory for tests and the REPL.
public protocol SourceProvider: Sendable {
  /// The identity of a file: absolute, with symbolic links resolved, so each file loads once.
  func canonicalPath(_ absolutePath: String) -> String
  /// Why `absolutePath` would not be read, found without reading it; nil when it would be.
  func refusal(_ absolutePath: String) -> SourceReadError?
  func read(_ absolutePath: String) -> Result<[UInt8], SourceReadError>
  /// What the folder at `absolutePath` holds, each kind sorted by name.
  func listing(_ absolutePath: String) -> Result<FolderListing, SourceReadError>
}

/// The names in one folder, as a walk for `RootSource.folder` needs them.
public struct FolderListing: Sendable, Equatable {
  /// Folders themselves; a symbolic link to a folder is in neither list, as it is never followed.
  public var folders: [String]
  /// Everything else: files, links to files, dangling links, FIFOs (the root's refusals decide).
  public var files: [String]

  public init(folders: [String], files: [String]) {
    self.folders = folders.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    self.files = files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}

public struct FileSystemSourceProvider: SourceProvider {
  public init() {}

  /// Every link resolved, also in a path that does not exist (yet): its deepest existing folder
  /// is resolved, and a dangling link is followed to where it points, so that a missing file
  /// behind a link out of the project root is still seen to be outside.
  public func canonicalPath(_ absolutePath: String) -> String {
    Self.resolve(Paths.normalise(absolutePath), links: 0)
  }

  private static func resolve(_ path: String, links: Int) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    guard path != "/", let slash = path.lastIndex(of: "/") else { return path }
    let parent = resolve(Paths.directory(of: path), links: links)
    let candidate = (parent == "/" ? "" : parent) + "/" + path[path.index(after: slash)...]
    // The kernel gives up after 40 links too (ELOOP).
    guard links < 40, let target = linkTarget(candidate) else { return candidate }
    return resolve(Paths.absolute(target, relativeTo: parent), links: links + 1)
  }

  private static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  public func refusal(_ absolutePath: String) -> SourceReadError? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: absolutePath, isDirectory: &isDirectory) else {
      return .notFound
    }
    if isDirectory.boolValue { return .isDirectory }
    // A FIFO or a device would block a read or never end; only regular files are sources.
    let target = URL(fileURLWithPath: absolutePath).resolvingSymlinksInPath().path
    let type = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
    if let type, type != .typeRegular {
      return .notRegularFile
    }
    guard FileManager.default.isReadableFile(atPath: absolutePath) else {
      return .unreadable(LoadText.reasonPermissionDenied)
    }
    return nil
  }

  public func read(_ absolutePath: String) -> Result<[UInt8], SourceReadError> {
    if let refusal = refusal(absolutePath) { return .failure(refusal) }
    return Self.readBytes(absolutePath)
  }

  public func listing(_ absolutePath: String) -> Result<FolderListing, SourceReadError> {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: absolutePath)
    } catch {
      return .failure(.unreadable(LoadText.reasonCannotList))
    }
    var folders: [String] = []
    var files: [String] = []
    for name in names {
      let path = absolutePath + "/" + name
      var status = stat()
      guard lstat(path, &status) == 0 else { continue }
      switch status.st_mode & S_IFMT {
      case S_IFDIR: folders.append(name)
      case S_IFLNK:
        // Only the link's target says whether it is a folder; a dangling link is judged as a file.
        var target = stat()
        if stat(path, &target) == 0 && target.st_mode & S_IFMT == S_IFDIR { continue }
        files.append(name)
      default: files.append(name)
      }
    }
    return .success(FolderListing(folders: folders, files: files))
  }

  /// The file's bytes, read straight into the array the lexer uses: reading through `Data`
  /// first mapped, then copied, a 100 MB plan.
  private static func readBytes(_ path: String) -> Result<[UInt8], SourceReadError> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return .failure(.unreadable(String(cString: strerror(errno))))
    }
    let size = Int(status.st_size)
    guard size <= Lexer.maximumFileSize else { return .failure(.tooLarge) }
    var failure: Int32?
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      while initialized < size {
        let count = readFile(descriptor, buffer.baseAddress! + initialized, size - initialized)
        if count > 0 {
          initialized += count
        } else if count == 0 {
          break  // the file got shorter since fstat: what was there is the source
        } else if errno != EINTR {
          failure = errno
          break
        }
      }
    }
    if let failure { return .failure(.unreadable(String(cString: strerror(failure)))) }
    return .success(bytes)
  }
}

/// Files held in memory, keyed by absolute path; for tests and the REPL.
public struct InMemorySourceProvider: SourceProvider {
  public var files: [String: String]

  public init(_ files: [String: String]) {
    self.files = files
  }

  public func canonicalPath(_ absolutePath: String) -> String {
    Paths.normalise(absolutePath)
  }

  public func refusal(_ absolutePath: String) -> SourceReadError? {
    let path = Paths.normalise(absolutePath)
    if files[path] != nil { return nil }
    if files.keys.contains(where: { $0.hasPrefix(path + "/") }) { return .isDirectory }
    return .notFound
  }

  public func read(_ absolutePath: String) -> Result<[UInt8], SourceReadError> {
    if let text = files[Paths.normalise(absolutePath)] { return .success(Array(text.utf8)) }
    return .failure(refusal(absolutePath) ?? .notFound)
  }

  public func listing(_ absolutePath: String) -> Result<FolderListing, SourceReadError> {
    let prefix = Paths.normalise(absolutePath) + "/"
    var folders: Set<String> = []
    var files: [String] = []
    for path in self.files.keys where path.hasPrefix(prefix) {
      let rest = path.dropFirst(prefix.count)
      if let slash = rest.firstIndex(of: "/") {
        folders.insert(String(rest[..<slash]))
      } else {
        files.append(String(rest))
      }
    }
    if folders.isEmpty && files.isEmpty { return .failure(refusal(absolutePath) ?? .notFound) }
    return .success(FolderListing(folders: Array(folders), files: files))
  }
}

/// Path arithmetic on '/'-separated strings, independent of the file system.
package enum Paths {
  /// Removes `.` and `..` components and repeated slashes.
  package static func normalise(_ path: String) -> String {
    // Most paths are normal already, and a run over many files asks for each several times:
    // one scan says so, where splitting and joining cost a hundred times more.
    isNormal(path) ? path : normalisedBySplitting(path)
  }

  /// `normalise`'s result, found the long way.
  package static func normalisedBySplitting(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(part)
      }
    }
    return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }

  /// True when `normalise` would return `path` as it is: no empty, `.` or `..` component and no
  /// slash at the end, but for `/` itself.
  package static func isNormal(_ path: String) -> Bool {
    let slash = UInt8(ascii: "/")
    var length = 0
    var onlyDots = true
    var atStart = true
    for byte in path.utf8 {
      if byte == slash {
        // A component ends here, unless this is the leading slash of an absolute path.
        if !atStart && (length == 0 || (onlyDots && length <= 2)) { return false }
        length = 0
        onlyDots = true
      } else {
        length += 1
        onlyDots = onlyDots && byte == UInt8(ascii: ".")
      }
      atStart = false
    }
    if length == 0 { return path.isEmpty || path == "/" }
    return !(onlyDots && length <= 2)
  }

  /// `path` made absolute against `directory`, normalised.
  package static func absolute(_ path: String, relativeTo directory: String) -> String {
    normalise(path.hasPrefix("/") ? path : directory + "/" + path)
  }

  package static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// How `path` is reached from `directory` (`../strategy/ogp.ogp`); both absolute.
  package static func relative(_ path: String, from directory: String) -> String {
    let target = normalise(path).split(separator: "/")
    let base = normalise(directory).split(separator: "/")
    var common = 0
    while common < target.count, common < base.count, target[common] == base[common] { common += 1 }
    let ups = Array(repeating: "..", count: base.count - common)
    let rest = target[common...].map(String.init)
    let joined = (ups + rest).joined(separator: "/")
    return joined.isEmpty ? "." : joined
  }
}
