import Foundation
import Testing

/// A suite that runs the real `ogp` binary with a time limit, so a hang is a failure rather than
/// a stuck test run: the hostile-input and safe-write suites.
protocol RunsOGPBinary {}

/// One run of a command.
struct BinaryRun {
  var status: Int32
  /// True when a signal ended the process (`status` is then the signal's number).
  var signalled: Bool
  var standardOutput: Data
  var standardError: Data
  var timedOut: Bool
  var seconds: Double

  var errorText: String { String(decoding: standardError, as: UTF8.self) }
  var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
}

/// `setpriv …` to run as `nobody` when this process is root; empty when it is not root; nil
/// when it is root and `setpriv` is missing.
private let unprivilegedPrefix: [String]? = {
  guard getuid() == 0 else { return [] }
  for folder in ["/usr/bin", "/bin", "/usr/sbin", "/sbin"] {
    let path = folder + "/setpriv"
    if FileManager.default.isExecutableFile(atPath: path) {
      return [path, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
  }
  return nil
}()

extension RunsOGPBinary {
  typealias Run = BinaryRun

  /// Permission tests must not run as root, who reads and writes anything: as root they run
  /// `ogp` behind this prefix, as `nobody`.
  static var unprivileged: [String]? { unprivilegedPrefix }

  /// Runs `ogp arguments…` (behind `prefix`, such as `setpriv …`), in `folder` (the repository
  /// root by default) with colour off unless `environment` says otherwise; stops it after
  /// `timeout` seconds.
  static func ogp(
    _ arguments: [String], prefix: [String] = [], in folder: URL = Repository.root, timeout: Double = 30,
    environment overrides: [String: String] = [:]
  ) throws -> Run {
    try run(
      [try OGPProcess.executable().path] + arguments, prefix: prefix, in: folder, timeout: timeout,
      environment: overrides)
  }

  static func run(
    _ command: [String], prefix: [String] = [], in folder: URL = Repository.root, timeout: Double = 30,
    environment overrides: [String: String] = [:]
  ) throws -> Run {
    let full = prefix + command
    let process = Process()
    process.executableURL = URL(fileURLWithPath: full[0])
    process.arguments = Array(full.dropFirst())
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    for name in ["OGP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
    for (key, value) in overrides { environment[key] = value }
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    let outputData = DataBox()
    let errorData = DataBox()
    let reading = DispatchGroup()
    let start = Date()
    try process.run()
    let outputHandle = output.fileHandleForReading
    let errorHandle = error.fileHandleForReading
    DispatchQueue.global().async(group: reading) { outputData.set(outputHandle.readDataToEndOfFile()) }
    DispatchQueue.global().async(group: reading) { errorData.set(errorHandle.readDataToEndOfFile()) }
    var timedOut = false
    while process.isRunning {
      if Date().timeIntervalSince(start) > timeout {
        timedOut = true
        kill(process.processIdentifier, SIGKILL)
        break
      }
      usleep(5_000)
    }
    process.waitUntilExit()
    reading.wait()
    return Run(
      status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
      standardOutput: outputData.get(), standardError: errorData.get(), timedOut: timedOut,
      seconds: Date().timeIntervalSince(start))
  }

  /// A new directory under the temporary folder that `nobody` may enter and write in.
  static func directory(_ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ogp-cli-\(name.prefix(while: { $0.isLetter }))-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: url.path)
    return url
  }

  @discardableResult
  static func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
    return url
  }

  @discardableResult
  static func write(_ text: String, _ name: String, in directory: URL) throws -> URL {
    try write(Array(text.utf8), name, in: directory)
  }

  /// The process ended by itself (no signal, no time-out) with `status`.
  static func expectExit(
    _ run: Run, _ status: Int32, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      !run.timedOut, "\(what): still running after \(Int(run.seconds)) s", sourceLocation: sourceLocation)
    #expect(
      !run.signalled, "\(what): killed by signal \(run.status)\n\(run.errorText.suffix(2_000))",
      sourceLocation: sourceLocation)
    #expect(
      run.status == status, "\(what): exit \(run.status)\n\(run.errorText.suffix(2_000))",
      sourceLocation: sourceLocation)
  }

  /// The example plan with every line's indentation removed, repeated to about `bytes`: a
  /// large file whose layout `ogp fmt` changes everywhere.
  static func largeMessyPlan(bytes: Int) throws -> String {
    let example = try String(contentsOf: Repository.url("examples/plans/arcadia-2024.ogp"), encoding: .utf8)
    let flat = example.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.drop(while: { $0 == " " }) }.joined(separator: "\n")
    return String(repeating: flat + "\n", count: max(1, bytes / flat.utf8.count))
  }

  /// Files in `folder` other than `names`: what a failed or interrupted write left behind.
  static func leftovers(in folder: URL, besides names: [String]) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !names.contains($0) }
  }

  /// Starts `command` with every signal at its default disposition and unblocked: the test
  /// runner may ignore SIGINT or SIGPIPE, and `Process` passes that on to the child. Standard
  /// output and standard error are the descriptors given, or /dev/null.
  static func spawnWithDefaultSignals(
    _ command: [String], standardOutput: Int32? = nil, standardError: Int32? = nil
  ) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var all = sigset_t()
    sigfillset(&all)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (target, given) in [(Int32(1), standardOutput), (Int32(2), standardError)] {
      if let given {
        posix_spawn_file_actions_adddup2(&actions, given, target)
      } else {
        posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_WRONLY, 0)
      }
    }
    var arguments = command.map { strdup($0) } + [nil]
    defer { for argument in arguments { free(argument) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, command[0], &actions, &attributes, &arguments, environ)
    guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
    return pid
  }
}
