import OGPDiagnostics
import OGPLanguage

/// One piece of a session's program: a loaded file, or the declarations of one input. Both are
/// held as text, so a redefinition or a commitment added at the prompt edits them in memory
/// (`:reload` reads the files again; `:save` writes the result).
struct SessionUnit {
  enum Origin: Equatable {
    /// The path as the user gave it.
    case file(String)
    case entry(Int)
  }

  let origin: Origin
  /// Shown in diagnostics.
  let name: String
  /// The script line the text starts on, shown in diagnostics.
  let firstLine: Int
  private(set) var bytes: [UInt8]
  private(set) var syntax: SourceFileSyntax

  init(file path: String, bytes: [UInt8]) {
    origin = .file(path)
    name = path
    firstLine = 1
    self.bytes = bytes
    syntax = Self.parse(bytes, name: path)
  }

  init(entry text: String, name: String, firstLine: Int, number: Int) {
    origin = .entry(number)
    self.name = name
    self.firstLine = firstLine
    bytes = Array(text.utf8)
    syntax = Self.parse(bytes, name: name)
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// What the compiler reads: `use` paths resolve against the directory of the unit's name, which
  /// is relative to the working directory: a file's own, a script's own, and the working
  /// directory itself for `<repl>` and `<stdin>`.
  var root: RootSource {
    .bytes(bytes, name: name, directory: ".", firstLine: firstLine)
  }

  mutating func replace(_ range: Range<Int>, with text: String) {
    bytes.replaceSubrange(range, with: Array(text.utf8))
    syntax = Self.parse(bytes, name: name)
  }

  private static func parse(_ bytes: [UInt8], name: String) -> SourceFileSyntax {
    Parser.parse(SourceFile(id: SourceFileID(0), path: name, bytes: bytes)).syntax
  }

  /// The offset of a declaration's first `///` line, or of its keyword when it has none.
  static func startIncludingDoc(of declaration: Declaration, in bytes: [UInt8]) -> Int {
    var start = declaration.keywordSpan.start
    guard declaration.doc != nil else { return start }
    while true {
      var lineStart = start
      while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
      guard lineStart > 0 else { return start }
      let previous = lineStart - 1
      var previousStart = previous
      while previousStart > 0, bytes[previousStart - 1] != UInt8(ascii: "\n") { previousStart -= 1 }
      while previousStart < previous, bytes[previousStart] == UInt8(ascii: " ") { previousStart += 1 }
      guard previous - previousStart >= 3,
        bytes[previousStart..<(previousStart + 3)].elementsEqual("///".utf8)
      else { return start }
      start = previousStart
    }
  }
}
