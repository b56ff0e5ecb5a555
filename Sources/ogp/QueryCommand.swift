import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRepl
import OGPRules

struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "Check .ogp files, then print the value of an expression over them.",
    discussion: """
      The last argument is the expression; quote it. It reads the compiled program: collections \
      (plans, commitments, milestones, actors, objectives, strategies, standards), declared names (c01, SO3, \
      finance), fields (c.lead, c.end, m.status), comparisons, and, or, not, in, 'where' filters, \
      the functions count, any, all, min, max, length, exists, days and months, dates with \
      arithmetic (end - start, as_of + 3 months). 'ogp repl' answers the same expressions.

      A list of elements prints as a table (commitments: id, title, lead, status, end; \
      milestones: id, title, end, status, deliverable; actors: id, kind, branch, title; plans: \
      id, member, start, end, commitments), other lists one value a line, and single values \
      plainly: dates as 2026-06-30, durations as 92 days or 3 months, yes or no, none. With \
      --json the value is JSON: elements are objects with id, kind and title first.

      Examples:
        ogp query examples/plans/arcadia-2024.ogp 'commitments where SO3 in advances'
        ogp query examples/plans/arcadia-2024.ogp 'count(milestones where status == complete)'
        ogp query examples/plans/arcadia-2024.ogp 'max(commitments.end)'
        ogp query --json examples/plans/arcadia-2024.ogp 'c01.milestones'

      Exit status: 0 the value was printed; 1 the files have errors, or the expression is \
      ill-formed or ill-typed (shown with a caret under it, like any source file's error); 2 a \
      FILE cannot be read, or a usage error.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "The .ogp files to query ('-' for standard input), then the expression.", valueName: "FILE… EXPR"))
  var arguments: [String]

  @Flag(help: "Print the value as JSON.")
  var json = false

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard arguments.count >= 2 else {
      throw ValidationError(
        "name at least one .ogp file, then the expression: ogp query plan.ogp 'count(commitments)'")
    }
  }

  func run() throws {
    let files = Array(arguments.dropLast())
    let colour = colourOption.enabled(for: FileHandle.standardError)
    let root = rootOptions.projectRoot(for: files)
    let compilation = Front.compile(files, root: root)
    guard compilation.unreadableRoots.isEmpty, let program = compilation.program else {
      Front.report(compilation, colour: colour, limit: diagnosticLimit.limit)
      throw ExitCode(compilation.unreadableRoots.isEmpty ? 1 : 2)
    }
    let query: Query
    switch Query.compile(arguments[arguments.count - 1], name: "<query>", program: program) {
    case .success(let compiled): query = compiled
    case .failure(let failure):
      Terminal.writeError(
        DiagnosticRenderer(sources: failure.sources, colour: colour).render(
          failure.diagnostics, limit: diagnosticLimit.limit))
      throw ExitCode(1)
    }
    // The configuration is read only for its as-of date, so an explicit date spares reading it.
    let configuration =
      asOfOption.asOf == nil
      ? try LintSettings.configuration(
        for: files, explicit: nil, root: root, verbose: rootOptions.verbose, colour: colourOption,
        limit: diagnosticLimit.limit,
        rules: LintSettings.knownRules([compilation])
      ).configuration
      : LintConfiguration()
    do {
      let value = try query.evaluate(on: program, asOf: asOfOption.day(configuration: configuration))
      Terminal.write(json ? ValueFormatter.json(value) : ValueFormatter.text(value, type: query.type))
    } catch {
      Terminal.writeError(
        DiagnosticRenderer(sources: error.sources, colour: colour).render(error.diagnostics))
      throw ExitCode(1)
    }
  }
}
