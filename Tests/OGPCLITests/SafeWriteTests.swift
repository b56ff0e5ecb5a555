import CXattr
import Foundation
import Testing

/// The real `ogp` binary writing where a pull request could aim it: outputs that are symbolic
/// links, devices, FIFOs, sockets or directories; files whose hard links, owner, mode and
/// extended attributes `fmt --write` must keep; and standard output or standard error that
/// cannot be written.
@Suite("Safe writes")
struct SafeWriteTests: RunsOGPBinary {
  static let plan = Repository.url("examples/plans/valle-2025.ogp").path
  static let messy = "plan p \"P\" {\n      member   \"X\" national\n period 2024 .. 2025\n}\n"
  static let tidy = "plan p \"P\" {\n  member \"X\" national\n  period 2024 .. 2025\n}\n"
  static let secret = "export SECRET=1\n"

  /// Every output that names a file, and how to make `ogp` write one at `path`.
  enum Output: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case report = "report --html"
    case export = "export -o"
    case `import` = "import -o"
    case baseline = "lint --write-baseline"
    case save = ":save"
    case replExport = ":export"

    var testDescription: String { rawValue }

    /// `ogp …` writing `path`, with the JSON or script it reads made in `folder`.
    func arguments(writing path: String, in folder: URL) throws -> [String] {
      switch self {
      case .report: return ["report", SafeWriteTests.plan, "--html", path]
      case .export: return ["export", "--to", "json", SafeWriteTests.plan, "-o", path]
      case .import:
        let json = try SafeWriteTests.ogp(["export", "--to", "json", SafeWriteTests.plan])
        return [
          "import", try SafeWriteTests.write(json.outputText, "plan.json", in: folder).path, "-o", path,
        ]
      case .baseline: return ["lint", "--write-baseline", path, SafeWriteTests.plan]
      case .save, .replExport:
        let command = self == .save ? ":save" : ":export json"
        let script = "actor a government \"A\"\n\(command) \(path)\n"
        return ["run", try SafeWriteTests.write(script, "script.ogps", in: folder).path]
      }
    }

    /// A refused write is exit 2; in a script it is an input with errors, which is exit 1.
    var refusedStatus: Int32 { self == .save || self == .replExport ? 1 : 2 }
  }

  /// The kind of what is at `path` itself (`S_IFLNK` for a link), from `lstat`.
  static func kind(_ path: String) -> mode_t {
    var status = stat()
    guard lstat(path, &status) == 0 else { return 0 }
    return status.st_mode & S_IFMT
  }

  static func status(_ path: String) throws -> stat {
    var status = stat()
    guard stat(path, &status) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    return status
  }

  /// Standard error is one line, which says `words`.
  static func expectOneLine(
    _ run: Run, saying words: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let lines = run.errorText.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 1, "\(run.errorText)", sourceLocation: sourceLocation)
    #expect(run.errorText.contains(words), "\(run.errorText)", sourceLocation: sourceLocation)
  }

  // MARK: - Folders that links lead out of the project

  @Test(
    "an output inside the project, in a folder a link sends out of it, is refused", arguments: Output.allCases
  )
  func folderLinkOutOfTheProject(_ output: Output) throws {
    let base = try Self.directory()
    defer { try? FileManager.default.removeItem(at: base) }
    let project = base.appendingPathComponent("project")
    let elsewhere = base.appendingPathComponent("elsewhere")
    for folder in [project.appendingPathComponent(".git"), elsewhere] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    // A pull request adds `docs`, a link to a folder of the runner's.
    try FileManager.default.createSymbolicLink(
      atPath: project.appendingPathComponent("docs").path, withDestinationPath: elsewhere.path)
    let plan = try Self.write("actor a government \"A\"\n", "plan.ogp", in: project).path
    func arguments(writing path: String) throws -> [String] {
      switch output {
      case .report: return ["report", plan, "--html", path]
      case .export: return ["export", "--to", "json", plan, "-o", path]
      case .import:
        let json = try Self.ogp(["export", "--to", "json", plan])
        return ["import", try Self.write(json.outputText, "plan.json", in: project).path, "-o", path]
      case .baseline: return ["lint", "--write-baseline", path, plan]
      case .save, .replExport:
        let command = output == .save ? ":save" : ":export json"
        let script = "actor a government \"A\"\n\(command) \(path)\n"
        return ["run", try Self.write(script, "script.ogps", in: project).path]
      }
    }
    let refused = try Self.ogp(try arguments(writing: project.appendingPathComponent("docs/out").path))
    Self.expectExit(refused, output.refusedStatus, output.rawValue)
    #expect(
      refused.errorText.contains("a symbolic link sends out of the project root"), "\(refused.errorText)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)

    // The same folder named where it really is, outside the project, is the user's choice.
    let direct = elsewhere.appendingPathComponent("out").path
    Self.expectExit(try Self.ogp(try arguments(writing: direct)), 0, output.rawValue + " outside the project")
    #expect(FileManager.default.fileExists(atPath: direct))
  }

  // MARK: - Symbolic links, devices, FIFOs, sockets and directories

  @Test(
    "an output that is a symbolic link is refused; the file it names is untouched", arguments: Output.allCases
  )
  func symbolicLink(_ output: Output) throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let victim = try Self.write(Self.secret, "bashrc", in: folder)
    let link = folder.appendingPathComponent("out")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "bashrc")
    let arguments = try output.arguments(writing: link.path, in: folder)
    let before = Self.leftovers(in: folder, besides: [])

    let run = try Self.ogp(arguments, in: folder)
    Self.expectExit(run, output.refusedStatus, "ogp \(output.rawValue) onto a link")
    Self.expectOneLine(run, saying: "'\(link.path)' is a symbolic link")
    #expect(try String(contentsOf: victim, encoding: .utf8) == Self.secret)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "bashrc")
    #expect(Self.leftovers(in: folder, besides: before).isEmpty, "no temporary file is left")
  }

  /// Makes a socket file at `path`, as a server would, and closes it.
  static func makeSocket(at path: String) throws {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    try #require(bound == 0, "bind: \(String(cString: strerror(errno)))")
  }

  @Test("an output that is a FIFO, a socket or a directory is refused and stays what it was")
  func notRegularFiles() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("fifo").path
    try #require(mkfifo(fifo, 0o644) == 0)
    let socket = folder.appendingPathComponent("socket").path
    try Self.makeSocket(at: socket)
    let directory = folder.appendingPathComponent("directory").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)

    for (path, kind, name) in [
      (fifo, S_IFIFO, "a FIFO"), (socket, S_IFSOCK, "a socket"), (directory, S_IFDIR, "a directory"),
    ] {
      let run = try Self.ogp(Output.export.arguments(writing: path, in: folder), in: folder, timeout: 10)
      Self.expectExit(run, 2, "export -o onto \(name)")
      Self.expectOneLine(run, saying: "is \(name), not a regular file")
      #expect(Self.kind(path) == kind, "\(name) is still \(name)")
    }
    // The REPL's ':save', in a script, onto the FIFO.
    let save = try Self.ogp(Output.save.arguments(writing: fifo, in: folder), in: folder, timeout: 10)
    Self.expectExit(save, 1, ":save onto a FIFO")
    Self.expectOneLine(save, saying: "is a FIFO, not a regular file")
    #expect(Self.kind(fifo) == S_IFIFO)
  }

  @Test(
    "an output that is a device node is refused and stays a device",
    .enabled(if: getuid() == 0, "only root can make a device node (mknod) to write onto"))
  func deviceNode() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A node of its own for /dev/null's device (major 1, minor 3): /dev/null itself is never
    // put at risk.
    let device = folder.appendingPathComponent("null").path
    try #require(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
    for output in [Output.export, .report, .save] {
      let run = try Self.ogp(output.arguments(writing: device, in: folder), in: folder, timeout: 10)
      Self.expectExit(run, output.refusedStatus, "ogp \(output.rawValue) onto a device")
      Self.expectOneLine(run, saying: "is a device, not a regular file")
      #expect(Self.kind(device) == S_IFCHR, "the device node is still one")
    }
  }

  @Test("'-' is standard output for every option that names an output file")
  func dashIsStandardOutput() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let expected: [(Output, String)] = [
      (.export, "{\n  \"actors\""), (.import, "  commitment "), (.report, "<!DOCTYPE html>"),
      (.baseline, "{"),
    ]
    for (output, start) in expected {
      let run = try Self.ogp(output.arguments(writing: "-", in: folder), in: folder)
      Self.expectExit(run, 0, "ogp \(output.rawValue) -")
      #expect(run.outputText.contains(start), "\(output.rawValue) -: \(run.outputText.prefix(200))")
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }
  }

  @Test("-o /dev/stdout replaces nothing: it is a symbolic link, refused")
  func devStdout() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A link like /dev/stdout in a folder of the test's own first: /dev/stdout itself is
    // only tried once ogp is known not to replace it.
    let standIn = folder.appendingPathComponent("stdout")
    try FileManager.default.createSymbolicLink(atPath: standIn.path, withDestinationPath: "/proc/self/fd/1")
    let run = try Self.ogp(Output.export.arguments(writing: standIn.path, in: folder), in: folder)
    Self.expectExit(run, 2, "export -o onto a link to /proc/self/fd/1")
    try #require(
      run.errorText.contains("is a symbolic link") && Self.kind(standIn.path) == S_IFLNK,
      "ogp does not refuse a link like /dev/stdout: /dev/stdout itself is not tried")

    let real = try Self.ogp(Output.export.arguments(writing: "/dev/stdout", in: folder), in: folder)
    Self.expectExit(real, 2, "export -o /dev/stdout")
    Self.expectOneLine(real, saying: "'/dev/stdout' is a symbolic link")
    #expect(Self.kind("/dev/stdout") == S_IFLNK)
  }

  @Test("fmt --write refuses a symbolic link, and with --follow-symlinks rewrites the file it names")
  func followSymlinks() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = try Self.write(Self.messy, "plan.ogp", in: folder)
    let link = folder.appendingPathComponent("link.ogp")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "plan.ogp")

    let refused = try Self.ogp(["fmt", "--write", link.path], in: folder)
    Self.expectExit(refused, 2, "fmt --write on a link")
    Self.expectOneLine(refused, saying: "--follow-symlinks")
    #expect(try String(contentsOf: target, encoding: .utf8) == Self.messy)

    let followed = try Self.ogp(["fmt", "--write", "--follow-symlinks", link.path], in: folder)
    Self.expectExit(followed, 0, "fmt --write --follow-symlinks")
    #expect(try String(contentsOf: target, encoding: .utf8) == Self.tidy)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "plan.ogp")
    #expect(Self.leftovers(in: folder, besides: ["plan.ogp", "link.ogp"]).isEmpty)
  }

  // MARK: - What fmt --write keeps

  @Test("fmt --write keeps a file with another hard link the same file: both names see the change")
  func hardLink() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.write(Self.messy, "plan.ogp", in: folder)
    let other = folder.appendingPathComponent("other.ogp")
    try FileManager.default.linkItem(at: file, to: other)
    let inode = try Self.status(file.path).st_ino

    let run = try Self.ogp(["fmt", "--write", file.path], in: folder)
    Self.expectExit(run, 0, "fmt --write on a hard-linked file")
    #expect(try Self.status(file.path).st_ino == inode)
    #expect(try Self.status(other.path).st_ino == inode)
    #expect(try Self.status(file.path).st_nlink == 2)
    #expect(try String(contentsOf: other, encoding: .utf8) == Self.tidy)
    #expect(Self.leftovers(in: folder, besides: ["plan.ogp", "other.ogp"]).isEmpty)
  }

  @Test("SIGINT during fmt --write of a file with another hard link: the file is the old one or the new one")
  func interruptedInPlaceWrite() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let old = try Self.largeMessyPlan(bytes: 300_000)
    let file = try Self.write(old, "plan.ogp", in: folder)
    try FileManager.default.linkItem(at: file, to: folder.appendingPathComponent("other.ogp"))
    let inode = try Self.status(file.path).st_ino
    let ogp = try OGPProcess.executable().path
    let printed = try Self.ogp(["fmt", file.path], timeout: 60)
    Self.expectExit(printed, 0, "fmt")
    let new = printed.outputText
    let whole = try Self.ogp(["fmt", "--write", file.path], timeout: 60)
    Self.expectExit(whole, 0, "fmt --write")
    let rounds = 10
    var outcomes: [String: Int] = [:]
    for round in 0..<rounds {
      // Rewritten in place, as ogp does, so that the hard link stays.
      let handle = try FileHandle(forWritingTo: file)
      try handle.truncate(atOffset: 0)
      try handle.write(contentsOf: Data(old.utf8))
      try handle.close()
      let pid = try Self.spawnWithDefaultSignals([ogp, "fmt", "--write", file.path])
      // Most of a run is formatting: the interrupts are spread from its middle to past its end.
      let fraction = 0.5 + 1.5 * Double(round) / Double(rounds)
      usleep(useconds_t(whole.seconds * fraction * 1_000_000))
      kill(pid, SIGINT)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
      let now = try String(contentsOf: file, encoding: .utf8)
      let outcome = now == old ? "old" : now == new ? "new" : "neither"
      outcomes[outcome, default: 0] += 1
      #expect(
        outcome != "neither", "round \(round): the file is \(now.utf8.count) bytes, neither old nor new")
      #expect(try Self.status(file.path).st_ino == inode, "round \(round): the hard link was split")
    }
    #expect(Self.leftovers(in: folder, besides: ["plan.ogp", "other.ogp"]).isEmpty)
    print("interrupted in-place fmt --write of \(old.utf8.count) bytes: \(outcomes)")
  }

  /// A POSIX ACL as Linux stores it in `system.posix_acl_access`: the owner rw, user `nobody`
  /// r, the group r, the mask r, others nothing.
  static let accessControlList: [UInt8] = {
    func entry(_ tag: UInt16, _ permissions: UInt16, _ id: UInt32) -> [UInt8] {
      withUnsafeBytes(of: tag.littleEndian, Array.init)
        + withUnsafeBytes(of: permissions.littleEndian, Array.init)
        + withUnsafeBytes(of: id.littleEndian, Array.init)
    }
    let undefined = UInt32.max
    return withUnsafeBytes(of: UInt32(2).littleEndian, Array.init) + entry(0x01, 6, undefined)
      + entry(0x02, 4, 65534) + entry(0x04, 4, undefined) + entry(0x10, 4, undefined)
      + entry(0x20, 0, undefined)
  }()

  static func attribute(_ name: String, of path: String) -> [UInt8]? {
    let size = getxattr(path, name, nil, 0)
    guard size >= 0 else { return nil }
    var value = [UInt8](repeating: 0, count: size)
    let read = value.withUnsafeMutableBytes { getxattr(path, name, $0.baseAddress, size) }
    return read == size ? value : nil
  }

  static func setAttribute(_ name: String, _ value: [UInt8], on path: String) -> Bool {
    value.withUnsafeBytes { setxattr(path, name, $0.baseAddress, $0.count, 0) } == 0
  }

  @Test("fmt --write keeps the mode, the owner (as root), extended attributes and an ACL")
  func ownerModeAndAttributes() throws {
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.write(Self.messy, "plan.ogp", in: folder)
    try #require(chmod(file.path, 0o640) == 0)
    try #require(
      Self.setAttribute("user.ogp.review", Array("approved".utf8), on: file.path),
      "user.* extended attributes are needed: \(String(cString: strerror(errno)))")
    // ACLs are kept as the attribute they are; a file system without them is no failure here.
    let hasACL = Self.setAttribute("system.posix_acl_access", Self.accessControlList, on: file.path)
    let asRoot = getuid() == 0
    if asRoot { try #require(chown(file.path, 65534, 65534) == 0) }
    let before = try Self.status(file.path)
    let acl = Self.attribute("system.posix_acl_access", of: file.path)

    let run = try Self.ogp(["fmt", "--write", file.path], in: folder)
    Self.expectExit(run, 0, "fmt --write")
    #expect(try String(contentsOf: file, encoding: .utf8) == Self.tidy)
    let after = try Self.status(file.path)
    #expect(after.st_mode == before.st_mode, "mode \(String(after.st_mode, radix: 8))")
    #expect(
      after.st_uid == before.st_uid && after.st_gid == before.st_gid, "owner \(after.st_uid):\(after.st_gid)")
    #expect(Self.attribute("user.ogp.review", of: file.path) == Array("approved".utf8))
    if hasACL { #expect(Self.attribute("system.posix_acl_access", of: file.path) == acl) }
    #expect(Self.leftovers(in: folder, besides: ["plan.ogp"]).isEmpty)
  }

  @Test(
    "fmt --write by a user who cannot give a file back its owner rewrites it in place",
    .enabled(if: getuid() == 0 && unprivileged != nil, "needs root and setpriv to run as another user"))
  func ownerKeptInPlace() throws {
    let prefix = try #require(Self.unprivileged)
    let folder = try Self.directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Root's file, which nobody may write (mode 666) but not give to root again.
    let file = try Self.write(Self.messy, "plan.ogp", in: folder)
    try #require(chmod(file.path, 0o666) == 0)
    let before = try Self.status(file.path)

    let run = try Self.ogp(["fmt", "--write", file.path], prefix: prefix, in: folder)
    Self.expectExit(run, 0, "fmt --write as nobody")
    #expect(try String(contentsOf: file, encoding: .utf8) == Self.tidy)
    let after = try Self.status(file.path)
    #expect(after.st_ino == before.st_ino && after.st_uid == 0 && after.st_mode == before.st_mode)
  }

  // MARK: - Standard output and standard error that cannot be written

  /// Runs `ogp arguments…` with every signal at its default action (through `sh -c` with
  /// `shell` before `exec ogp`), standard output to `output` and standard error collected.
  static func spawn(_ arguments: [String], shell: String = "", output: Int32) throws -> Run {
    var pipeEnds: [Int32] = [0, 0]
    try #require(pipe(&pipeEnds) == 0)
    let command =
      ["/bin/sh", "-c", shell + "exec \"$@\"", "sh", try OGPProcess.executable().path] + arguments
    let start = Date()
    let pid = try Self.spawnWithDefaultSignals(command, standardOutput: output, standardError: pipeEnds[1])
    close(pipeEnds[1])
    let errorText = FileHandle(fileDescriptor: pipeEnds[0], closeOnDealloc: true).readDataToEndOfFile()
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // WIFSIGNALED, WTERMSIG and WEXITSTATUS, which Swift does not import.
    let signal = status & 0x7F
    return Run(
      status: signal != 0 ? signal : (status >> 8) & 0xFF, signalled: signal != 0, standardOutput: Data(),
      standardError: errorText, timedOut: false, seconds: Date().timeIntervalSince(start))
  }

  @Test("standard output on a full disk (/dev/full): exit 2 and one line, no crash")
  func fullStandardOutput() throws {
    let full = open("/dev/full", O_WRONLY)
    try #require(full >= 0, "/dev/full is missing")
    defer { close(full) }
    for arguments in [["export", "--to", "json", Self.plan], ["--help"], ["fmt", Self.plan]] {
      let run = try Self.spawn(arguments, output: full)
      Self.expectExit(run, 2, "ogp \(arguments[0]) > /dev/full")
      Self.expectOneLine(run, saying: "cannot write to standard output: No space left on device")
    }
  }

  @Test("standard error on a full disk: exit 2, no crash")
  func fullStandardError() throws {
    let lint = try Self.run([
      "/bin/sh", "-c", "exec \"$0\" lint \"$1\" 2>/dev/full", try OGPProcess.executable().path,
      Repository.url("examples/plans/arcadia-2024.ogp").path,
    ])
    Self.expectExit(lint, 2, "ogp lint 2> /dev/full, with findings to show")
  }

  @Test("a reader that went away: SIGPIPE ends ogp quietly; with SIGPIPE ignored, exit 2 and no crash")
  func closedPipe() throws {
    for ignored in [false, true] {
      var ends: [Int32] = [0, 0]
      try #require(pipe(&ends) == 0)
      close(ends[0])
      let run = try Self.spawn(
        ["export", "--to", "json", Self.plan], shell: ignored ? "trap '' PIPE; " : "", output: ends[1])
      close(ends[1])
      #expect(run.errorText.split(separator: "\n").count <= 1, "\(run.errorText.prefix(2_000))")
      if ignored {
        Self.expectExit(run, 2, "ogp export | (closed) with SIGPIPE ignored")
      } else {
        #expect(
          run.signalled && run.status == SIGPIPE, "signal \(run.status): \(run.errorText.prefix(2_000))")
        #expect(run.errorText.isEmpty)
      }
    }
  }
}
