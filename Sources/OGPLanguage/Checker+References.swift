import OGPDiagnostics

extension Checker {
  /// A top-level name of the expected kind; returns its qualified id.
  mutating func resolveGlobal(_ atom: Atom, _ kind: DeclarationKind, clause: Clause) -> String? {
    guard case .path(let parts) = atom else {
      diagnostics.append(
        .error(
          .wrongValueType,
          "expected the name of \(article(kind)) \(kind.rawValue) for '\(clause.keyword.name)', found \(atom.kindDescription)",
          at: atom.span, label: "expected a name",
          help: "write the \(kind.rawValue)'s name without quotes"))
      return nil
    }
    let name = parts[0].name
    guard let symbol = globals[name] else {
      let candidates = globalNames[kind] ?? []
      let suggestions = closestNames(to: name, among: candidates)
      var help =
        candidates.isEmpty
        ? "declare it: \(Parser.example(kind))"
        : candidates.count <= 12
          ? "declare it, or use one of: \(candidates.joined(separator: ", "))"
          : "declare it, or use one of the \(candidates.count) \(kind.rawValue)s declared"
      if let didYouMean = Suggestions.didYouMean(suggestions) { help = didYouMean }
      diagnostics.append(
        .error(
          kind == .strategy ? .unknownStrategy : .unknownActor, "unknown \(kind.rawValue) '\(name)'",
          at: parts[0].span,
          label: "not declared", help: help,
          fixIts: suggestions.count == 1 ? [.replace(parts[0].span, with: suggestions[0])] : []))
      return nil
    }
    guard symbol.kind == kind else {
      diagnostics.append(
        .error(
          .wrongKindOfDeclaration,
          "'\(name)' is \(article(symbol.kind)) \(symbol.kind.rawValue), not \(article(kind)) \(kind.rawValue)",
          at: parts[0].span, label: "expected \(article(kind)) \(kind.rawValue)",
          secondary: [Label(symbol.span, "declared as \(article(symbol.kind)) \(symbol.kind.rawValue) here")],
          help: "'\(clause.keyword.name)' names \(kind.rawValue)s"))
      return nil
    }
    guard parts.count == 1 else {
      diagnostics.append(
        .error(
          .wrongValueType, "\(kind.rawValue)s are named by one word, found a path", at: atom.span,
          label: "expected \(article(kind)) \(kind.rawValue)", help: "write just '\(name)'"))
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
        .error(
          .advancesWithoutStrategy, "'advances' needs the plan to name its strategy", at: clause.keyword.span,
          label: "resolved in the plan's strategy",
          help: strategies.count == 1
            ? "add 'strategy \(strategies.keys.first!)' to plan '\(context.planName ?? "…")'"
            : "add 'strategy ogp_2023_2028' (or your strategy's name) to plan '\(context.planName ?? "…")', and 'use' its file"
        ))
      return false
    }
  }

  /// `SO3`, `SO3.priority`, optionally prefixed with the strategy's name, resolved in the plan's
  /// strategy. Returns the qualified id.
  mutating func resolveObjective(_ atom: Atom, clause: Clause, context: Context) -> String? {
    guard case .path(let written) = atom else {
      diagnostics.append(
        .error(
          .wrongValueType, "expected an objective or priority for 'advances', found \(atom.kindDescription)",
          at: atom.span, label: "expected a name",
          help: "write it without quotes: advances SO2, SO3.protect_participation"))
      return nil
    }
    guard case .resolved(let scope) = context.strategy else { return nil }
    // Positions from 0, whether or not the strategy's name is written first.
    let parts = written.count > 1 && written[0].name == scope.id ? written.dropFirst() : written[...]
    func part(_ position: Int) -> Identifier { parts[parts.startIndex + position] }
    let objectiveName = part(0)
    guard let priorities = scope.objective(objectiveName.name) else {
      reportUnknownObjective(objectiveName, scope: scope)
      return nil
    }
    guard parts.count > 1 else { return "\(scope.id).\(objectiveName.name)" }
    let priority = part(1)
    guard scope.declares(priority: priority.name, inObjective: objectiveName.name) else {
      let suggestions = closestNames(to: priority.name, among: priorities)
      var help =
        priorities.isEmpty
        ? "objective \(objectiveName.name) declares no priorities"
        : "\(objectiveName.name) declares \(MessageText.list(priorities))"
      if let didYouMean = Suggestions.didYouMean(suggestions) { help = didYouMean + " " + help }
      var fixIts = suggestions.count == 1 ? [FixIt.replace(priority.span, with: suggestions[0])] : []
      if let home = scope.home(ofPriority: priority.name) {
        help = "'\(priority.name)' is a priority of \(home): write \(home).\(priority.name)"
        fixIts = [.replace(objectiveName.span, with: home)]
      }
      diagnostics.append(
        .error(
          .unknownObjective, "unknown priority '\(priority.name)' in objective '\(objectiveName.name)'",
          at: priority.span,
          label: "not declared in \(objectiveName.name)", help: help,
          fixIts: fixIts))
      return nil
    }
    guard parts.count == 2 else {
      diagnostics.append(
        .error(
          .unknownObjective, "a priority has nothing inside it",
          at: part(2).span.union(part(parts.count - 1).span),
          label: "unexpected", help: "write objective.priority, like SO3.protect_participation"))
      return nil
    }
    return "\(scope.id).\(objectiveName.name).\(priority.name)"
  }

  private mutating func reportUnknownObjective(_ name: Identifier, scope: StrategyScope) {
    let objectives = scope.objectiveNames
    // A priority written without its objective is a common slip: point to where it lives.
    if let home = scope.home(ofPriority: name.name) {
      diagnostics.append(
        .error(
          .unknownObjective, "'\(name.name)' is a priority, not an objective, in strategy '\(scope.id)'",
          at: name.span,
          label: "a priority of \(home)", help: "name it with its objective: \(home).\(name.name)",
          fixIts: [.replace(name.span, with: "\(home).\(name.name)")]))
      return
    }
    // The help lists every objective, so only a single clear match is worth a "did you mean".
    let closest = closestNames(to: name.name, among: objectives)
    let suggestions = closest.count == 1 ? closest : []
    var help =
      objectives.isEmpty
      ? "the strategy declares no objectives" : "the strategy declares \(MessageText.list(objectives))"
    if let didYouMean = Suggestions.didYouMean(suggestions) { help = didYouMean + " " + help }
    diagnostics.append(
      .error(
        .unknownObjective, "unknown objective '\(name.name)' in strategy '\(scope.id)'", at: name.span,
        label: "not declared here", help: help,
        fixIts: suggestions.count == 1 ? [.replace(name.span, with: suggestions[0])] : []))
  }
}
