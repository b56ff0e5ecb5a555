/// The folder a run may read from. `ogp` runs in CI on pull requests, whose files are untrusted:
/// every `use` target and every configuration found must lie inside the root once symbolic links
/// are resolved, so that no file can make `ogp` read, and show in a public log, a secret elsewhere
/// on the machine (README, "The project root").
public struct ProjectRoot: Sendable, Equatable {
  /// The marker of a project: a `.git` folder, or a `.git` file (a worktree, a submodule).
  public static let marker = ".git"

  /// Absolute and normalised, as found or given.
  public let path: String
  /// `path` with its symbolic links resolved: what resolved paths are compared with.
  public let canonicalPath: String

  public init(_ path: String, provider: any SourceProvider) {
    self.path = Paths.normalise(path)
    canonicalPath = provider.canonicalPath(self.path)
  }

  /// Whether a path with its links resolved is the root or inside it.
  public func contains(canonical: String) -> Bool {
    Self.isInside(canonical, canonicalPath)
  }

  /// Whether an absolute path, as written, is the root or inside it.
  public func contains(written absolute: String) -> Bool {
    Self.isInside(Paths.normalise(absolute), path)
  }

  /// Why a file named on the command line is refused, or nil. The user may name any file; but a
  /// name inside the root that a symbolic link sends out of it, or from `….ogp` to another kind
  /// of file, is a link planted in the project, which a glob such as `plans/*.ogp` would pick up.
  public func refusal(ofNamed absolute: String, canonical: String) -> SourceReadError? {
    guard contains(written: absolute) else { return nil }
    if !contains(canonical: canonical) { return .linkOutOfRoot }
    if absolute.hasSuffix(".ogp") && !canonical.hasSuffix(".ogp") { return .linkToOtherFile }
    return nil
  }

  /// Why a file that an input names (a `use`, a `:load` of the REPL or of a script) is refused,
  /// or nil: it must be a `.ogp` file inside the root, by its name and once links are resolved,
  /// so that no file can make ogp read a key or a repository's settings and show them as source.
  public func refusal(ofInput absolute: String, canonical: String) -> SourceReadError? {
    if !contains(canonical: canonical) { return contains(written: absolute) ? .linkOutOfRoot : .outsideRoot }
    if !absolute.hasSuffix(".ogp") { return .notSourceFile }
    if !canonical.hasSuffix(".ogp") { return .linkToOtherFile }
    return nil
  }

  /// The root of a run that starts at `directory` (the first file's folder, or the working
  /// directory for standard input): the nearest folder at or above it that holds `.git`, as git
  /// finds a repository; without one, the working directory when it holds `directory`, else
  /// `directory` itself. A configuration never marks a root, so that one above the repository
  /// (where another job or user may write) is never reached. Both paths are absolute.
  ///
  /// - Parameter isProject: whether a folder holds `.git` (a parameter, so that tests need no
  ///   file system).
  public static func discover(
    from directory: String, workingDirectory: String, isProject: (String) -> Bool
  ) -> String {
    let start = Paths.normalise(directory)
    var folder = start
    while true {
      if isProject(folder) { return folder }
      guard folder != "/" else { break }
      folder = Paths.directory(of: folder)
    }
    let working = Paths.normalise(workingDirectory)
    return isInside(start, working) ? working : start
  }

  private static func isInside(_ path: String, _ folder: String) -> Bool {
    path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
  }
}
