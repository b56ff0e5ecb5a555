import ArgumentParser
import OGPRules

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List every lint rule with its code, default severity and summary.",
    discussion: """
      Examples:
        ogp rules
        ogp rules --format markdown > docs/rules.md
        ogp explain OBJ006
      """
  )

  @Option(help: "text (a list) or markdown (the full documentation, as in docs/rules.md).")
  var format: RulesFormat = .text

  func run() throws {
    switch format {
    case .text: Terminal.write(RuleDocumentation.list())
    case .markdown: Terminal.write(RuleDocumentation.markdown())
    }
  }
}

enum RulesFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown
}
