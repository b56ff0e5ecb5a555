import OGPDiagnostics

/// A parsed JSON document, kept as written: objects keep their keys in order and with any
/// duplicates, numbers keep their text. The strict reader needs both to say exactly what is
/// wrong with a document, which Foundation's parsers do not tell.
indirect enum JSONTree: Equatable {
  case object([(key: String, value: JSONTree)])
  case array([JSONTree])
  case string(String)
  /// The number as written (`3`, `-2.5e3`).
  case number(String)
  case bool(Bool)
  case null

  /// "an object", "a string": what a message says was found.
  var kindDescription: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .bool(let value): value ? "true" : "false"
    case .null: "null"
    }
  }

  /// Compact JSON text, for messages.
  var rendered: String {
    switch self {
    case .object(let members):
      "{" + members.map { JSONString.quoted($0.key) + ":" + $0.value.rendered }.joined(separator: ",") + "}"
    case .array(let elements): "[" + elements.map(\.rendered).joined(separator: ",") + "]"
    case .string(let text): JSONString.quoted(text)
    case .number(let text): text
    case .bool(let value): value ? "true" : "false"
    case .null: "null"
    }
  }

  static func == (lhs: JSONTree, rhs: JSONTree) -> Bool {
    switch (lhs, rhs) {
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.array(let a), .array(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    default: false
    }
  }
}

/// Why bytes are not a JSON document, with the line and column (counted in Unicode scalars)
/// where reading stopped.
struct JSONSyntaxError: Error {
  let message: String
  let line: Int
  let column: Int
}

/// An RFC 8259 parser over UTF-8 bytes. A byte-order mark at the start is skipped; nesting is
/// limited so a hostile document cannot exhaust the stack.
struct JSONParser {
  static let maximumDepth = 512

  private let bytes: [UInt8]
  private var position = 0
  private var depth = 0

  private init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONTree {
    var parser = JSONParser(bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
    if let offset = parser.firstInvalidUTF8() {
      throw parser.error("not UTF-8: an invalid byte sequence", at: offset)
    }
    parser.skipWhitespace()
    let tree = try parser.parseValue()
    parser.skipWhitespace()
    guard parser.position == bytes.count else {
      throw parser.error("unexpected \(parser.found) after the document")
    }
    return tree
  }

  private func firstInvalidUTF8() -> Int? {
    var iterator = bytes[position...].makeIterator()
    var decoder = Unicode.UTF8()
    var offset = position
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  // MARK: Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONTree {
    guard position < bytes.count else { throw error("unexpected end of input, expected a value") }
    switch bytes[position] {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      depth += 1
      defer { depth -= 1 }
      guard depth <= JSONParser.maximumDepth else {
        throw error("nested more than \(JSONParser.maximumDepth) levels deep")
      }
      return bytes[position] == UInt8(ascii: "{") ? try parseObject() : try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected \(found), expected a value")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONTree {
    position += 1
    var members: [(key: String, value: JSONTree)] = []
    skipWhitespace()
    if consume(UInt8(ascii: "}")) { return .object(members) }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw error("unexpected \(found), expected a key in double quotes")
      }
      let key = try parseString()
      skipWhitespace()
      guard consume(UInt8(ascii: ":")) else { throw error("unexpected \(found), expected ':' after a key") }
      skipWhitespace()
      members.append((key, try parseValue()))
      skipWhitespace()
      if consume(UInt8(ascii: "}")) { return .object(members) }
      guard consume(UInt8(ascii: ",")) else {
        throw error("unexpected \(found), expected ',' or '}' in an object")
      }
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONTree {
    position += 1
    var elements: [JSONTree] = []
    skipWhitespace()
    if consume(UInt8(ascii: "]")) { return .array(elements) }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      if consume(UInt8(ascii: "]")) { return .array(elements) }
      guard consume(UInt8(ascii: ",")) else {
        throw error("unexpected \(found), expected ',' or ']' in an array")
      }
    }
  }

  private mutating func literal(_ word: String, _ value: JSONTree) throws(JSONSyntaxError) -> JSONTree {
    guard bytes[position...].starts(with: word.utf8) else {
      throw error("unexpected \(found), expected a value")
    }
    position += word.utf8.count
    return value
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as text.
  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONTree {
    let start = position
    _ = consume(UInt8(ascii: "-"))
    if consume(UInt8(ascii: "0")) {
      if position < bytes.count, isDigit(bytes[position]) { throw error("a number may not start with 0") }
    } else {
      guard digits() else { throw error("unexpected \(found), expected a digit") }
    }
    if consume(UInt8(ascii: ".")) {
      guard digits() else { throw error("unexpected \(found), expected a digit after '.'") }
    }
    if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
      if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
      guard digits() else { throw error("unexpected \(found), expected the exponent's digits") }
    }
    return .number(String(decoding: bytes[start..<position], as: UTF8.self))
  }

  private mutating func digits() -> Bool {
    let start = position
    while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    return position > start
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    position += 1
    var output: [UInt8] = []
    while true {
      guard position < bytes.count else { throw error("unterminated string") }
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        return String(decoding: output, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &output)
      case 0..<0x20:
        throw error("a control character in a string must be escaped")
      default:
        output.append(byte)
        position += 1
      }
    }
  }

  private mutating func parseEscape(into output: inout [UInt8]) throws(JSONSyntaxError) {
    guard position + 1 < bytes.count else { throw error("unterminated string") }
    let escaped = bytes[position + 1]
    position += 2
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
      UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
      UInt8(ascii: "n"): UInt8(ascii: "\n"), UInt8(ascii: "r"): UInt8(ascii: "\r"),
      UInt8(ascii: "t"): UInt8(ascii: "\t"),
    ]
    if let replacement = simple[escaped] {
      output.append(replacement)
      return
    }
    guard escaped == UInt8(ascii: "u") else {
      position -= 2
      throw error("invalid escape in a string")
    }
    var value = try hexQuad()
    if (0xD800...0xDBFF).contains(value) {
      // A high surrogate must be followed by an escaped low one: together they name one scalar.
      guard bytes[position...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
        throw error("a lone surrogate \\u\(String(value, radix: 16)) in a string")
      }
      position += 2
      let low = try hexQuad()
      guard (0xDC00...0xDFFF).contains(low) else { throw error("a lone surrogate in a string") }
      value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(value) else { throw error("a lone surrogate in a string") }
    output.append(contentsOf: Array(String(scalar).utf8))
  }

  private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
    guard position + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
    else { throw error("expected four hex digits after \\u") }
    position += 4
    return value
  }

  // MARK: Positions

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
      default: return
      }
    }
  }

  private mutating func consume(_ byte: UInt8) -> Bool {
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  /// What stands at the current position, for messages.
  private var found: String {
    guard position < bytes.count else { return "end of input" }
    let scalar = String(decoding: bytes[position...].prefix(4), as: UTF8.self).unicodeScalars.first ?? "?"
    return scalar.value < 0x20 ? "U+" + String(scalar.value, radix: 16, uppercase: true) : "'\(scalar)'"
  }

  private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
    let offset = min(offset ?? position, bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
    return JSONSyntaxError(message: message, line: line, column: column)
  }
}
