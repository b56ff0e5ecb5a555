import Foundation
import OGPLanguage
import OGPModel
import Testing

/// `ogp export` and `ogp import` as a user runs them: exit codes, messages and files.
@Suite("export and import commands")
struct ExportImportCommandTests {
  static let plan = "examples/plans/arcadia-2024.ogp"

  /// A fresh directory for files a test writes; removed by the caller.
  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ogp-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func exportedJSON() throws -> String {
    let result = try OGPProcess.run(["export", "--to", "json", Self.plan])
    try #require(result.status == 0, "\(result.standardError)")
    return result.standardOutput
  }

  /// The same JSON without spaces, so that a test can edit it by replacing text.
  private func compactJSON() throws -> String {
    let program = try ProgramJSON.decode(Data(try exportedJSON().utf8))
    return String(decoding: try ProgramJSON.encode(program, pretty: false), as: UTF8.self)
  }

  // MARK: export

  @Test("export writes each format to standard output", arguments: ["json", "yaml", "csv", "markdown"])
  func exportsToStandardOutput(format: String) throws {
    let result = try OGPProcess.run(["export", "--to", format, Self.plan])
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    #expect(result.standardOutput.utf8.last == UInt8(ascii: "\n"))
    let golden = Repository.url(
      "Tests/OGPInterchangeTests/Goldens/arcadia-2024.\(format == "markdown" ? "md" : format)")
    #expect(result.standardOutput == String(decoding: try Data(contentsOf: golden), as: UTF8.self))
  }

  @Test("export of a file with errors prints the diagnostics, exports nothing and exits 1")
  func exportWithErrors() throws {
    let result = try OGPProcess.run(["export", "--to", "json", "examples/errors/unknown-actor.ogp"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("error[E0206]"))
  }

  @Test("export of a file that cannot be read exits 2")
  func exportUnreadable() throws {
    let result = try OGPProcess.run(["export", "--to", "csv", "no/such/plan.ogp"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("error: cannot read 'no/such/plan.ogp'"))
    #expect(result.standardOutput.isEmpty)
  }

  @Test("an unknown format or a missing --to is a usage error", arguments: [["--to", "xml"], []])
  func exportUsage(arguments: [String]) throws {
    let result = try OGPProcess.run(["export"] + arguments + [Self.plan])
    #expect(result.status == 2)
    #expect(result.standardOutput.isEmpty)
  }

  @Test("export -o writes the file, replacing what was there, and prints nothing")
  func exportToFile() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("plan.csv")
    try Data("old".utf8).write(to: target)
    let result = try OGPProcess.run(["export", "--to", "csv", Self.plan, "-o", target.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
    let written = String(decoding: try Data(contentsOf: target), as: UTF8.self)
    #expect(written.hasPrefix("file,member,member_kind,plan,id,title,"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["plan.csv"], "no temporary file is left behind")
  }

  @Test("export -o to a read-only file leaves it as it was and exits 2")
  func exportToReadOnlyFile() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("plan.md")
    try Data("keep".utf8).write(to: target)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: target.path)
    let result = try OGPProcess.run(["export", "--to", "markdown", Self.plan, "--output", target.path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("read-only"))
    #expect(String(decoding: try Data(contentsOf: target), as: UTF8.self) == "keep")
  }

  @Test("export -o of a file with errors writes nothing")
  func exportWithErrorsWritesNothing() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("out.json")
    let result = try OGPProcess.run([
      "export", "--to", "json", "examples/errors/unknown-actor.ogp", "-o", target.path,
    ])
    #expect(result.status == 1)
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  // MARK: import

  @Test("import of exported JSON prints .ogp that checks clean and compiles to the same model")
  func importRoundTrip() throws {
    let json = try exportedJSON()
    let result = try OGPProcess.run(["import", "-"], input: Data(json.utf8))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    let check = try OGPProcess.run(["check", "-"], input: Data(result.standardOutput.utf8))
    #expect(check.status == 0, "\(check.standardError)")
    let compiled = Compiler(workingDirectory: Repository.rootPath).compile(text: result.standardOutput)
    #expect(compiled.program == (try ProgramJSON.decode(Data(json.utf8))))
  }

  @Test("import -o writes the .ogp file atomically and prints nothing")
  func importToFile() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("plan.json")
    try Data(try exportedJSON().utf8).write(to: input)
    let target = directory.appendingPathComponent("plan.ogp")
    let result = try OGPProcess.run(["import", input.path, "-o", target.path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
    let check = try OGPProcess.run(["check", target.path])
    #expect(check.status == 0, "\(check.standardError)")
    #expect(
      Set(try FileManager.default.contentsOfDirectory(atPath: directory.path)) == ["plan.json", "plan.ogp"])
  }

  @Test(
    "import of JSON that is not the model's form names the JSON path and exits 2",
    arguments: [
      (
        #""id":"arcadia_nap3.c03","#, #""id":"arcadia_nap3.c03","titel":"x","#,
        "error: <stdin>: $.plans[0].commitments[2]: unknown key 'titel'"
      ),
      (
        #""schema_version":1"#, #""schema_version":2"#,
        "error: <stdin>: $.schema_version: schema version 2 is not supported; this version of ogp reads version 1"
      ),
      (
        #""kind":"national","name":"Arcadia""#, #""name":"Arcadia""#,
        "error: <stdin>: $.plans[0].member: missing required key 'kind'"
      ),
      (
        #""participants":640"#, #""participants":"many""#,
        "error: <stdin>: $.plans[0].cocreation.participants: expected a whole number, found a string"
      ),
    ])
  func importInvalid(old: String, new: String, message: String) throws {
    let json = try compactJSON()
    try #require(json.ranges(of: old).count == 1)
    let result = try OGPProcess.run(["import", "-"], input: Data(json.replacing(old, with: new).utf8))
    #expect(result.status == 2)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.split(separator: "\n").contains { $0 == message }, "\(result.standardError)")
  }

  @Test(
    "import of bytes that are not UTF-8 or not JSON exits 2",
    arguments: [
      (
        [0x7B, 0x22, 0xFF, 0x22, 0x7D] as [UInt8],
        "error: <stdin>: not JSON: line 1, column 3: not UTF-8: an invalid byte sequence"
      ),
      (
        Array("actor a government \"A\"\n".utf8),
        "error: <stdin>: not JSON: line 1, column 1: unexpected 'a', expected a value"
      ),
    ])
  func importNotJSON(bytes: [UInt8], message: String) throws {
    let result = try OGPProcess.run(["import", "-"], input: Data(bytes))
    #expect(result.status == 2)
    #expect(result.standardError == message + "\n")
  }

  @Test("import of a file that cannot be read exits 2")
  func importUnreadable() throws {
    let result = try OGPProcess.run(["import", "no/such/plan.json"])
    #expect(result.status == 2)
    #expect(result.standardError == "error: cannot read 'no/such/plan.json': no such file\n")
  }

  @Test("import of data with a dangling reference prints the diagnostics, writes nothing and exits 1")
  func importDanglingReference() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // The actor is renamed; the commitments it leads still name it.
    let compact = try compactJSON()
    try #require(compact.ranges(of: #""id":"finance""#).count == 1)
    let json = compact.replacing(#""id":"finance""#, with: #""id":"treasury""#)
    let target = directory.appendingPathComponent("plan.ogp")
    let result = try OGPProcess.run(["import", "-", "-o", target.path], input: Data(json.utf8))
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[E0206]: unknown actor 'finance'"))
    #expect(result.standardError.contains("<stdin as .ogp>:"))
    #expect(result.standardError.hasSuffix("nothing was written\n"))
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  @Test(
    "import of what .ogp cannot state exits 1",
    arguments: [
      (
        #""rules":[]"#, #""rules":[{"id":"r","severity":"info","title":"R"}]"#,
        "$.rules: .ogp cannot state rules from the model"
      ),
      (
        #""id":"arcadia_nap3.c03""#, #""id":"c03""#,
        #"$.plans[0].commitments[2].id: "c03" cannot be stated in .ogp; it would read back as "arcadia_nap3.c03""#
      ),
    ])
  func importUnstatable(old: String, new: String, message: String) throws {
    let compact = try compactJSON()
    try #require(compact.ranges(of: old).count == 1)
    let result = try OGPProcess.run(["import", "-"], input: Data(compact.replacing(old, with: new).utf8))
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }
}
