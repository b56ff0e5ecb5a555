import OGPDiagnostics
import OGPLanguage
import Testing

/// `Compiler.compileEach`: each root its own program with the files it uses, names colliding
/// only inside one, every program shown through one source map.
@Suite("Compile each root")
struct CompileEachTests {
  static let plan = """
    use "s.ogp"
    actor odn civil_society "Open Data Network"
    plan p "P" {
      member "A" national
      period 2024 .. 2025
      commitment c "C" { lead odn }
    }

    """

  @Test("two roots may each declare an actor of one name")
  func namesCollideOnlyInsideOneProgram() {
    let files = ["/w/a.ogp": Self.plan, "/w/b.ogp": Self.plan, "/w/s.ogp": "actor shared government \"S\"\n"]
    let joined = compiler(files).compile([.file("a.ogp"), .file("b.ogp")])
    #expect(joined.diagnostics.contains { $0.code == "E0205" })

    let roots = compiler(files).compileEach([.file("a.ogp"), .file("b.ogp")])
    #expect(roots.diagnostics.isEmpty, "\(roots.diagnostics.map(\.message))")
    #expect(roots.compilations.count == 2)
    for compilation in roots.compilations {
      #expect(compilation.program?.actors.map(\.id) == ["odn", "shared"])
    }
  }

  @Test("a file several roots use is read once, and what is found in it is shown once")
  func sharedFileReadOnce() {
    let files = ["/w/a.ogp": Self.plan, "/w/b.ogp": Self.plan, "/w/s.ogp": "actor shared nonsense \"S\"\n"]
    let roots = compiler(files).compileEach([.file("a.ogp"), .file("b.ogp")])
    // The roots first, in the order named, then what they use.
    #expect(roots.sources.all.map(\.path) == ["a.ogp", "b.ogp", "s.ogp"])
    #expect(roots.compilations.allSatisfy { $0.diagnostics.count == 1 })
    #expect(roots.diagnostics.map(\.code) == ["E0305"])
    #expect(roots.diagnostics.first.map { roots.sources[$0.span.file].path } == "s.ogp")
  }

  @Test("a root sees only what it uses, not another root's declarations")
  func rootSeesOnlyWhatItUses() {
    let files = [
      "/w/a.ogp": "actor far government \"Far\"\n",
      "/w/b.ogp":
        "plan p \"P\" {\n  member \"A\" national\n  period 2024 .. 2025\n  commitment c \"C\" { lead far }\n}\n",
    ]
    #expect(!compiler(files).compile([.file("a.ogp"), .file("b.ogp")]).hasErrors)
    let roots = compiler(files).compileEach([.file("a.ogp"), .file("b.ogp")])
    #expect(roots.compilations.map(\.hasErrors) == [false, true])
  }

  @Test("diagnostics follow the roots in the order named")
  func diagnosticsInRootOrder() {
    let broken = "actor x nonsense \"X\"\n"
    let files = ["/w/a.ogp": broken, "/w/b.ogp": broken]
    let roots = compiler(files).compileEach([.file("b.ogp"), .file("a.ogp")])
    #expect(roots.diagnostics.map { roots.sources[$0.span.file].path } == ["b.ogp", "a.ogp"])
  }

  @Test("roots parsed and checked on every core, in batches, give the order of a serial run")
  func parallelRunsAreDeterministic() {
    // More roots than one batch, each with an error of its own and one of three shared files,
    // which each hold an error too.
    let count = Compiler.rootsPerBatch * 2 + 5
    var files: [String: String] = [:]
    for shared in 0..<3 { files["/w/lib-\(shared).ogp"] = "actor a\(shared) nonsense \"S\"\n" }
    for root in 0..<count {
      files["/w/p\(root).ogp"] =
        "use \"lib-\(root % 3).ogp\"\nactor own government \"Own\"\nactor own government \"Again\"\n"
    }
    let names = (0..<count).map { "p\($0).ogp" }
    let runs = (0..<3).map { _ in compiler(files).compileEach(names.map { .file($0) }) }
    let expectedFiles = names + ["lib-0.ogp", "lib-1.ogp", "lib-2.ogp"]
    for roots in runs {
      #expect(roots.sources.all.map(\.path) == expectedFiles)
      #expect(roots.compilations.count == count)
      let shown = roots.diagnostics.map { "\(roots.sources[$0.span.file].path) \($0.code)" }
      #expect(
        shown == names.map { "\($0) E0205" } + ["lib-0.ogp E0305", "lib-1.ogp E0305", "lib-2.ogp E0305"])
    }
  }

  @Test("a root named twice is compiled once; an unreadable root is no program and stops no other")
  func repeatedAndUnreadableRoots() {
    let roots = compiler(["/w/a.ogp": Self.plan, "/w/s.ogp": ""])
      .compileEach([.file("missing.ogp"), .file("a.ogp"), .file("./a.ogp")])
    #expect(roots.compilations.count == 1)
    #expect(roots.compilations.first?.program != nil)
    #expect(roots.unreadableRoots.map(\.path) == ["missing.ogp"])
    #expect(!roots.hasErrors)
  }

  @Test("a folder's files are roots in byte order of their paths; a library only through its plans")
  func folderRoots() {
    let files = [
      "/w/plans/b.ogp": Self.plan, "/w/plans/Z/a.ogp": Self.plan, "/w/plans/Z/s.ogp": "",
      "/w/plans/s.ogp": "actor shared nonsense \"S\"\n",
      "/w/plans/.hidden/h.ogp": "actor x nonsense \"X\"\n", "/w/plans/notes.txt": "",
    ]
    let roots = compiler(files).compileEach([.folder("plans")])
    #expect(roots.compilations.count == 2)
    #expect(
      roots.compilations.map { roots.sources[$0.files[0].file].path } == ["plans/Z/a.ogp", "plans/b.ogp"])
    #expect(roots.diagnostics.map(\.code) == ["E0305"])
    #expect(roots.unreadableRoots.isEmpty)
  }

  @Test("a library no plan uses is checked on its own; one named on its own is always a root")
  func unusedAndNamedLibraries() {
    let library = "actor shared government \"S\"\n"
    let files = ["/w/plans/a.ogp": Self.plan, "/w/plans/s.ogp": library, "/w/plans/lone.ogp": library]
    let roots = compiler(files).compileEach([.folder("plans")])
    #expect(
      roots.compilations.map { roots.sources[$0.files[0].file].path } == ["plans/a.ogp", "plans/lone.ogp"])

    let named = compiler(files).compileEach([.folder("plans"), .file("plans/s.ogp")])
    #expect(named.compilations.count == 3)
  }

  @Test("--exclude drops found files by path below the folder or by name, never a file named")
  func excludedFiles() {
    let files = [
      "/w/p/a.ogp": Self.plan, "/w/p/old/b.ogp": Self.plan, "/w/p/c.ogp": Self.plan, "/w/p/s.ogp": "",
    ]
    let shown = { (roots: CompiledRoots) in roots.compilations.map { roots.sources[$0.files[0].file].path } }
    #expect(
      shown(compiler(files).compileEach([.folder("p", excluding: ["old/**"])])) == ["p/a.ogp", "p/c.ogp"])
    #expect(
      shown(compiler(files).compileEach([.folder("p", excluding: ["c.*", "**/b.ogp"])])) == ["p/a.ogp"])
    #expect(
      shown(compiler(files).compileEach([.folder("p", excluding: ["*.ogp"]), .file("p/c.ogp")])) == [
        "p/c.ogp"
      ])
  }

  @Test("a folder with no .ogp file is an unreadable root; a file also named is compiled once")
  func emptyFolderAndDuplicates() {
    let files = ["/w/p/a.ogp": Self.plan, "/w/p/s.ogp": "", "/w/empty/notes.txt": ""]
    let empty = compiler(files).compileEach([.folder("empty")])
    #expect(empty.unreadableRoots.map(\.path) == ["empty"])
    #expect(empty.unreadableRoots.first?.error == .noSourceFiles)
    for roots in [[RootSource.file("p/a.ogp"), .folder("p")], [.folder("p"), .file("p/a.ogp")]] {
      #expect(compiler(files).compileEach(roots).compilations.count == 1)
    }
  }

  private func compiler(_ files: [String: String]) -> Compiler {
    Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/w")
  }
}
