import Foundation
import Testing

@testable import OGPLineEditor

@Suite struct HistoryFileTests {
  /// A fresh directory for one test, removed by the caller.
  private static func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ogp-history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  @Test func entriesSurviveARoundTrip() {
    let entries = [
      ":load examples/plans/arcadia-2024.ogp",
      "plan p \"P\" {\n  period 2024-01 .. 2025-12\n}",
      #"actor a government "C:\Datos\nuevo""#,
      "actor á government \"Agência Ñandú\" 🌱",
      "trailing backslash \\",
    ]
    let bytes = HistoryFile.serialize(entries)
    #expect(String(decoding: bytes, as: UTF8.self).split(separator: "\n").count == entries.count)
    #expect(HistoryFile.parse(bytes, limit: 100) == entries)
  }

  @Test func aBlockIsOneLineOfTheFile() {
    let text = String(decoding: HistoryFile.serialize(["plan p {\n}", #"a\b"#]), as: UTF8.self)
    #expect(text == #"plan p {\n}"# + "\n" + #"a\\b"# + "\n")
  }

  @Test func parsingKeepsTheLastEntriesUpToTheLimit() {
    let bytes = HistoryFile.serialize((1...10).map { "entry \($0)" })
    #expect(HistoryFile.parse(bytes, limit: 3) == ["entry 8", "entry 9", "entry 10"])
  }

  @Test func adjacentDuplicatesAreMergedOnReading() {
    let bytes = HistoryFile.serialize(["a", "a", "b", "a"])
    #expect(HistoryFile.parse(bytes, limit: 10) == ["a", "b", "a"])
  }

  @Test func damagedLinesAreDroppedAndTheRestKept() {
    var bytes = Array("good one\n".utf8)
    bytes += [0x66, 0xFF, 0xFE, 0x0A]  // not UTF-8
    bytes += Array("bad \\x escape\nends in a lone backslash \\\nnul \0 inside\n\n\ngood two\n".utf8)
    #expect(HistoryFile.parse(bytes, limit: 10) == ["good one", "good two"])
  }

  @Test func aFileWithoutAFinalNewlineKeepsItsLastEntry() {
    #expect(HistoryFile.parse(Array("one\ntwo".utf8), limit: 10) == ["one", "two"])
  }

  @Test func appendingSkipsARepeatAndCaps() {
    #expect(HistoryFile.appending("b", to: ["a", "b"], limit: 10) == ["a", "b"])
    #expect(HistoryFile.appending("a", to: ["a", "b"], limit: 10) == ["a", "b", "a"])
    #expect(HistoryFile.appending("d", to: ["a", "b", "c"], limit: 3) == ["b", "c", "d"])
  }

  @Test func blankInputIsNotRecordedAndTrailingNewlinesGo() {
    #expect(HistoryFile.normalized("") == nil)
    #expect(HistoryFile.normalized("  \n\t") == nil)
    #expect(HistoryFile.normalized("a\0b") == nil)
    #expect(HistoryFile.normalized("plan p {\n}\n\n") == "plan p {\n}")
    #expect(HistoryFile.normalized("  indented") == "  indented")
  }

  @Test func aMissingFileIsAnEmptyHistory() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(HistoryFile.load(from: directory.appendingPathComponent("none").path, limit: 10) == [])
    // A directory where the file should be reads as nothing, too.
    #expect(HistoryFile.load(from: directory.path, limit: 10) == [])
  }

  @Test func addingCreatesTheDirectoriesAndAnOwnerOnlyFile() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("state/ogp/history").path
    #expect(HistoryFile.add(":load a.ogp", toFileAt: path, limit: 10))
    #expect(HistoryFile.add(":load a.ogp", toFileAt: path, limit: 10))
    #expect(HistoryFile.add("plan p {\n}", toFileAt: path, limit: 10))
    #expect(HistoryFile.load(from: path, limit: 10) == [":load a.ogp", "plan p {\n}"])
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    // No temporary file is left behind.
    let names = try FileManager.default.contentsOfDirectory(
      atPath: directory.appendingPathComponent("state/ogp").path)
    #expect(names == ["history"])
  }

  @Test func addingKeepsWhatAnotherSessionWroteAndCaps() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("history").path
    HistoryFile.add("first session", toFileAt: path, limit: 3)
    HistoryFile.add("second session", toFileAt: path, limit: 3)
    HistoryFile.add("first session again", toFileAt: path, limit: 3)
    HistoryFile.add("and more", toFileAt: path, limit: 3)
    #expect(HistoryFile.load(from: path, limit: 10) == ["second session", "first session again", "and more"])
  }

  @Test func addingToACorruptFileKeepsItsGoodLines() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("history").path
    try Data([0x6F, 0x6B, 0x0A, 0xC3, 0x28, 0x0A, 0x00, 0x0A]).write(to: URL(fileURLWithPath: path))
    #expect(HistoryFile.add("new", toFileAt: path, limit: 10))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "ok\nnew\n")
  }

  @Test func aHistoryThatCannotBeWrittenIsNotAnError() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // A file stands where the directory should be.
    let blocker = directory.appendingPathComponent("ogp")
    try Data().write(to: blocker)
    #expect(!HistoryFile.add("lost", toFileAt: blocker.appendingPathComponent("history").path, limit: 10))
  }

  @Test func theDefaultPathFollowsXDG() {
    #expect(
      LineEditor.defaultHistoryPath(environment: ["XDG_STATE_HOME": "/state/", "HOME": "/home/ana"])
        == "/state/ogp/history")
    #expect(
      LineEditor.defaultHistoryPath(environment: ["HOME": "/home/ana"])
        == "/home/ana/.local/state/ogp/history")
    // A relative XDG_STATE_HOME is invalid, so the specification says to ignore it.
    #expect(
      LineEditor.defaultHistoryPath(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/ana"])
        == "/home/ana/.local/state/ogp/history")
    #expect(LineEditor.defaultHistoryPath(environment: ["XDG_STATE_HOME": ""]) == nil)
    #expect(LineEditor.defaultHistoryPath(environment: [:]) == nil)
  }
}
