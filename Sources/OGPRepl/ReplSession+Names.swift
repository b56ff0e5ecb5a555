import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel

/// `:show`, `:type` and completion: everything that looks names up.
extension ReplSession {
  /// Every checked declaration, nested ones included, in source order.
  var allDeclarations: [SourceIndex.DeclarationEntry] { current.index.declarations }

  /// The declarations a name written at the prompt may mean: its qualified id, or any id it ends.
  func resolve(_ name: String) -> [SourceIndex.DeclarationEntry] {
    if let exact = current.index.declaration(name) { return [exact] }
    return allDeclarations.filter { $0.id.hasSuffix("." + name) }
  }

  func show(_ arguments: [String]) -> ReplResponse {
    guard let name = arguments.first else { return Self.failure(ReplText.showNoName) }
    switch lookUp(name) {
    case .failure(let refusal): return Self.failure(refusal.message)
    case .success(let declaration):
      let file = current.sources[declaration.span.file]
      let location = file.location(of: declaration.span.start)
      var text = file.text(of: declaration.span)
      if let doc = element(declaration)?.doc {
        text =
          doc.split(separator: "\n", omittingEmptySubsequences: false).map { "/// " + $0 }.joined(
            separator: "\n")
          + "\n" + text
      }
      // The declaration's own text, as it may be shown: the source is a pull request's.
      var output = text.visible(lineBreaks: .kept).defusingWorkflowCommands() + "\n"
      let declaredAt = ReplText.showDeclaredAt(
        kind: declaration.kind.name, id: declaration.id, location: "\(file.path.visiblePath):\(location.line)"
      )
      let uses = usages(of: declaration)
      let usedBy =
        uses.isEmpty ? ReplText.showUnused : ReplText.showUsedBy(uses: uses.joined(separator: ", "))
      output += "  " + declaredAt + "\n  " + usedBy + "\n"
      return ReplResponse(output: output)
    }
  }

  /// `:type NAME` says what a declared name is; `:type EXPR` gives the type of an expression
  /// (`count(commitments) : number`). `line` is where the command stands in a script.
  func type(_ text: String, line: Int) -> ReplResponse {
    guard !text.isEmpty else {
      return Self.failure(ReplText.typeNoName)
    }
    guard resolve(text).isEmpty, let program = current.program else { return typeOfDeclaration(text) }
    switch Query.compile(text, name: inputName, firstLine: line, program: program) {
    case .success(let query): return ReplResponse(output: "\(text) : \(query.type)\n")
    case .failure(let failure):
      // A lone word is more likely a misspelt declaration than an expression: say what is named
      // like it.
      if text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { return typeOfDeclaration(text) }
      return refusal(failure)
    }
  }

  private func typeOfDeclaration(_ name: String) -> ReplResponse {
    switch lookUp(name) {
    case .failure(let refusal): return Self.failure(refusal.message)
    case .success(let declaration):
      return ReplResponse(output: "\(name) : \(describe(declaration))\n")
    }
  }

  private func lookUp(_ name: String) -> Result<SourceIndex.DeclarationEntry, Refusal> {
    let found = resolve(name)
    guard let first = found.first else {
      let candidates = allDeclarations.map { String($0.id.localName) }
      let closest = Suggestions.closest(to: name, among: candidates, limit: 3)
      return .failure(
        Refusal(
          message: ReplText.lookUpNothing(name: name)
            + (Suggestions.didYouMean(closest).map { "; " + $0 } ?? "")))
    }
    guard found.count == 1 else {
      return .failure(
        Refusal(
          message: ReplText.lookUpAmbiguous(name: name, candidates: found.map(\.id).joined(separator: ", "))))
    }
    return .success(first)
  }

  /// The declaration's model value, when the session's program checked clean.
  private func element(_ declaration: SourceIndex.DeclarationEntry) -> ElementValue? {
    guard let program = current.program else { return nil }
    return ExpressionEvaluator(program: program, asOf: Day(ordinal: 0)).element(
      ElementKind(declaration.kind), declaration.id)
  }

  private func describe(_ declaration: SourceIndex.DeclarationEntry) -> String {
    let parent = declaration.id.split(separator: ".").dropLast().joined(separator: ".")
    switch (declaration.kind, element(declaration)) {
    case (.actor, .actor(let actor)?):
      let details = [actor.kind.rawValue, actor.branch?.rawValue, actor.level?.rawValue].compactMap { $0 }
      return ReplText.describeActor(details: details.joined(separator: ", "))
    case (.plan, .plan(let plan)?):
      let details = [
        ReplText.describePlanMember(kind: plan.member.kind.rawValue, name: plan.member.name),
        plan.period.description, ReplText.describePlanCommitments(count: plan.commitments.count),
      ]
      return ReplText.describePlan(details: details.joined(separator: ", "))
    case (.commitment, .commitment(let commitment)?):
      return ReplText.describeCommitment(plan: parent, count: commitment.milestones.count)
    case (.objective, .objective(let objective)?):
      return ReplText.describeObjective(strategy: parent, count: objective.priorities.count)
    case (.milestone, _): return ReplText.describeMilestone(commitment: parent)
    case (.priority, _): return ReplText.describePriority(objective: parent)
    case (.forum, _): return ReplText.describeForum(plan: parent)
    default:
      return parent.isEmpty
        ? declaration.kind.name : ReplText.describeNested(kind: declaration.kind.name, parent: parent)
    }
  }

  /// Where the model refers to a declaration: commitments leading or advancing it, forums and
  /// plans naming it.
  private func usages(of declaration: SourceIndex.DeclarationEntry) -> [String] {
    guard let program = current.program else { return [] }
    let id = declaration.id
    var uses: [String] = []
    for plan in program.plans {
      if plan.strategy == id { uses.append(ReplText.usePlan(plan: plan.id)) }
      if plan.pointOfContact == id { uses.append(ReplText.useContact(plan: plan.id)) }
      if plan.forum?.members.contains(id) == true { uses.append(ReplText.useForumMember(plan: plan.id)) }
      for commitment in plan.commitments {
        if commitment.leads.contains(id) { uses.append(ReplText.useLead(commitment: commitment.id)) }
        if commitment.partners.contains(id) { uses.append(ReplText.usePartner(commitment: commitment.id)) }
        if commitment.advances.contains(where: { $0.isWithin(id) }) {
          uses.append(ReplText.useAdvances(commitment: commitment.id))
        }
      }
    }
    return uses
  }

  // MARK: Completion

  /// Candidates for the word at the end of `line` (the text before the cursor): commands after
  /// `:`, file names after `:load`, dotted paths (`SO3.` → its priorities), keywords and names.
  public func completions(for line: String) -> [String] {
    let word = String(
      line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        .last ?? "")
    let trimmed = line.drop { $0 == " " }
    if trimmed.hasPrefix(":") && !trimmed.contains(" ") {
      return Self.commands.map { ":" + $0.name }.filter { $0.hasPrefix(word) }
    }
    if trimmed.hasPrefix(":load ") || trimmed.hasPrefix(":save ") || trimmed.hasPrefix(":lo ") {
      return FileCompletion.candidates(
        for: word, workingDirectory: workingDirectory, root: projectRoot, provider: provider)
    }
    // In an expression a name may follow '(' directly: complete what follows it.
    if let parenthesis = word.lastIndex(of: "(") {
      let lead = word[...parenthesis]
      return completions(for: String(word[word.index(after: parenthesis)...])).map { lead + $0 }
    }
    if word.contains(".") {
      let names = Set(
        allDeclarations.flatMap { declaration -> [String] in
          let parts = declaration.id.split(separator: ".").map(String.init)
          return parts.indices.map { parts[$0...].joined(separator: ".") }
        })
      let paths = names.filter { $0.hasPrefix(word) && $0.dropFirst(word.count).contains(".") == false }
      return Set(paths + fieldCompletions(for: word)).sorted()
    }
    let names = allDeclarations.map { String($0.id.localName) }
    let keywords =
      TokenKind.keywords.keys
      + DeclarationKind.allCases.flatMap { ClauseTable.clauses(of: $0).map(\.keyword) }
    var seen = Set<String>()
    return (keywords + ExpressionGlobals.types.keys.sorted() + names).filter {
      $0.hasPrefix(word) && !word.isEmpty && seen.insert($0).inserted
    }
    .sorted()
  }

  // MARK: Input state

  /// Whether `buffer` is a whole input, or a block, string, list or parenthesis is still open and
  /// the next line continues it: as the parser reads it (`isIncomplete`), not by counting
  /// braces. A line starting with `:` is always a whole command.
  public func isComplete(_ buffer: String) -> Bool {
    if buffer.drop(while: { $0 == " " || $0 == "\n" }).hasPrefix(":") { return true }
    let file = SourceFile(id: SourceFileID(0), path: inputName, text: buffer)
    if Self.isDeclaration(buffer) { return !Parser.parse(file).isIncomplete }
    return !Parser.parseExpression(file).isIncomplete
  }
}

/// File names for `:load` and `:save`: the folders and `.ogp` files inside the project root that
/// the word so far leads to, as `use` completes in an editor.
enum FileCompletion {
  static func candidates(
    for word: String, workingDirectory: String, root: ProjectRoot, provider: any SourceProvider
  ) -> [String] {
    let directoryPart = word.lastIndex(of: "/").map { String(word[...$0]) } ?? ""
    return SourcePathCompletion.candidates(
      in: directoryPart, startingWith: String(word.dropFirst(directoryPart.count)),
      relativeTo: workingDirectory,
      root: root, provider: provider, limit: limit
    ).map { directoryPart + $0.name + ($0.isFolder ? "/" : "") }.sorted()
  }

  /// More names than a terminal shows at once are of no use.
  private static let limit = 1000
}
