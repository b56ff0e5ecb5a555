import OGPDiagnostics

/// Turns a string token into its value: escapes `\\ \" \n \r \t \u{…}`, and for `"""` strings
/// Swift's rule that the closing delimiter's indentation is removed from every line.
enum StringLiteralDecoder {
  static func decode(_ token: Token, in source: SourceFile) -> (value: String, diagnostics: [Diagnostic]) {
    let bytes = source.bytes
    let start = Int(token.start)
    let end = token.end
    var diagnostics: [Diagnostic] = []
    if token.kind == .string {
      let contentEnd = end - start >= 2 && bytes[end - 1] == UInt8(ascii: "\"") ? end - 1 : end
      let value = unescape(bytes, start + 1, contentEnd, source.id, &diagnostics)
      return (value, diagnostics)
    }
    return decodeMultiline(bytes, start, end, source.id, &diagnostics)
  }

  private static func decodeMultiline(
    _ bytes: [UInt8], _ start: Int, _ end: Int, _ file: SourceFileID, _ diagnostics: inout [Diagnostic]
  ) -> (value: String, diagnostics: [Diagnostic]) {
    let terminated = end - start >= 6 && bytes[end - 3..<end].allSatisfy { $0 == UInt8(ascii: "\"") }
    let contentStart = start + 3
    let contentEnd = terminated ? end - 3 : end
    guard terminated else {
      return (unescape(bytes, contentStart, contentEnd, file, &diagnostics), diagnostics)
    }
    // The opening """ must end its line.
    var firstLineEnd = contentStart
    while firstLineEnd < contentEnd, bytes[firstLineEnd] != UInt8(ascii: "\n") { firstLineEnd += 1 }
    let trailing = bytes[contentStart..<firstLineEnd]
    if !trailing.allSatisfy({
      $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r")
    })
      || firstLineEnd == contentEnd
    {
      diagnostics.append(
        LexicalMessage.textOnOpeningLine.diagnostic(
          at: SourceSpan(file: file, start: start, end: max(firstLineEnd, start + 3))))
      return (unescape(bytes, contentStart, contentEnd, file, &diagnostics), diagnostics)
    }
    // The closing """ must stand on a line of its own; its indentation is removed from every line.
    var closingLineStart = contentEnd
    while closingLineStart > firstLineEnd, bytes[closingLineStart - 1] != UInt8(ascii: "\n") {
      closingLineStart -= 1
    }
    let indentation = Array(bytes[closingLineStart..<contentEnd])
    if !indentation.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
      diagnostics.append(
        LexicalMessage.textBeforeClosingDelimiter.diagnostic(
          at: SourceSpan(file: file, start: contentEnd, end: end)))
      return (unescape(bytes, firstLineEnd + 1, contentEnd, file, &diagnostics), diagnostics)
    }
    var lines: [String] = []
    var lineStart = firstLineEnd + 1
    let bodyEnd = max(lineStart, closingLineStart - 1)
    while lineStart <= bodyEnd, lineStart < closingLineStart {
      var lineEnd = lineStart
      while lineEnd < bodyEnd, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      var contentEndOfLine = lineEnd
      if contentEndOfLine > lineStart, bytes[contentEndOfLine - 1] == UInt8(ascii: "\r") {
        contentEndOfLine -= 1
      }
      let line = bytes[lineStart..<contentEndOfLine]
      if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
        lines.append("")
      } else if line.starts(with: indentation) {
        lines.append(unescape(bytes, lineStart + indentation.count, contentEndOfLine, file, &diagnostics))
      } else {
        diagnostics.append(
          LexicalMessage.lineIndentedLessThanClosingDelimiter.diagnostic(
            at: SourceSpan(file: file, start: lineStart, end: contentEndOfLine)))
        lines.append(unescape(bytes, lineStart, contentEndOfLine, file, &diagnostics))
      }
      lineStart = lineEnd + 1
    }
    return (lines.joined(separator: "\n"), diagnostics)
  }

  /// The text of `bytes[start..<end]` with its escapes applied; a bad escape is reported.
  static func unescape(
    _ bytes: [UInt8], _ start: Int, _ end: Int, _ file: SourceFileID, _ diagnostics: inout [Diagnostic]
  ) -> String {
    guard start < end else { return "" }
    if !bytes[start..<end].contains(UInt8(ascii: "\\")) {
      return String(decoding: bytes[start..<end], as: UTF8.self)
    }
    var output: [UInt8] = []
    output.reserveCapacity(end - start)
    var index = start
    while index < end {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\\"), index + 1 < end else {
        output.append(byte)
        index += 1
        continue
      }
      let escaped = bytes[index + 1]
      switch escaped {
      case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
      case UInt8(ascii: "n"): output.append(UInt8(ascii: "\n"))
      case UInt8(ascii: "r"): output.append(UInt8(ascii: "\r"))
      case UInt8(ascii: "t"): output.append(UInt8(ascii: "\t"))
      case UInt8(ascii: "u"):
        let (scalar, length) = unicodeEscape(bytes, index, end, file, &diagnostics)
        if let scalar { output.append(contentsOf: Array(String(scalar).utf8)) }
        index += length
        continue
      default:
        let (scalar, length) = UTF8Decoding.decode(bytes, at: index + 1)
        diagnostics.append(
          LexicalMessage.invalidEscape(escaped: scalar).diagnostic(
            at: SourceSpan(file: file, start: index, end: index + 1 + length)))
        output.append(contentsOf: bytes[index..<index + 1 + length])
        index += 1 + length
        continue
      }
      index += 2
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// `\u{1F600}`: one to eight hex digits naming a Unicode scalar.
  private static func unicodeEscape(
    _ bytes: [UInt8], _ index: Int, _ end: Int, _ file: SourceFileID, _ diagnostics: inout [Diagnostic]
  ) -> (Unicode.Scalar?, Int) {
    var cursor = index + 2
    func fail(_ length: Int) -> (Unicode.Scalar?, Int) {
      diagnostics.append(
        LexicalMessage.invalidUnicodeEscape.diagnostic(
          at: SourceSpan(file: file, start: index, end: index + length)))
      return (nil, length)
    }
    guard cursor < end, bytes[cursor] == UInt8(ascii: "{") else { return fail(2) }
    cursor += 1
    var value: UInt32 = 0
    var digits = 0
    while cursor < end, let digit = hexValue(bytes[cursor]) {
      if digits < 9 { value = value &* 16 &+ UInt32(digit) }
      digits += 1
      cursor += 1
    }
    guard cursor < end, bytes[cursor] == UInt8(ascii: "}") else { return fail(cursor - index) }
    cursor += 1
    guard (1...8).contains(digits), let scalar = Unicode.Scalar(value) else { return fail(cursor - index) }
    return (scalar, cursor - index)
  }

  private static func hexValue(_ byte: UInt8) -> Int? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}
