/// An open document as the client last sent it.
public struct TextDocument: Sendable {
  public let uri: String
  public var version: Int
  public var bytes: [UInt8]

  public init(uri: String, version: Int, text: String) {
    self.uri = uri
    self.version = version
    bytes = Array(text.utf8)
  }

  /// Applies `changes` in order, each range read against the text the previous left.
  public mutating func apply(_ changes: [TextDocumentContentChangeEvent], encoding: PositionEncoding) {
    for change in changes {
      guard let range = change.range else {
        bytes = Array(change.text.utf8)
        continue
      }
      let converter = PositionConverter(bytes: bytes, encoding: encoding)
      let start = converter.offset(of: range.start)
      let end = max(start, converter.offset(of: range.end))
      bytes.replaceSubrange(start..<end, with: change.text.utf8)
    }
  }
}
