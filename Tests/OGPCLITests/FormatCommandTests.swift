import Foundation
import Testing

/// `ogp fmt` as a user and CI see it: printing, --check, --write and its safety.
struct FormatCommandTests {
  static let messy = "plan p \"P\" {\n      member   \"X\" national\n period 2024 .. 2025\n}\n"
  static let tidy = "plan p \"P\" {\n  member \"X\" national\n  period 2024 .. 2025\n}\n"

  static func temporaryFile(_ text: String, name: String = "plan.ogp") throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ogp-fmt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  @Test func printsTheFormattedFile() throws {
    let file = try Self.temporaryFile(Self.messy)
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let result = try OGPProcess.run(["fmt", file.path])
    #expect(result.status == 0)
    #expect(result.standardOutput == Self.tidy)
    #expect(try Self.read(file) == Self.messy, "printing changes nothing")
  }

  @Test func readsStandardInput() throws {
    let result = try OGPProcess.run(["fmt", "-"], input: Data(Self.messy.utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == Self.tidy)
  }

  @Test func checkListsFilesThatWouldChangeAndExitsOne() throws {
    let messy = try Self.temporaryFile(Self.messy)
    defer { try? FileManager.default.removeItem(at: messy.deletingLastPathComponent()) }
    let tidy = try Self.temporaryFile(Self.tidy)
    defer { try? FileManager.default.removeItem(at: tidy.deletingLastPathComponent()) }
    let result = try OGPProcess.run(["fmt", "--check", messy.path, tidy.path])
    #expect(result.status == 1)
    #expect(result.standardOutput == messy.path + "\n")
    #expect(result.standardError.contains("1 file is not formatted"))
    #expect(try Self.read(messy) == Self.messy)
    #expect(try OGPProcess.run(["fmt", "--check", tidy.path]).status == 0)
  }

  @Test func aFolderStandsForItsFilesInOrderButThoseExcluded() throws {
    let first = try Self.temporaryFile(Self.messy, name: "b.ogp")
    let folder = first.deletingLastPathComponent()
    defer { try? FileManager.default.removeItem(at: folder) }
    let nested = folder.appendingPathComponent("drafts")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    try Data(Self.messy.utf8).write(to: folder.appendingPathComponent("a.ogp"))
    try Data(Self.messy.utf8).write(to: nested.appendingPathComponent("c.ogp"))
    try Data(Self.tidy.utf8).write(to: folder.appendingPathComponent("tidy.ogp"))
    try Data("not a plan".utf8).write(to: folder.appendingPathComponent("notes.txt"))

    let check = try OGPProcess.run(["fmt", "--check", folder.path])
    #expect(check.status == 1)
    #expect(
      check.standardOutput
        == ["a.ogp", "b.ogp", "drafts/c.ogp"].map { folder.path + "/" + $0 + "\n" }.joined())
    let excluded = try OGPProcess.run(["fmt", "--check", "--exclude", "drafts/**", folder.path])
    #expect(!excluded.standardOutput.contains("c.ogp"))

    let write = try OGPProcess.run(["fmt", "--write", "--exclude", "b.ogp", folder.path])
    #expect(write.status == 0, "\(write.standardError)")
    #expect(try Self.read(folder.appendingPathComponent("a.ogp")) == Self.tidy)
    #expect(try Self.read(first) == Self.messy, "excluded by name")
    #expect(try Self.read(nested.appendingPathComponent("c.ogp")) == Self.tidy)

    let empty = folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let nothing = try OGPProcess.run(["fmt", "--check", empty.path])
    #expect(nothing.status == 2)
    #expect(nothing.standardError.contains("cannot read '\(empty.path)'"))
  }

  @Test func examplesAreFormatted() throws {
    let examples = [
      "examples/strategy/ogp-2023-2028.ogp", "examples/plans/arcadia-2024.ogp",
      "examples/plans/valle-2025.ogp", "examples/plans/rio-claro-2025.ogp",
    ]
    let result = try OGPProcess.run(["fmt", "--check"] + examples)
    #expect(result.status == 0, "\(result.standardOutput)")
  }

  @Test func writeRewritesInPlaceKeepingPermissions() throws {
    let file = try Self.temporaryFile(Self.messy)
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
    let result = try OGPProcess.run(["fmt", "--write", file.path])
    #expect(result.status == 0)
    #expect(try Self.read(file) == Self.tidy)
    let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
    #expect(permissions == 0o640)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
    #expect(leftovers == ["plan.ogp"], "no temporary file is left behind")
  }

  @Test func writeRefusesAReadOnlyFile() throws {
    let file = try Self.temporaryFile(Self.messy)
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
    let result = try OGPProcess.run(["fmt", "--write", file.path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("read-only"))
    #expect(try Self.read(file) == Self.messy)
  }

  @Test func fileWithSyntaxErrorsIsNeverRewritten() throws {
    let broken = "plan p \"P\" {\n   member\n"
    let file = try Self.temporaryFile(broken)
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let result = try OGPProcess.run(["fmt", "--write", file.path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[E0"))
    #expect(result.standardError.contains("it was left as it is"))
    #expect(try Self.read(file) == broken)
  }

  @Test(arguments: [
    ["fmt"], ["fmt", "--check", "--write", "x.ogp"], ["fmt", "--write", "-"], ["fmt", "missing.ogp"],
  ])
  func usageAndUnreadableFilesExitTwo(arguments: [String]) throws {
    #expect(try OGPProcess.run(arguments).status == 2)
  }
}
