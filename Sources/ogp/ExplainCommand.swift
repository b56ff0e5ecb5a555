import ArgumentParser
import OGPLanguage
import OGPRules

struct ExplainCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "explain",
      abstract: CliText.explainAbstract,
      discussion: CliText.explainDiscussion
    )
  }

  @Argument(
    help: ArgumentHelp(CliText.explainCode, valueName: "CODE"))
  var code: String?

  @Argument(help: ArgumentHelp(CliText.explainFiles, valueName: "FILE"))
  var files: [String] = []

  @OptionGroup var diagnosticLimit: DiagnosticLimit

  @Flag(help: ArgumentHelp(CliText.explainList))
  var list = false

  @OptionGroup var rootOptions: RootOptions

  func validate() throws {
    guard list || code != nil else {
      throw ValidationError(DocumentationText.explanationNoCode)
    }
  }

  func run() throws {
    // With --list, every argument is a file.
    let members = try MemberRules.load(
      list ? [code].compactMap { $0 } + files : files, rootOptions: rootOptions, limit: diagnosticLimit.limit)
    if list {
      for code in DiagnosticCode.allCases {
        Terminal.write("\(code.rawValue)  \(DiagnosticCatalogue.explanation(for: code).title)\n")
      }
      for rule in RuleRegistry.descriptions {
        Terminal.write("\(rule.code)  \(rule.name): \(rule.summary)\n")
      }
      for member in members {
        Terminal.write("\(member.rule.code)  \(member.rule.title) (\(member.location))\n")
      }
      return
    }
    if let code, let member = members.first(where: { $0.rule.code == code.uppercased() }) {
      Terminal.write(RuleDocumentation.explanation(member))
      return
    }
    if let code, let rule = RuleRegistry.description(for: code) {
      Terminal.write(RuleDocumentation.explanation(rule))
      return
    }
    guard let code, let explanation = DiagnosticCatalogue.explanation(for: code) else {
      let known =
        DiagnosticCode.allCases.map(\.rawValue) + RuleRegistry.descriptions.flatMap { [$0.code, $0.name] }
        + members.map(\.rule.code)
      let closest =
        Suggestions.closest(to: (code ?? "").uppercased(), among: known, limit: 1).first
        ?? Suggestions.closest(to: (code ?? "").lowercased(), among: known, limit: 1).first
      Terminal.writeError("error: " + RuleDocumentation.unknownCode(code ?? "", closest: closest) + "\n")
      throw ExitCode(2)
    }
    Terminal.write(DiagnosticCatalogue.render(explanation))
  }
}
