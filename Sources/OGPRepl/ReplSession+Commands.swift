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

  static let commands: [CommandInfo] = [
    CommandInfo(name: "help", arguments: "", summary: "list the commands"),
    CommandInfo(name: "load", arguments: "FILE…", summary: "add .ogp files to the session"),
    CommandInfo(
      name: "reload", arguments: "",
      summary: "read the loaded files again (edits made here to them are dropped)"),
    CommandInfo(name: "check", arguments: "", summary: "show the session's errors"),
    CommandInfo(name: "lint", arguments: "", summary: "run the lint rules on the session"),
    CommandInfo(
      name: "show", arguments: "NAME", summary: "a declaration, its doc comment and where it is used"),
    CommandInfo(
      name: "type", arguments: "NAME|EXPR", summary: "what kind of thing a name is, or an expression's type"),
    CommandInfo(name: "coverage", arguments: "", summary: "which commitments advance which objectives"),
    CommandInfo(
      name: "export", arguments: ExportFormat.allCases.map(\.rawValue).joined(separator: "|") + " [FILE]",
      summary: "the model, printed or written to FILE"),
    CommandInfo(name: "save", arguments: "FILE", summary: "write the session as one formatted .ogp file"),
    CommandInfo(name: "explain", arguments: "CODE", summary: "what a diagnostic code or a rule means"),
    CommandInfo(name: "reset", arguments: "", summary: "forget everything loaded and entered"),
    CommandInfo(name: "quit", arguments: "", summary: "leave (Ctrl-D on an empty line too)"),
  ]

  /// Runs `input`, a line starting with `:`; `line` is where it stands in a script.
  func command(_ input: String, line: Int) -> ReplResponse {
    let words = input.dropFirst().split(whereSeparator: \.isWhitespace).map(String.init)
    guard let written = words.first else {
      return Self.failure("error: a command follows ':'; ':help' lists them")
    }
    let arguments = Array(words.dropFirst())
    let matches = Self.commands.filter { $0.name.hasPrefix(written.lowercased()) }
    guard
      let command = matches.first(where: { $0.name == written.lowercased() })
        ?? (matches.count == 1 ? matches[0] : nil)
    else {
      if matches.count > 1 {
        return Self.failure(
          "error: ':\(written)' could be " + matches.map { ":" + $0.name }.joined(separator: ", "))
      }
      let closest = Suggestions.closest(to: written, among: Self.commands.map(\.name), limit: 1)
      return Self.failure(
        "error: unknown command ':\(written)'" + (closest.first.map { "; did you mean ':\($0)'?" } ?? "")
          + " (':help' lists the commands)")
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
    let width = Self.commands.map { $0.name.count + $0.arguments.count + 2 }.max() ?? 0
    var lines = [
      "Enter declarations (actor, plan, commitment …) to add them; a commitment on its own joins the",
      "session's plan. Anything else is an expression, answered with its value:",
      "'commitments where SO3 in advances', 'max(milestones.end)'. Commands:",
    ]
    for command in Self.commands {
      let usage = ":" + command.name + (command.arguments.isEmpty ? "" : " " + command.arguments)
      lines.append(
        "  " + usage + String(repeating: " ", count: max(1, width - usage.count + 2)) + command.summary)
    }
    return ReplResponse(output: lines.joined(separator: "\n") + "\n")
  }

  /// Loads `paths`: named on the command line (`named`), or by an input, which a script or a
  /// pipe may hold, and which may therefore reach only what a `use` may (`ProjectRoot`).
  private func load(_ paths: [String], named: Bool = false) -> ReplResponse {
    guard !paths.isEmpty else { return Self.failure("error: name a file to load: ':load plans/plan.ogp'") }
    var units = self.units
    var summary: [String] = []
    for path in paths {
      let absolute = Paths.absolute(path, relativeTo: workingDirectory)
      if units.contains(where: { $0.origin == .file(path) }) {
        summary.append("\(path.visiblePath) is loaded already (':reload' reads it again)")
        continue
      }
      switch read(absolute, named: named) {
      case .success(let bytes):
        units.append(SessionUnit(file: path, bytes: bytes))
        summary.append("loaded \(path.visiblePath)")
      case .failure(let error):
        return Self.failure("error: cannot read '\(path.visiblePath)': \(error.description)")
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
      response.rendered +=
        "note: the session is one program, so a name is declared once in all it holds; to look at "
        + "\(named) alone, ':reset' then ':load \(named)'; to ask one question of several plans, each "
        + "its own program, run 'ogp query PLAN… EXPR' in a shell\n"
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
        return Self.failure("error: cannot read '\(path.visiblePath)': \(error.description)")
      }
    }
    let files = units.filter { if case .file = $0.origin { true } else { false } }.count
    return accept(units, summary: ["reloaded \(files) \(files == 1 ? "file" : "files")"], feedback: false)
  }

  private func check() -> ReplResponse {
    let errors = current.diagnostics.filter { $0.severity == .error }
    guard !errors.isEmpty else {
      let files = units.count { if case .file = $0.origin { true } else { false } }
      let inputs = units.count - files
      return ReplResponse(
        output: "no errors (\(files) \(files == 1 ? "file" : "files") loaded, "
          + "\(inputs) \(inputs == 1 ? "input" : "inputs") entered)\n")
    }
    return ReplResponse(diagnostics: errors, rendered: render(errors, in: current), isError: true)
  }

  private func lint() -> ReplResponse {
    let result = Linter(configuration: configuration).lint(current, asOf: asOf)
    guard result.rulesRan else { return check() }
    guard !result.diagnostics.isEmpty else { return ReplResponse(output: "no findings\n") }
    // The summary states the day progress was judged against, as 'ogp lint' does.
    let rendered = DiagnosticRenderer(sources: current.sources, colour: colour)
      .render(result.diagnostics, limit: diagnosticLimit, asOf: asOf.description)
    return ReplResponse(diagnostics: result.diagnostics, output: rendered)
  }

  private func coverage() -> ReplResponse {
    guard let program = current.program else { return Self.failure("error: fix the errors first (':check')") }
    let matrices = CoverageMatrix.all(in: program.localized(into: Language.current.rawValue))
    guard !matrices.isEmpty else { return ReplResponse(output: "no plan names a strategy yet\n") }
    return ReplResponse(output: matrices.map { $0.render() }.joined(separator: "\n"))
  }

  private func export(_ arguments: [String]) -> ReplResponse {
    guard let name = arguments.first, let format = ExportFormat(rawValue: name.lowercased()) else {
      return Self.failure(
        "error: ':export' takes a format: \(ExportFormat.names(joinedBy: "or")), then an optional FILE")
    }
    guard let program = current.program else { return Self.failure("error: fix the errors first (':check')") }
    let text: String
    do {
      text = try format.export(program, file: inputName)
    } catch {
      return Self.failure("error: cannot export as \(format.rawValue): \(error)")
    }
    guard let path = arguments.dropFirst().first else { return ReplResponse(output: text) }
    return write(text, to: path, describing: "\(format.rawValue) export")
  }

  private func save(_ arguments: [String]) -> ReplResponse {
    guard let path = arguments.first else {
      return Self.failure("error: name the file to write: ':save plan.ogp'")
    }
    let target = Paths.absolute(path, relativeTo: workingDirectory)
    let text = sessionText(savedAt: Paths.directory(of: target))
    let file = SourceFile(id: SourceFileID(0), path: path, text: text)
    guard case .success(let formatted) = SourceFormatter.format(file) else {
      return Self.failure("error: the session could not be formatted; nothing was written")
    }
    return write(formatted, to: path, describing: "session")
  }

  private func write(_ text: String, to path: String, describing what: String) -> ReplResponse {
    do {
      try writeFile(text, Paths.absolute(path, relativeTo: workingDirectory))
      return ReplResponse(output: "wrote the \(what) to \(path.visiblePath)\n")
    } catch {
      return Self.failure("error: cannot write '\(path.visiblePath)': \(error)")
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
      return Self.failure("error: name a code: ':explain E0208' or ':explain OBJ001'")
    }
    if let rule = RuleRegistry.description(for: code) {
      return ReplResponse(output: RuleDocumentation.explanation(rule))
    }
    if let explanation = DiagnosticCatalogue.explanation(for: code) {
      return ReplResponse(output: DiagnosticCatalogue.render(explanation))
    }
    return Self.failure("error: unknown code '\(code)'")
  }

  private func reset() -> ReplResponse {
    units = []
    current = compile([])
    return ReplResponse(output: "the session is empty\n")
  }
}

extension String {
  /// Quoted for an `.ogp` string literal.
  var escapedForOGP: String {
    replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
  }
}
