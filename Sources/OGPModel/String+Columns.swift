// Plain-text tables: the coverage matrix here, the printers and formatters of OGPLanguage. In
// the model because every module that draws one imports it.

extension String {
  /// The text followed by spaces up to `width` characters; longer text is left whole.
  package func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  /// The text without the spaces, tabs and carriage returns at its end.
  package func trimmingTrailingSpaces() -> String {
    var result = Substring(self)
    while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
    return String(result)
  }
}
