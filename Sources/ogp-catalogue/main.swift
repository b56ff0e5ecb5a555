import Foundation
import OGPMessageCatalogue

// Run by the GenerateCatalogue plugin at build time: reads the diagnostic catalogue, one Markdown
// file per code, and writes it as Swift source for OGPLanguage, so that the text is compiled into
// every binary that explains a code and the files are its one definition.
//
// Usage: ogp-catalogue OUTPUT.swift DiagnosticCode.swift FILE.md...
//
// A file is named for its code (E0208.md) and reads:
//
//     # E0208: unknown objective or priority
//
//     The explanation: one paragraph, wrapped anywhere (its lines are joined with spaces).
//
//     ## Example
//
//     ```ogp
//     a file that reports the code
//     ```
//
//     ## Fix
//
//     ```ogp
//     the same file corrected
//     ```
//
//     ## Saved as                      (optional: the name of example and fix; example.ogp)
//
//     `ogp-2023-2028.ogp`
//
//     ## Companion file `path`         (optional, repeated: a file the example and fix expect)
//
//     ```ogp
//     its text
//     ```
//
// The text is taken as written, not as Markdown renders it. A snippet runs from its opening fence
// to the next line that is the same fence (use four backticks around one that holds three), and
// "␀" in a snippet stands for a NUL byte, which an editor would not show.
//
// Every code is explained in every language. The English file is at the top of its folder; the
// one in another language is in the folder named for it (`es/E0208.md`) and reads the same, with
// its section headings in that language: `## Ejemplo` and `## Corrección`. Its example and fix
// may be left out, and are then the English ones (its prose is what needs translating; a comment
// inside a snippet is worth translating too); the file name and companion files are always the
// English file's, since the example's `use` lines name them.

struct CatalogueError: Error {
  let message: String
}

/// A language of the catalogue: its folder (none for English), the case of `Language` it fills,
/// and its section headings.
struct CatalogueLanguage {
  let folder: String?
  let caseName: String
  let example: String
  let fix: String

  static let all = [
    CatalogueLanguage(folder: nil, caseName: "english", example: "Example", fix: "Fix"),
    CatalogueLanguage(folder: "es", caseName: "spanish", example: "Ejemplo", fix: "Corrección"),
  ]

  var isEnglish: Bool { folder == nil }
}

struct Entry {
  var code = ""
  var title = ""
  var explanation = ""
  var example: String?
  var fix: String?
  var fileName: String?
  var companions: [(path: String, text: String)] = []
}

/// Reads one file; every error names the file and its line, as a compiler's would.
struct EntryParser {
  let path: String
  let language: CatalogueLanguage
  let lines: [Substring]
  var index = 0

  init(path: String, text: String, language: CatalogueLanguage) {
    self.path = path
    self.language = language
    // A file saved on Windows still gives the same text.
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
  }

  func error(_ message: String, line: Int? = nil) -> CatalogueError {
    CatalogueError(message: "\(path):\((line ?? index) + 1): error: \(message)")
  }

  var isAtHeading: Bool { index < lines.count && lines[index].hasPrefix("## ") }

  mutating func skipBlankLines() {
    while index < lines.count && lines[index].allSatisfy(\.isWhitespace) { index += 1 }
  }

  mutating func parse() throws -> Entry {
    var entry = Entry()
    guard let first = lines.first, first.hasPrefix("# "), let colon = first.firstIndex(of: ":") else {
      throw error("the first line must be '# CODE: title', such as '# E0208: unknown objective'")
    }
    entry.code = String(first[first.index(first.startIndex, offsetBy: 2)..<colon])
    entry.title = first[first.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    guard !entry.title.isEmpty else { throw error("the title after '\(entry.code):' is missing") }
    index = 1
    var prose: [String] = []
    while index < lines.count && !isAtHeading {
      let line = lines[index].trimmingCharacters(in: .whitespaces)
      if !line.isEmpty { prose.append(line) }
      index += 1
    }
    guard !prose.isEmpty else { throw error("the explanation under the title is missing", line: 1) }
    entry.explanation = prose.joined(separator: " ")
    while index < lines.count {
      let headingLine = index
      let heading = lines[index].dropFirst(3).trimmingCharacters(in: .whitespaces)
      index += 1
      switch heading {
      case language.example:
        guard entry.example == nil else { throw error("a second '## \(heading)'", line: headingLine) }
        entry.example = try snippet(under: heading)
      case language.fix:
        guard entry.fix == nil else { throw error("a second '## \(heading)'", line: headingLine) }
        entry.fix = try snippet(under: heading)
      case "Saved as" where language.isEnglish:
        guard entry.fileName == nil else { throw error("a second '## Saved as'", line: headingLine) }
        entry.fileName = try quotedName(in: Substring(try line(under: heading)), under: heading)
      case _ where language.isEnglish && heading.hasPrefix("Companion file "):
        let path = try quotedName(in: heading.dropFirst("Companion file ".count), under: "Companion file")
        guard !entry.companions.contains(where: { $0.path == path }) else {
          throw error("a second companion file '\(path)'", line: headingLine)
        }
        entry.companions.append((path, try snippet(under: heading)))
      case _ where language.isEnglish:
        throw error(
          "unknown section '## \(heading)': the sections are Example, Fix, Saved as and Companion file",
          line: headingLine)
      default:
        throw error(
          "unknown section '## \(heading)': the sections are \(language.example) and \(language.fix)"
            + " (the file name and companion files are the English file's)",
          line: headingLine)
      }
    }
    // A translation may leave its snippets to the English file.
    guard language.isEnglish else { return entry }
    guard entry.example != nil else { throw error("the '## Example' section is missing", line: 0) }
    guard entry.fix != nil else { throw error("the '## Fix' section is missing", line: 0) }
    return entry
  }

  /// The one fenced block of a section, with "␀" read as NUL.
  mutating func snippet(under heading: String) throws -> String {
    skipBlankLines()
    guard index < lines.count, lines[index].hasPrefix("```") else {
      throw error("'## \(heading)' must hold a block between ``` lines")
    }
    let fence = lines[index].prefix { $0 == "`" }
    let opening = index
    index += 1
    var body: [Substring] = []
    while index < lines.count && lines[index] != fence {
      body.append(lines[index])
      index += 1
    }
    guard index < lines.count else { throw error("the block is not closed by \(fence)", line: opening) }
    index += 1
    try expectSectionEnd(heading)
    return body.joined(separator: "\n").replacingOccurrences(of: "\u{2400}", with: "\u{0}")
  }

  /// The one line of text of a section.
  mutating func line(under heading: String) throws -> Substring {
    skipBlankLines()
    guard index < lines.count && !isAtHeading else { throw error("'## \(heading)' is empty") }
    let line = lines[index]
    index += 1
    try expectSectionEnd(heading)
    return line
  }

  mutating func expectSectionEnd(_ heading: String) throws {
    skipBlankLines()
    guard index == lines.count || isAtHeading else {
      throw error("'## \(heading)' holds more than one block; start a new section with '## '")
    }
  }

  func quotedName(in text: Substring, under heading: String) throws -> String {
    let name = text.trimmingCharacters(in: .whitespaces)
    guard name.count > 2, name.hasPrefix("`"), name.hasSuffix("`") else {
      throw error("'\(heading)' names its file between backticks, such as `example.ogp`")
    }
    return String(name.dropFirst().dropLast())
  }
}

/// The cases of `DiagnosticCode`, in order, read from its source: `case name = "E0208"`.
func codeCases(in source: String) -> [(name: String, code: String)] {
  source.split(separator: "\n").compactMap { line in
    guard let match = line.wholeMatch(of: /\s*case (\w+) = "(E[0-9]{4})"/) else { return nil }
    return (String(match.1), String(match.2))
  }
}

/// The language of a file: English at the top of a catalogue folder, another in the folder
/// named for it; nil for a folder of no known language.
func language(of path: String) -> CatalogueLanguage? {
  let folder = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
  return CatalogueLanguage.all.first { $0.folder == folder }
    ?? (folder == "Catalogue" ? CatalogueLanguage.all[0] : nil)
}

func generate(codesPath: String, files: [String]) throws -> String {
  let cases = codeCases(in: try String(contentsOfFile: codesPath, encoding: .utf8))
  guard !cases.isEmpty else {
    throw CatalogueError(message: "\(codesPath): error: no 'case name = \"E…\"' found")
  }
  // Entries by language (its case name), then by code.
  var entries: [String: [String: Entry]] = [:]
  var errors: [String] = []
  for path in files {
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    guard let language = language(of: path) else {
      let folders = CatalogueLanguage.all.compactMap(\.folder).joined(separator: ", ")
      errors.append(
        "\(path):1: error: a catalogue file is in Catalogue/ (English) or in a language's folder: \(folders)")
      continue
    }
    var parser = EntryParser(
      path: path, text: try String(contentsOfFile: path, encoding: .utf8), language: language)
    do {
      let entry = try parser.parse()
      if entry.code != name {
        errors.append("\(path):1: error: the file for \(entry.code) must be named \(entry.code).md")
      } else if !cases.contains(where: { $0.code == entry.code }) {
        errors.append("\(path):1: error: \(entry.code) is not a case of DiagnosticCode")
      } else if entries[language.caseName]?[entry.code] != nil {
        errors.append("\(path):1: error: a second file for \(entry.code)")
      } else {
        entries[language.caseName, default: [:]][entry.code] = entry
      }
    } catch let error as CatalogueError {
      errors.append(error.message)
    }
  }
  for language in CatalogueLanguage.all {
    let place = language.folder.map { "\($0)/" } ?? ""
    for (name, code) in cases where entries[language.caseName]?[code] == nil {
      errors.append("error: DiagnosticCode.\(name) has no catalogue file \(place)\(code).md")
    }
  }
  guard errors.isEmpty else { throw CatalogueError(message: errors.joined(separator: "\n")) }

  var output = """
    // Generated at build time by ogp-catalogue (the GenerateCatalogue plugin) from the catalogue's
    // Markdown files, one per code and language: edit those, not this.

    import OGPDiagnostics

    extension DiagnosticCatalogue {
      static func generatedExplanation(for code: DiagnosticCode, in language: Language) -> DiagnosticExplanation {
        switch (code, language) {

    """
  for (name, code) in cases {
    guard let english = entries["english"]?[code], let example = english.example, let fix = english.fix else {
      continue
    }
    let companions =
      english.companions.isEmpty
      ? "[:]"
      : "["
        + english.companions.map { "\(SwiftSource.literal($0.path)): \(SwiftSource.literal($0.text))" }
        .joined(separator: ", ")
        + "]"
    for language in CatalogueLanguage.all {
      guard let entry = entries[language.caseName]?[code] else { continue }
      output += """
            case (.\(name), .\(language.caseName)):
              DiagnosticExplanation(
                code: code, title: \(SwiftSource.literal(entry.title)),
                explanation: \(SwiftSource.literal(entry.explanation)),
                example: \(SwiftSource.literal(entry.example ?? example)),
                fix: \(SwiftSource.literal(entry.fix ?? fix)),
                fileName: \(SwiftSource.literal(english.fileName ?? "example.ogp")),
                companionFiles: \(companions))

        """
    }
  }
  return output + "    }\n  }\n}\n"
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
  FileHandle.standardError.write(
    Data("usage: ogp-catalogue OUTPUT.swift DiagnosticCode.swift FILE.md...\n".utf8))
  exit(2)
}
do {
  let source = try generate(codesPath: arguments[1], files: Array(arguments.dropFirst(2)))
  try source.write(toFile: arguments[0], atomically: true, encoding: .utf8)
} catch let error as CatalogueError {
  FileHandle.standardError.write(Data((error.message + "\n").utf8))
  exit(1)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
