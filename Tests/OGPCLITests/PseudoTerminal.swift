import CPty
import Foundation

/// Runs a program on a pseudo-terminal and talks to it as a user at a terminal would, in the
/// manner of `expect`: wait for some output, then type.
///
/// Keys go in as text: Tab is "\t", Enter "\r", Ctrl-C "\u{3}", Ctrl-D "\u{4}", Up "\u{1b}[A".
/// A line editor reads keys only once it has put the terminal in raw mode, and the terminal
/// discards typed-ahead input on Ctrl-C, so a key is sent only after the output it answers has
/// been seen and `waitForRawMode()` has returned; `type(_:after:)` does both.
///
/// A line editor redraws only what changed (Tab after `:lo` writes just `ad `), so what a line
/// reads is asked of a model of the screen: `expectTextBeforeCursor(_:)`.
final class PseudoTerminal {
  enum Failure: Error, CustomStringConvertible {
    case cannotStart(String)
    case timedOut(waitingFor: String, transcript: String)
    case cannotWrite(String)

    var description: String {
      switch self {
      case .cannotStart(let reason): "cannot start the program on a pseudo-terminal: \(reason)"
      case .timedOut(let awaited, let transcript):
        "timed out waiting for \(awaited); the terminal showed:\n\(transcript)"
      case .cannotWrite(let reason): "cannot type on the pseudo-terminal: \(reason)"
      }
    }
  }

  let processID: pid_t
  private let master: Int32
  private let rows: Int
  private let columns: Int
  private var output: [UInt8] = []
  /// Where the next `expect` starts looking: output already matched is not matched again.
  private var position = 0
  private var outputEnded = false
  private var isClosed = false
  private var exitStatus: Int32?

  /// Starts `executable` with `arguments` in `directory`, with exactly `environment` (nothing is
  /// inherited), on a terminal of `rows` by `columns`.
  init(
    executable: String, arguments: [String], environment: [String: String], directory: String,
    rows: UInt16 = 24, columns: UInt16 = 80
  ) throws {
    let argumentStrings = ([executable] + arguments).map { strdup($0) }
    let environmentStrings = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
    defer { (argumentStrings + environmentStrings).forEach { free($0) } }
    var master: Int32 = -1
    let child = cpty_spawn(
      executable, argumentStrings + [nil], environmentStrings + [nil], directory, rows, columns, &master)
    guard child > 0 else { throw Failure.cannotStart(String(cString: strerror(errno))) }
    processID = child
    self.master = master
    self.rows = Int(rows)
    self.columns = Int(columns)
  }

  deinit {
    _ = close()
  }

  /// Everything the program wrote so far, control sequences made visible, for failure messages.
  var transcript: String {
    String(decoding: output, as: UTF8.self).unicodeScalars.map { scalar in
      switch scalar {
      case "\n", "\t": String(scalar)
      case "\u{1b}": "␛"
      case "\r": ""
      case "\u{7}": "🔔"
      case _ where scalar.value < 0x20: "^" + String(UnicodeScalar(scalar.value + 0x40)!)
      default: String(scalar)
      }
    }.joined()
  }

  /// Waits until `text` appears in what the program wrote since the last match, and moves past
  /// it; returns what was written from the last match to the end of this one.
  @discardableResult
  func expect(_ text: String, timeout: Duration = .seconds(20)) throws -> String {
    let needle = Array(text.utf8)
    let deadline = ContinuousClock.now + timeout
    while true {
      if let end = Self.find(needle, in: output, from: position) {
        defer { position = end }
        return String(decoding: output[position..<end], as: UTF8.self)
      }
      guard !outputEnded, ContinuousClock.now < deadline else {
        throw Failure.timedOut(waitingFor: "\"\(text)\"", transcript: transcript)
      }
      readAvailable(waitingMilliseconds: 50)
    }
  }

  /// What the row the cursor is on shows up to the cursor, spaces included.
  var textBeforeCursor: String {
    var screen = Screen(rows: rows, columns: columns)
    screen.show(output)
    return screen.textBeforeCursor
  }

  /// Waits until the row the cursor is on reads `text` up to the cursor.
  func expectTextBeforeCursor(_ text: String, timeout: Duration = .seconds(20)) throws {
    let deadline = ContinuousClock.now + timeout
    while textBeforeCursor != text {
      guard !outputEnded, ContinuousClock.now < deadline else {
        throw Failure.timedOut(
          waitingFor: "the line to read \"\(text)\" (it reads \"\(textBeforeCursor)\")",
          transcript: transcript)
      }
      readAvailable(waitingMilliseconds: 50)
    }
  }

  /// Waits until the terminal is in raw mode (no canonical line editing): a line editor is
  /// then reading keys one at a time.
  func waitForRawMode(timeout: Duration = .seconds(20)) throws {
    let deadline = ContinuousClock.now + timeout
    var settings = termios()
    while tcgetattr(master, &settings) != 0 || settings.c_lflag & tcflag_t(ICANON) != 0 {
      guard !outputEnded, ContinuousClock.now < deadline else {
        throw Failure.timedOut(waitingFor: "raw mode", transcript: transcript)
      }
      // Drained meanwhile, so a program writing a lot is never blocked on a full terminal.
      readAvailable(waitingMilliseconds: 5)
    }
  }

  /// Types `keys` at once.
  func send(_ keys: String) throws {
    var bytes = Array(keys.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        guard errno == EINTR || errno == EAGAIN else {
          throw Failure.cannotWrite(String(cString: strerror(errno)))
        }
        continue
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Waits for `prompt` and for raw mode, then types `keys`: one step of a conversation.
  func type(_ keys: String, after prompt: String) throws {
    try expect(prompt)
    try waitForRawMode()
    try send(keys)
  }

  /// Waits for the program to end on its own; returns its status as a shell shows it (128 plus
  /// the signal's number for a program killed by a signal).
  func waitForExit(timeout: Duration = .seconds(20)) throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while exitStatus == nil {
      var status: Int32 = 0
      if waitpid(processID, &status, WNOHANG) == processID {
        exitStatus = Self.shellStatus(status)
        break
      }
      guard ContinuousClock.now < deadline else {
        throw Failure.timedOut(waitingFor: "the program to exit", transcript: transcript)
      }
      readAvailable(waitingMilliseconds: 20)
    }
    return exitStatus!
  }

  /// Ends the session: kills the program if it is still running, closes the terminal, and
  /// returns the program's status.
  @discardableResult
  func close() -> Int32 {
    if exitStatus == nil {
      var status: Int32 = 0
      if waitpid(processID, &status, WNOHANG) != processID {
        kill(processID, SIGKILL)
        while waitpid(processID, &status, 0) < 0 && errno == EINTR {}
      }
      exitStatus = Self.shellStatus(status)
    }
    if !isClosed {
      closeDescriptor(master)
      isClosed = true
      outputEnded = true
    }
    return exitStatus!
  }

  private func readAvailable(waitingMilliseconds milliseconds: Int32) {
    guard !outputEnded else { return }
    var watched = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&watched, 1, milliseconds) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &buffer, buffer.count)
    if count > 0 {
      output += buffer[..<count]
    } else if count == 0 || errno != EINTR && errno != EAGAIN {
      // Linux reports EIO once no process has the terminal open any more.
      outputEnded = true
    }
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty else { return start }
    var index = start
    while index + needle.count <= haystack.count {
      if haystack[index..<index + needle.count].elementsEqual(needle) { return index + needle.count }
      index += 1
    }
    return nil
  }

  private static func shellStatus(_ status: Int32) -> Int32 {
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}

extension PseudoTerminal {
  /// Just enough of an xterm to know what the screen shows: text, line feeds and wrapping,
  /// cursor moves, erasing, inserting and deleting characters; other control sequences (colours,
  /// modes) are skipped. Every character takes one column.
  struct Screen {
    private var cells: [[Character]]
    private var row = 0
    private var column = 0
    private let columns: Int

    init(rows: Int, columns: Int) {
      self.columns = columns
      cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    var textBeforeCursor: String { String(cells[row][..<min(column, columns)]) }

    mutating func show(_ bytes: [UInt8]) {
      var scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars[...]
      while let scalar = scalars.popFirst() {
        switch scalar {
        case "\r": column = 0
        case "\n": lineFeed()
        case "\u{8}": column = max(0, min(column, columns - 1) - 1)
        case "\t": column = min(columns - 1, (column / 8 + 1) * 8)
        case "\u{1b}": escape(&scalars)
        case _ where scalar.value < 0x20 || scalar.value == 0x7f: break
        default: put(Character(scalar))
        }
      }
    }

    private mutating func put(_ character: Character) {
      // The cursor rests past the last column until the next character wraps it, as xterm's does.
      if column >= columns {
        column = 0
        lineFeed()
      }
      cells[row][column] = character
      column += 1
    }

    private mutating func lineFeed() {
      if row == cells.count - 1 {
        cells.removeFirst()
        cells.append(Array(repeating: " ", count: columns))
      } else {
        row += 1
      }
    }

    private mutating func escape(_ scalars: inout Substring.UnicodeScalarView) {
      switch scalars.popFirst() {
      case "[": break
      // Character-set designations take one more character; other escapes stand alone.
      case "(", ")": _ = scalars.popFirst(); return
      default: return
      }
      var text = ""
      while let next = scalars.popFirst() {
        guard (0x40...0x7e).contains(next.value) else {
          text.unicodeScalars.append(next)
          continue
        }
        let numbers = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        controlSequence(next, numbers)
        return
      }
    }

    /// `ESC [ numbers final`; a missing or zero count means one.
    private mutating func controlSequence(_ final: Unicode.Scalar, _ numbers: [Int]) {
      let first = numbers.first ?? 0
      let count = max(1, first)
      let line = min(column, columns - 1)
      let blankRow = Array(repeating: Character(" "), count: columns)
      switch final {
      case "A": row = max(0, row - count)
      case "B": row = min(cells.count - 1, row + count)
      case "C": column = min(columns - 1, line + count)
      case "D": column = max(0, line - count)
      case "G": column = min(columns - 1, count - 1)
      case "H", "f":
        row = min(cells.count - 1, count - 1)
        column = min(columns - 1, max(1, numbers.dropFirst().first ?? 1) - 1)
      case "K":
        let erased = first == 1 ? 0..<line + 1 : first == 2 ? 0..<columns : line..<columns
        cells[row].replaceSubrange(erased, with: blankRow[erased])
      case "J" where first == 0:
        cells[row].replaceSubrange(line..<columns, with: blankRow[line...])
        for below in (row + 1)..<cells.count { cells[below] = blankRow }
      case "P":
        cells[row].removeSubrange(line..<min(columns, line + count))
        cells[row] += blankRow[cells[row].count...]
      case "@":
        let inserted = min(count, columns - line)
        cells[row].insert(contentsOf: blankRow[..<inserted], at: line)
        cells[row].removeLast(inserted)
      case "X":
        let erased = line..<min(columns, line + count)
        cells[row].replaceSubrange(erased, with: blankRow[erased])
      default: break
      }
    }
  }
}

/// `close(2)`, out of reach inside a type with a `close()` of its own.
private func closeDescriptor(_ descriptor: Int32) {
  _ = close(descriptor)
}
