import OGPDiagnostics

/// What loading the files a program `use`s reports, worded in one place. `path` is the path as
/// the `use` line wrote it.
enum LoadMessage {
  /// The files of a cycle, by their shown paths, the first repeated at the end.
  case cycle([String])
  /// `shown`: where the file was looked for, relative to the working directory.
  case missing(path: String, shown: String)
  case directory(path: String)
  case notRegularFile(path: String, SourceReadError)
  case outsideRoot(path: String, throughLink: Bool, root: String)
  case notSource(path: String, throughLink: Bool)
  case binary(path: String)
  case unreadable(path: String, SourceReadError)
  /// `message`, with the `.ogp` files beside the target that the `use` most likely meant: a
  /// fix-it writes the first when it `isCertain`.
  indirect case withNeighbours(LoadMessage, [String], isCertain: Bool)

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    switch self {
    case .withNeighbours(let message, let paths, let isCertain):
      Self.suggesting(paths, isCertain: isCertain, in: message.diagnostic(at: span))
    case .cycle(let files):
      .error(
        .useCycle, "'use' cycle: " + files.joined(separator: " → "), at: span, label: "closes the cycle",
        help: "files may not use each other in a circle; move what both need into a third file that both use")
    case .missing(let path, let shown):
      .error(
        .useTargetMissing, "cannot find '\(path)'", at: span, label: "no file at \(shown)",
        help: "'use' paths are relative to the file that has the 'use'; check the spelling and the folder")
    case .directory(let path):
      .error(
        .useTargetIsDirectory, "'\(path)' is a directory, not a file", at: span, label: "a directory",
        help: "name a .ogp file inside it")
    case .notRegularFile(let path, let error):
      .error(
        .useTargetUnreadable, "cannot read '\(path)': \(error.description)", at: span,
        label: "not a regular file", help: "'use' a .ogp file; FIFOs, devices and sockets are not read")
    case .outsideRoot(let path, let throughLink, let root):
      .error(
        .useOutsideRoot,
        throughLink
          ? "'\(path)' leads out of the project root through a symbolic link"
          : "'\(path)' is outside the project root",
        at: span, label: "not read", notes: ["the project root is \(root)"],
        help:
          "'use' reads only files inside the project root (the nearest folder above the first file that holds .git, or --root DIR); move the file into the project, or name a root that holds both with --root"
      )
    case .notSource(let path, let throughLink):
      .error(
        .useTargetNotSource,
        throughLink
          ? "'\(path)' is a symbolic link to a file that is not a .ogp file"
          : "'\(path)' is not a .ogp file",
        at: span, label: "not read",
        help:
          "'use' reads only files whose names end in .ogp; name the .ogp file, or rename the file to end in .ogp"
      )
    case .binary(let path):
      .error(
        .useTargetNotSource, "'\(path)' is not text, so not a .ogp file", at: span, label: "not shown",
        help: "a .ogp file is UTF-8 text; check that the path names the right file, or save it as text")
    case .unreadable(let path, let error):
      .error(
        .useTargetUnreadable, "cannot read '\(path)': \(error.description)", at: span, label: "unreadable",
        help: "check the file's permissions")
    }
  }

  /// `diagnostic`, its help naming the files meant instead.
  private static func suggesting(_ paths: [String], isCertain: Bool, in diagnostic: Diagnostic) -> Diagnostic
  {
    var suggested = diagnostic
    suggested.help = Suggestions.didYouMean(paths).map {
      MessageText.bounded($0 + " (found in the same folder)")
    }
    let quoted = "\"\(paths[0])\""
    suggested.fixIts =
      isCertain
      ? [FixIt("replace with \(quoted)", edits: [TextEdit(span: diagnostic.span, replacement: quoted)])] : []
    return suggested
  }
}
