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
        .useCycle, LoadText.cycleMessage(files: files.joined(separator: " → ")), at: span,
        label: LoadText.cycleLabel, help: LoadText.cycleHelp)
    case .missing(let path, let shown):
      .error(
        .useTargetMissing, LoadText.missingMessage(path: path), at: span,
        label: LoadText.missingLabel(shown: shown), help: LoadText.missingHelp)
    case .directory(let path):
      .error(
        .useTargetIsDirectory, LoadText.directoryMessage(path: path), at: span,
        label: LoadText.directoryLabel,
        help: LoadText.directoryHelp)
    case .notRegularFile(let path, let error):
      .error(
        .useTargetUnreadable, LoadText.notRegularFileMessage(path: path, reason: error.description), at: span,
        label: LoadText.notRegularFileLabel, help: LoadText.notRegularFileHelp)
    case .outsideRoot(let path, let throughLink, let root):
      .error(
        .useOutsideRoot,
        throughLink ? LoadText.outsideRootThroughLink(path: path) : LoadText.outsideRootMessage(path: path),
        at: span, label: LoadText.outsideRootLabel, notes: [LoadText.outsideRootNote(root: root)],
        help: LoadText.outsideRootHelp)
    case .notSource(let path, let throughLink):
      .error(
        .useTargetNotSource,
        throughLink ? LoadText.notSourceThroughLink(path: path) : LoadText.notSourceMessage(path: path),
        at: span, label: LoadText.notSourceLabel, help: LoadText.notSourceHelp)
    case .binary(let path):
      .error(
        .useTargetNotSource, LoadText.binaryMessage(path: path), at: span, label: LoadText.binaryLabel,
        help: LoadText.binaryHelp)
    case .unreadable(let path, let error):
      .error(
        .useTargetUnreadable, LoadText.unreadableMessage(path: path, reason: error.description), at: span,
        label: LoadText.unreadableLabel, help: LoadText.unreadableHelp)
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
