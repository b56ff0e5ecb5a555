import OGPDiagnostics

/// `ogp-lint.toml`: how a project configures `ogp lint`, in a small documented subset of TOML
/// (docs/configuration.md).
public enum ConfigurationFile {
  /// The name `discover(from:upTo:fileExists:)` looks for.
  public static let fileName = "ogp-lint.toml"

  /// Parses a configuration, reporting every problem in it rather than only the first.
  ///
  /// - Parameters:
  ///   - rules: the known rules (`RuleRegistry.descriptions`). A key of `[rules]` is one of their
  ///     codes, in any case, or one of their names, and is stored under its code.
  ///   - acceptingMemberRules: also accept any well-formed member rule code (`FORUM01`), for
  ///     sessions whose member rules are not known when the configuration is read (the REPL).
  public static func parse(
    _ source: SourceFile, rules: [RuleDescription], acceptingMemberRules: Bool = false
  ) -> Result<LintConfiguration, ConfigurationError> {
    var parser = ConfigurationParser(source: source, rules: rules, acceptingMemberRules: acceptingMemberRules)
    return parser.parse()
  }

  /// The nearest `ogp-lint.toml` in `directory` or one of its ancestors up to `root`, or nil.
  ///
  /// With a `root` (absolute, normalised; the project root), no folder above it is searched, and a
  /// `directory` outside it finds nothing: a file above the repository, where another job or user
  /// may write, must not turn rules off.
  ///
  /// The directory is normalised first (`.`, `..` and repeated slashes), and the path returned is
  /// in the same form: absolute for an absolute directory, which is what the CLI passes. A relative
  /// directory is searched up to its first component only, since library code does not know the
  /// working directory. `fileExists` says whether a path names a readable file; it is a parameter
  /// so that tests need no file system.
  public static func discover(
    from directory: String, upTo root: String? = nil, fileExists: (String) -> Bool
  ) -> String? {
    let isAbsolute = directory.hasPrefix("/")
    var components: [Substring] = []
    for component in directory.split(separator: "/") where component != "." {
      if component != ".." {
        components.append(component)
      } else if let last = components.last, last != ".." {
        components.removeLast()
      } else if !isAbsolute {
        // Above the first component of a relative path: only the working directory knows what is there.
        components.append(component)
      }
    }
    let folder = { (isAbsolute ? "/" : "") + components.joined(separator: "/") }
    if let root, !(folder() == root || folder().hasPrefix(root == "/" ? "/" : root + "/")) { return nil }
    while true {
      let candidate = (isAbsolute ? "/" : "") + (components + [Substring(fileName)]).joined(separator: "/")
      if fileExists(candidate) { return candidate }
      guard folder() != root, let last = components.last, last != ".." else { return nil }
      components.removeLast()
    }
  }

  /// The error for a configuration found inside the root that a symbolic link sends out of it.
  /// `file` is an empty stand-in named as the configuration was found: nothing of the target is
  /// read, so nothing of it can be shown.
  public static func outsideRoot(_ file: SourceFile, root: String) -> ConfigurationError {
    ConfigurationError(diagnostics: [
      ConfigurationMessage.outsideRoot(path: file.path, root: root).diagnostic(
        at: SourceSpan(file: file.id, start: 0, end: 0))
    ])
  }
}
