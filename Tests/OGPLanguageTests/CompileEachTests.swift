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
    #expect(roots.sources.all.map(\.path) == ["a.ogp", "s.ogp", "b.ogp"])
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

  @Test("a root named twice is compiled once; an unreadable root is no program and stops no other")
  func repeatedAndUnreadableRoots() {
    let roots = compiler(["/w/a.ogp": Self.plan, "/w/s.ogp": ""])
      .compileEach([.file("missing.ogp"), .file("a.ogp"), .file("./a.ogp")])
    #expect(roots.compilations.count == 1)
    #expect(roots.compilations.first?.program != nil)
    #expect(roots.unreadableRoots.map(\.path) == ["missing.ogp"])
    #expect(!roots.hasErrors)
  }

  private func compiler(_ files: [String: String]) -> Compiler {
    Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/w")
  }
}
