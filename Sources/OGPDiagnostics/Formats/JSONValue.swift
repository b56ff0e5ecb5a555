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
        JSONString.write(key, to: &output)
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
      JSONString.write(text, to: &output)
    case .integer(let number):
      output += String(number)
    case .null:
      output += "null"
    }
  }
}
