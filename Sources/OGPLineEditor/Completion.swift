/// What a Tab press does, decided from the text before the cursor alone, the way bash and readline
/// decide it; kept apart from libedit so it can be tested without a terminal.
enum Completion {
  /// What the line editor does with a Tab.
  enum Step: Equatable {
    /// The line is blank before the cursor: a pasted tab is kept as a tab.
    case insertTab
    /// Deletes `deleting` Unicode scalars before the cursor (the word being typed) and inserts
    /// `inserting`.
    case replace(deleting: Int, inserting: String)
    /// Several candidates and nothing to add: beep; a second Tab lists them.
    case ambiguous
    /// Shows the candidates below the line.
    case list([String])
    /// Nothing completes the word: beep.
    case noCandidates
  }

  /// The characters that end a word: `:lo` and dotted paths such as `SO3.pro` are one word each.
  static func isWordBreak(_ character: Character) -> Bool {
    character == "," || character.isWhitespace
  }

  /// The word the cursor is at the end of: what follows the last word break.
  static func currentWord(in textBeforeCursor: String) -> Substring {
    let start =
      textBeforeCursor.lastIndex(where: isWordBreak).map { textBeforeCursor.index(after: $0) }
      ?? textBeforeCursor.startIndex
    return textBeforeCursor[start...]
  }

  /// The longest text every word starts with, compared by character.
  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first?[...] else { return "" }
    for word in words.dropFirst() {
      let shared = zip(prefix, word).prefix { $0 == $1 }.count
      prefix = prefix.prefix(shared)
    }
    return String(prefix)
  }

  /// Decides a Tab. `candidates` gets the line before the cursor (a block recalled from the
  /// history holds several: only the cursor's counts) and returns whole replacement words; it is
  /// not asked on a blank line. `repeated` says the previous key was a Tab that found several
  /// candidates and changed nothing.
  static func step(textBeforeCursor: String, repeated: Bool, candidates: (String) -> [String]) -> Step {
    let line = String(textBeforeCursor.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
    guard line.contains(where: { !$0.isWhitespace }) else { return .insertTab }
    var seen = Set<String>()
    let words = candidates(line).filter { seen.insert($0).inserted }
    let word = currentWord(in: line)
    let typed = word.unicodeScalars.count
    switch words.count {
    case 0:
      return .noCandidates
    case 1:
      let only = words[0]
      // A word ending in `.` or `/` goes on (a path into an objective, a directory): no space.
      let finished = only.hasSuffix(".") || only.hasSuffix("/") ? only : only + " "
      return .replace(deleting: typed, inserting: finished)
    default:
      let prefix = commonPrefix(words)
      // Never shorter than what was typed: candidates that do not all extend the word add nothing.
      if prefix.count >= word.count && prefix != word {
        return .replace(deleting: typed, inserting: prefix)
      }
      return repeated ? .list(words) : .ambiguous
    }
  }

  /// The candidates in columns that fit `width`, sorted down each column as `ls` does, one string
  /// a row with no trailing spaces.
  static func layout(_ words: [String], width: Int) -> [String] {
    guard let longest = words.map(\.count).max() else { return [] }
    let columnWidth = longest + 2
    let columns = max(1, min(words.count, (width - 1) / columnWidth))
    let rows = (words.count + columns - 1) / columns
    return (0..<rows).map { row in
      var line = ""
      for column in 0..<columns {
        let index = column * rows + row
        guard index < words.count else { break }
        let word = words[index]
        line += word
        if column < columns - 1 && index + rows < words.count {
          line += String(repeating: " ", count: columnWidth - word.count)
        }
      }
      return line
    }
  }
}
