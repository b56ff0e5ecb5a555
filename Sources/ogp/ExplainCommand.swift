import ArgumentParser
import OGPLanguage

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain a diagnostic code, with an example and its fix.",
    discussion: """
      Examples:
        ogp explain E0208
        ogp explain --list
      """
  )

  @Argument(help: ArgumentHelp("A code from a diagnostic, such as E0208.", valueName: "CODE"))
  var code: String?

  @Flag(help: "List every code with its title.")
  var list = false

  func validate() throws {
    guard list || code != nil else {
      throw ValidationError("name a code to explain, such as E0208, or pass --list")
    }
  }

  func run() throws {
    if list {
      for code in DiagnosticCode.allCases {
        Terminal.write("\(code.rawValue)  \(DiagnosticCatalogue.explanation(for: code).title)\n")
      }
      return
    }
    guard let code, let explanation = DiagnosticCatalogue.explanation(for: code) else {
      let known = DiagnosticCode.allCases.map(\.rawValue)
      var message = "error: unknown code '\(code ?? "")'"
      if let closest = known.first(where: { $0.lowercased().hasSuffix((code ?? "").lowercased().suffix(3)) })
      {
        message += "; did you mean \(closest)?"
      }
      Terminal.writeError(message + " ('ogp explain --list' shows every code)\n")
      throw ExitCode(2)
    }
    Terminal.write(DiagnosticCatalogue.render(explanation))
  }
}
