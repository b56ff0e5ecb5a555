/// A JSON value whose objects keep their keys in the order written, so a format can promise a
/// fixed key order. Rendered by hand to keep this target free of Foundation.
enum JSONValue {
  case object([(String, JSONValue)])
  case array([JSONValue])
  case string(String)
  case integer(Int)
  case null

  /// A string, or null when there is none.
  static func nullable(_ text: String?) -> JSONValue {
    text.map { .string($0) } ?? .null
  }

  /// Indented by two spaces per level, with no trailing newline.
  func rendered() -> String {
    var output = ""
    write(to: &output, indent: 0)
    return output
  }

  private func write(to output: inout String, indent: Int) {
    switch self {
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{\n"
      for (index, (key, value)) in members.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        Self.write(string: key, to: &output)
        output += ": "
        value.write(to: &output, indent: indent + 2)
        output += index + 1 < members.count ? ",\n" : "\n"
      }
      output += String(repeating: " ", count: indent) + "}"
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]"
        return
      }
      output += "[\n"
      for (index, element) in elements.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        element.write(to: &output, indent: indent + 2)
        output += index + 1 < elements.count ? ",\n" : "\n"
      }
      output += String(repeating: " ", count: indent) + "]"
    case .string(let text):
      Self.write(string: text, to: &output)
    case .integer(let number):
      output += String(number)
    case .null:
      output += "null"
    }
  }

  /// Escapes what JSON requires (quote, backslash, C0 controls) plus DEL, the two line
  /// separators JavaScript treats as line ends, and C1 and bidirectional controls, which a
  /// viewer of the file would obey; everything else stays as UTF-8. Tab, LF and CR
  /// take their short forms, which keep messages with help lines readable.
  private static func write(string text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: output += "\\\""
      case 0x5C: output += "\\\\"
      case 0x09: output += "\\t"
      case 0x0A: output += "\\n"
      case 0x0D: output += "\\r"
      case 0x00..<0x20, 0x7F, 0x2028, 0x2029, 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
