import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

/// An interactive session, independent of any terminal: it holds the files loaded and the
/// declarations entered so far, re-checks them after each input, and answers with values.
///
/// An input that brings a new error is refused whole and the session keeps what it held; one
/// that redefines a name replaces the old declaration and says so.
public final class ReplSession {
  /// Writes a file for `:save` and `:export`; the command line passes an atomic writer. What it
  /// throws is shown as it describes itself, so it names the file and says why.
  public typealias FileWriter = (_ text: String, _ path: String) throws -> Void

  public let workingDirectory: String
  /// The project root every `use` and `:load` stays inside, relative to the working directory.
  let root: String?
  let projectRoot: ProjectRoot
  let provider: any SourceProvider
  let writeFile: FileWriter
  let configuration: LintConfiguration
  let asOf: Day
  let colour: Bool
  /// At most this many diagnostics are shown for one input (nil: all): `:load` of a binary file
  /// must not print megabytes.
  let diagnosticLimit: Int?
  /// Shown as the file of entered text in diagnostics (`<repl>`, `<stdin>`, a script's path).
  public let inputName: String

  /// Loaded files and entries, in the order they joined the session.
  var units: [SessionUnit] = []
  var entryCount = 0
  /// The compilation of `units`: what every command reads.
  var current: Compilation

  /// - Parameter root: the project root (`ProjectRoot`; default: the working directory).
  public init(
    workingDirectory: String, root: String? = nil, provider: any SourceProvider = FileSystemSourceProvider(),
    configuration: LintConfiguration = LintConfiguration(), asOf: Day, colour: Bool = false,
    inputName: String = "<repl>", diagnosticLimit: Int? = 100, writeFile: @escaping FileWriter
  ) {
    self.workingDirectory = workingDirectory
    self.root = root
    projectRoot = ProjectRoot(Paths.absolute(root ?? ".", relativeTo: workingDirectory), provider: provider)
    self.provider = provider
    self.configuration = configuration
    self.asOf = asOf
    self.colour = colour
    self.diagnosticLimit = diagnosticLimit
    self.inputName = inputName
    self.writeFile = writeFile
    current = Compiler(provider: provider, workingDirectory: workingDirectory, root: root).compile([])
  }

  /// The compiled model, when the session holds no error.
  public var program: Program? { current.program }

  /// Evaluates one complete input: a `:command`, declarations (the input starts with a reserved
  /// word such as `actor` or `commitment`), or else an expression, whose value is the answer.
  /// `line` is where the input starts in a script, so that diagnostics point at the script's own
  /// lines.
  public func evaluate(_ input: String, line: Int = 1) -> ReplResponse {
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return ReplResponse() }
    if trimmed.hasPrefix(":") { return command(trimmed, line: line) }
    if Self.isDeclaration(input) { return declare(input, line: line) }
    return expression(input, line: line)
  }

  // MARK: Compiling candidates

  func compile(_ units: [SessionUnit]) -> Compilation {
    Compiler(provider: provider, workingDirectory: workingDirectory, root: root).compile(units.map(\.root))
  }

  /// Errors of `candidate` that `current` does not have: what an input would bring in.
  /// Compared by code, message and file, since positions move as units are edited.
  func newErrors(in candidate: Compilation) -> [Diagnostic] {
    var existing: [String: Int] = [:]
    for error in current.diagnostics where error.severity == .error {
      existing[key(error, current.sources), default: 0] += 1
    }
    return candidate.diagnostics.filter { error in
      guard error.severity == .error else { return false }
      let key = key(error, candidate.sources)
      if let count = existing[key], count > 0 {
        existing[key] = count - 1
        return false
      }
      return true
    }
  }

  private func key(_ diagnostic: Diagnostic, _ sources: SourceMap) -> String {
    "\(diagnostic.code)\u{0}\(diagnostic.message)\u{0}\(sources[diagnostic.span.file].path)"
  }

  func render(_ diagnostics: [Diagnostic], in compilation: Compilation) -> String {
    render(diagnostics, in: compilation.sources)
  }

  /// Every input's diagnostics are shown through here, within `diagnosticLimit`.
  func render(_ diagnostics: [Diagnostic], in sources: SourceMap) -> String {
    DiagnosticRenderer(sources: sources, colour: colour).render(diagnostics, limit: diagnosticLimit)
  }

  /// Accepts `candidate` as the session's new state when it brings no new error. With
  /// `feedback`, the answer also shows the findings about changed commitments and the coverage
  /// change: for what was typed, not for whole files loaded.
  func accept(
    _ units: [SessionUnit], summary: [String], feedback showFeedback: Bool = true, placements: [String] = []
  ) -> ReplResponse {
    let candidate = compile(units)
    let errors = newErrors(in: candidate)
    guard errors.isEmpty else {
      return ReplResponse(
        diagnostics: errors, rendered: render(errors, in: candidate), isError: true,
        output: placements.map { $0 + "\n" }.joined()
          + ReplText.entryRefused + "\n")
    }
    let before = current
    self.units = units
    current = candidate
    var output = summary.map { $0 + "\n" }.joined()
    if showFeedback { output += feedback(before: before) }
    return ReplResponse(output: output)
  }

  // MARK: Declarations

  private func declare(_ input: String, line: Int) -> ReplResponse {
    let parsed = Parser.parse(SourceFile(id: SourceFileID(0), path: inputName, text: input))
    let syntaxErrors = parsed.diagnostics.filter { $0.severity == .error }
    if !syntaxErrors.isEmpty {
      let sources = SourceMap()
      sources.add(path: inputName, bytes: Array(input.utf8), firstLine: line)
      return ReplResponse(
        diagnostics: syntaxErrors, rendered: render(syntaxErrors, in: sources), isError: true)
    }
    // Only comments: nothing to add, and nothing to compile again.
    if parsed.syntax.items.isEmpty { return ReplResponse() }
    var units = self.units
    var summary: [String] = []
    var newEntry = ""
    var placements: [String] = []
    let bytes = Array(input.utf8)
    for item in parsed.syntax.items {
      let span: SourceSpan
      switch item {
      case .use(let use): span = use.span
      case .declaration(let declaration): span = declaration.span
      case .rule(let rule): span = rule.span
      }
      let text = String(decoding: bytes[declarationStart(item, bytes: bytes)..<span.end], as: UTF8.self)
      if case .rule(let rule) = item, let code = rule.code?.name {
        if let location = locateRule(code, in: units) {
          units[location.unit].replace(location.range, with: text)
          summary.append(ReplText.entryRuleReplaced(code: code))
        } else {
          newEntry += text + "\n"
          summary.append(ReplText.entryRuleDefined(code: code))
        }
        continue
      }
      guard case .declaration(let declaration) = item, let name = declaration.name?.name else {
        newEntry += text + "\n"
        continue
      }
      if declaration.kind == .commitment {
        switch insertCommitment(text, named: name, into: &units) {
        case .success(let (message, placement)):
          summary.append(message)
          placements.append(placement)
        case .failure(let failure): return ReplResponse(rendered: failure.message + "\n", isError: true)
        }
      } else if let location = locate(name, in: units) {
        units[location.unit].replace(location.range, with: text)
        summary.append(ReplText.entryReplaced(kind: declaration.kind.name, name: name))
      } else {
        newEntry += text + "\n"
        summary.append(ReplText.entryDefined(kind: declaration.kind.name, name: name))
      }
    }
    if !newEntry.isEmpty {
      entryCount += 1
      units.append(SessionUnit(entry: newEntry, name: inputName, firstLine: line, number: entryCount))
    }
    return accept(units, summary: summary, placements: placements)
  }

  /// Where an item starts, doc comments included, so a redefinition carries its new doc.
  private func declarationStart(_ item: TopLevelItem, bytes: [UInt8]) -> Int {
    switch item {
    case .use(let use): return use.span.start
    case .declaration(let declaration): return SessionUnit.startIncludingDoc(of: declaration, in: bytes)
    case .rule(let rule): return rule.keywordSpan.start
    }
  }

  struct Refusal: Error {
    let message: String
  }

  /// Adds a commitment typed at the prompt to the session's only plan, or replaces the one of
  /// that plan with the same name.
  /// Answers what was done, and where in which file the commitment now stands (diagnostics
  /// about it point there).
  private func insertCommitment(_ text: String, named name: String, into units: inout [SessionUnit])
    -> Result<
      (message: String, placement: String), Refusal
    >
  {
    var plans: [(unit: Int, declaration: Declaration)] = []
    for (index, unit) in units.enumerated() {
      for declaration in unit.syntax.declarations where declaration.kind == .plan {
        plans.append((index, declaration))
      }
    }
    guard plans.count == 1, let plan = plans.first, let planName = plan.declaration.name?.name,
      let body = plan.declaration.body, let close = body.closeBrace
    else {
      return .failure(
        Refusal(
          message: plans.isEmpty
            ? ReplText.commitmentNoPlan : ReplText.commitmentManyPlans(count: "\(plans.count)")))
    }
    if let existing = body.declarations.first(where: { $0.kind == .commitment && $0.name?.name == name }) {
      let bytes = units[plan.unit].bytes
      let start = SessionUnit.startIncludingDoc(of: existing, in: bytes)
      units[plan.unit].replace(start..<existing.span.end, with: text)
      return .success(
        (
          ReplText.commitmentReplaced(name: name, plan: planName),
          placement(name, planName, units[plan.unit], at: start)
        ))
    }
    let indented = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    units[plan.unit].replace(close.start..<close.start, with: "\n" + indented + "\n")
    return .success(
      (
        ReplText.commitmentAdded(name: name, plan: planName),
        placement(name, planName, units[plan.unit], at: close.start + 1)
      ))
  }

  private func placement(_ name: String, _ plan: String, _ unit: SessionUnit, at offset: Int) -> String {
    let line = unit.bytes[..<offset].count { $0 == UInt8(ascii: "\n") } + unit.firstLine
    return ReplText.commitmentPlaced(name: name, plan: plan, location: "\(unit.name):\(line)")
  }

  /// The unit and byte range of the `rule` declaration with `code`.
  func locateRule(_ code: String, in units: [SessionUnit]) -> (unit: Int, range: Range<Int>)? {
    for (index, unit) in units.enumerated() {
      for case .rule(let rule) in unit.syntax.items where rule.code?.name == code {
        return (index, rule.keywordSpan.start..<rule.span.end)
      }
    }
    return nil
  }

  /// The unit and byte range of a top-level declaration named `name`.
  func locate(_ name: String, in units: [SessionUnit]) -> (unit: Int, range: Range<Int>)? {
    for (index, unit) in units.enumerated() {
      let bytes = unit.bytes
      for declaration in unit.syntax.declarations where declaration.name?.name == name {
        return (index, SessionUnit.startIncludingDoc(of: declaration, in: bytes)..<declaration.span.end)
      }
    }
    return nil
  }

  // MARK: Feedback

  /// What an accepted input did to the plans: the findings about commitments that changed, and
  /// how the coverage of the strategy's objectives moved.
  private func feedback(before: Compilation) -> String {
    guard let after = current.program else { return "" }
    var lines: [String] = []
    let oldCommitments = Dictionary(
      (before.program?.plans ?? []).flatMap(\.commitments).map { ($0.id, $0) },
      uniquingKeysWith: { a, _ in a })
    let changed = Set(after.plans.flatMap(\.commitments).filter { oldCommitments[$0.id] != $0 }.map(\.id))
    if !changed.isEmpty {
      let result = Linter(configuration: configuration).lint(current, asOf: asOf)
      let concerning = result.diagnostics.filter { diagnostic in
        guard let element = diagnostic.element else { return false }
        return changed.contains {
          element == $0 || element.hasPrefix($0 + ".") || element.hasPrefix($0 + "#")
        }
      }
      if !concerning.isEmpty {
        lines.append(render(concerning, in: current).trimmingCharacters(in: .newlines))
      }
    }
    let oldMatrices = Dictionary(
      (before.program.map(CoverageMatrix.all) ?? []).map { ($0.plan.id, $0) }, uniquingKeysWith: { a, _ in a }
    )
    for matrix in CoverageMatrix.all(in: after) {
      let old = oldMatrices[matrix.plan.id]
      // A new plan with no commitment yet has no coverage to speak of.
      guard old?.rows != matrix.rows, old != nil || !matrix.rows.isEmpty else { continue }
      lines.append(coverageChange(from: old, to: matrix))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private func coverageChange(from old: CoverageMatrix?, to new: CoverageMatrix) -> String {
    func count(_ matrix: CoverageMatrix?, _ objective: String) -> Int {
      matrix?.rows.count { $0.objectives.contains(objective) } ?? 0
    }
    let parts = new.strategy.objectives.map { objective -> String in
      let name = String(objective.id.localName)
      let (was, now) = (count(old, objective.id), count(new, objective.id))
      return was == now ? "\(name) \(now)" : "\(name) \(was)→\(now)"
    }
    var text = ReplText.coverageChange(plan: new.plan.id, counts: parts.joined(separator: ", "))
    let gaps = new.uncoveredObjectives.map { String($0.id.localName) }
    if !gaps.isEmpty { text += " " + ReplText.coverageGaps(objectives: gaps.joined(separator: ", ")) }
    return text
  }
}

/// What one input produced.
public struct ReplResponse: Sendable {
  /// Results, for standard output.
  public var output: String
  /// Diagnostics, as values.
  public var diagnostics: [Diagnostic]
  /// The diagnostics and error messages rendered, for standard error.
  public var rendered: String
  public var isError: Bool
  public var quit: Bool

  public init(
    diagnostics: [Diagnostic] = [], rendered: String = "", isError: Bool = false, quit: Bool = false,
    output: String = ""
  ) {
    self.output = output
    self.diagnostics = diagnostics
    self.rendered = rendered
    self.isError = isError
    self.quit = quit
  }
}
