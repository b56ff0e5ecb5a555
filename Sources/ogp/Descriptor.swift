#if canImport(Glibc)
  import Glibc
  private let writeBytes = Glibc.write
  private let readBytes = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let writeBytes = Darwin.write
  private let readBytes = Darwin.read
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

  /// What is ready on `descriptor`, at most `limit` bytes, waiting for at least one: empty at the
  /// end of input. A read interrupted by a signal is retried, and a non-blocking descriptor waited
  /// on. Throws the `errno` of a read that failed.
  static func readSome(from descriptor: Int32, limit: Int = 64 * 1024) throws(ReadFailure) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: limit)
    while true {
      let count = buffer.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, limit) }
      if count >= 0 { return Array(buffer.prefix(count)) }
      if errno == EAGAIN || errno == EWOULDBLOCK {
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&ready, 1, -1)
      } else if errno != EINTR {
        throw ReadFailure(number: errno)
      }
    }
  }

  /// A read that failed, with its `errno`.
  struct ReadFailure: Error {
    let number: Int32
  }

  /// The text of an `errno` value, as `strerror` gives it.
  static func reason(_ number: Int32) -> String {
    String(cString: strerror(number))
  }
}
