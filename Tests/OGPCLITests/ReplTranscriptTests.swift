import Foundation
import Testing

/// `ogp repl < session` compared with golden transcripts: standard output and standard error
/// kept apart, as a script would see them.
struct ReplTranscriptTests {
  static let sessions = Repository.files(
    under: "Tests/OGPCLITests/Sessions", suffix: ".repl", recursive: false)

  /// Sessions in Spanish, chosen by the locale as a Spanish user's shell would.
  static let spanishSessions = Repository.files(
    under: "Tests/OGPCLITests/Sessions/es", suffix: ".repl", recursive: false)

  @Test(arguments: sessions)
  func sessionMatchesItsTranscript(session: String) throws {
    try compare(session)
  }

  @Test(arguments: spanishSessions)
  func spanishSessionMatchesItsTranscript(session: String) throws {
    try compare(session, environment: ["LANG": "es_ES.UTF-8"])
  }

  private func compare(_ session: String, environment: [String: String?] = [:]) throws {
    let input = try Data(contentsOf: Repository.url(session))
    let result = try OGPProcess.run(
      ["repl", "--as-of", "2026-06-30"], input: input, environment: environment)
    let base = String(session.dropLast(".repl".count))
    for (suffix, actual) in [(".stdout", result.standardOutput), (".stderr", result.standardError)] {
      let url = Repository.url(base + suffix)
      if ProcessInfo.processInfo.environment["OGP_UPDATE_GOLDENS"] != nil {
        try Data(actual.utf8).write(to: url, options: .atomic)
      }
      let expected = try String(contentsOf: url, encoding: .utf8)
      #expect(
        actual == expected, "\(base + suffix) differs; OGP_UPDATE_GOLDENS=1 swift test rewrites it for review"
      )
    }
    #expect(result.status == 1, "an input of the session had errors")
  }

  /// The full session saves the session and exports it; both must be usable afterwards.
  @Test func savedSessionChecksCleanAndExportParses() throws {
    let input = try Data(contentsOf: Repository.url("Tests/OGPCLITests/Sessions/full-session.repl"))
    _ = try OGPProcess.run(["repl", "--as-of", "2026-06-30"], input: input)
    // The saved file uses the repository's examples from /tmp: a root that holds both.
    let check = try OGPProcess.run(["check", "--root", "/", "/tmp/ogp-repl-transcript.ogp"])
    #expect(check.status == 0, "\(check.standardError)")
    let saved = try String(contentsOfFile: "/tmp/ogp-repl-transcript.ogp", encoding: .utf8)
    #expect(saved.contains("commitment c10 \"Datos abiertos de compras municipales\""))
    #expect(saved.contains("La Gaceta de Arcadia (edición digital)"))
    let json = try Data(contentsOf: URL(fileURLWithPath: "/tmp/ogp-repl-transcript.json"))
    #expect(try JSONSerialization.jsonObject(with: json) is [String: Any])
  }

  @Test func pipeModeHasNoPromptsAndStopsAtQuit() throws {
    let result = try OGPProcess.run(["repl"], input: Data(":quit\nactor a government \"A\"\n".utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.isEmpty)
  }

  @Test func anOpenBlockAtTheEndIsAnError() throws {
    let result = try OGPProcess.run(["repl"], input: Data("plan p \"P\" {\n  member \"X\" national\n".utf8))
    #expect(result.status == 1)
    #expect(result.standardError.contains("<stdin>:2:22: error[E0104]"))
  }
}
