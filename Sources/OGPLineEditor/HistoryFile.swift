import Foundation

/// The history file: UTF-8 text, one entry a line, oldest first. Inside an entry a newline is
/// written `\n` and a backslash `\\`, so a multi-line block stays one entry.
///
/// Reading never fails: a line that is not valid UTF-8, holds a NUL or a malformed escape is
/// dropped (a damaged file loses those lines, not the rest), and a missing file is an empty history.
enum HistoryFile {
  /// The last `limit` entries of the file at `path`; none if it is missing or unreadable.
  static func load(from path: String, limit: Int) -> [String] {
    FileManager.default.contents(atPath: path).map { parse([UInt8]($0), limit: limit) } ?? []
  }

  /// Adds `entry` to the file at `path`, creating its directory if needed, keeping the last `limit`
  /// entries. Returns whether the file was written.
  ///
  /// The file is read again first, so sessions running side by side add to it rather than
  /// overwrite each other; it is then replaced whole, by a temporary file renamed over it, so a
  /// crash leaves the old history or the new one.
  @discardableResult
  static func add(_ entry: String, toFileAt path: String, limit: Int) -> Bool {
    let manager = FileManager.default
    let file = URL(fileURLWithPath: path)
    let directory = file.deletingLastPathComponent()
    // Owner-only, as the XDG specification asks of the directories it names and as shells keep
    // their histories: a history can hold what was typed by mistake.
    try? manager.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let entries = appending(entry, to: load(from: path, limit: limit), limit: limit)
    let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp")
      .path
    guard
      manager.createFile(
        atPath: temporary, contents: Data(serialize(entries)), attributes: [.posixPermissions: 0o600])
    else { return false }
    guard rename(temporary, file.path) == 0 else {
      try? manager.removeItem(atPath: temporary)
      return false
    }
    return true
  }

  /// The entries of a history file, with adjacent duplicates merged and only the last `limit` kept.
  static func parse(_ bytes: [UInt8], limit: Int) -> [String] {
    var entries: [String] = []
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
      guard let text = String(validating: line, as: UTF8.self), let entry = unescape(text) else { continue }
      if entries.last != entry { entries.append(entry) }
    }
    return Array(entries.suffix(max(0, limit)))
  }

  /// The bytes of a history file holding `entries`.
  static func serialize(_ entries: [String]) -> [UInt8] {
    var text = ""
    for entry in entries {
      for character in entry.unicodeScalars {
        switch character {
        case "\\": text += "\\\\"
        case "\n": text += "\\n"
        default: text.unicodeScalars.append(character)
        }
      }
      text += "\n"
    }
    return Array(text.utf8)
  }

  /// What is kept of a submitted input: its trailing newlines go; nil when nothing is left to recall.
  static func normalized(_ entry: String) -> String? {
    var entry = Substring(entry)
    while entry.last?.isNewline == true { entry.removeLast() }
    guard entry.contains(where: { !$0.isWhitespace }), !entry.contains("\0") else { return nil }
    return String(entry)
  }

  /// `entries` with `entry` added last, unless it repeats the last one, capped at `limit`.
  static func appending(_ entry: String, to entries: [String], limit: Int) -> [String] {
    let all = entries.last == entry ? entries : entries + [entry]
    return Array(all.suffix(max(0, limit)))
  }

  private static func unescape(_ line: String) -> String? {
    var entry = ""
    var escaping = false
    for character in line.unicodeScalars {
      if escaping {
        switch character {
        case "\\": entry += "\\"
        case "n": entry += "\n"
        default: return nil
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else if character == "\0" {
        return nil
      } else {
        entry.unicodeScalars.append(character)
      }
    }
    return escaping ? nil : entry
  }
}
