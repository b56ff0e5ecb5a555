/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers (the
/// base protocol of LSP 3.17). Bytes arrive in reads of any size; a message may span several
/// reads and one read may hold several messages. A malformed header block or an oversized body is
/// reported and skipped, never buffered whole: the reader holds at most `maximumHeaderBytes` of
/// header and `maximumBodyBytes` of body, whatever a client sends.
public struct MessageReader: Sendable {
  /// What the stream yielded next.
  public enum Item: Equatable, Sendable {
    /// A complete body, as sent.
    case body([UInt8])
    /// A frame that was skipped, and why.
    case malformed(String)
  }

  public let maximumHeaderBytes: Int
  public let maximumBodyBytes: Int

  private var buffer: [UInt8] = []
  private var position = 0
  /// The length of the body being read, once its header is complete.
  private var bodyLength: Int?
  /// Bytes of a refused body still to be discarded as they arrive.
  private var skipping = 0
  /// After a header block too long to hold: discard up to the end of that block.
  private var seekingHeaderEnd = false

  public init(maximumHeaderBytes: Int = 8 * 1024, maximumBodyBytes: Int = 64 * 1024 * 1024) {
    self.maximumHeaderBytes = maximumHeaderBytes
    self.maximumBodyBytes = maximumBodyBytes
  }

  /// Adds bytes read from the stream.
  public mutating func append(_ bytes: some Collection<UInt8>) {
    var bytes = bytes[...]
    if skipping > 0 {
      let dropped = min(skipping, bytes.count)
      skipping -= dropped
      bytes = bytes.dropFirst(dropped)
    }
    if position > 0 && position >= buffer.count / 2 {
      buffer.removeFirst(position)
      position = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next message or malformed frame, or nil until more bytes arrive.
  public mutating func next() -> Item? {
    while true {
      if skipping > 0 {
        let dropped = min(skipping, buffer.count - position)
        skipping -= dropped
        position += dropped
        if skipping > 0 { return nil }
      }
      if seekingHeaderEnd {
        guard let end = headerEnd() else {
          // Keep the last three bytes: they may begin the terminator.
          position = max(position, buffer.count - 3)
          return nil
        }
        position = end
        seekingHeaderEnd = false
        continue
      }
      if let length = bodyLength {
        guard buffer.count - position >= length else { return nil }
        let body = Array(buffer[position..<(position + length)])
        position += length
        bodyLength = nil
        return .body(body)
      }
      guard let end = headerEnd() else {
        if buffer.count - position > maximumHeaderBytes {
          seekingHeaderEnd = true
          return .malformed("a header block longer than \(maximumHeaderBytes) bytes")
        }
        return nil
      }
      let header = buffer[position..<(end - 4)]
      position = end
      if header.count > maximumHeaderBytes {
        return .malformed("a header block longer than \(maximumHeaderBytes) bytes")
      }
      switch Self.contentLength(header) {
      case .failure(let refusal):
        return .malformed(refusal.reason)
      case .success(let length) where length > maximumBodyBytes:
        skipping = length
        return .malformed("a body of \(length) bytes, more than the \(maximumBodyBytes) accepted")
      case .success(let length):
        bodyLength = length
      }
    }
  }

  /// The index just past the first `\r\n\r\n` at or after `position`.
  private func headerEnd() -> Int? {
    var index = position
    while index + 3 < buffer.count {
      if buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10
      {
        return index + 4
      }
      index += 1
    }
    return nil
  }

  private struct Refusal: Error { let reason: String }

  /// The `Content-Length` of a header block; other fields (`Content-Type`) are accepted and
  /// ignored.
  private static func contentLength(_ header: ArraySlice<UInt8>) -> Result<Int, Refusal> {
    var length: Int?
    let text = String(decoding: header, as: UTF8.self)
    for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
      guard let colon = line.firstIndex(of: ":") else {
        return .failure(Refusal(reason: "a header line without a colon"))
      }
      let name = line[..<colon].lowercased()
      let value = line[line.index(after: colon)...].trimmingSpaces
      guard name == "content-length" else { continue }
      guard length == nil else { return .failure(Refusal(reason: "two Content-Length headers")) }
      guard !value.isEmpty, value.count <= 18, value.allSatisfy({ $0.isASCII && $0.isNumber }),
        let parsed = Int(value)
      else {
        return .failure(Refusal(reason: "a Content-Length that is not a number of bytes"))
      }
      length = parsed
    }
    guard let length else { return .failure(Refusal(reason: "a header block without Content-Length")) }
    return .success(length)
  }
}

extension Substring {
  fileprivate var trimmingSpaces: Substring {
    var result = self
    while result.first == " " || result.first == "\t" { result = result.dropFirst() }
    while result.last == " " || result.last == "\t" { result = result.dropLast() }
    return result
  }
}

extension MessageReader {
  /// Frames a body for the stream: its `Content-Length` header, then the bytes.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}
