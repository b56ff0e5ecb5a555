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
  case unreadable(String)

  public var description: String {
    switch self {
    case .notFound: "no such file"
    case .isDirectory: "it is a directory"
    case .tooLarge: "it is larger than 4 GiB"
    case .notRegularFile: "it is not a regular file (a FIFO, a device or a socket)"
    case .unreadable(let reason): reason
    }
  }
}

/// Where source files come from: the file system for the CLI, memory for tests and the REPL.
public protocol SourceProvider: Sendable {
  /// The identity of a file: absolute, with symbolic links resolved, so each file loads once.
  func canonicalPath(_ absolutePath: String) -> String
  func read(_ absolutePath: String) -> Result<[UInt8], SourceReadError>
}

public struct FileSystemSourceProvider: SourceProvider {
  public init() {}

  public func canonicalPath(_ absolutePath: String) -> String {
    URL(fileURLWithPath: absolutePath).standardizedFileURL.resolvingSymlinksInPath().path
  }

  public func read(_ absolutePath: String) -> Result<[UInt8], SourceReadError> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: absolutePath, isDirectory: &isDirectory) else {
      return .failure(.notFound)
    }
    if isDirectory.boolValue { return .failure(.isDirectory) }
    // A FIFO or a device would block a read or never end; only regular files are sources.
    let target = URL(fileURLWithPath: absolutePath).resolvingSymlinksInPath().path
    let type = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
    if let type, type != .typeRegular {
      return .failure(.notRegularFile)
    }
    guard FileManager.default.isReadableFile(atPath: absolutePath) else {
      return .failure(.unreadable("permission denied"))
    }
    return Self.readBytes(absolutePath)
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

  public func read(_ absolutePath: String) -> Result<[UInt8], SourceReadError> {
    let path = Paths.normalise(absolutePath)
    if let text = files[path] { return .success(Array(text.utf8)) }
    if files.keys.contains(where: { $0.hasPrefix(path + "/") }) { return .failure(.isDirectory) }
    return .failure(.notFound)
  }
}

/// Path arithmetic on '/'-separated strings, independent of the file system.
public enum Paths {
  /// Removes `.` and `..` components and repeated slashes.
  public static func normalise(_ path: String) -> String {
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

  /// `path` made absolute against `directory`, normalised.
  public static func absolute(_ path: String, relativeTo directory: String) -> String {
    normalise(path.hasPrefix("/") ? path : directory + "/" + path)
  }

  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// How `path` is reached from `directory` (`../strategy/ogp.ogp`); both absolute.
  public static func relative(_ path: String, from directory: String) -> String {
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
