import Foundation
import OGPDiagnostics
import OGPInterchange
import OGPLanguage
import OGPModel
import OGPRules

/// The `:` commands. A command may be shortened to any prefix that names only it (`:q`, `:lo`).
extension ReplSession {
  struct CommandInfo {
    let name: String
    let arguments: String
    let summary: String
  }

  /// Computed, so that the summaries are in the language of the moment they are shown.
  static var commands: [CommandInfo] {
    [
      CommandInfo(name: "help", arguments: "", summary: ReplText.helpHelp),
      CommandInfo(name: "load", arguments: "FILE…", summary: ReplText.helpLoad),
      CommandInfo(name: "reload", arguments: "", summary: ReplText.helpReload),
      CommandInfo(name: "check", arguments: "", summary: ReplText.helpCheck),
      CommandInfo(name: "lint", arguments: "", summary: ReplText.helpLint),
      CommandInfo(name: "show", arguments: "NAME", summary: ReplText.helpShow),
      CommandInfo(name: "type", arguments: "NAME|EXPR", summary: ReplText.helpType),
      CommandInfo(name: "coverage", arguments: "", summary: ReplText.helpCoverage),
      CommandInfo(
        name: "export", arguments: ExportFormat.allCases.map(\.rawValue).joined(separator: "|") + " [FILE]",
        summary: ReplText.helpExport),
      CommandInfo(name: "save", arguments: "FILE", summary: ReplText.helpSave),
      CommandInfo(name: "explain", arguments: "CODE", summary: ReplText.helpExplain),
      CommandInfo(name: "reset", arguments: "", summary: ReplText.helpReset),
      CommandInfo(name: "quit", arguments: "", summary: ReplText.helpQuit),
    ]
  }

  /// Runs `input`, a line starting with `:`; `line` is where it stands in a script.
  func command(_ input: String, line: Int) -> ReplResponse {
    let words = input.dropFirst().split(whereSeparator: \.isWhitespace).map(String.init)
    guard let written = words.first else {
      return Self.failure(ReplText.commandMissing)
    }
    let arguments = Array(words.dropFirst())
    let commands = Self.commands
    let matches = commands.filter { $0.name.hasPrefix(written.lowercased()) }
    guard
      let command = matches.first(where: { $0.name == written.lowercased() })
        ?? (matches.count == 1 ? matches[0] : nil)
    else {
      if matches.count > 1 {
        return Self.failure(
          ReplText.commandAmbiguous(
            written: written, commands: matches.map { ":" + $0.name }.joined(separator: ", ")))
      }
      let closest = Suggestions.closest(to: written, among: commands.map(\.name), limit: 1)
      let suggestion = Suggestions.didYouMean(closest.map { ":" + $0 }).map { "; " + $0 } ?? ""
      return Self.failure(ReplText.commandUnknown(written: written, suggestion: suggestion))
    }
    switch command.name {
    case "help": return help()
    case "load": return load(arguments)
    case "reload": return reload()
    case "check": return check()
    case "lint": return lint()
    case "show": return show(arguments)
    case "type":
      // An expression is taken as written, spaces and all.
      let text = input.dropFirst().drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
      return type(text, line: line)
    case "coverage": return coverage()
    case "export": return export(arguments)
    case "save": return save(arguments)
    case "explain": return explain(arguments)
    case "reset": return reset()
    default: return ReplResponse(quit: true)
    }
  }

  static func failure(_ message: String) -> ReplResponse {
    ReplResponse(rendered: message + "\n", isError: true)
  }

  private func help() -> ReplResponse {
    let commands = Self.commands
    let width = commands.map { $0.name.count + $0.arguments.count + 2 }.max() ?? 0
    var lines = [ReplText.helpIntro]
    for command in commands {
      let usage = ":" + command.name + (command.arguments.isEmpty ? "" : " " + command.arguments)
      lines.append(
        "  " + usage + String(repeating: " ", count: max(1, width - usage.count + 2)) + command.summary)
    }
    return ReplResponse(output: lines.joined(separator: "\n") + "\n")
  }

  /// Loads `paths`: named on the command line (`named`), or by an input, which a script or a
  /// pipe may hold, and which may therefore reach only what a `use` may (`ProjectRoot`).
  private func load(_ paths: [String], named: Bool = false) -> ReplResponse {
    guard !paths.isEmpty else { return Self.failure(ReplText.loadNoFile) }
    var units = self.units
    var summary: [String] = []
    for path in paths {
      let absolute = Paths.absolute(path, relativeTo: workingDirectory)
      if units.contains(where: { $0.origin == .file(path) }) {
        summary.append(ReplText.loadAlready(path: path.visiblePath))
        continue
      }
      switch read(absolute, named: named) {
      case .success(let bytes):
        units.append(SessionUnit(file: path, bytes: bytes))
        summary.append(ReplText.loadDone(path: path.visiblePath))
      case .failure(let error):
        return Self.failure(ReplText.loadUnreadable(path: path.visiblePath, reason: error.description))
      }
    }
    var response = accept(units, summary: summary, feedback: false)
    // A session is one program, unlike the roots of 'ogp check': a plan whose names the session
    // already holds is refused, so say how to see it alone, or beside the others.
    let collides = response.diagnostics.contains { diagnostic in
      diagnostic.code == DiagnosticCode.duplicateDeclaration.rawValue
        && diagnostic.secondary.contains { $0.span.file != diagnostic.span.file }
    }
    if collides {
      let named = paths.map(\.visiblePath).joined(separator: " ")
      response.rendered += ReplText.loadCollision(files: named) + "\n"
    }
    return response
  }

  /// Loads files named on the command line, reporting errors as `:load` does.
  public func load(files: [String]) -> ReplResponse { load(files, named: true) }

  /// The file at `absolute`, once the project root allows it; the resolved path is the one read.
  private func read(_ absolute: String, named: Bool) -> Result<[UInt8], SourceReadError> {
    let canonical = provider.canonicalPath(absolute)
    let refusal =
      named
      ? projectRoot.refusal(ofNamed: absolute, canonical: canonical)
      : projectRoot.refusal(ofInput: absolute, canonical: canonical)
    return refusal.map { .failure($0) } ?? provider.read(canonical)
  }

  private func reload() -> ReplResponse {
    var units: [SessionUnit] = []
    for unit in self.units {
      guard case .file(let path) = unit.origin else {
        units.append(unit)
        continue
      }
      switch read(Paths.absolute(path, relativeTo: workingDirectory), named: true) {
      case .success(let bytes): units.append(SessionUnit(file: path, bytes: bytes))
      case .failure(let error):
        return Self.failure(ReplText.loadUnreadable(path: path.visiblePath, reason: error.description))
      }
    }
    let files = units.filter { if case .file = $0.origin { true } else { false } }.count
    return accept(units, summary: [ReplText.reloadDone(count: files)], feedback: false)
  }

  private func check() -> ReplResponse {
    let errors = current.diagnostics.filter { $0.severity == .error }
    guard !errors.isEmpty else {
      let files = units.count { if case .file = $0.origin { true } else { false } }
      let inputs = units.count - files
      return ReplResponse(output: ReplText.checkClean(files: files, inputs: inputs) + "\n")
    }
    return ReplResponse(diagnostics: errors, rendered: render(errors, in: current), isError: true)
  }

  private func lint() -> ReplResponse {
    let result = Linter(configuration: configuration).lint(current, asOf: asOf)
    guard result.rulesRan else { return check() }
    guard !result.diagnostics.isEmpty else { return ReplResponse(output: ReplText.lintClean + "\n") }
    // The summary states the day progress was judged against, as 'ogp lint' does.
    let rendered = DiagnosticRenderer(sources: current.sources, colour: colour)
      .render(result.diagnostics, limit: diagnosticLimit, asOf: asOf.description)
    return ReplResponse(diagnostics: result.diagnostics, output: rendered)
  }

  private func coverage() -> ReplResponse {
    guard let program = current.program else { return Self.failure(ReplText.fixErrorsFirst) }
    let matrices = CoverageMatrix.all(in: program.localized(into: Language.current.rawValue))
    guard !matrices.isEmpty else { return ReplResponse(output: ReplText.coverageNoStrategy + "\n") }
    return ReplResponse(output: matrices.map { $0.render() }.joined(separator: "\n"))
  }

  private func export(_ arguments: [String]) -> ReplResponse {
    guard let name = arguments.first, let format = ExportFormat(rawValue: name.lowercased()) else {
      return Self.failure(ReplText.exportNoFormat(formats: ExportFormat.names(joinedBy: ReplText.listOr)))
    }
    guard let program = current.program else { return Self.failure(ReplText.fixErrorsFirst) }
    let text: String
    do {
      text = try format.export(program, file: inputName)
    } catch {
      return Self.failure(ReplText.exportFailed(format: format.rawValue, reason: "\(error)"))
    }
    guard let path = arguments.dropFirst().first else { return ReplResponse(output: text) }
    return write(text, to: path) { ReplText.exportWrote(format: format.rawValue, path: $0) }
  }

  private func save(_ arguments: [String]) -> ReplResponse {
    guard let path = arguments.first else {
      return Self.failure(ReplText.saveNoFile)
    }
    let target = Paths.absolute(path, relativeTo: workingDirectory)
    let text = sessionText(savedAt: Paths.directory(of: target))
    let file = SourceFile(id: SourceFileID(0), path: path, text: text)
    guard case .success(let formatted) = SourceFormatter.format(file) else {
      return Self.failure(ReplText.saveUnformattable)
    }
    return write(formatted, to: path, saying: ReplText.saveWrote(path:))
  }

  /// Writes `text` to `path`; `done` says what was written where, given the shown path.
  private func write(_ text: String, to path: String, saying done: (String) -> String) -> ReplResponse {
    do {
      try writeFile(text, Paths.absolute(path, relativeTo: workingDirectory))
      return ReplResponse(output: done(path.visiblePath) + "\n")
    } catch {
      return Self.failure(ReplText.writeFailed(reason: "\(error)"))
    }
  }

  /// Every unit's text in order, with `use` paths made relative to where the file is saved, and
  /// without the `use` of a file the session itself loaded (its declarations are in the text).
  func sessionText(savedAt directory: String) -> String {
    let loaded = Set(
      units.compactMap { unit -> String? in
        if case .file(let path) = unit.origin {
          Paths.absolute(path, relativeTo: workingDirectory)
        } else {
          nil
        }
      })
    var parts: [String] = []
    for unit in units {
      // A `use` is relative to the file it is in; an entry is in the file it is named for (a
      // script), or in the working directory (`<repl>`, `<stdin>`).
      let base = Paths.directory(of: Paths.absolute(unit.name, relativeTo: workingDirectory))
      var bytes = unit.bytes
      for use in unit.syntax.uses.reversed() {
        guard let literal = use.path else { continue }
        let target = Paths.absolute(literal.value, relativeTo: base)
        let replacement =
          loaded.contains(target)
          ? "" : "use \"" + Paths.relative(target, from: directory).escapedForOGP + "\""
        bytes.replaceSubrange(use.span.start..<use.span.end, with: Array(replacement.utf8))
      }
      parts.append(String(decoding: bytes, as: UTF8.self))
    }
    return parts.joined(separator: "\n")
  }

  private func explain(_ arguments: [String]) -> ReplResponse {
    guard let code = arguments.first else {
      return Self.failure(ReplText.explainNoCode)
    }
    if let rule = RuleRegistry.description(for: code) {
      return ReplResponse(output: RuleDocumentation.explanation(rule))
    }
    if let explanation = DiagnosticCatalogue.explanation(for: code) {
      return ReplResponse(output: DiagnosticCatalogue.render(explanation))
    }
    return Self.failure(ReplText.explainUnknown(code: code))
  }

  private func reset() -> ReplResponse {
    units = []
    current = compile([])
    return ReplResponse(output: ReplText.resetDone + "\n")
  }
}

extension String {
  /// Quoted for an `.ogp` string literal.
  var escapedForOGP: String {
    replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
  }
}
