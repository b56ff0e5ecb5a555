import ArgumentParser
import Foundation
import OGPRules

struct RulesCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "rules",
      abstract: CliText.rulesAbstract,
      discussion: CliText.rulesDiscussion
    )
  }

  @Argument(help: ArgumentHelp(CliText.rulesFiles, valueName: "FILE"))
  var files: [String] = []

  @Option(help: ArgumentHelp(CliText.rulesFormat))
  var format: RulesFormat = .text

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func run() throws {
    let members = try MemberRules.load(files, rootOptions: rootOptions, limit: diagnosticLimit.limit)
    switch format {
    case .text: Terminal.write(RuleDocumentation.list(members: members))
    case .markdown:
      Terminal.write(RuleDocumentation.markdown(RuleRegistry.descriptions + members.map(\.description)))
    }
  }
}

enum RulesFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown
}

/// The member rules of the files `ogp rules` and `ogp explain` are given.
enum MemberRules {
  /// The rules the files declare or use, each file (or plan found in a folder) compiled as its
  /// own program, as `ogp lint` does; a rule declared in a file several roots use is listed once.
  /// Files with errors are reported and end the run (exit 1, or 2 for a file that cannot be
  /// read).
  static func load(_ files: [String], rootOptions: RootOptions, limit: Int?) throws -> [UserRule] {
    guard !files.isEmpty else { return [] }
    let roots = Front.compileEach(files, excluding: [], root: rootOptions.projectRoot(for: files))
    guard roots.unreadableRoots.isEmpty, !roots.hasErrors else {
      Front.report(roots, colour: ColourChoice.auto.enabled(for: FileHandle.standardError), limit: limit)
      throw ExitCode(roots.unreadableRoots.isEmpty ? 1 : 2)
    }
    var declared: Set<String> = []
    return roots.compilations.flatMap { UserRule.all(in: $0) }.filter {
      declared.insert("\($0.location) \($0.description.code)").inserted
    }
  }
}
