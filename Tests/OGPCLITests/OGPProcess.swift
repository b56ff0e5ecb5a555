import Foundation

/// The repository this test file lives in: examples and goldens are found from here.
enum Repository {
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var rootPath: String { root.path }

  static func url(_ relativePath: String) -> URL {
    root.appendingPathComponent(relativePath)
  }

  /// Paths of the files under `directory` (relative to the root) whose names end in `suffix`,
  /// sorted; recursive or not.
  static func files(under directory: String, suffix: String, recursive: Bool) -> [String] {
    let base = url(directory).path
    let manager = FileManager.default
    let names =
      recursive
      ? (manager.enumerator(atPath: base)?.allObjects as? [String] ?? [])
      : ((try? manager.contentsOfDirectory(atPath: base)) ?? [])
    return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory + "/" + $0 }
  }
}

/// Runs the built `ogp` executable as a user would: from the repository root, colour off.
enum OGPProcess {
  struct Output: Sendable {
    let status: Int32
    let standardOutput: String
    let standardError: String
  }

  enum Failure: Error, CustomStringConvertible {
    case executableNotFound([String])

    var description: String {
      switch self {
      case .executableNotFound(let places):
        "cannot find the built 'ogp' executable; looked in: " + places.joined(separator: ", ")
      }
    }
  }

  /// Where the test runner was built is where SwiftPM put `ogp` too: on Linux the runner
  /// `.build/<config>/ogpPackageTests.xctest` is an executable in that folder; on macOS it is a
  /// bundle inside it. The repository's `.build/debug` is the last resort.
  static func executable() throws -> URL {
    var folders: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    if let runner = CommandLine.arguments.first {
      folders.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
    }
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      folders.append(bundle.bundleURL.deletingLastPathComponent())
    }
    folders.append(Repository.url(".build/debug"))
    let manager = FileManager.default
    for folder in folders {
      let candidate = folder.appendingPathComponent("ogp")
      var isDirectory: ObjCBool = false
      if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
        manager.isExecutableFile(atPath: candidate.path)
      {
        return candidate
      }
    }
    throw Failure.executableNotFound(folders.map(\.path))
  }

  /// Runs `ogp arguments…` with `NO_COLOR=1` and no language chosen by the environment (unless
  /// `environment` says otherwise) and `input` on standard input (none by default), and waits
  /// for it.
  static func run(_ arguments: [String], input: Data? = nil, environment overrides: [String: String?] = [:])
    throws -> Output
  {
    let process = Process()
    process.executableURL = try executable()
    process.arguments = arguments
    process.currentDirectoryURL = Repository.root
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    for name in ["OGP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
    for (key, value) in overrides { environment[key] = value }
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let inputPipe = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
    try process.run()
    if let input {
      inputPipe.fileHandleForWriting.write(input)
      try inputPipe.fileHandleForWriting.close()
    }

    // Both pipes are drained before waiting, one on another thread, so a child that fills
    // one pipe's buffer while the other is being read cannot deadlock.
    let errorData = DataBox()
    let errorHandle = error.fileHandleForReading
    let reading = DispatchGroup()
    DispatchQueue.global().async(group: reading) {
      errorData.set(errorHandle.readDataToEndOfFile())
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    reading.wait()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.get(), as: UTF8.self))
  }
}

/// Bytes handed from a reading thread to the waiting one (every runner of the binary uses it).
final class DataBox: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  func set(_ newValue: Data) {
    lock.lock()
    defer { lock.unlock() }
    data = newValue
  }

  func get() -> Data {
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}
