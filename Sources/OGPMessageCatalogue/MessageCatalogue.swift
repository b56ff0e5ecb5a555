// The message catalogues: one folder per language (`Messages/Catalogue/en/`, `…/es/`) holding
// the same groups (`check.messages`), each a list of messages keyed by their identity. Read at
// build time by `ogp-messages`, which checks that every language says every message with the
// same placeholders and writes the Swift that says them.
//
// A group file reads:
//
//     # A comment.
//     duplicateDeclaration.sameKind = {kind} '{name}' is declared twice
//     extraValues.message = '{keyword}' takes one value, found {count}
//     missingComma.help = separate the {count|item|items} with commas
//         and keep each on the line          (an indented line continues the one above)
//
// `{name}` is a placeholder; `{count|one|other}` says `one` when the number `count` is 1 and
// `other` otherwise; `{{` and `}}` are braces; `\n` is a line break and `\\` a backslash.

/// A part of a message's text.
public enum Segment: Equatable, Sendable {
  case text(String)
  case placeholder(String)
  /// `{count|one|other}`.
  case plural(String, one: String, other: String)
}

/// One message in one language.
public struct Message: Equatable, Sendable {
  public let key: String
  public let segments: [Segment]
  /// Where it is written, for errors: `path:line`.
  public let location: String

  /// Its placeholders in the order they first appear.
  public var placeholders: [String] {
    var seen: [String] = []
    for segment in segments {
      switch segment {
      case .text: continue
      case .placeholder(let name), .plural(let name, _, _):
        if !seen.contains(name) { seen.append(name) }
      }
    }
    return seen
  }

  /// The placeholders that count things: those a plural form chooses by.
  public var numbers: Set<String> {
    Set(
      segments.compactMap {
        if case .plural(let name, _, _) = $0 { name } else { nil }
      })
  }
}

/// A mistake in a catalogue, worded as a compiler's error: `path:line: error: …`.
public struct CatalogueError: Error, Equatable, CustomStringConvertible {
  public let location: String
  public let message: String

  public init(location: String, message: String) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): error: \(message)" }
}

/// One group's messages in one language, in the order written.
public struct GroupFile: Sendable {
  public let language: String
  public let messages: [Message]

  /// Reads `text`, the file at `path`; every mistake is thrown with its line.
  public init(language: String, path: String, text: String) throws {
    self.language = language
    var messages: [Message] = []
    var keys: [String: String] = [:]
    var pending: (key: String, text: String, line: Int)?
    func finish() throws {
      guard let (key, text, line) = pending else { return }
      let location = "\(path):\(line)"
      if let first = keys[key] {
        throw CatalogueError(location: location, message: "'\(key)' is given twice (first at \(first))")
      }
      keys[key] = location
      messages.append(
        Message(key: key, segments: try Self.segments(of: text, at: location), location: location))
      pending = nil
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, rawLine) in lines.enumerated() {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let number = index + 1
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
      if line.first == " " || line.first == "\t" {
        guard let continued = pending else {
          throw CatalogueError(
            location: "\(path):\(number)", message: "an indented line continues no message")
        }
        pending = (continued.key, continued.text + " " + line.trimmingWhitespace(), continued.line)
        continue
      }
      try finish()
      guard let equals = line.firstIndex(of: "=") else {
        throw CatalogueError(location: "\(path):\(number)", message: "expected 'key = text'")
      }
      let key = line[..<equals].trimmingWhitespace()
      guard Self.isValidKey(key) else {
        throw CatalogueError(
          location: "\(path):\(number)",
          message: "'\(key)' is not a key: words of letters and digits joined by '.', starting with a letter")
      }
      pending = (key, line[line.index(after: equals)...].trimmingWhitespace(), number)
    }
    try finish()
    self.messages = messages
  }

  static func isValidKey(_ key: String) -> Bool {
    let words = key.split(separator: ".", omittingEmptySubsequences: false)
    return words.allSatisfy { word in
      guard let first = word.first, first.isASCII, first.isLetter else { return false }
      return word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
  }

  static func segments(of text: String, at location: String) throws -> [Segment] {
    var segments: [Segment] = []
    var literal = ""
    var index = text.startIndex
    func isName(_ name: Substring) -> Bool {
      guard let first = name.first, first.isASCII, first.isLetter else { return false }
      return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      if character == "\\", next < text.endIndex, text[next] == "n" || text[next] == "\\" {
        literal.append(text[next] == "n" ? "\n" : "\\")
        index = text.index(after: next)
        continue
      }
      if character == "}" {
        guard next < text.endIndex, text[next] == "}" else {
          throw CatalogueError(location: location, message: "a lone '}': write '}}' for a brace")
        }
        literal.append("}")
        index = text.index(after: next)
        continue
      }
      guard character == "{" else {
        literal.append(character)
        index = next
        continue
      }
      if next < text.endIndex, text[next] == "{" {
        literal.append("{")
        index = text.index(after: next)
        continue
      }
      guard let close = text[next...].firstIndex(of: "}") else {
        throw CatalogueError(location: location, message: "a '{' without its '}': write '{{' for a brace")
      }
      let parts = text[next..<close].split(separator: "|", omittingEmptySubsequences: false)
      guard isName(parts[0]), parts.count == 1 || parts.count == 3,
        !parts.contains(where: { $0.contains("{") })
      else {
        throw CatalogueError(
          location: location,
          message: "'{\(text[next..<close])}' is not a placeholder: write {name} or {count|one|other}")
      }
      if !literal.isEmpty { segments.append(.text(literal)) }
      literal = ""
      let name = String(parts[0])
      segments.append(
        parts.count == 1 ? .placeholder(name) : .plural(name, one: String(parts[1]), other: String(parts[2])))
      index = text.index(after: close)
    }
    if !literal.isEmpty { segments.append(.text(literal)) }
    return segments
  }
}

/// A group's messages in every language, checked to say the same things.
public struct Group: Sendable {
  /// `check`, from `check.messages`.
  public let name: String
  /// The languages' files, in the order the languages are given.
  public let files: [GroupFile]

  /// Checks that every language has every message of the first (the reference), no other, and
  /// with the same placeholders, the same of them counting.
  public init(name: String, files: [GroupFile]) throws {
    self.name = name
    self.files = files
    guard let reference = files.first else { return }
    let referenceMessages = Dictionary(uniqueKeysWithValues: reference.messages.map { ($0.key, $0) })
    for file in files.dropFirst() {
      let keys = Set(file.messages.map(\.key))
      for message in reference.messages where !keys.contains(message.key) {
        throw CatalogueError(
          location: message.location,
          message: "'\(message.key)' has no translation in '\(file.language)'")
      }
      for message in file.messages {
        guard let original = referenceMessages[message.key] else {
          throw CatalogueError(
            location: message.location,
            message: "'\(message.key)' is not a message of '\(reference.language)'; remove it or add it there"
          )
        }
        let expected = Set(original.placeholders)
        let found = Set(message.placeholders)
        if let missing = expected.subtracting(found).sorted().first {
          throw CatalogueError(
            location: message.location, message: "'\(message.key)' lacks the placeholder {\(missing)}")
        }
        if let extra = found.subtracting(expected).sorted().first {
          throw CatalogueError(
            location: message.location,
            message:
              "'\(message.key)' has the placeholder {\(extra)}, which '\(reference.language)' does not give")
        }
        if let misused = message.numbers.subtracting(original.numbers).sorted().first {
          throw CatalogueError(
            location: message.location,
            message:
              "'\(message.key)' counts by {\(misused)|…}, which is not a number in '\(reference.language)'")
        }
      }
    }
  }
}

extension StringProtocol {
  func trimmingWhitespace() -> String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
