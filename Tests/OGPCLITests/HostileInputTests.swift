import Foundation
import Testing

/// The real `ogp` binary against input written to break it: bytes that are not text, sizes and
/// depths far past any plan, `use` targets that are not files, control characters that would
/// drive a terminal, and writes that fail or are interrupted. Each run has a time limit, so a
/// hang is a failure rather than a stuck test run.
///
/// The permission tests must not run as root (root reads and writes anything): as root they run
/// `ogp` as `nobody` through `setpriv`, and are skipped, saying so, where it is missing.
@Suite("Hostile input")
struct HostileInputTests: RunsOGPBinary {
  /// `E0206`, … in the order the text shows them.
  static func codes(_ text: String) -> [String] {
    text.matches(of: /error\[(E\d{4})\]/).map { String($0.1) }
  }

  // MARK: - Bytes that are not text

  @Test("invalid UTF-8 is an error (E0001), not a crash")
  func invalidUTF8() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes: [UInt8] =
      Array("actor a government \"caf".utf8) + [0xE9] + Array("\"\nactor b government \"".utf8)
      + [0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80] + Array("\"\n".utf8) + [0xC3]
    let file = try Self.write(bytes, "latin1.ogp", in: folder)
    for command in ["check", "lint", "fmt"] {
      let run = try Self.ogp([command, file.path])
      Self.expectExit(run, 1, "ogp \(command)")
      #expect(Self.codes(run.errorText).contains("E0001"), "ogp \(command): \(run.errorText)")
    }
  }

  @Test("NUL bytes are an error (E0002), not the end of the file")
  func nulBytes() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes: [UInt8] =
      Array("actor a".utf8) + [0] + Array(" government \"A\"\nactor b government \"B".utf8) + [0, 0]
      + Array("\"\n".utf8) + [0]
    let file = try Self.write(bytes, "nul.ogp", in: folder)
    for command in ["check", "fmt"] {
      let run = try Self.ogp([command, file.path])
      Self.expectExit(run, 1, "ogp \(command)")
      #expect(Self.codes(run.errorText).filter { $0 == "E0002" }.count >= 3, "\(run.errorText)")
    }
  }

  // MARK: - Sizes and depths

  static let hundredMegabytes = 100 * 1024 * 1024

  @Test("a 100 MB line (a string, a comment) checks; an unterminated long string is one short diagnostic")
  func hundredMegabyteLine() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let head = Array("strategy s \"S\" {\n  period 2023 .. 2028\n  vision \"".utf8)
    let filler = [UInt8](repeating: UInt8(ascii: "a"), count: Self.hundredMegabytes)
    let string = try Self.write(head + filler + Array("\"\n}\n".utf8), "string.ogp", in: folder)
    let comment = try Self.write(
      Array("// ".utf8) + filler + Array("\nactor a government \"A\"\n".utf8), "comment.ogp", in: folder)
    // Unterminated, the diagnostic's column is counted along the whole line: slow in a debug
    // build (about 45 s at 100 MB), so 1 MB here; RobustnessTests renders 50 MB in process.
    let open = try Self.write(head + filler.prefix(1024 * 1024), "open.ogp", in: folder)

    Self.expectExit(try Self.ogp(["check", string.path], timeout: 60), 0, "ogp check on a 100 MB string")
    Self.expectExit(try Self.ogp(["check", comment.path], timeout: 60), 0, "ogp check on a 100 MB comment")
    let unterminated = try Self.ogp(["check", open.path], timeout: 60)
    Self.expectExit(unterminated, 1, "ogp check on an unterminated 1 MB string")
    #expect(Self.codes(unterminated.errorText) == ["E0004", "E0104"])
    #expect(unterminated.standardError.count < 4_000, "the rendering cuts the line short")
  }

  @Test("100,000 nested braces: one E0106 and no stack overflow, in check and fmt")
  func deepNesting() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.write(
      "plan p \"t\" {\n" + String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000),
      "deep.ogp", in: folder)
    for command in ["check", "lint", "fmt"] {
      let run = try Self.ogp([command, file.path])
      Self.expectExit(run, 1, "ogp \(command)")
      #expect(Self.codes(run.errorText).filter { $0 == "E0106" }.count == 1, "\(run.errorText.prefix(3_000))")
      #expect(run.standardError.count < 20_000, "one burst of errors, not one per brace")
    }
  }

  @Test("a 'use' cycle of 50 files is one E0204 naming the whole cycle")
  func useCycle() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let count = 50
    func name(_ index: Int) -> String { "c\(index < 10 ? "0" : "")\(index).ogp" }
    for index in 0..<count {
      try Self.write(
        "use \"\(name((index + 1) % count))\"\nactor a\(index) government \"A\(index)\"\n", name(index),
        in: folder)
    }
    let run = try Self.ogp(["check", folder.appendingPathComponent(name(0)).path])
    Self.expectExit(run, 1, "ogp check")
    #expect(Self.codes(run.errorText) == ["E0204"], "\(run.errorText)")
    // `… 'use' cycle: c00.ogp → c01.ogp → … → c49.ogp → c00.ogp`, each with its folder.
    let message = try #require(run.errorText.split(separator: "\n").first)
    let steps = message.components(separatedBy: " → ")
    #expect(steps.count == count + 1)
    #expect(steps.first?.hasSuffix("/c00.ogp") == true && steps.last?.hasSuffix("/c00.ogp") == true)
    #expect(steps.dropFirst().dropLast().map { String($0.suffix(7)) } == (1..<count).map(name))
  }

  // MARK: - 'use' targets that are not readable files

  @Test("'use' of a directory, a missing file and a FIFO: each a diagnostic, never a hang")
  func useTargets() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("folder.ogp"), withIntermediateDirectories: true)
    #expect(mkfifo(folder.appendingPathComponent("fifo.ogp").path, 0o644) == 0)
    let plan = try Self.write(
      "use \"folder.ogp\"\nuse \"missing.ogp\"\nuse \"fifo.ogp\"\nactor a government \"A\"\n", "plan.ogp",
      in: folder)
    let run = try Self.ogp(["check", plan.path], timeout: 10)
    Self.expectExit(run, 1, "ogp check with a 'use' of a FIFO")
    #expect(Self.codes(run.errorText) == ["E0202", "E0201", "E0203"], "\(run.errorText)")
    let fifoLine = run.errorText.split(separator: "\n").first { $0.contains("error[E0203]") } ?? ""
    #expect(fifoLine.contains("not a regular file"), "\(fifoLine)")
  }

  @Test("a FIFO named on the command line is refused (exit 2), never read")
  func fifoRoot() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("fifo.ogp")
    #expect(mkfifo(fifo.path, 0o644) == 0)
    for command in ["check", "fmt"] {
      let run = try Self.ogp([command, fifo.path], timeout: 10)
      Self.expectExit(run, 2, "ogp \(command) on a FIFO")
    }
  }

  @Test(
    "'use' of an unreadable file is E0203; an unreadable root exits 2",
    .enabled(if: unprivileged != nil, "setpriv is missing: cannot run ogp as an unprivileged user"))
  func unreadable() throws {
    let prefix = try #require(Self.unprivileged)
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let secret = try Self.write("actor s government \"S\"\n", "secret.ogp", in: folder)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
    let plan = try Self.write("use \"secret.ogp\"\nactor a government \"A\"\n", "plan.ogp", in: folder)
    let run = try Self.ogp(["check", plan.path], prefix: prefix, timeout: 10)
    Self.expectExit(run, 1, "ogp check with a 'use' of an unreadable file")
    #expect(Self.codes(run.errorText) == ["E0203"], "\(run.errorText)")
    let root = try Self.ogp(["check", secret.path], prefix: prefix, timeout: 10)
    Self.expectExit(root, 2, "ogp check on an unreadable file")
  }

  // MARK: - Control characters never reach the terminal raw

  static let hostileSources: [String] = [
    // An escape sequence and a bidi override in names.
    "actor a\u{1B}[31mb government \"x\"\nplan p \"t\" {\n  lead evil\u{202E}name\n}\n",
    // In strings, next to an error on the same lines.
    "plan p \"\u{1B}]0;pwned\u{7}\u{202E}\" {\n  member \"\u{1B}[2J\u{202E}\" national\n"
      + "  period 2024 .. 2023 // \u{1B}[31m\u{202E}\n}\n",
    // In a 'use' path that names nothing.
    "use \"\u{1B}[31mmissing\u{202E}.ogp\"\n",
    // Escapes written as \u{…} inside strings, decoded by the checker.
    "use \"\\u{1B}[2J\\u{202E}.ogp\"\nactor a government \"\\u{1B}[31m\\u{202E}\"\n",
    // A plan that checks clean, whose titles the lint findings quote.
    "actor gov government \"Gov\u{1B}[31m\u{202E}\" { branch executive; level national }\n"
      + "plan p \"Plan \u{1B}[2J\u{202E}\" {\n  member \"X\u{202E}\" national\n  period 2024-09 .. 2026-08\n"
      + "  commitment c1 \"Red \u{1B}[31m\u{202E} title\" {\n    lead gov\n  }\n}\n",
  ]

  /// No ESC, BEL or bidi control in `data`, once the renderer's own colour codes are removed.
  static func expectNoControls(
    _ data: Data, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var text = String(decoding: data, as: UTF8.self)
    text.replace(/\x1B\[[0-9;]*m/, with: "")
    let forbidden: Set<UInt32> = [
      0x07, 0x1B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]
    let found = Set(
      text.unicodeScalars.filter { forbidden.contains($0.value) }.map {
        "U+" + String($0.value, radix: 16, uppercase: true)
      })
    #expect(
      found.isEmpty, "\(what): \(found.sorted()) in\n\(text.debugDescription.prefix(3_000))",
      sourceLocation: sourceLocation)
  }

  @Test("escape sequences and bidi controls in names and strings are never echoed raw", arguments: 0..<5)
  func controlCharacters(_ index: Int) throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.write(Self.hostileSources[index], "hostile.ogp", in: folder)
    let runs: [(String, [String], [String: String])] = [
      ("check", ["check", file.path], [:]),
      ("check --color always", ["check", "--color", "always", file.path], ["NO_COLOR": ""]),
      ("lint", ["lint", file.path], [:]),
      ("lint --format github", ["lint", "--format", "github", file.path], [:]),
      ("fmt", ["fmt", file.path], [:]),
    ]
    for (what, arguments, environment) in runs {
      let run = try Self.ogp(arguments, environment: environment)
      #expect(!run.timedOut && !run.signalled, "\(what)")
      #expect(run.status != 0 || what == "fmt" || index == 4, "\(what): expected a diagnostic")
      Self.expectNoControls(run.standardError, "ogp \(what), standard error")
      // fmt prints the file itself, strings as written; every other output is for reading.
      if what != "fmt" {
        Self.expectNoControls(run.standardOutput, "ogp \(what), standard output")
      }
    }
  }

  // MARK: - fmt --write never loses the original

  static let messy = "plan p \"P\" {\n      member   \"X\" national\n period 2024 .. 2025\n}\n"

  @Test(
    "fmt --write refuses a read-only file and a read-only directory, leaving the file intact",
    .enabled(if: unprivileged != nil, "setpriv is missing: cannot run ogp as an unprivileged user"))
  func writeReadOnly() throws {
    let prefix = try #require(Self.unprivileged)
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.write(Self.messy, "plan.ogp", in: folder)
    if getuid() == 0 { _ = chown(file.path, 65534, 65534) }
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
    let run = try Self.ogp(["fmt", "--write", file.path], prefix: prefix)
    Self.expectExit(run, 2, "fmt --write on a read-only file")
    #expect(try String(contentsOf: file, encoding: .utf8) == Self.messy)
    #expect(Self.leftovers(in: folder, besides: ["plan.ogp"]).isEmpty)

    // A writable file in a directory the user cannot write: no temporary file can be made.
    let locked = try Self.directory()
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
      try? FileManager.default.removeItem(at: locked)
    }
    let inside = try Self.write(Self.messy, "plan.ogp", in: locked)
    if getuid() == 0 { _ = chown(inside.path, 65534, 65534) }
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
    let lockedRun = try Self.ogp(["fmt", "--write", inside.path], prefix: prefix)
    Self.expectExit(lockedRun, 2, "fmt --write in a read-only directory")
    #expect(try String(contentsOf: inside, encoding: .utf8) == Self.messy)
  }

  @Test("fmt --write past the file-size limit (ulimit -f) leaves the original intact")
  func writeFails() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try Self.largeMessyPlan(bytes: 200_000)
    let file = try Self.write(text, "plan.ogp", in: folder)
    let ogp = try OGPProcess.executable().path
    // 1: SIGXFSZ ends the process mid-write; 2: the signal ignored, the write fails with EFBIG.
    for (what, trap) in [("killed by SIGXFSZ", ""), ("EFBIG", "trap '' XFSZ; ")] {
      let run = try Self.run([
        "/bin/sh", "-c", "\(trap)ulimit -f 8; exec \"$0\" fmt --write \"$1\"", ogp, file.path,
      ])
      #expect(!run.timedOut)
      #expect(run.status != 0, "\(what): the write cannot have succeeded")
      if trap.isEmpty == false {
        Self.expectExit(run, 2, "fmt --write with writes failing (\(what))")
        #expect(run.errorText.contains("cannot write"), "\(run.errorText)")
      }
      #expect(try String(contentsOf: file, encoding: .utf8) == text, "\(what): the original changed")
      let litter = Self.leftovers(in: folder, besides: ["plan.ogp"])
      #expect(litter.isEmpty, "\(what): left behind \(litter)")
      for name in litter { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
    }
  }

  @Test("SIGINT during fmt --write of a large file: the file is the old one or the new one, never a part")
  func interruptedWrite() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let old = try Self.largeMessyPlan(bytes: 600_000)
    let file = try Self.write(old, "plan.ogp", in: folder)
    let ogp = try OGPProcess.executable().path
    let printed = try Self.ogp(["fmt", file.path], timeout: 60)
    Self.expectExit(printed, 0, "fmt")
    let new = printed.outputText
    #expect(new != old)
    // How long a whole write takes, to spread the interrupts across it.
    let whole = try Self.ogp(["fmt", "--write", file.path], timeout: 60)
    Self.expectExit(whole, 0, "fmt --write")
    #expect(try String(contentsOf: file, encoding: .utf8) == new)
    let duration = whole.seconds
    var outcomes: [String: Int] = [:]
    var litter: [String] = []
    let rounds = 20
    var interrupted = 0
    for round in 0..<rounds {
      try Data(old.utf8).write(to: file)
      let pid = try Self.spawnWithDefaultSignals([ogp, "fmt", "--write", file.path])
      usleep(useconds_t(max(2_000, duration * 1.1 * 1_000_000 * Double(round) / Double(rounds))))
      kill(pid, SIGINT)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
      // WIFSIGNALED and WTERMSIG, which Swift does not import.
      if status & 0x7F == SIGINT { interrupted += 1 }
      let now = try String(contentsOf: file, encoding: .utf8)
      let outcome = now == old ? "old" : now == new ? "new" : "neither"
      outcomes[outcome, default: 0] += 1
      #expect(
        outcome != "neither", "round \(round): the file is \(now.utf8.count) bytes, neither old nor new")
      let left = Self.leftovers(in: folder, besides: ["plan.ogp"])
      litter += left
      for name in left { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
    }
    #expect(interrupted > 0, "no run was interrupted: SIGINT never reached ogp")
    #expect(outcomes["neither", default: 0] == 0, "\(outcomes)")
    print(
      "interrupted fmt --write of \(old.utf8.count) bytes, \(Int(duration * 1000)) ms a write: "
        + "\(interrupted) of \(rounds) ended by SIGINT; the file after: \(outcomes)")
    // Interrupted between writing the temporary file and renaming it, a write leaves that file.
    #expect(litter.isEmpty, "\(litter.count) temporary files left by interrupted writes: \(litter.prefix(3))")
  }
}
