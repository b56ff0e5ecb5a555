#if canImport(Glibc)
  import Glibc
  private let writeBytes = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let writeBytes = Darwin.write
#endif

/// Writing to a file descriptor without losing bytes: `write(2)` may take only part of a buffer,
/// be interrupted by a signal, or refuse for now on a descriptor left non-blocking by whoever
/// started ogp.
enum Descriptor {
  /// Writes all of `bytes` to `descriptor`; the `errno` of the write that failed, or nil.
  static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var written = 0
    while written < bytes.count {
      let count = writeBytes(descriptor, base + written, bytes.count - written)
      if count >= 0 {
        written += count
      } else if errno == EAGAIN || errno == EWOULDBLOCK {
        var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&ready, 1, -1)
      } else if errno != EINTR {
        return errno
      }
    }
    return nil
  }

  /// The text of an `errno` value, as `strerror` gives it.
  static func reason(_ number: Int32) -> String {
    String(cString: strerror(number))
  }
}
