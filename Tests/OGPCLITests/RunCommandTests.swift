import Foundation
import Testing

/// `ogp run SCRIPT`: a file of REPL inputs, run from the repository root.
struct RunCommandTests {
  /// Writes `text` to a new file in a fresh temporary directory and returns its path. The scripts
  /// load the repository's examples from there, so their runs name a root that holds both
  /// (`--root /`): a script may `:load` only inside the project root.
  static func script(_ text: String, executable: Bool = false) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ogp-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent("review.ogps")
    try Data(text.utf8).write(to: url)
    if executable {
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }
    return url.path
  }

  /// Removes the folder `script` made for `path`.
  static func removeFolder(of path: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
  }

  static let review = """
    #!/usr/bin/env -S ogp run
    :load examples/plans/arcadia-2024.ogp
    // Queries, a declaration and a command.
    count(commitments)
    actor press media "Press"
    count(actors where kind == media)
    :type press
    commitments where SO3 in advances

    """

  @Test func runsDeclarationsCommandsAndQueries() throws {
    let path = try Self.script(Self.review)
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["run", "--root", "/", path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    #expect(
      result.standardOutput == """
        loaded examples/plans/arcadia-2024.ogp
        9
        defined actor press
        2
        press : actor (media)
        id                title                                             lead                    status  end
        arcadia_nap3.c03  Protecting civic space and the right to organise  opengov_unit, assembly  -       2026-12-31

        """)
  }

  static let broken = """
    :load examples/plans/arcadia-2024.ogp
    count(commitments
      where status == complet)
    count(commitments)

    """

  @Test func stopsAtTheFirstInputWithErrors() throws {
    let path = try Self.script(Self.broken)
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["run", "--root", "/", path])
    #expect(result.status == 1)
    #expect(result.standardOutput == "loaded examples/plans/arcadia-2024.ogp\n")
    #expect(result.standardError.hasPrefix("\(path):3:19: error[E0312]: 'complet' is not a status\n"))
    #expect(result.standardError.contains("3 |   where status == complet)\n"))
    #expect(
      result.standardError.hasSuffix(
        "stopped at the first input with errors (line 2); --keep-going runs them all\n"))
  }

  @Test func stopsAtTheFirstInputWithErrorsInSpanish() throws {
    let path = try Self.script(Self.broken)
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["run", "--root", "/", path], environment: ["OGP_LANG": "es"])
    #expect(result.status == 1)
    #expect(result.standardOutput == "cargado examples/plans/arcadia-2024.ogp\n")
    #expect(
      result.standardError.hasSuffix(
        "se detuvo en la primera entrada con errores (línea 2); --keep-going las ejecuta todas\n"))
  }

  @Test func keepGoingRunsEveryInputAndStillFails() throws {
    let path = try Self.script(Self.broken)
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["run", "--root", "/", "--keep-going", path])
    #expect(result.status == 1)
    #expect(result.standardOutput == "loaded examples/plans/arcadia-2024.ogp\n9\n")
    #expect(result.standardError.contains("error[E0312]"))
    #expect(!result.standardError.contains("stopped"))
  }

  @Test func diagnosticsNameTheScriptsLinesAfterTheHashBang() throws {
    let path = try Self.script(
      "#!/usr/bin/env -S ogp run\nactor a government \"A\"\nactor b government \"B\" {\n  branch sideways\n}\n"
    )
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["run", "--root", "/", path])
    #expect(result.status == 1)
    #expect(
      result.standardOutput
        == "defined actor a\nnothing was changed: the session still holds what it held before\n")
    #expect(result.standardError.hasPrefix("\(path):4:10: error[E0305]"))
    #expect(!result.standardError.contains("stopped"), "nothing was left to run")
  }

  @Test func aCommandsErrorIsPutAtItsLine() throws {
    let path = try Self.script("actor a government \"A\"\n\n:load no/such/plan.ogp\n")
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["run", "--root", "/", path])
    #expect(result.status == 1)
    #expect(result.standardError == "\(path):3: error: cannot read 'no/such/plan.ogp': no such file\n")
  }

  @Test func quitEndsTheScriptCleanly() throws {
    let path = try Self.script("actor a government \"A\"\n:quit\nnot read at all (\n")
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["run", "--root", "/", path])
    #expect(result.status == 0)
    #expect(result.standardOutput == "defined actor a\n")
  }

  @Test func asOfIsTheScriptsToSet() throws {
    let path = try Self.script("as_of\n")
    defer { Self.removeFolder(of: path) }
    let result = try OGPProcess.run(["run", "--root", "/", "--as-of", "2030-01-31", path])
    #expect(result.standardOutput == "2030-01-31\n")
  }

  @Test func anUnreadableScriptIsExitTwo() throws {
    let result = try OGPProcess.run(["run", "no/such/script.ogps"])
    #expect(result.status == 2)
    #expect(result.standardError == "error: cannot read 'no/such/script.ogps': no such file\n")
  }

  /// With `#!/path/to/ogp run` on its first line, the script is a program of its own.
  @Test func aScriptWithAHashBangRunsAsAProgram() throws {
    let ogp = try OGPProcess.executable().path
    let path = try Self.script(
      Self.review.replacingOccurrences(
        of: "#!/usr/bin/env -S ogp run", with: "#!/usr/bin/env -S \(ogp) run --root /"),
      executable: true)
    defer { Self.removeFolder(of: path) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.currentDirectoryURL = Repository.root
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self).hasPrefix("loaded examples/plans/arcadia-2024.ogp\n9\n"))
  }
}
