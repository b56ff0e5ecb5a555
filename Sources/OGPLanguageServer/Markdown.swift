import OGPDiagnostics

/// Text from inputs in Markdown: shown as data, never read as markup, and bounded.
enum Markdown {
  /// The characters CommonMark may read as markup, each escaped with a backslash.
  private static let punctuation = Set("\\`*_{}[]<>()#+-.!|~&")

  /// `text` on one line, its markup escaped, cut after `limit` characters.
  static func escaped(_ text: String, limit: Int = 300) -> String {
    var escaped = ""
    for character in bounded(text.visible(lineBreaks: .space), limit: limit) {
      if punctuation.contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  /// `lines` in a fenced code block, each cut after `limit` characters. The fence is longer than
  /// any run of backticks in them, so that none closes it.
  static func codeBlock(_ lines: [String], language: String, limit: Int = 160) -> String {
    let shown = lines.map { bounded($0.visible(lineBreaks: .picture), limit: limit) }
    var longestRun = 0
    for line in shown {
      var run = 0
      for character in line {
        run = character == "`" ? run + 1 : 0
        longestRun = max(longestRun, run)
      }
    }
    let fence = String(repeating: "`", count: max(3, longestRun + 1))
    return ([fence + language] + shown + [fence]).joined(separator: "\n")
  }

  private static func bounded(_ text: String, limit: Int) -> String {
    text.count > limit ? text.prefix(limit) + "…" : text
  }
}
