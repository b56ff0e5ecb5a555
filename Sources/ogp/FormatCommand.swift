import ArgumentParser
import Foundation
import OGPDiagnostics
import OGPLanguage

struct FormatCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "fmt",
      abstract: CliText.fmtAbstract,
      discussion: CliText.fmtDiscussion
    )
  }

  @Argument(
    help: ArgumentHelp(CliText.fmtFiles, valueName: "FILE"))
  var files: [String]

  @OptionGroup var excludeOption: ExcludeOption

  @Flag(help: ArgumentHelp(CliText.fmtCheck))
  var check = false

  @Flag(help: ArgumentHelp(CliText.fmtWrite))
  var write = false

  @Flag(help: ArgumentHelp(CliText.fmtFollowSymlinks))
  var followSymlinks = false

  @OptionGroup var colourOption: ColourOption

  @OptionGroup var rootOptions: RootOptions
  @OptionGroup var diagnosticLimit: DiagnosticLimit

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError(CliText.fmtNoFiles)
    }
    guard !(check && write) else { throw ValidationError(CliText.fmtCheckOrWrite) }
    if write && files.contains("-") { throw ValidationError(CliText.fmtWriteStdin) }
    if followSymlinks && !write { throw ValidationError(CliText.fmtFollowNeedsWrite) }
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
        Terminal.writeError(CliText.fmtMeaningChanged(path: file.path.visiblePath, reason: reason) + "\n")
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
            Terminal.writeError(CliText.fmtSymbolicLink(path: path.visiblePath) + "\n")
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
