/// Text from a source file as diagnostics quote it.
///
/// A file may hold a name of megabytes or a list of thousands of names; quoted in full by every
/// message about them, they would make the output the size of the file times the number of
/// messages. Every text of a `Diagnostic` (message, labels, notes, help, fix-its) goes through
/// `bounded(_:)` when it is made, so no rule or check has to remember to shorten what it quotes.
public enum MessageText {
  /// A word (a run of characters between spaces: a name, a quoted name, a path) longer than
  /// this many Unicode scalars is shortened; an absolute path in a temporary folder is shorter.
  public static let maximumWordLength = 128
  /// How many scalars of a shortened word are kept.
  public static let keptWordLength = 40
  /// A text longer than this many bytes is cut, after its words are shortened: room for a
  /// `use` cycle of fifty files named by their paths.
  public static let maximumLength = 8_000
  /// How many items `list(_:)` names.
  public static let maximumListLength = 12

  /// `text` with each word longer than `maximumWordLength` scalars shortened to its first
  /// `keptWordLength`, `…`, its closing punctuation and its length (`'aaaa…' (60000 characters)`),
  /// and the whole cut to at most `maximumLength` bytes (`… (N more bytes)`).
  public static func bounded(_ text: String) -> String {
    if text.utf8.count <= maximumWordLength { return text }
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(min(bytes.count, maximumLength + 64))
    var index = 0
    while index < bytes.count {
      if isSeparator(bytes[index]) {
        output.append(bytes[index])
        index += 1
        continue
      }
      var end = index
      var scalars = 0
      while end < bytes.count, !isSeparator(bytes[end]) {
        if bytes[end] & 0xC0 != 0x80 { scalars += 1 }
        end += 1
      }
      if scalars <= maximumWordLength {
        output += bytes[index..<end]
      } else {
        output += shortened(bytes[index..<end], scalars: scalars)
      }
      index = end
      if output.count > maximumLength { break }
    }
    if output.count > maximumLength || index < bytes.count {
      // Room for the note, so that a bounded text is bounded again unchanged.
      var cut = min(output.count, maximumLength - 32)
      while cut > 0, cut < output.count, output[cut] & 0xC0 == 0x80 { cut -= 1 }
      let dropped = output.count - cut + bytes.count - index
      output.removeSubrange(cut...)
      output += Array("… (\(dropped) more bytes)".utf8)
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// "a, b, c", or the first `maximumListLength` and "… and N more" (in `Language.current`).
  public static func list(_ items: [String]) -> String {
    guard items.count > maximumListLength else { return items.joined(separator: ", ") }
    return items.prefix(maximumListLength).joined(separator: ", ")
      + DiagnosticsText.listMore(count: String(items.count - maximumListLength))
  }

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
  }

  /// The first `keptWordLength` scalars, `…`, the word's closing punctuation (a quote, a comma)
  /// and how long it is without its quotes and punctuation.
  private static func shortened(_ word: ArraySlice<UInt8>, scalars: Int) -> [UInt8] {
    var keep = word.startIndex
    var kept = 0
    while keep < word.endIndex, kept < keptWordLength || word[keep] & 0xC0 == 0x80 {
      if word[keep] & 0xC0 != 0x80 { kept += 1 }
      keep += 1
    }
    var opening = word.startIndex
    while opening < keep, opening - word.startIndex < 3, "'\"([".utf8.contains(word[opening]) { opening += 1 }
    var closing = word.endIndex
    while closing > keep, word.endIndex - closing < 3, "'\"),.:;?!]".utf8.contains(word[closing - 1]) {
      closing -= 1
    }
    let length = scalars - (opening - word.startIndex) - (word.endIndex - closing)
    return Array(word[..<keep]) + Array("…".utf8) + Array(word[closing...])
      + Array(" (\(length) characters)".utf8)
  }
}
