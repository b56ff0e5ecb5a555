import CLibEdit
import CLibEditShim
import Foundation

/// Reads lines from the terminal with libedit: editing keys, a history kept in a file, Tab
/// completion, Ctrl-C to cancel the input and Ctrl-D to end the session.
///
/// One editor a process, on standard input and output, used from one thread: libedit draws on
/// the terminal and the Ctrl-C handler is process-wide. Only for a terminal; piped input wants a
/// plain reader.
public final class LineEditor {
  /// What one `readLine(prompt:)` got.
  public enum Input: Equatable, Sendable {
    /// A line as typed, without its newline. A block recalled from the history comes back whole,
    /// with the newlines between its lines.
    case line(String)
    /// Ctrl-C: the input being typed is cancelled; the caller discards what it has buffered and
    /// prompts afresh.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfFile
  }

  /// Given the text of the line before the cursor (the cursor's line only, in a block recalled
  /// from the history), the whole words that may replace the word being typed (the text after
  /// the last space or comma), in the order to list them. One candidate is completed, followed
  /// by a space unless it ends in `.` or `/`; several are completed to what they share, and a
  /// second Tab lists them. On a blank line Tab inserts a tab, so pasted indentation stays.
  /// Called synchronously, during `readLine(prompt:)` on its thread, so it need not be
  /// `@Sendable` and may capture the session it asks.
  public var completer: ((String) -> [String])?

  private let editor: OpaquePointer?
  private let history: OpaquePointer?
  private let historyFile: String?
  private let historyLimit: Int
  /// The key count of the last Tab that found several candidates and changed nothing, so that
  /// the very next key, if a Tab, lists them.
  private var ambiguousAtKey: UInt?

  /// Opens the editor on the terminal and loads the history from `historyFile` (nil: a history
  /// for this session only). A missing or unreadable history file is an empty history.
  public init(programName: String, historyFile: String?, historyLimit: Int = 1000) {
    self.historyFile = historyFile
    self.historyLimit = max(1, historyLimit)
    editor = ogp_editor_open(programName)
    history = ogp_history_open(Int32(clamping: self.historyLimit))
    if let history, let historyFile {
      for entry in HistoryFile.load(from: historyFile, limit: self.historyLimit) {
        ogp_history_enter(history, entry)
      }
    }
    guard let editor else { return }
    if let history { ogp_editor_use_history(editor, history) }
    ogp_editor_set_owner(editor, Unmanaged.passUnretained(self).toOpaque())
    _ = ogp_editor_bind(editor, "ogp-complete", "Complete the word before the cursor", "^I") { editor, _ in
      guard let owner = ogp_editor_owner(editor) else { return UInt8(CC_ERROR) }
      return Unmanaged<LineEditor>.fromOpaque(owner).takeUnretainedValue().complete(in: editor)
    }
    _ = ogp_interrupts_install()
  }

  deinit {
    if let editor { ogp_editor_close(editor) }
    if let history { ogp_history_close(history) }
    ogp_interrupts_restore()
  }

  /// Shows `prompt` and reads a line. A Ctrl-C pressed between prompts is forgotten, not taken
  /// as cancelling the next input.
  public func readLine(prompt: String) -> Input {
    guard let editor else { return .endOfFile }
    ogp_editor_set_prompt(editor, prompt)
    ogp_interrupts_discard()
    ambiguousAtKey = nil
    var count: Int32 = 0
    let line = el_wgets(editor, &count)
    if ogp_editor_take_interrupt(editor) != 0 { return .interrupted }
    guard let line, count > 0 else {
      // libedit leaves the cursor after the prompt; the shell's prompt should start a new line.
      ogp_editor_write(editor, "\n")
      return .endOfFile
    }
    var text = Self.text(line, count: Int(count))
    if text.unicodeScalars.last == "\n" { text.unicodeScalars.removeLast() }
    return .line(text)
  }

  /// Records one submitted input (a multi-line block as one entry) for Up to recall, unless it
  /// is blank or repeats the entry before it, and adds it to the history file, which keeps the
  /// last `historyLimit` entries and is replaced whole (a temporary file renamed over it). A
  /// history that cannot be saved is not worth interrupting the session for: failures are
  /// ignored.
  public func addHistory(_ entry: String) {
    guard let entry = HistoryFile.normalized(entry) else { return }
    if let history { ogp_history_enter(history, entry) }
    if let historyFile { HistoryFile.add(entry, toFileAt: historyFile, limit: historyLimit) }
  }

  /// Where the history lives: `$XDG_STATE_HOME/ogp/history`, else
  /// `$HOME/.local/state/ogp/history`; nil without a home. A relative `XDG_STATE_HOME` is
  /// ignored, as the XDG specification says.
  public static func defaultHistoryPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return URL(fileURLWithPath: state).appendingPathComponent("ogp/history").path
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".local/state/ogp/history").path
  }

  /// Tab, called by libedit in the middle of `el_wgets`; returns a libedit `CC_*` code.
  private func complete(in editor: OpaquePointer) -> UInt8 {
    let key = UInt(ogp_editor_key_count(editor))
    let repeated = ambiguousAtKey.map { $0 &+ 1 == key } ?? false
    ambiguousAtKey = nil
    let line = el_wline(editor).pointee
    let before = Self.text(line.buffer, count: line.cursor - line.buffer)
    let step = Completion.step(textBeforeCursor: before, repeated: repeated) { [completer] in
      completer?($0) ?? []
    }
    switch step {
    case .insertTab:
      Self.insert("\t", into: editor)
      return UInt8(CC_REFRESH)
    case .replace(let deleting, let inserting):
      el_deletestr(editor, Int32(deleting))
      Self.insert(inserting, into: editor)
      return UInt8(CC_REFRESH)
    case .ambiguous:
      ambiguousAtKey = key
      return UInt8(CC_REFRESH_BEEP)
    case .noCandidates:
      return UInt8(CC_REFRESH_BEEP)
    case .list(let words):
      // Listed again by a further Tab, as readline does.
      ambiguousAtKey = key
      let rows = Completion.layout(words, width: Int(ogp_editor_columns(editor)))
      ogp_editor_write(editor, "\n" + rows.joined(separator: "\n") + "\n")
      return UInt8(CC_REDISPLAY)
    }
  }

  private static func text(_ start: UnsafePointer<wchar_t>, count: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for offset in 0..<count {
      scalars.append(Unicode.Scalar(UInt32(bitPattern: start[offset])) ?? "\u{FFFD}")
    }
    return String(scalars)
  }

  private static func insert(_ text: String, into editor: OpaquePointer) {
    let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    _ = el_winsertstr(editor, wide)
  }
}
