import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRepl
import OGPRules

struct QueryCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "query",
      abstract: CliText.queryAbstract,
      discussion: CliText.queryDiscussion
    )
  }

  @Argument(
    help: ArgumentHelp(CliText.queryArguments, valueName: "FILE… EXPR"))
  var arguments: [String]

  @Flag(help: ArgumentHelp(CliText.queryJson))
  var json = false

  @OptionGroup var excludeOption: ExcludeOption

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard arguments.count >= 2 else {
      throw ValidationError(CliText.queryNoExpression)
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
    if roots.hasErrors && !programs.isEmpty { Front.reportLeftOut(CliText.leftOutQuery) }

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
