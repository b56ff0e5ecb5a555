import Foundation
import OGPLanguage
import Testing

/// Where a run may read: the project root, how it is found, and how `use` and the files named on
/// the command line are confined to it, with the in-memory provider and the file system.
@Suite("Project root")
struct ProjectRootTests {
  /// Serves `files` and records every path read, so that a test can say a file was never read.
  final class RecordingProvider: SourceProvider, @unchecked Sendable {
    let base: InMemorySourceProvider
    private let lock = NSLock()
    private var readPaths: [String] = []

    init(_ files: [String: String]) { base = InMemorySourceProvider(files) }

    var reads: [String] {
      lock.lock()
      defer { lock.unlock() }
      return readPaths
    }

    func canonicalPath(_ absolutePath: String) -> String { base.canonicalPath(absolutePath) }
    func refusal(_ absolutePath: String) -> SourceReadError? { base.refusal(absolutePath) }
    func listing(_ absolutePath: String) -> Result<FolderListing, SourceReadError> {
      base.listing(absolutePath)
    }

    func read(_ absolutePath: String) -> Result<[UInt8], SourceReadError> {
      lock.lock()
      readPaths.append(absolutePath)
      lock.unlock()
      return base.read(absolutePath)
    }
  }

  static let secret = "actor ghs_secret government \"ghs_secret\"\nghs_secret\n"

  static func compile(
    _ files: [String: String], _ roots: [String], root: String? = nil
  ) -> (Compilation, RecordingProvider) {
    let provider = RecordingProvider(files)
    let compiler = Compiler(provider: provider, workingDirectory: "/w/project", root: root)
    return (compiler.compile(roots.map { .file($0) }), provider)
  }

  static func shown(_ compilation: Compilation) -> String {
    compilation.diagnostics.map { "\($0.message) \($0.primary.message) \($0.notes) \($0.help ?? "")" }
      .joined(separator: "\n") + compilation.sources.all.map(\.path).joined(separator: "\n")
  }

  // MARK: 'use'

  @Test(
    "a 'use' out of the root, by '..' or an absolute path, is E0213 and never read",
    arguments: ["../secret.ogp", "/w/secret.ogp", "sub/../../secret.ogp", "../project-other/x.ogp"])
  func useOutsideRoot(path: String) {
    let (compilation, provider) = Self.compile(
      [
        "/w/project/plan.ogp": "use \"\(path)\"\n",
        "/w/secret.ogp": Self.secret,
        "/w/project-other/x.ogp": Self.secret,
      ], ["plan.ogp"])
    #expect(compilation.diagnostics.map(\.code) == ["E0213"])
    #expect(provider.reads == ["/w/project/plan.ogp"])
    #expect(!Self.shown(compilation).contains("ghs_secret"))
    #expect(compilation.diagnostics.first?.notes == ["the project root is /w/project"])
  }

  @Test("a missing file out of the root is E0213 too: the error does not say what exists there")
  func missingOutsideRoot() {
    let (compilation, _) = Self.compile(["/w/project/plan.ogp": "use \"../none.ogp\"\n"], ["plan.ogp"])
    #expect(compilation.diagnostics.map(\.code) == ["E0213"])
  }

  @Test(
    "a 'use' of a file that is not .ogp is E0214 and never read",
    arguments: [".git/config", "notes.txt", "keys/id_ed25519"])
  func useOfOtherFile(path: String) {
    let (compilation, provider) = Self.compile(
      ["/w/project/plan.ogp": "use \"\(path)\"\n", "/w/project/" + path: Self.secret], ["plan.ogp"])
    #expect(compilation.diagnostics.map(\.code) == ["E0214"])
    #expect(provider.reads == ["/w/project/plan.ogp"])
    #expect(!Self.shown(compilation).contains("ghs_secret"))
  }

  @Test("a used file that is not text is E0214, none of it shown; one with a few bad bytes is still lexed")
  func binaryUse() {
    let binary = "\u{89}PNG\r\n\u{1A}\n\u{0}\u{0}\u{0}\rIHDR ghs_secret"
    let (compilation, _) = Self.compile(
      [
        "/w/project/plan.ogp": "use \"image.ogp\"\nuse \"latin.ogp\"\n", "/w/project/image.ogp": binary,
        "/w/project/latin.ogp": "actor a government \"caf\u{E9}\"\n",
      ], ["plan.ogp"])
    #expect(compilation.diagnostics.map(\.code) == ["E0214"])
    #expect(compilation.diagnostics.first?.message == "'image.ogp' is not text, so not a .ogp file")
    #expect(compilation.sources.all.map(\.path) == ["plan.ogp", "latin.ogp"])
    #expect(!Self.shown(compilation).contains("ghs_secret"))
  }

  @Test("text is text: tabs, line breaks and UTF-8 are; a NUL or many control bytes are not")
  func looksBinary() {
    #expect(!SourceBytes.looksBinary(Array("actor a government \"Café\"\t\r\n".utf8)))
    #expect(!SourceBytes.looksBinary([]))
    #expect(SourceBytes.looksBinary(Array("actor a".utf8) + [0]))
    #expect(SourceBytes.looksBinary(Array(repeating: 0x1B, count: 20) + Array(repeating: 0x41, count: 100)))
    #expect(!SourceBytes.looksBinary([0x1B] + Array(repeating: 0x41, count: 100)))
  }

  @Test("a missing or directory target inside the root keeps its own code (E0201, E0202)")
  func existingCodesInsideRoot() {
    let (compilation, _) = Self.compile(
      [
        "/w/project/plan.ogp": "use \"missing.ogp\"\nuse \"strategy\"\n",
        "/w/project/strategy/s.ogp": "",
      ], ["plan.ogp"])
    #expect(compilation.diagnostics.map(\.code) == ["E0201", "E0202"])
  }

  @Test("a root given as a parameter widens and narrows what 'use' reaches")
  func rootParameter() {
    let files = [
      "/w/project/plans/plan.ogp": "use \"../../shared/a.ogp\"\nuse \"../near/b.ogp\"\n",
      "/w/shared/a.ogp": "actor a government \"A\"\n",
      "/w/project/near/b.ogp": "actor b government \"B\"\n",
    ]
    #expect(Self.compile(files, ["plans/plan.ogp"]).0.diagnostics.map(\.code) == ["E0213"])
    #expect(Self.compile(files, ["plans/plan.ogp"], root: "/w").0.diagnostics.isEmpty)
    #expect(
      Self.compile(files, ["plans/plan.ogp"], root: "plans").0.diagnostics.map(\.code) == ["E0213", "E0213"])
  }

  @Test("text compiled from memory (standard input, the REPL) is confined the same way")
  func bytesAreConfined() {
    let provider = RecordingProvider(["/w/secret.ogp": Self.secret])
    let compilation = Compiler(provider: provider, workingDirectory: "/w/project")
      .compile(text: "use \"../secret.ogp\"\n")
    #expect(compilation.diagnostics.map(\.code) == ["E0213"])
    #expect(provider.reads.isEmpty)
  }

  @Test("a file named on the command line outside the root is read: the user named it")
  func namedFileOutsideRoot() {
    let (compilation, _) = Self.compile(
      ["/w/elsewhere/plan.ogp": "actor a government \"A\"\n"], ["../elsewhere/plan.ogp"])
    #expect(compilation.unreadableRoots.isEmpty)
    #expect(compilation.diagnostics.isEmpty)
  }

  // MARK: Finding the root

  @Test("the root is the nearest folder above the start that holds .git")
  func discoverNearestRepository() {
    var asked: [String] = []
    let root = ProjectRoot.discover(from: "/home/ana/repo/plans/2026", workingDirectory: "/tmp") { folder in
      asked.append(folder)
      return folder == "/home/ana/repo" || folder == "/home/ana"
    }
    #expect(root == "/home/ana/repo")
    #expect(asked == ["/home/ana/repo/plans/2026", "/home/ana/repo/plans", "/home/ana/repo"])
  }

  @Test("without .git: the working directory when it holds the start, else the start itself")
  func discoverWithoutRepository() {
    let none: (String) -> Bool = { _ in false }
    #expect(ProjectRoot.discover(from: "/w/plans", workingDirectory: "/w", isProject: none) == "/w")
    #expect(ProjectRoot.discover(from: "/w", workingDirectory: "/w", isProject: none) == "/w")
    #expect(ProjectRoot.discover(from: "/tmp/x", workingDirectory: "/w", isProject: none) == "/tmp/x")
    #expect(ProjectRoot.discover(from: "/w2/x", workingDirectory: "/w", isProject: none) == "/w2/x")
  }

  @Test("a named file inside the root is refused only when a link sends it out, or to another kind of file")
  func namedFileRefusal() {
    let root = ProjectRoot("/r", provider: InMemorySourceProvider([:]))
    #expect(root.refusal(ofNamed: "/r/p.ogp", canonical: "/r/p.ogp") == nil)
    #expect(root.refusal(ofNamed: "/r/p.ogp", canonical: "/r/other/q.ogp") == nil)
    #expect(root.refusal(ofNamed: "/r/p.ogp", canonical: "/secret/q.ogp") == .linkOutOfRoot)
    #expect(root.refusal(ofInput: "/secret/q.ogp", canonical: "/secret/q.ogp") == .outsideRoot)
    #expect(root.refusal(ofInput: "/r/q.ogp", canonical: "/secret/q.ogp") == .linkOutOfRoot)
    #expect(root.refusal(ofInput: "/r/.git/config", canonical: "/r/.git/config") == .notSourceFile)
    #expect(root.refusal(ofInput: "/r/q.ogp", canonical: "/r/.git/config") == .linkToOtherFile)
    #expect(root.refusal(ofInput: "/r/q.ogp", canonical: "/r/q.ogp") == nil)
    #expect(root.refusal(ofNamed: "/r/p.ogp", canonical: "/r/.git/config") == .linkToOtherFile)
    #expect(root.refusal(ofNamed: "/r/notes.txt", canonical: "/r/notes.txt") == nil)
    #expect(root.refusal(ofNamed: "/elsewhere/p.ogp", canonical: "/secret/q") == nil)
    #expect(!root.contains(canonical: "/r2/p.ogp"))
    #expect(ProjectRoot("/", provider: InMemorySourceProvider([:])).contains(canonical: "/any/p.ogp"))
  }

  // MARK: The file system

  @Test("links out of the root are seen on disk: to a file, to a folder, and dangling")
  func fileSystemLinks() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("ogp-root-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: base) }
    let manager = FileManager.default
    try manager.createDirectory(
      at: base.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
    try manager.createDirectory(at: base.appendingPathComponent("secret"), withIntermediateDirectories: true)
    try Data(Self.secret.utf8).write(to: base.appendingPathComponent("secret/token.ogp"))
    let repo = base.appendingPathComponent("repo").path
    try manager.createSymbolicLink(atPath: repo + "/file.ogp", withDestinationPath: "../secret/token.ogp")
    try manager.createSymbolicLink(atPath: repo + "/folder", withDestinationPath: "../secret")
    try manager.createSymbolicLink(atPath: repo + "/dangling.ogp", withDestinationPath: "../secret/none.ogp")
    try Data(
      "use \"file.ogp\"\nuse \"folder/token.ogp\"\nuse \"dangling.ogp\"\nuse \"folder/none.ogp\"\n".utf8
    )
    .write(to: URL(fileURLWithPath: repo + "/plan.ogp"))
    let compilation = Compiler(workingDirectory: repo, root: repo).compile([.file("plan.ogp")])
    #expect(compilation.diagnostics.map(\.code) == ["E0213", "E0213", "E0213", "E0213"])
    #expect(compilation.diagnostics.allSatisfy { $0.message.contains("through a symbolic link") })
    #expect(compilation.sources.all.count == 1)
  }
}
