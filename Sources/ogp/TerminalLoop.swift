import Foundation
import OGPLineEditor
import OGPRepl

/// The interactive loop: libedit for editing, history and completion; the engine for the rest.
struct TerminalLoop {
  static let prompt = "ogp> "
  static let continuationPrompt = "...> "

  let session: ReplSession

  func run() {
    let history = LineEditor.defaultHistoryPath(environment: ProcessInfo.processInfo.environment)
    let editor = LineEditor(programName: "ogp", historyFile: history)
    let session = self.session
    editor.completer = { line in session.completions(for: line) }
    Terminal.write(ReplText.banner + "\n")
    var buffer = ""
    while true {
      switch editor.readLine(prompt: buffer.isEmpty ? Self.prompt : Self.continuationPrompt) {
      case .endOfFile:
        if buffer.isEmpty { return }
        buffer = ""
        Terminal.write("\n")
      case .interrupted:
        buffer = ""
      case .line(let line):
        // A command is a command even inside an open block, which stays open.
        if line.drop(while: { $0 == " " }).hasPrefix(":") {
          editor.addHistory(line)
          let response = session.evaluate(line)
          show(response)
          if response.quit { return }
          continue
        }
        if buffer.isEmpty && line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        buffer += line + "\n"
        guard session.isComplete(buffer) else { continue }
        editor.addHistory(String(buffer.dropLast()))
        show(session.evaluate(buffer))
        buffer = ""
      }
    }
  }
}
