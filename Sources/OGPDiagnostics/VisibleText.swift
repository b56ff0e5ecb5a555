extension Unicode.Scalar {
  /// The scalar as it may be shown on a terminal or in a CI log: control characters become their
  /// visible pictures (␛ for ESC), and bidirectional controls, which could reorder what a reader
  /// sees, become U+FFFD. A tab becomes a space.
  var visible: Unicode.Scalar {
    switch value {
    case 0x09: " "
    case 0x00..<0x20: Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}"
    case 0x7F: "\u{2421}"
    case 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
    default: self
    }
  }
}

extension String {
  /// The text with every control character made visible, keeping line breaks when asked.
  func visible(keepingLineBreaks: Bool) -> String {
    // Printable ASCII, nearly every message, is shown as it is, without rebuilding it.
    let isShownAsIs = utf8.allSatisfy {
      (0x20..<0x7F).contains($0) || (keepingLineBreaks && ($0 == 0x0A || $0 == 0x0D))
    }
    if isShownAsIs { return self }
    return String(
      String.UnicodeScalarView(
        unicodeScalars.map { keepingLineBreaks && ($0 == "\n" || $0 == "\r") ? $0 : $0.visible }))
  }
}
