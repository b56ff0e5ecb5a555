import OGPDiagnostics
import OGPModel

/// Resolves names and checks every clause of a parsed program against `ClauseTable`.
///
/// The checker reports errors only; every judgement call (a weak plan, a missing forum) is left
/// to lint rules, so a weak plan still compiles.
public struct Checker: Sendable {
  struct GlobalSymbol {
    let kind: DeclarationKind
    let span: SourceSpan
  }

  /// The objectives and priorities of one strategy, in declaration order, with indexes: every
  /// `advances` looks names up here, and a strategy may declare thousands.
  struct StrategyScope {
    let id: String
    /// The strategy's `period` as written, when it reads as one; what E0209's help compares a
    /// plan's period with.
    var period: DateRange?
    private var objectives: [(name: String, priorities: [String])] = []
    private(set) var objectiveNames: [String] = []
    private var objectiveIndex: [String: Int] = [:]
    private var prioritySets: [Set<String>] = []
    /// The first objective declaring each priority.
    private var priorityHomes: [String: Int] = [:]

    init(id: String) { self.id = id }

    /// Adds an objective unless one of that name is there already.
    mutating func add(objective name: String, priorities: [String]) {
      guard objectiveIndex[name] == nil else { return }
      objectiveIndex[name] = objectives.count
      for priority in priorities where priorityHomes[priority] == nil {
        priorityHomes[priority] = objectives.count
      }
      objectives.append((name, priorities))
      objectiveNames.append(name)
      prioritySets.append(Set(priorities))
    }

    func objective(_ name: String) -> [String]? {
      objectiveIndex[name].map { objectives[$0].priorities }
    }

    func declares(priority: String, inObjective name: String) -> Bool {
      objectiveIndex[name].map { prioritySets[$0].contains(priority) } ?? false
    }

    /// The first objective declaring `priority`.
    func home(ofPriority priority: String) -> String? {
      priorityHomes[priority].map { objectives[$0].name }
    }
  }

  var globals: [String: GlobalSymbol] = [:]
  /// Top-level names by kind, in declaration order: the candidates for "did you mean".
  var globalNames: [DeclarationKind: [String]] = [:]
  /// See `Suggestions.searchesPerCheck`.
  var suggestionSearchesLeft = Suggestions.searchesPerCheck
  var strategies: [String: StrategyScope] = [:]
  var diagnostics: [Diagnostic] = []
  var index = SourceIndex()

  /// What checking files gives: the model of everything that checked (complete when there are
  /// no errors), where it is written, and the errors.
  public struct Result: Sendable {
    public let program: Program
    public let index: SourceIndex
    public let diagnostics: [Diagnostic]
  }

  /// Checks files given in load order; names are global across all of them.
  public static func check(_ files: [SourceFileSyntax]) -> Result {
    var checker = Checker()
    let declarations = checker.collectGlobals(files)
    // Sized once: growing a table of 400,000 ids rehashes it a dozen times.
    func count(_ declaration: Declaration) -> Int {
      (declaration.body?.declarations ?? []).reduce(1 + (declaration.body?.deferred?.count ?? 0)) {
        $0 + count($1)
      }
    }
    checker.index.reserveCapacity(declarations: declarations.reduce(0) { $0 + count($1) })
    var program = Program()
    for declaration in declarations {
      switch checker.check(declaration, parentID: nil, context: Context()) {
      case .strategy(let strategy): program.strategies.append(strategy)
      case .standards(let version): program.standards.append(version)
      case .actor(let actor): program.actors.append(actor)
      case .plan(let plan): program.plans.append(plan)
      default: break
      }
    }
    return Result(program: program, index: checker.index, diagnostics: checker.diagnostics)
  }

  // MARK: Names

  /// Declares every top-level name first, so a reference may come before its declaration and
  /// files may refer to each other in any order.
  mutating func collectGlobals(_ files: [SourceFileSyntax]) -> [Declaration] {
    var accepted: [Declaration] = []
    for file in files {
      for declaration in file.declarations {
        guard checkPlacement(declaration, in: nil) else { continue }
        guard let name = declaration.name else { continue }
        if let previous = globals[name.name] {
          reportDuplicate(name, kind: declaration.kind, previous: previous.span, previousKind: previous.kind)
          continue
        }
        globals[name.name] = GlobalSymbol(kind: declaration.kind, span: name.span)
        globalNames[declaration.kind, default: []].append(name.name)
        accepted.append(declaration)
        if declaration.kind == .strategy {
          strategies[name.name] = strategyScope(declaration, id: name.name)
        }
      }
    }
    return accepted
  }

  private func strategyScope(_ strategy: Declaration, id: String) -> StrategyScope {
    var scope = StrategyScope(id: id)
    if let period = strategy.body?.clauses.first(where: { $0.keyword.name == "period" }) {
      scope.period = Self.writtenDateRange(period)
    }
    for objective in strategy.body?.declarations ?? [] where objective.kind == .objective {
      guard let name = objective.name?.name, scope.objective(name) == nil else { continue }
      var priorities: [String] = []
      var seen = Set<String>()
      for priority in objective.body?.declarations ?? [] where priority.kind == .priority {
        if let name = priority.name?.name, seen.insert(name).inserted { priorities.append(name) }
      }
      scope.add(objective: name, priorities: priorities)
    }
    return scope
  }

  mutating func reportDuplicate(
    _ name: Identifier, kind: DeclarationKind, previous: SourceSpan, previousKind: DeclarationKind
  ) {
    diagnostics.append(
      CheckMessage.duplicateDeclaration(name.name, kind, previous: previousKind, first: previous)
        .diagnostic(at: name.span))
  }

  /// A declaration may only stand where grammar §3 allows it.
  mutating func checkPlacement(_ declaration: Declaration, in parent: DeclarationKind?) -> Bool {
    let allowed = ClauseTable.children(of: parent)
    guard !allowed.contains(declaration.kind) else { return true }
    diagnostics.append(
      CheckMessage.declarationNotAllowedHere(declaration.kind, parent: parent)
        .diagnostic(at: declaration.keywordSpan))
    return false
  }

  // MARK: Declarations

  /// What a declaration's clauses resolve against.
  struct Context {
    enum StrategyState {
      case none
      /// The plan names a strategy that does not resolve: already reported, stay quiet.
      case unresolved
      case resolved(StrategyScope)
    }
    var strategy: StrategyState = .none
    var planName: String?
    /// The plan's period, when it checked.
    var planPeriod: DateRange?
    var commitmentPeriod: (range: DateRange, span: SourceSpan)?
    /// The enclosing declaration's position in the source index.
    var parent: Int?
  }

  mutating func check(_ declaration: Declaration, parentID: String?, context: Context) -> CheckedElement? {
    let name = declaration.name?.name
    if declaration.kind.hasName && name == nil { return nil }
    let id: String
    if let name {
      id = parentID.map { "\($0).\(name)" } ?? name
    } else {
      id = (parentID ?? "") + ".forum"
    }
    var context = context
    var actorKind: ActorKind?
    if declaration.kind == .actor, let kind = declaration.actorKind, !declaration.headerHasError {
      actorKind = checkActorKind(kind)
    }
    let owner = ClauseOwner(kind: .declaration(declaration.kind, name: name))
    let headerSpan = declaration.name?.span ?? declaration.keywordSpan
    let (clauses, missingRequired) = checkClauses(
      declaration.body?.clauses ?? [], specs: ClauseTable.clauses(of: declaration.kind), owner: owner,
      headerSpan: headerSpan, context: context)
    let position = index.add(
      id: id, kind: declaration.kind, keywordSpan: declaration.keywordSpan,
      nameSpan: declaration.name?.span ?? declaration.title?.span ?? declaration.keywordSpan,
      span: declaration.span, parent: context.parent, clauses: clauses)
    context.parent = position

    if declaration.kind == .plan {
      // The plan's own clauses resolve its strategy; its commitments' `advances` use the result.
      context.planName = name
      if let period = clauses.first(where: { $0.keyword == "period" }),
        case .dateRange(let range) = period.value
      {
        context.planPeriod = range
      }
      context.strategy = strategyState(clauses, written: declaration.body?.clauses ?? [])
    }
    let period = clauses.first { $0.keyword == "period" }
    if declaration.kind == .commitment, let period, case .dateRange(let range) = period.value {
      context.commitmentPeriod = (range, period.syntax.valueSpan)
    }
    if declaration.kind == .milestone, let period, case .dateRange(let range) = period.value {
      checkMilestonePeriod(range, at: period.syntax.valueSpan, context: context)
    }
    let children = checkChildren(of: declaration, id: id, context: context)
    guard !missingRequired else { return nil }
    return Self.build(
      declaration.kind,
      DeclarationHeader(id: id, title: declaration.title?.value ?? "", doc: declaration.doc),
      actorKind: actorKind, clauses: clauses, children: children)
  }

  private mutating func checkChildren(of declaration: Declaration, id: String, context: Context)
    -> CheckedChildren
  {
    var checked = CheckedChildren()
    if declaration.kind == .plan, let body = declaration.body {
      // Sized once: a plan's commitments are its children but for a forum.
      checked.commitments.reserveCapacity(body.declarations.count + (body.deferred?.count ?? 0))
    }
    var names: [String: (SourceSpan, DeclarationKind)] = [:]
    var forum: SourceSpan?
    func visit(_ child: Declaration) {
      guard checkPlacement(child, in: declaration.kind) else { return }
      if let childName = child.name {
        if let previous = names[childName.name] {
          reportDuplicate(childName, kind: child.kind, previous: previous.0, previousKind: previous.1)
          return
        }
        names[childName.name] = (childName.span, child.kind)
      }
      if child.kind == .forum {
        if let forum {
          diagnostics.append(CheckMessage.secondForum(first: forum).diagnostic(at: child.keywordSpan))
          return
        }
        forum = child.keywordSpan
      }
      if let element = check(child, parentID: id, context: context) { checked.add(element) }
    }
    for child in declaration.body?.declarations ?? [] { visit(child) }
    // Each chunk's syntax is let go once checked.
    declaration.body?.deferred?.forEachChunk { items, syntaxDiagnostics in
      diagnostics += syntaxDiagnostics
      for case .declaration(let child) in items { visit(child) }
    }
    return checked
  }

  /// The closest of `candidates` to an unknown `name`, while this check has searches left.
  mutating func closestNames(to name: String, among candidates: [String]) -> [String] {
    guard !candidates.isEmpty, suggestionSearchesLeft > 0, Suggestions.isPlausibleName(name) else {
      return []
    }
    suggestionSearchesLeft -= 1
    return Suggestions.closest(to: name, among: candidates)
  }

  private func strategyState(_ clauses: [CheckedClause], written: [Clause]) -> Context.StrategyState {
    if case .reference(let id) = clauses.first(where: { $0.keyword == "strategy" })?.value,
      let scope = strategies[id]
    {
      return .resolved(scope)
    }
    return written.contains { $0.keyword.name == "strategy" } ? .unresolved : .none
  }

  /// A milestone's period lies within its commitment's, when both are dated.
  private mutating func checkMilestonePeriod(_ range: DateRange, at span: SourceSpan, context: Context) {
    guard let outer = context.commitmentPeriod, range.isOrdered, outer.range.isOrdered,
      !outer.range.contains(range)
    else { return }
    diagnostics.append(
      CheckMessage.milestoneOutsideCommitment(range, commitment: outer.range, commitmentSpan: outer.span)
        .diagnostic(at: span))
  }
}
