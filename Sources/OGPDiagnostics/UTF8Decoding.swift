/// Strict UTF-8 decoding of one scalar, shared by the lexer and the renderer so both agree on
/// what counts as one column.
public enum UTF8Decoding {
  /// The scalar starting at `index` and how many bytes it takes; a nil scalar means an invalid
  /// or truncated sequence, of which exactly one byte is consumed.
  @inlinable
  public static func decode<C: Collection<UInt8>>(_ bytes: C, at index: C.Index) -> (Unicode.Scalar?, Int)
  where C.Index == Int {
    let first = bytes[index]
    if first < 0x80 { return (Unicode.Scalar(first), 1) }
    let length: Int
    let minimum: UInt32
    var value: UInt32
    switch first {
    case 0xC2...0xDF:
      length = 2
      minimum = 0x80
      value = UInt32(first & 0x1F)
    case 0xE0...0xEF:
      length = 3
      minimum = 0x800
      value = UInt32(first & 0x0F)
    case 0xF0...0xF4:
      length = 4
      minimum = 0x10000
      value = UInt32(first & 0x07)
    default:
      return (nil, 1)
    }
    guard index + length <= bytes.endIndex else { return (nil, 1) }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return (nil, 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
    return (scalar, length)
  }
}
