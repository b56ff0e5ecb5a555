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

      Each FILE is its own program with the files it uses, as for 'ogp lint' (a folder stands \
      for the .ogp files below it, but those --exclude names), so the expression is typed and \
      answered in each, and the answers are joined in the order of the FILEs: with several, \
      elements make one table whose first column is the file (in JSON, a 'file' key first), and \
      other values a line each after their file (in JSON, {"file": …, "value": …}). A FILE with \
      errors has them printed and is left out; a mistake in the expression that depends on the \
      program (a name one plan does not declare) names the FILEs it was made in.

      Examples:
        ogp query examples/plans/arcadia-2024.ogp 'commitments where SO3 in advances'
        ogp query examples/plans/arcadia-2024.ogp 'count(milestones where status == complete)'
        ogp query examples/plans/arcadia-2024.ogp 'max(commitments.end)'
        ogp query --json examples/plans/arcadia-2024.ogp 'c01.milestones'
        ogp query plans 'commitments where SO3 in advances'

      Exit status: 0 the value was printed; 1 a FILE has errors, or the expression is \
      ill-formed or ill-typed (shown with a caret under it, like any source file's error); 2 a \
      FILE cannot be read, or a usage error. With several FILEs the highest wins, and the \
      others are still answered.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "The .ogp files or folders to query ('-' for standard input), then the expression.",
      valueName: "FILE… EXPR"))
  var arguments: [String]

  @Flag(help: "Print the value as JSON.")
  var json = false

  @OptionGroup var excludeOption: ExcludeOption

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
    let roots = Front.compileEach(files, excluding: excludeOption.exclude, root: root)
    var status: Int32 = !roots.unreadableRoots.isEmpty ? 2 : roots.hasErrors ? 1 : 0
    // A program with errors has no model to query: its errors are shown and it is left out.
    if status != 0 { Front.report(roots, colour: colour, limit: diagnosticLimit.limit) }
    let programs = roots.compilations.compactMap { compilation in
      compilation.program.map { (file: Front.rootPath(of: compilation, in: roots), program: $0) }
    }
    if roots.hasErrors && !programs.isEmpty { Front.reportLeftOut(of: "query") }

    // The expression is typed against each program: a name may be declared in one plan only.
    var queries: [(file: String, program: Program, query: Query)] = []
    var failures: [(failure: Query.Failure, files: [String])] = []
    func fail(_ failure: Query.Failure, in file: String) {
      if let index = failures.firstIndex(where: { $0.failure.diagnostics == failure.diagnostics }) {
        failures[index].files.append(file)
      } else {
        failures.append((failure, [file]))
      }
    }
    for (file, program) in programs {
      switch Query.compile(arguments[arguments.count - 1], name: "<query>", program: program) {
      case .success(let query): queries.append((file, program, query))
      case .failure(let failure): fail(failure, in: file)
      }
    }
    var results: [(file: String, value: RuntimeValue, type: ExpressionType)] = []
    if !queries.isEmpty {
      // The configuration is read only for its as-of date, so an explicit date spares reading it.
      let configuration =
        asOfOption.asOf == nil
        ? try LintSettings.configuration(
          for: files, explicit: nil, root: root, verbose: rootOptions.verbose, colour: colourOption,
          limit: diagnosticLimit.limit,
          rules: LintSettings.knownRules(roots.compilations)
        ).configuration
        : LintConfiguration()
      let day = asOfOption.day(configuration: configuration)
      for (file, program, query) in queries {
        do {
          results.append((file, try query.evaluate(on: program, asOf: day), query.type))
        } catch {
          fail(error, in: file)
        }
      }
    }

    for (failure, failed) in failures {
      var diagnostics = failure.diagnostics
      // The same mistake in every program is shown as it is; one that depends on the program
      // says in which.
      if failed.count < programs.count {
        let names = failed.map { "'\($0.visiblePath)'" }.joined(separator: ", ")
        for index in diagnostics.indices {
          diagnostics[index].notes.append(
            "in the program of \(names); each FILE is queried as its own program")
        }
      }
      Terminal.writeError(
        DiagnosticRenderer(sources: failure.sources, colour: colour).render(
          diagnostics, limit: diagnosticLimit.limit))
      status = max(status, 1)
    }

    if roots.compilations.count == 1, let only = results.first {
      Terminal.write(
        json ? ValueFormatter.json(only.value) : ValueFormatter.text(only.value, type: only.type))
    } else if let first = results.first {
      let joined = results.map { (file: $0.file, value: $0.value) }
      Terminal.write(json ? ValueFormatter.json(joined) : ValueFormatter.text(joined, type: first.type))
    }
    if status != 0 { throw ExitCode(status) }
  }
}
