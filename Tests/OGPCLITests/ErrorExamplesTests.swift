import Foundation
import OGPDiagnostics
import OGPLanguage
import Testing

/// One diagnostic a file expects, written `// expect: E0208@19:14` (code @ line:column, 1-based,
/// columns in Unicode scalars).
struct Expectation: Hashable, Comparable, CustomStringConvertible, Sendable {
  let code: String
  let line: Int
  let column: Int

  var description: String { "\(code)@\(line):\(column)" }

  /// Shifted down by `lines` lines, as when other text is put before it.
  func shifted(by lines: Int) -> Expectation {
    Expectation(code: code, line: line + lines, column: column)
  }

  static func < (lhs: Expectation, rhs: Expectation) -> Bool {
    (lhs.line, lhs.column, lhs.code) < (rhs.line, rhs.column, rhs.code)
  }

  static let marker = "// expect: "

  /// Every `// expect: CODE@L:C` in `text`. A marker followed by anything else is a mistake in
  /// the example and is returned in `malformed`, so a typo cannot silently expect nothing.
  static func parse(_ text: String) -> (expectations: [Expectation], malformed: [String]) {
    var expectations: [Expectation] = []
    var malformed: [String] = []
    var rest = text[...]
    while let range = rest.range(of: marker) {
      rest = rest[range.upperBound...]
      let word = rest.prefix { !$0.isWhitespace }
      let parts = word.split(separator: "@", omittingEmptySubsequences: false)
      let position = parts.count == 2 ? parts[1].split(separator: ":", omittingEmptySubsequences: false) : []
      if parts.count == 2, !parts[0].isEmpty, position.count == 2, let line = Int(position[0]),
        let column = Int(position[1]), line >= 1, column >= 1
      {
        expectations.append(Expectation(code: String(parts[0]), line: line, column: column))
      } else {
        malformed.append(String(word))
      }
    }
    return (expectations, malformed)
  }
}

/// A broken example in `examples/errors/`, with the diagnostics it expects.
struct ErrorExample: CustomTestStringConvertible, Sendable {
  static let directory = "examples/errors"

  /// `examples/errors/unknown-objective.ogp`, relative to the repository root.
  let path: String
  let bytes: [UInt8]
  let expectations: [Expectation]
  let malformed: [String]

  init(path: String) {
    self.path = path
    bytes = (try? [UInt8](Data(contentsOf: Repository.url(path)))) ?? []
    (expectations, malformed) = Expectation.parse(String(decoding: bytes, as: UTF8.self))
  }

  var name: String { String(path.split(separator: "/").last!.dropLast(".ogp".count)) }
  var goldenPath: String { Self.directory + "/" + name + ".expected" }
  /// The same output in Spanish, beside the English one.
  var spanishGoldenPath: String { Self.directory + "/" + name + ".es.expected" }
  var testDescription: String { name }
  var lineCount: Int { bytes.count(where: { $0 == UInt8(ascii: "\n") }) }

  /// Every example, one per kind of mistake; `support/` holds files they use, which are not
  /// examples on their own.
  static let all: [ErrorExample] = Repository.files(under: directory, suffix: ".ogp", recursive: false)
    .map(ErrorExample.init(path:))

  static let support: [ErrorExample] = Repository.files(
    under: directory + "/support", suffix: ".ogp", recursive: true
  ).map(ErrorExample.init(path:))

  /// The examples whose mistakes are all lexical or syntax errors (E00xx, E01xx) in one file
  /// that loads no other: pasted one after another, each must report exactly what it reports
  /// alone.
  static let composable: [ErrorExample] = all.filter { example in
    // These two leave something open that swallows whatever follows them, so by design their
    // errors do not stay put when more text comes after: an unclosed block takes the next
    // file's declarations inside the plan, an unterminated """ string takes the rest as text.
    let swallowsWhatFollows: Set<String> = ["unclosed-block", "unterminated-multiline-string"]
    guard !swallowsWhatFollows.contains(example.name) else { return false }
    guard example.expectations.allSatisfy({ $0.code.hasPrefix("E00") || $0.code.hasPrefix("E01") }) else {
      return false
    }
    return Compiler(workingDirectory: Repository.rootPath).compile([.file(example.path)]).files.count == 1
  }
}

/// The broken examples: each one's inline expectations, checked through the library, and its
/// rendered output, checked through the `ogp` binary against a golden file.
struct ErrorExamplesTests {
  /// `OGP_UPDATE_GOLDENS=1 swift test --filter OGPCLITests` rewrites the `.expected` files.
  static let updatingGoldens = ProcessInfo.processInfo.environment["OGP_UPDATE_GOLDENS"] == "1"

  /// The (code, line, column) of each diagnostic, grouped by the path of the file it is in.
  static func located(_ compilation: Compilation) -> [String: [Expectation]] {
    var located: [String: [Expectation]] = [:]
    for diagnostic in compilation.diagnostics {
      let file = compilation.sources[diagnostic.span.file]
      let location = file.location(of: diagnostic.span.start)
      located[file.path, default: []].append(
        Expectation(code: diagnostic.code, line: location.line, column: location.column))
    }
    return located
  }

  @Test func theFolderHasExamples() {
    #expect(ErrorExample.all.count >= 20)
    #expect(ErrorExample.composable.count >= 5)
  }

  @Test(arguments: ErrorExample.all)
  func inlineExpectations(_ example: ErrorExample) throws {
    #expect(example.malformed.isEmpty, "malformed '// expect:' comments: \(example.malformed)")
    #expect(
      String(decoding: example.bytes.prefix(3), as: UTF8.self) == "// ",
      "an example starts with a '//' comment saying what mistake it shows")

    let compilation = Compiler(workingDirectory: Repository.rootPath).compile([.file(example.path)])
    #expect(compilation.unreadableRoots.isEmpty)
    #expect(compilation.hasErrors)
    let located = Self.located(compilation)
    #expect(located[example.path, default: []].sorted() == example.expectations.sorted())
    for (path, found) in located where path != example.path {
      // A diagnostic in a file this one uses must be expected by that file.
      let other = ErrorExample(path: path)
      var remaining = other.expectations
      for expectation in found {
        if let index = remaining.firstIndex(of: expectation) {
          remaining.remove(at: index)
        } else {
          Issue.record("\(path) does not expect \(expectation), reported when checking \(example.path)")
        }
      }
    }
  }

  /// A support file's expectations are met by some example that uses it, exactly.
  @Test(arguments: ErrorExample.support.filter { !$0.expectations.isEmpty })
  func supportExpectations(_ support: ErrorExample) {
    #expect(support.malformed.isEmpty, "malformed '// expect:' comments: \(support.malformed)")
    let compiler = Compiler(workingDirectory: Repository.rootPath)
    let met = ErrorExample.all.contains { example in
      let located = Self.located(compiler.compile([.file(example.path)]))
      return located[support.path, default: []].sorted() == support.expectations.sorted()
    }
    #expect(met, "no example reports exactly \(support.expectations.sorted()) in \(support.path)")
  }

  @Test(arguments: ErrorExample.all)
  func renderedGolden(_ example: ErrorExample) throws {
    let result = try OGPProcess.run(["check", example.path])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    try Self.compare(result.standardError, toGolden: example.goldenPath, of: "ogp check \(example.path)")
  }

  /// `output` against the golden file at `path` (relative to the repository), or written there
  /// when `OGP_UPDATE_GOLDENS=1`; `command` names what printed it in a failure.
  static func compare(_ output: String, toGolden path: String, of command: String) throws {
    let golden = Repository.url(path)
    if updatingGoldens {
      try Data(output.utf8).write(to: golden)
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(output == expected, "'\(command)' differs from \(path); OGP_UPDATE_GOLDENS=1 rewrites it")
  }

  /// `LANG=es_ES.UTF-8 ogp check` says the same diagnostics as English, at the same places, in
  /// Spanish; its output is a golden of its own.
  @Test(arguments: ErrorExample.all)
  func renderedSpanishGolden(_ example: ErrorExample) throws {
    let english = try OGPProcess.run(["check", example.path])
    let spanish = try OGPProcess.run(["check", example.path], environment: ["LANG": "es_ES.UTF-8"])
    #expect(spanish.status == english.status)
    #expect(spanish.standardOutput.isEmpty)
    #expect(Self.places(in: spanish.standardError) == Self.places(in: english.standardError))
    #expect(!Self.places(in: english.standardError).isEmpty)
    try Self.compare(
      spanish.standardError, toGolden: example.spanishGoldenPath,
      of: "LANG=es_ES.UTF-8 ogp check \(example.path)")
  }

  /// `path:line:column code` of each diagnostic's header line in rendered output, whatever the
  /// language of its severity word.
  static func places(in output: String) -> [String] {
    output.split(separator: "\n").compactMap { line in
      guard let bracket = line.firstIndex(of: "["), let close = line[bracket...].firstIndex(of: "]"),
        line[close...].hasPrefix("]: ")
      else { return nil }
      let head = line[..<bracket]
      guard let severityStart = head.range(of: ": ", options: .backwards) else { return nil }
      return "\(head[..<severityStart.lowerBound]) \(line[line.index(after: bracket)..<close])"
    }
  }

  @Test func everyExpectedCodeIsADiagnosticCode() {
    for example in ErrorExample.all + ErrorExample.support {
      for expectation in example.expectations {
        #expect(
          DiagnosticCode(rawValue: expectation.code) != nil,
          "\(example.path) expects unknown code \(expectation)")
      }
    }
  }

  /// Three syntax-error examples pasted one after another report the union of their
  /// diagnostics, each at its line shifted by the files before it: recovery leaves no trace.
  /// Every ordered pair of composable examples is followed by a third, chosen by index.
  @Test(arguments: ErrorExample.composable)
  func concatenationsReportTheUnion(_ first: ErrorExample) {
    let examples = ErrorExample.composable
    guard let firstIndex = examples.firstIndex(where: { $0.path == first.path }) else { return }
    let count = examples.count
    let compiler = Compiler(workingDirectory: Repository.rootPath)
    for secondIndex in examples.indices where secondIndex != firstIndex {
      var thirdIndex = (firstIndex * 7 + secondIndex * 3 + 1) % count
      while thirdIndex == firstIndex || thirdIndex == secondIndex { thirdIndex = (thirdIndex + 1) % count }
      let triple = [examples[firstIndex], examples[secondIndex], examples[thirdIndex]]
      var bytes: [UInt8] = []
      var expected: [Expectation] = []
      for example in triple {
        let lines = bytes.count(where: { $0 == UInt8(ascii: "\n") })
        expected += example.expectations.map { $0.shifted(by: lines) }
        bytes += example.bytes
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
      }
      let compilation = compiler.compile([.bytes(bytes, name: "concatenation.ogp", directory: ".")])
      let found = Self.located(compilation)["concatenation.ogp", default: []]
      #expect(
        found.sorted() == expected.sorted(), "concatenating \(triple.map(\.name).joined(separator: " + "))")
    }
  }
}

/// What `ogp check` does with files that are not error examples.
struct CheckCommandTests {
  @Test func aMissingFileOnTheCommandLineExitsTwo() throws {
    let result = try OGPProcess.run(["check", "examples/errors/no-such-file.ogp"])
    #expect(result.status == 2)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("examples/errors/no-such-file.ogp"))
    #expect(!result.standardError.contains("error["), "no diagnostic: the file was never read")
  }

  @Test func checkWithoutFilesExitsTwo() throws {
    let result = try OGPProcess.run(["check"])
    #expect(result.status == 2)
    #expect(result.standardOutput.isEmpty)
    #expect(!result.standardError.isEmpty)
  }

  static let cleanExamples: [String] = Repository.files(under: "examples", suffix: ".ogp", recursive: true)
    .filter { !$0.hasPrefix(ErrorExample.directory + "/") }

  @Test func thereAreCleanExamples() {
    #expect(!Self.cleanExamples.isEmpty)
  }

  @Test(arguments: cleanExamples)
  func everyOtherExampleChecksClean(_ path: String) throws {
    let result = try OGPProcess.run(["check", path])
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    #expect(result.standardOutput.isEmpty)
  }
}
