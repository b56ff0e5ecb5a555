import Foundation
import OGPGenerator
import OGPLanguage
import OGPModel
import OGPTestSupport
import Testing

/// The examples (outside `examples/errors`) compile clean, and their model's JSON is valid,
/// deterministic and reads back to the same model.
@Suite("Example models")
struct ExampleModelTests {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every `.ogp` file under `examples/`, except the deliberately wrong ones, relative to the
  /// repository root and sorted.
  static let examples: [String] = {
    let examples = repositoryRoot.appendingPathComponent("examples")
    guard let enumerator = FileManager.default.enumerator(at: examples, includingPropertiesForKeys: nil)
    else { return [] }
    let rootPath = repositoryRoot.standardizedFileURL.path
    var found: [String] = []
    for case let url as URL in enumerator where url.pathExtension == "ogp" {
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(rootPath + "/") else { continue }
      let relative = String(path.dropFirst(rootPath.count + 1))
      if relative.split(separator: "/").contains("errors") { continue }
      found.append(relative)
    }
    return found.sorted()
  }()

  static let nationalExample = "examples/plans/arcadia-2024.ogp"

  static func compile(_ path: String) -> Compilation {
    Compiler(workingDirectory: repositoryRoot.path).compile([.file(path)])
  }

  @Test("the examples are found")
  func examplesExist() {
    #expect(Self.examples.contains(Self.nationalExample))
    #expect(Self.examples.contains("examples/strategy/ogp-2023-2028.ogp"))
    #expect(Self.examples.contains("examples/plans/rio-claro-2025.ogp"))
    #expect(Self.examples.count >= 3)
  }

  @Test("an example compiles without diagnostics", arguments: examples)
  func compilesClean(path: String) throws {
    let compilation = Self.compile(path)
    #expect(compilation.unreadableRoots.isEmpty)
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map { "\($0.code) \($0.message)" })")
    #expect(compilation.program != nil)
  }

  @Test("an example's model validates against the JSON Schema", arguments: examples)
  func validatesAgainstSchema(path: String) throws {
    let program = try #require(Self.compile(path).program)
    let errors = try SchemaValidator.validate(jsonData: try ProgramJSON.encode(program))
    #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
  }

  @Test("the validator rejects a document that breaks the schema")
  func validatorRejects() throws {
    let errors = try SchemaValidator.validate(jsonData: Data(#"{"schema_version": 1, "plans": [{}]}"#.utf8))
    #expect(!errors.isEmpty)
  }

  @Test("an example's JSON is deterministic and decodes to the same model", arguments: examples)
  func roundTrip(path: String) throws {
    let program = try #require(Self.compile(path).program)
    let again = try #require(Self.compile(path).program)
    let data = try ProgramJSON.encode(program)
    #expect(try ProgramJSON.encode(again) == data)
    #expect(try ProgramJSON.encode(program) == data)
    #expect(try ProgramJSON.encode(program, pretty: false) == ProgramJSON.encode(again, pretty: false))
    #expect(try ProgramJSON.decode(data) == program)
    #expect(try ProgramJSON.decode(ProgramJSON.encode(program, pretty: false)) == program)
  }

  @Test("the national example is a realistic plan")
  func nationalExample() throws {
    let program = try #require(Self.compile(Self.nationalExample).program)
    let plan = try #require(program.plans.first)
    #expect(program.plans.count == 1)
    #expect(plan.member.kind == .national)
    #expect(plan.commitments.count >= 8)
    #expect(Set(program.actors.compactMap(\.branch)).count >= 2)
    #expect(plan.forum != nil)
    #expect(plan.strategy == "ogp_2023_2028")

    let strategy = try #require(program.strategies.first { $0.id == plan.strategy })
    #expect(strategy.objectives.map(\.id) == (1...5).map { "ogp_2023_2028.SO\($0)" })
    #expect(strategy.objectives.flatMap(\.priorities).count == 9)
    // Every reference in the plan names something declared.
    let actors = Set(program.actors.map(\.id))
    let objectives = Set(strategy.objectives.flatMap { [$0.id] + $0.priorities.map(\.id) })
    for commitment in plan.commitments {
      #expect(Set(commitment.leads + commitment.partners).isSubset(of: actors), "\(commitment.id)")
      #expect(Set(commitment.advances).isSubset(of: objectives), "\(commitment.id)")
    }
  }

  @Test("a generated plan of 200 commitments compiles clean, with 3 milestones each")
  func generatedPlan() throws {
    let corpus = PlanGenerator(commitments: 200, seed: 3).generate()
    var files: [String: String] = [:]
    for (name, text) in corpus.files { files["/w/" + name] = text }
    let compilation = Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/w")
      .compile([.file(GeneratedCorpus.planFileName)])
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.prefix(5).map(\.message))")
    #expect(
      compilation.sources.all.map(\.path) == [GeneratedCorpus.planFileName, GeneratedCorpus.strategyFileName])
    let program = try #require(compilation.program)
    let plan = try #require(program.plans.first)
    #expect(plan.commitments.count == 200)
    #expect(plan.commitments.allSatisfy { $0.milestones.count == 3 })
    #expect(plan.commitments.reduce(0) { $0 + $1.milestones.count } == 600)
    let errors = try SchemaValidator.validate(jsonData: try ProgramJSON.encode(program))
    #expect(errors.isEmpty, "\(errors.prefix(5).joined(separator: "\n"))")
  }
}
