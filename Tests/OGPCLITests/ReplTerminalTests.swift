import Foundation
import Testing

/// `ogp repl` on a terminal, driven through a pseudo-terminal as a user would drive it:
/// completion, accented input, Ctrl-C, Ctrl-D and the history kept between sessions.
///
/// Each session gets a home of its own, so the history under `~/.local/state/ogp` is the test's.
/// Serialized: each session is a process that expects to answer within seconds.
@Suite(.serialized) struct ReplTerminalTests {
  private static let mainPrompt = "ogp> "
  private static let continuationPrompt = "...> "
  private static let up = "\u{1b}[A"

  private static func makeHome() throws -> URL {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ogp-repl-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    return home
  }

  /// Starts `ogp repl arguments…` from the repository root with `home` as its home, colour off.
  private static func startRepl(_ arguments: [String] = [], home: URL) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: OGPProcess.executable().path, arguments: ["repl"] + arguments,
      environment: [
        "HOME": home.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1",
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      ],
      directory: Repository.rootPath)
  }

  private static func historyFile(in home: URL) -> URL {
    home.appendingPathComponent(".local/state/ogp/history")
  }

  @Test func tabCompletesACommand() throws {
    let home = try Self.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try Self.startRepl(home: home)
    defer { terminal.close() }

    try terminal.type(":lo", after: Self.mainPrompt)
    try terminal.expectTextBeforeCursor("ogp> :lo")
    try terminal.waitForRawMode()
    try terminal.send("\t")
    try terminal.expectTextBeforeCursor("ogp> :load ")
  }

  @Test func twoTabsListThePrioritiesOfAnObjective() throws {
    let home = try Self.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    // The plan uses the strategy examples/strategy/ogp-2023-2028.ogp, where SO3 is declared.
    let terminal = try Self.startRepl(["examples/plans/arcadia-2024.ogp"], home: home)
    defer { terminal.close() }

    try terminal.type("SO3.", after: Self.mainPrompt)
    try terminal.expectTextBeforeCursor("ogp> SO3.")
    try terminal.waitForRawMode()
    try terminal.send("\t")
    try terminal.waitForRawMode()
    try terminal.send("\t")
    // The list comes below the line, which is then drawn again as it was.
    let listing = try terminal.expect("ogp> SO3.")
    #expect(listing.contains("civic_space_protection"))
    #expect(listing.contains("protect_participation"))
    try terminal.expectTextBeforeCursor("ogp> SO3.")
  }

  @Test func accentedInputSurvives() throws {
    let home = try Self.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try Self.startRepl(home: home)
    defer { terminal.close() }

    let declaration = #"actor á government "Agência Ñandú""#
    try terminal.type(declaration, after: Self.mainPrompt)
    // Every key reached the line editor whole: none dropped, none split into bytes.
    try terminal.expectTextBeforeCursor(Self.mainPrompt + declaration)
    try terminal.waitForRawMode()
    try terminal.send("\r")
    try terminal.type(":show á\r", after: Self.mainPrompt)
    try terminal.expect(":show á")
    try terminal.expect("Agência Ñandú")
  }

  @Test func ctrlCInAHalfTypedBlockDiscardsIt() throws {
    let home = try Self.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try Self.startRepl(home: home)
    defer { terminal.close() }

    try terminal.type(#"plan p "P" {"# + "\r", after: Self.mainPrompt)
    try terminal.type(#"  title "half"#, after: Self.continuationPrompt)
    try terminal.expectTextBeforeCursor(Self.continuationPrompt + #"  title "half"#)
    try terminal.waitForRawMode()
    try terminal.send("\u{3}")
    try terminal.expect(Self.mainPrompt)
    try terminal.expectTextBeforeCursor(Self.mainPrompt)
    // Nothing is left open: an empty line gets the main prompt again, not a continuation.
    try terminal.waitForRawMode()
    try terminal.send("\r")
    try terminal.expect(Self.mainPrompt)
    try terminal.expectTextBeforeCursor(Self.mainPrompt)
    // A cancelled block is not an input, so it is not in the history either.
    let history = try? String(contentsOf: Self.historyFile(in: home), encoding: .utf8)
    #expect(!(history ?? "").contains("plan p"))
  }

  @Test func ctrlDOnAnEmptyLineEndsTheSession() throws {
    let home = try Self.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try Self.startRepl(home: home)
    defer { terminal.close() }

    try terminal.type("\u{4}", after: Self.mainPrompt)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func upRecallsTheLastSessionsEntries() throws {
    let home = try Self.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let declaration = #"actor h government "Histórico""#

    let first = try Self.startRepl(home: home)
    defer { first.close() }
    try first.type(declaration + "\r", after: Self.mainPrompt)
    try first.type(":quit\r", after: Self.mainPrompt)
    #expect(try first.waitForExit() == 0)
    let saved = try String(contentsOf: Self.historyFile(in: home), encoding: .utf8)
    #expect(saved.contains(declaration))

    let second = try Self.startRepl(home: home)
    defer { second.close() }
    // Every submitted input is an entry, commands too: `:quit` is the last one.
    try second.type(Self.up, after: Self.mainPrompt)
    try second.expectTextBeforeCursor(Self.mainPrompt + ":quit")
    try second.waitForRawMode()
    try second.send(Self.up)
    try second.expectTextBeforeCursor(Self.mainPrompt + declaration)
  }
}
