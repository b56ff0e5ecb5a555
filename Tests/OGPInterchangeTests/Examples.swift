import Foundation
import OGPLanguage
import OGPModel
import Testing

/// The repository's examples, compiled as the command line compiles them.
enum Examples {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let nationalPlan = "examples/plans/arcadia-2024.ogp"

  /// Every `.ogp` file under `examples/` except the broken ones in `examples/errors/`, relative
  /// to the repository root and sorted.
  static let all: [String] = {
    let base = root.appendingPathComponent("examples").path
    let names = FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []
    return names.filter { $0.hasSuffix(".ogp") && !$0.hasPrefix("errors/") }.sorted().map { "examples/" + $0 }
  }()

  /// The model of `path` (with the files it uses), compiled from the repository root.
  static func program(_ path: String) throws -> Program {
    let compilation = Compiler(workingDirectory: root.path).compile([.file(path)])
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.message))")
    return try #require(compilation.program)
  }

  /// Compiles `.ogp` text on its own, as `ogp import` compiles what it prints.
  static func compile(_ text: String) -> Compilation {
    Compiler(provider: InMemorySourceProvider([:]), workingDirectory: "/").compile(
      text: text, path: "printed.ogp")
  }
}
