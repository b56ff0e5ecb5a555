/// How every JSON text `ogp` writes itself (diagnostics, `query --json`, the strict reader's
/// trees) quotes a string: what JSON requires (quote, backslash, C0 controls), plus DEL, the two
/// line separators JavaScript treats as line ends, and C1 and bidirectional controls, which a
/// viewer of the output would obey; everything else stays as UTF-8. Tab, LF and CR take their
/// short forms, which keep messages with help lines readable.
public enum JSONString {
  public static func quoted(_ text: String) -> String {
    var output = ""
    write(text, to: &output)
    return output
  }

  public static func write(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\t": output += "\\t"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case _ where needsEscape(scalar): output += escape(scalar)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }

  /// Whether `scalar` is written as `\uXXXX` (beside the quote, the backslash and the short forms).
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || scalar == "\u{7F}" || scalar == "\u{2028}" || scalar == "\u{2029}"
      || scalar.isInvisibleControl
  }

  /// `\u` and four hex digits; every scalar `needsEscape` accepts is in the Basic Multilingual Plane.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
