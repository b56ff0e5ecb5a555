import OGPDiagnostics

extension Checker {
  /// A top-level name of the expected kind; returns its qualified id.
  mutating func resolveGlobal(_ atom: Atom, _ kind: DeclarationKind, clause: Clause) -> String? {
    guard case .path(let parts) = atom else {
      diagnostics.append(
        CheckMessage.expectedDeclarationName(kind, clause: clause.keyword.name, found: atom.kindDescription)
          .diagnostic(at: atom.span))
      return nil
    }
    let name = parts[0].name
    guard let symbol = globals[name] else {
      let candidates = globalNames[kind] ?? []
      diagnostics.append(
        CheckMessage.unknownDeclaration(
          name, kind, candidates: candidates, suggestions: closestNames(to: name, among: candidates)
        ).diagnostic(at: parts[0].span))
      return nil
    }
    guard symbol.kind == kind else {
      diagnostics.append(
        CheckMessage.wrongKindOfDeclaration(
          name, expected: kind, actual: symbol.kind, declared: symbol.span, clause: clause.keyword.name
        ).diagnostic(at: parts[0].span))
      return nil
    }
    guard parts.count == 1 else {
      diagnostics.append(CheckMessage.pathToDeclaration(name, kind).diagnostic(at: atom.span))
      return nil
    }
    return name
  }

  /// Whether `advances` can be resolved: the plan names a strategy. Reported once per clause.
  mutating func strategyIsKnown(for clause: Clause, _ context: Context) -> Bool {
    switch context.strategy {
    case .resolved: return true
    case .unresolved: return false
    case .none:
      diagnostics.append(
        CheckMessage.advancesWithoutStrategy(plan: context.planName, advice: strategyAdvice(context))
          .diagnostic(at: clause.keyword.span))
      return false
    }
  }

  /// Which strategy a plan without one should name, judged by the periods: a plan of 2015 is not
  /// told to name the strategy 2023–2028.
  private func strategyAdvice(_ context: Context) -> CheckMessage.StrategyAdvice {
    guard let plan = context.planPeriod, !strategies.isEmpty,
      strategies.values.allSatisfy({ $0.period != nil })
    else { return strategies.count == 1 ? strategies.keys.first.map { .name($0) } ?? .unknown : .unknown }
    let overlapping = strategies.values.compactMap { scope -> String? in
      guard let period = scope.period, period.firstDay <= plan.lastDay, plan.firstDay <= period.lastDay
      else { return nil }
      return scope.id
    }
    .sorted()
    switch overlapping.count {
    case 0:
      let earliest = strategies.values.compactMap(\.period?.firstDay).min()
      return .noneCovers(plan: plan, predatesAll: earliest.map { plan.lastDay < $0 } ?? false)
    case 1: return .name(overlapping[0])
    default: return .oneOf(overlapping)
    }
  }

  /// `SO3`, `SO3.priority`, optionally prefixed with the strategy's name, resolved in the plan's
  /// strategy. Returns the qualified id. Each name of the path that resolves is indexed as a
  /// reference of its own (the strategy, the objective, the priority), so that an editor leads
  /// from `SO3` to the objective and renames one name without touching the others.
  mutating func resolveObjective(_ atom: Atom, clause: Clause, context: Context) -> String? {
    guard case .path(let written) = atom else {
      diagnostics.append(
        CheckMessage.expectedObjectiveName(found: atom.kindDescription).diagnostic(at: atom.span))
      return nil
    }
    guard case .resolved(let scope) = context.strategy else { return nil }
    // Positions from 0, whether or not the strategy's name is written first.
    let prefixed = written.count > 1 && written[0].name == scope.id
    if prefixed { index.addReference(at: written[0].span, to: scope.id) }
    let parts = prefixed ? written.dropFirst() : written[...]
    func part(_ position: Int) -> Identifier { parts[parts.startIndex + position] }
    let objectiveName = part(0)
    guard let priorities = scope.objective(objectiveName.name) else {
      reportUnknownObjective(objectiveName, scope: scope)
      return nil
    }
    let objectiveID = "\(scope.id).\(objectiveName.name)"
    index.addReference(at: objectiveName.span, to: objectiveID)
    guard parts.count > 1 else { return objectiveID }
    let priority = part(1)
    guard scope.declares(priority: priority.name, inObjective: objectiveName.name) else {
      diagnostics.append(
        CheckMessage.unknownPriority(
          priority.name, objective: objectiveName, priorities: priorities,
          suggestions: closestNames(to: priority.name, among: priorities),
          home: scope.home(ofPriority: priority.name)
        ).diagnostic(at: priority.span))
      return nil
    }
    let priorityID = "\(objectiveID).\(priority.name)"
    index.addReference(at: priority.span, to: priorityID)
    guard parts.count == 2 else {
      diagnostics.append(
        CheckMessage.pathBelowPriority.diagnostic(at: part(2).span.union(part(parts.count - 1).span)))
      return nil
    }
    return priorityID
  }

  private mutating func reportUnknownObjective(_ name: Identifier, scope: StrategyScope) {
    let objectives = scope.objectiveNames
    // A priority written without its objective is a common slip: point to where it lives.
    if let home = scope.home(ofPriority: name.name) {
      diagnostics.append(
        CheckMessage.priorityAsObjective(name.name, strategy: scope.id, home: home).diagnostic(at: name.span))
      return
    }
    // The help lists every objective, so only a single clear match is worth a "did you mean".
    let closest = closestNames(to: name.name, among: objectives)
    diagnostics.append(
      CheckMessage.unknownObjective(
        name.name, strategy: scope.id, objectives: objectives, suggestions: closest.count == 1 ? closest : []
      ).diagnostic(at: name.span))
  }
}
