import CXattr

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's extended attributes, copied to the file that replaces it. On Linux POSIX ACLs are
/// the attributes `system.posix_acl_access` and `system.posix_acl_default`, so they come along.
enum ExtendedAttributes {
  /// Makes the attributes of the file open at `copy` those of the file open at `source`: each of
  /// `source`'s set, any other removed (such as an ACL inherited from the folder). False when
  /// one cannot be read, set or removed; true when the file system has no attributes at all.
  static func copy(from source: Int32, to copy: Int32) -> Bool {
    guard let names = Self.names(of: source) else { return errno == ENOTSUP }
    for name in names {
      guard let value = value(of: name, in: source) else { return false }
      let set = value.withUnsafeBytes { setAttribute(copy, name, $0.baseAddress, $0.count) }
      guard set == 0 else { return false }
    }
    guard let inherited = Self.names(of: copy) else { return false }
    for name in inherited where !names.contains(name) {
      guard removeAttribute(copy, name) == 0 else { return false }
    }
    return true
  }

  /// The names of the attributes of the file open at `descriptor`; nil, with `errno` set, when
  /// they cannot be listed.
  private static func names(of descriptor: Int32) -> [String]? {
    guard let list = read({ listAttributes(descriptor, $0, $1) }) else { return nil }
    return list.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
  }

  private static func value(of name: String, in descriptor: Int32) -> [UInt8]? {
    read { getAttribute(descriptor, name, $0, $1) }
  }

  /// The bytes a call of the `listxattr`/`getxattr` family returns: asked for their size first,
  /// and again if they grew in between (`ERANGE`).
  private static func read(_ call: (UnsafeMutableRawPointer?, Int) -> Int) -> [UInt8]? {
    while true {
      let size = call(nil, 0)
      guard size >= 0 else { return nil }
      var bytes = [UInt8](repeating: 0, count: size)
      let count = bytes.withUnsafeMutableBytes { call($0.baseAddress, size) }
      if count >= 0 { return Array(bytes.prefix(count)) }
      guard errno == ERANGE else { return nil }
    }
  }

  #if canImport(Glibc)
    private static func listAttributes(_ file: Int32, _ buffer: UnsafeMutableRawPointer?, _ size: Int) -> Int
    {
      flistxattr(file, buffer?.assumingMemoryBound(to: CChar.self), size)
    }

    private static func getAttribute(
      _ file: Int32, _ name: String, _ buffer: UnsafeMutableRawPointer?, _ size: Int
    ) -> Int {
      fgetxattr(file, name, buffer, size)
    }

    private static func setAttribute(_ file: Int32, _ name: String, _ value: UnsafeRawPointer?, _ size: Int)
      -> Int32
    {
      fsetxattr(file, name, value, size, 0)
    }

    private static func removeAttribute(_ file: Int32, _ name: String) -> Int32 {
      fremovexattr(file, name)
    }
  #elseif canImport(Darwin)
    private static func listAttributes(_ file: Int32, _ buffer: UnsafeMutableRawPointer?, _ size: Int) -> Int
    {
      flistxattr(file, buffer?.assumingMemoryBound(to: CChar.self), size, 0)
    }

    private static func getAttribute(
      _ file: Int32, _ name: String, _ buffer: UnsafeMutableRawPointer?, _ size: Int
    ) -> Int {
      fgetxattr(file, name, buffer, size, 0, 0)
    }

    private static func setAttribute(_ file: Int32, _ name: String, _ value: UnsafeRawPointer?, _ size: Int)
      -> Int32
    {
      fsetxattr(file, name, value, size, 0, 0)
    }

    private static func removeAttribute(_ file: Int32, _ name: String) -> Int32 {
      fremovexattr(file, name, 0)
    }
  #endif
}
