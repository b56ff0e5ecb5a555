// JSON text ↔ `JSON`, written here rather than through Codable: decoding `JSON` with a
// `Decoder` tries each kind of value in turn and throws on every miss, which cost a publication
// of a thousand diagnostics seconds, most of a re-check's time.

extension JSON {
  /// The deepest nesting read: deeper is refused, so a hostile body cannot exhaust the stack.
  static let maximumDepth = 512

  /// The value `bytes` hold, or nil when they are not one JSON text in UTF-8 (RFC 8259).
  public static func parse(_ bytes: some Collection<UInt8>) -> JSON? {
    let bytes = Array(bytes)
    return bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(bytes: buffer)
      guard let value = parser.value(depth: 0) else { return nil }
      parser.skipWhitespace()
      return parser.position == buffer.count ? value : nil
    }
  }

  /// The value as compact JSON text in UTF-8, object members in sorted order.
  public func serialized() -> [UInt8] {
    var output: [UInt8] = []
    write(into: &output)
    return output
  }

  private func write(into output: inout [UInt8]) {
    switch self {
    case .null: output += Array("null".utf8)
    case .bool(let value): output += Array((value ? "true" : "false").utf8)
    case .number(let value):
      // Whole numbers (ids, versions, lines) are written without a fraction; JSON has no NaN or
      // infinity, so they are null.
      if value.rounded() == value, abs(value) < 1e15 {
        output += Array(String(Int64(value)).utf8)
      } else if value.isFinite {
        output += Array(String(value).utf8)
      } else {
        output += Array("null".utf8)
      }
    case .string(let value): Self.write(value, into: &output)
    case .array(let values):
      output.append(UInt8(ascii: "["))
      for (position, value) in values.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        value.write(into: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (position, key) in members.keys.sorted().enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        Self.write(key, into: &output)
        output.append(UInt8(ascii: ":"))
        members[key]?.write(into: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func write(_ string: String, into output: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    output.append(UInt8(ascii: "\""))
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case UInt8(ascii: "\n"): output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case UInt8(ascii: "\r"): output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case UInt8(ascii: "\t"): output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0..<0x20:
        output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}

/// A recursive-descent reader of JSON text, refusing what RFC 8259 does not allow.
private struct JSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func skipWhitespace() {
    while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
  }

  mutating func value(depth: Int) -> JSON? {
    skipWhitespace()
    guard position < bytes.count, depth < JSON.maximumDepth else { return nil }
    switch bytes[position] {
    case UInt8(ascii: "{"): return object(depth: depth)
    case UInt8(ascii: "["): return array(depth: depth)
    case UInt8(ascii: "\""): return string().map(JSON.string)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    default: return number()
    }
  }

  private mutating func literal(_ word: StaticString, _ value: JSON) -> JSON? {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count else { return nil }
    for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return nil }
    position += count
    return value
  }

  private mutating func object(depth: Int) -> JSON? {
    position += 1
    var members: [String: JSON] = [:]
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else {
        return nil
      }
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
      position += 1
      guard let member = value(depth: depth + 1) else { return nil }
      members[key] = member
      skipWhitespace()
      guard position < bytes.count else { return nil }
      position += 1
      switch bytes[position - 1] {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "}"): return .object(members)
      default: return nil
      }
    }
  }

  private mutating func array(depth: Int) -> JSON? {
    position += 1
    var elements: [JSON] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(elements)
    }
    while true {
      guard let element = value(depth: depth + 1) else { return nil }
      elements.append(element)
      skipWhitespace()
      guard position < bytes.count else { return nil }
      position += 1
      switch bytes[position - 1] {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "]"): return .array(elements)
      default: return nil
      }
    }
  }

  /// A string from its opening quote; nil for an unescaped control character, a bad escape, a
  /// lone surrogate or bytes that are not UTF-8.
  private mutating func string() -> String? {
    position += 1
    var scalars: [UInt8] = []
    var runStart = position
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        scalars += bytes[runStart..<position]
        position += 1
        return String(validating: scalars, as: UTF8.self)
      case UInt8(ascii: "\\"):
        scalars += bytes[runStart..<position]
        position += 1
        guard position < bytes.count, let escaped = escape() else { return nil }
        scalars += escaped
        runStart = position
      case 0..<0x20:
        return nil
      default:
        position += 1
      }
    }
    return nil
  }

  /// The UTF-8 of the escape after a backslash.
  private mutating func escape() -> [UInt8]? {
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return [byte]
    case UInt8(ascii: "b"): return [0x08]
    case UInt8(ascii: "f"): return [0x0C]
    case UInt8(ascii: "n"): return [0x0A]
    case UInt8(ascii: "r"): return [0x0D]
    case UInt8(ascii: "t"): return [0x09]
    case UInt8(ascii: "u"):
      guard let unit = hexUnit() else { return nil }
      var value = UInt32(unit)
      if (0xD800..<0xDC00).contains(unit) {
        // A high surrogate must be followed by a low one.
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else { return nil }
        position += 2
        guard let low = hexUnit(), (0xDC00..<0xE000).contains(low) else { return nil }
        value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      }
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return Array(String(Character(scalar)).utf8)
    default:
      return nil
    }
  }

  private mutating func hexUnit() -> UInt16? {
    guard position + 4 <= bytes.count else { return nil }
    var unit: UInt16 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      unit = unit << 4 | UInt16(digit)
      position += 1
    }
    return unit
  }

  /// A number as RFC 8259 writes one: `-`, digits without a leading zero, a fraction, an exponent.
  private mutating func number() -> JSON? {
    let start = position
    func digits() -> Int {
      let first = position
      while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
        position += 1
      }
      return position - first
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
    let integerStart = position
    let integerDigits = digits()
    guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else {
      return nil
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard digits() > 0 else { return nil }
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
      {
        position += 1
      }
      guard digits() > 0 else { return nil }
    }
    return Double(String(decoding: bytes[start..<position], as: UTF8.self)).map(JSON.number)
  }
}
