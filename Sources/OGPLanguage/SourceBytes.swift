/// What can be told of a file's bytes before they are lexed.
public enum SourceBytes {
  /// How much of a file is looked at, as git does to tell binary files from text.
  static let sniffLength = 8_000

  /// Whether `bytes` are not text: a NUL, or more than one byte in ten a control character other
  /// than a tab or a line break, among the first 8,000. A `use`d file like that (an image, a
  /// key store, an executable) is refused whole, since lexing it would show its bytes and quote
  /// its words in every message.
  public static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(sniffLength)
    var controls = 0
    for byte in head {
      if byte == 0 { return true }
      if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { controls += 1 }
    }
    return controls * 10 > head.count
  }
}
