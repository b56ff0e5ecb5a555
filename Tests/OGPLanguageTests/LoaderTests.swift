import Foundation
import OGPDiagnostics
import OGPLanguage
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How `use` finds, loads and orders files: relative paths, each file once, cycles as paths,
/// and the errors a bad target gives.
@Suite("Loader")
struct LoaderTests {
  // MARK: Resolving 'use'

  @Test("'use' is relative to the using file, through nested folders and '..'")
  func relativeToUsingFile() {
    let result = load(
      [
        "/w/plans/a.ogp": "use \"../strategy/s.ogp\"\nactor a government \"A\"\n",
        "/w/strategy/s.ogp": "use \"parts/t.ogp\"\n",
        "/w/strategy/parts/t.ogp": "use \"../../shared/u.ogp\"\n",
        "/w/shared/u.ogp": "actor u government \"U\"\n",
      ], roots: ["plans/a.ogp"])
    #expect(result.seen.isEmpty, "\(result.seen)")
    #expect(result.paths == ["plans/a.ogp", "strategy/s.ogp", "strategy/parts/t.ogp", "shared/u.ogp"])
  }

  @Test("'use' is transitive: names of a file used by a used file resolve")
  func transitive() {
    let result = load(
      [
        "/w/a.ogp": """
        use "b.ogp"
        plan p "P" {
          member "A" national
          period 2024 .. 2025
          commitment c "C" { lead far }
        }
        """,
        "/w/b.ogp": "use \"c.ogp\"\n",
        "/w/c.ogp": "actor far government \"Far\"\n",
      ], roots: ["a.ogp"])
    #expect(result.seen.isEmpty, "\(result.seen)")
    #expect(result.paths == ["a.ogp", "b.ogp", "c.ogp"])
    #expect(result.compilation.program?.plans.first?.commitments.first?.leads == ["far"])
  }

  @Test("a diamond loads the shared file once and is not a cycle")
  func diamond() {
    let result = load(
      [
        "/w/a.ogp": "use \"b.ogp\"\nuse \"c.ogp\"\n",
        "/w/b.ogp": "use \"d.ogp\"\n",
        "/w/c.ogp": "use \"./d.ogp\"\n",
        "/w/d.ogp": "actor d government \"D\"\n",
      ], roots: ["a.ogp"])
    #expect(result.seen.isEmpty, "\(result.seen)")
    #expect(result.paths == ["a.ogp", "b.ogp", "d.ogp", "c.ogp"])
    #expect(result.compilation.files.count == 4)
    #expect(result.compilation.program?.actors.count == 1)
  }

  @Test("every use that names a file of the program leads to it: loaded, loaded before, or closing a cycle")
  func usesLeadToTheirFiles() {
    let result = load(
      [
        "/w/a.ogp": "use \"b.ogp\"\nuse \"c.ogp\"\nuse \"missing.ogp\"\n",
        "/w/b.ogp": "use \"c.ogp\"\n",
        "/w/c.ogp": "use \"a.ogp\"\n",
      ], roots: ["a.ogp"])
    let compilation = result.compilation
    let uses = compilation.uses.map { use in
      (compilation.sources[use.path.file].text(of: use.path), compilation.sources[use.file].path)
    }
    // In load order; c.ogp's use of a.ogp closes a cycle (E0204) and the missing file is none.
    #expect(uses.map(\.0) == ["\"b.ogp\"", "\"c.ogp\"", "\"a.ogp\"", "\"c.ogp\""])
    #expect(uses.map(\.1) == ["b.ogp", "c.ogp", "a.ogp", "c.ogp"])
  }

  // MARK: Cycles

  @Test("E0204: a true cycle prints its path, at the 'use' that closes it")
  func cycle() throws {
    let result = load(
      [
        "/w/a.ogp": "use \"b.ogp\"\n",
        "/w/b.ogp": "actor b government \"B\"\nuse \"a.ogp\"\n",
      ], roots: ["a.ogp"])
    #expect(result.codes == ["E0204"])
    let found = try #require(result.seen.first)
    #expect(found.place == "b.ogp:2:5")
    #expect(found.text == "\"a.ogp\"")
    #expect(found.message == "'use' cycle: a.ogp → b.ogp → a.ogp")
    #expect(found.label == "closes the cycle")
    #expect(result.paths == ["a.ogp", "b.ogp"])
  }

  @Test("E0204: a cycle that does not pass through the root prints only its own files")
  func innerCycle() throws {
    let result = load(
      [
        "/w/a.ogp": "use \"b.ogp\"\n",
        "/w/b.ogp": "use \"sub/c.ogp\"\n",
        "/w/sub/c.ogp": "use \"../b.ogp\"\n",
      ], roots: ["a.ogp"])
    #expect(result.codes == ["E0204"])
    #expect(result.seen.first?.message == "'use' cycle: b.ogp → sub/c.ogp → b.ogp")
    #expect(result.seen.first?.place == "sub/c.ogp:1:5")
  }

  @Test("E0204: a file that uses itself")
  func selfUse() throws {
    let result = load(["/w/a.ogp": "use \"a.ogp\"\n"], roots: ["a.ogp"])
    #expect(result.codes == ["E0204"])
    #expect(result.seen.first?.message == "'use' cycle: a.ogp → a.ogp")
    #expect(result.seen.first?.place == "a.ogp:1:5")
    #expect(result.paths == ["a.ogp"])
  }

  // MARK: Bad targets

  @Test("E0201: a missing target, at the 'use' string")
  func missingTarget() throws {
    let result = load(
      ["/w/plans/a.ogp": "// A plan.\nuse \"../strategy/nope.ogp\"\n"], roots: ["plans/a.ogp"])
    #expect(result.codes == ["E0201"])
    let found = try #require(result.seen.first)
    #expect(found.place == "plans/a.ogp:2:5")
    #expect(found.text == "\"../strategy/nope.ogp\"")
    #expect(found.message == "cannot find '../strategy/nope.ogp'")
    #expect(found.label == "no file at strategy/nope.ogp")
    #expect(
      found.help
        == "'use' paths are relative to the file that has the 'use'; check the spelling and the folder")
  }

  @Test("E0202: a directory as target")
  func directoryTarget() throws {
    let result = load(
      ["/w/a.ogp": "use \"strategy\"\n", "/w/strategy/s.ogp": ""], roots: ["a.ogp"])
    #expect(result.codes == ["E0202"])
    let found = try #require(result.seen.first)
    #expect(found.place == "a.ogp:1:5")
    #expect(found.message == "'strategy' is a directory, not a file")
    #expect(found.label == "a directory")
  }

  @Test("E0203: a target that cannot be read, from any provider")
  func unreadableTarget() throws {
    let provider = RefusingProvider(
      base: InMemorySourceProvider(["/w/a.ogp": "use \"secret.ogp\"\n", "/w/secret.ogp": ""]),
      refused: "/w/secret.ogp")
    let compilation = Compiler(provider: provider, workingDirectory: "/w").compile([.file("a.ogp")])
    let result = Loaded(compilation)
    #expect(result.codes == ["E0203"])
    let found = try #require(result.seen.first)
    #expect(found.place == "a.ogp:1:5")
    #expect(found.message == "cannot read 'secret.ogp': permission denied")
    #expect(found.label == "unreadable")
  }

  // MARK: Roots

  @Test("a root that cannot be read goes to unreadableRoots, not to the diagnostics")
  func unreadableRoot() throws {
    let compilation = Compiler(
      provider: InMemorySourceProvider(["/w/a.ogp": "", "/w/dir/x.ogp": ""]), workingDirectory: "/w"
    ).compile([.file("missing.ogp"), .file("a.ogp"), .file("dir")])
    #expect(compilation.diagnostics.isEmpty)
    #expect(compilation.unreadableRoots.map(\.path) == ["missing.ogp", "dir"])
    #expect(compilation.unreadableRoots.map(\.error) == [.notFound, .isDirectory])
    #expect(compilation.sources.all.map(\.path) == ["a.ogp"])
    #expect(compilation.program != nil)
  }

  @Test("the same root given twice, or a root another root uses, loads once")
  func sameRootTwice() {
    let result = load(
      ["/w/a.ogp": "use \"b.ogp\"\nactor a government \"A\"\n", "/w/b.ogp": "actor b government \"B\"\n"],
      roots: ["a.ogp", "./a.ogp", "/w/a.ogp", "b.ogp"])
    #expect(result.seen.isEmpty, "\(result.seen)")
    #expect(result.paths == ["a.ogp", "b.ogp"])
  }

  // MARK: Display and order

  @Test("paths are shown relative to the working directory, also outside it")
  func displayPaths() throws {
    let result = load(
      [
        "/w/project/a.ogp": "use \"../x.ogp\"\nuse \"sub/y.ogp\"\n",
        "/w/x.ogp": "actor x goverment \"X\"\n",
        "/w/project/sub/y.ogp": "",
      ], roots: ["/w/project/a.ogp"], workingDirectory: "/w/project", root: "/w")
    #expect(result.paths == ["a.ogp", "../x.ogp", "sub/y.ogp"])
    #expect(result.seen.map(\.place) == ["../x.ogp:1:9"])
  }

  @Test("diagnostics are ordered by load order of their files, then by offset")
  func diagnosticOrder() {
    // z.ogp is the root and loads first, although a.ogp sorts before it by name.
    let result = load(
      [
        "/w/z.ogp": """
        actor x goverment "X"
        use "a.ogp"
        use "missing.ogp"
        actor y goverment "Y"
        """,
        "/w/a.ogp": "actor w goverment \"W\"\nactor v civil_socety \"V\"\n",
      ], roots: ["z.ogp"])
    #expect(result.codes == ["E0305", "E0201", "E0305", "E0305", "E0305"])
    #expect(result.seen.map(\.place) == ["z.ogp:1:9", "z.ogp:3:5", "z.ogp:4:9", "a.ogp:1:9", "a.ogp:2:9"])
  }

  // MARK: The real file system

  @Test("on disk: relative 'use', a symbolic link to a loaded file, and display paths")
  func fileSystem() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("plans/a.ogp", "use \"../strategy/s.ogp\"\nuse \"../strategy/link.ogp\"\n")
    try directory.write("strategy/s.ogp", "actor s government \"S\"\n")
    try FileManager.default.createSymbolicLink(
      atPath: directory.url.appendingPathComponent("strategy/link.ogp").path, withDestinationPath: "s.ogp")
    let compilation = Compiler(workingDirectory: directory.url.path).compile([.file("plans/a.ogp")])
    let result = Loaded(compilation)
    #expect(result.seen.isEmpty, "\(result.seen)")
    #expect(result.paths == ["plans/a.ogp", "strategy/s.ogp"])
  }

  @Test("on disk: a missing file, a directory and an unreadable file")
  func fileSystemErrors() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("a.ogp", "use \"missing.ogp\"\nuse \"dir\"\nuse \"locked.ogp\"\n")
    try directory.write("dir/x.ogp", "")
    try directory.write("locked.ogp", "actor locked government \"L\"\n")
    let locked = directory.url.appendingPathComponent("locked.ogp").path
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
    let compilation = Compiler(workingDirectory: directory.url.path).compile([.file("a.ogp")])
    let result = Loaded(compilation)
    // Root can read a file whatever its permissions, so E0203 is only seen by other users.
    let expected = getuid() == 0 ? ["E0201", "E0202"] : ["E0201", "E0202", "E0203"]
    #expect(result.codes == expected)
    #expect(result.seen.map(\.place).prefix(2) == ["a.ogp:1:5", "a.ogp:2:5"])
    if getuid() != 0 {
      #expect(result.seen.last?.place == "a.ogp:3:5")
      #expect(result.seen.last?.label == "unreadable")
    }
  }

  @Test("on disk: a root that does not exist, or is a directory, is an unreadable root")
  func fileSystemUnreadableRoot() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("dir/x.ogp", "")
    let compilation = Compiler(workingDirectory: directory.url.path).compile([
      .file("nope.ogp"), .file("dir"),
    ])
    #expect(compilation.diagnostics.isEmpty)
    #expect(compilation.unreadableRoots.map(\.error) == [.notFound, .isDirectory])
  }
}

// MARK: - Harness

private struct LoadedDiagnostic: CustomStringConvertible {
  var code: String
  var message: String
  /// `path:line:column`.
  var place: String
  var text: String
  var label: String
  var help: String?

  var description: String { "\(place): \(code) \(message)" }
}

private struct Loaded {
  var compilation: Compilation
  var seen: [LoadedDiagnostic]

  init(_ compilation: Compilation) {
    self.compilation = compilation
    self.seen = compilation.diagnostics.map { diagnostic in
      let file = compilation.sources[diagnostic.span.file]
      let location = file.location(of: diagnostic.span.start)
      return LoadedDiagnostic(
        code: diagnostic.code, message: diagnostic.message,
        place: "\(file.path):\(location.line):\(location.column)", text: file.text(of: diagnostic.span),
        label: diagnostic.primary.message, help: diagnostic.help)
    }
  }

  var codes: [String] { seen.map(\.code) }
  /// Display paths of the loaded files, in load order.
  var paths: [String] { compilation.sources.all.map(\.path) }
}

private func load(
  _ files: [String: String], roots: [String], workingDirectory: String = "/w", root: String? = nil
) -> Loaded {
  Loaded(
    Compiler(provider: InMemorySourceProvider(files), workingDirectory: workingDirectory, root: root)
      .compile(roots.map { .file($0) }))
}

/// Serves files from `base`, but refuses to read `refused`.
private struct RefusingProvider: SourceProvider {
  var base: InMemorySourceProvider
  var refused: String

  func canonicalPath(_ absolutePath: String) -> String { base.canonicalPath(absolutePath) }

  func refusal(_ absolutePath: String) -> SourceReadError? {
    absolutePath == refused ? .unreadable("permission denied") : base.refusal(absolutePath)
  }

  func read(_ absolutePath: String) -> Result<[UInt8], SourceReadError> {
    absolutePath == refused ? .failure(.unreadable("permission denied")) : base.read(absolutePath)
  }

  func listing(_ absolutePath: String) -> Result<FolderListing, SourceReadError> {
    base.listing(absolutePath)
  }
}

/// A fresh directory under the system's temporary directory.
private struct TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("ogp-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func write(_ path: String, _ text: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
