import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage

struct FormatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Lay .ogp files out the one canonical way, keeping every comment.",
    discussion: """
      Indentation, alignment of clause values and of one-line declarations, blank lines and \
      spacing become canonical; the order of clauses and every comment stay as written. The \
      result is checked before it is used: it parses into the same tokens with the same \
      comments. Files are formatted on their own: the files they 'use' are not touched. A FILE \
      that is a folder stands for every .ogp file below it, as 'ogp check' finds them (no hidden \
      folders, no links to folders), but those --exclude names.

      Examples:
        ogp fmt plan.ogp                 print the formatted file
        ogp fmt --write plans/*.ogp      rewrite the files in place
        ogp fmt --check plans            in CI: list the files that are not formatted

      --write replaces each file by a new one with the same owner, group, mode and extended \
      attributes, or rewrites it in place when it has other hard links. A symbolic link is \
      refused unless --follow-symlinks is given: a link in a pull request could name any file \
      the user may write.

      Exit status: 0 formatted (or, with --check, already formatted); 1 a file has syntax errors \
      (it is never rewritten) or, with --check, would change; 2 a usage error, or a file that \
      cannot be read or written.
      """
  )

  @Argument(
    help: ArgumentHelp("The .ogp files or folders to format ('-' for standard input).", valueName: "FILE"))
  var files: [String]

  @OptionGroup var excludeOption: ExcludeOption

  @Flag(help: "Change nothing; list the files whose layout would change, and exit 1 if there are any.")
  var check = false

  @Flag(help: "Rewrite the files in place (atomically) instead of printing them.")
  var write = false

  @Flag(
    help:
      "With --write, rewrite the file a symbolic link names (the link stays); without it, links are refused.")
  var followSymlinks = false

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("name at least one .ogp file to format, or '-' for standard input")
    }
    guard !(check && write) else { throw ValidationError("use --check or --write, not both") }
    if write && files.contains("-") { throw ValidationError("--write cannot rewrite standard input") }
    if followSymlinks && !write { throw ValidationError("--follow-symlinks applies to --write") }
  }

  func run() throws {
    var status: Int32 = 0
    var wouldChange: [String] = []
    let sources = SourceMap()
    let provider = FileSystemSourceProvider()
    let root = rootOptions.projectRoot(for: files)
    // A folder stands for the .ogp files below it, found as 'ogp check' finds them.
    let (found, unwalkable) = Compiler(
      workingDirectory: FileManager.default.currentDirectoryPath, root: root.path
    )
    .files(
      of: files.map { RootOptions.isFolder($0) ? .folder($0, excluding: excludeOption.exclude) : .file($0) })
    for (path, error) in unwalkable {
      Terminal.writeError(CliText.cannotRead(path: path.visiblePath, reason: error.description) + "\n")
      status = 2
    }
    for case .file(let path) in found {
      let bytes: [UInt8]
      if path == "-" {
        bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
      } else {
        let absolute = Paths.absolute(path, relativeTo: FileManager.default.currentDirectoryPath)
        let canonical = provider.canonicalPath(absolute)
        switch root.refusal(ofNamed: absolute, canonical: canonical).map({ .failure($0) })
          ?? provider.read(canonical)
        {
        case .success(let read): bytes = read
        case .failure(let error):
          Terminal.writeError(CliText.cannotRead(path: path.visiblePath, reason: error.description) + "\n")
          status = 2
          continue
        }
      }
      let file = sources.add(path: path == "-" ? "<stdin>" : path, bytes: bytes)
      switch SourceFormatter.format(file) {
      case .failure(.syntaxErrors(let diagnostics)):
        let renderer = DiagnosticRenderer(
          sources: sources, colour: colourOption.enabled(for: FileHandle.standardError))
        Terminal.writeError(renderer.render(diagnostics, limit: diagnosticLimit.limit))
        Terminal.writeError(CliText.fmtSyntaxErrors(path: file.path.visiblePath) + "\n")
        status = max(status, 1)
      case .failure(.meaningChanged(let reason)):
        Terminal.writeError(
          "error: formatting '\(file.path.visiblePath)' would change what it means (\(reason)); it was left as it is. "
            + "This is a bug in ogp fmt: please report it with the file.\n")
        status = max(status, 1)
      case .success(let formatted):
        let changed = Array(formatted.utf8) != bytes
        if check {
          if changed { wouldChange.append(file.path) }
        } else if write {
          guard changed else { continue }
          do {
            try AtomicFile.write(Data(formatted.utf8), to: path, followingSymlinks: followSymlinks)
            Terminal.writeError(CliText.fmtFormatted(path: path.visiblePath) + "\n")
          } catch .symbolicLink {
            Terminal.writeError(
              "error: '\(path.visiblePath)' is a symbolic link; it was left as it is: --follow-symlinks rewrites the file it names\n"
            )
            status = 2
          } catch {
            Terminal.writeError("error: \(error.description)\n")
            status = 2
          }
        } else {
          Terminal.write(formatted)
        }
      }
    }
    if check && !wouldChange.isEmpty {
      for path in wouldChange { Terminal.write(path.visiblePath + "\n") }
      let count = wouldChange.count
      Terminal.writeError(
        CliText.fmtNotFormatted(count: count) + "\n")
      status = max(status, 1)
    }
    if status != 0 { throw ExitCode(status) }
  }
}
