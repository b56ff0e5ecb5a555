import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

/// Compiles and lints rule examples the way the documentation describes them: after
/// `RuleExample.prelude`, with the repository's OGP strategy beside it and its standards file where
/// the strategy `use`s it.
enum ExampleLinter {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let strategySource: String = {
    let url = repositoryRoot.appendingPathComponent("examples/strategy/ogp-2023-2028.ogp")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  static let standardsSource: String = {
    let url = repositoryRoot.appendingPathComponent("examples/standards/ogp-standards.ogp")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  /// The files every example sees, by path: the strategy, the standards and the prelude, laid out
  /// as in the repository so the strategy's `use` finds the standards.
  static let library: [String: String] = [
    "/w/strategy/" + RuleExample.preludeStrategyFile: strategySource,
    "/w/standards/ogp-standards.ogp": standardsSource,
    "/w/strategy/prelude.ogp": RuleExample.prelude,
  ]

  struct Outcome {
    let compilation: Compilation
    let result: LintResult

    /// Where every diagnostic with `code` in the example file starts, in order.
    func locations(of code: String) -> [Position] {
      result.diagnostics.filter { $0.code == code && compilation.sources[$0.span.file].path == "example.ogp" }
        .map {
          let location = compilation.sources[$0.span.file].location(of: $0.span.start)
          return Position(line: location.line, column: location.column)
        }
        .sorted()
    }

    var errors: [Diagnostic] { result.diagnostics.filter { $0.severity == .error && $0.code.hasPrefix("E") } }
  }

  static func lint(
    _ text: String, asOf: String = "2026-06-30", configuration: LintConfiguration = LintConfiguration(),
    baseline: Baseline? = nil
  ) -> Outcome {
    let provider = InMemorySourceProvider(library.merging(["/w/example.ogp": text]) { first, _ in first })
    let compilation = Compiler(provider: provider, workingDirectory: "/w").compile([
      .file("strategy/prelude.ogp"), .file("example.ogp"),
    ])
    let day = PartialDate(asOf)?.firstDay ?? Day(year: 2026, month: 6, day: 30)
    let result = Linter(configuration: configuration).lint(compilation, asOf: day, baseline: baseline)
    return Outcome(compilation: compilation, result: result)
  }

  /// A line and a column, both 1-based; columns count Unicode scalars.
  struct Position: Comparable, CustomStringConvertible {
    let line: Int
    let column: Int

    static func < (lhs: Position, rhs: Position) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
    var description: String { "\(line):\(column)" }
  }

  /// Where each `↓` in `source` points once the markers are removed, in order.
  static func markers(in source: String) -> [Position] {
    var locations: [Position] = []
    var line = 1
    var column = 1
    for scalar in source.unicodeScalars {
      if Character(scalar) == RuleExample.marker {
        locations.append(Position(line: line, column: column))
      } else if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return locations
  }
}
