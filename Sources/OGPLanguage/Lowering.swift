import OGPModel

/// Turns a checked program into the shared domain model.
///
/// Lowering trusts the checker: on a program without errors every required clause is present
/// and every name resolved. On one with errors (lowered so that `rule` declarations can be typed
/// against it) a declaration that lacks what the model requires is left out.
public enum Lowering {
  public static func lower(_ program: CheckedProgram) -> Program {
    var result = Program()
    for declaration in program.declarations {
      switch declaration.kind {
      case .strategy: if let strategy = lowerStrategy(declaration) { result.strategies.append(strategy) }
      case .actor: if let actor = lowerActor(declaration) { result.actors.append(actor) }
      case .plan: if let plan = lowerPlan(declaration) { result.plans.append(plan) }
      default: break
      }
    }
    return result
  }

  static func lowerStrategy(_ declaration: CheckedDeclaration) -> Strategy? {
    let clauses = declaration.clauses
    guard let period = clauses.dateRange("period") else { return nil }
    return Strategy(
      id: declaration.id, title: declaration.title, doc: declaration.doc, period: period,
      vision: clauses.text("vision"), mission: clauses.text("mission"),
      changes: declaration.children(.change).map {
        FundamentalChange(id: $0.id, title: $0.title, doc: $0.doc)
      },
      objectives: declaration.children(.objective).map { objective in
        StrategicObjective(
          id: objective.id, title: objective.title, doc: objective.doc,
          label: objective.clauses.text("label"),
          aim: objective.clauses.text("aim"),
          priorities: objective.children(.priority).map { Priority(id: $0.id, title: $0.title, doc: $0.doc) })
      },
      standards: declaration.children(.standard).map(lowerStandard),
      consultation: clauses.block("consultation").map { block in
        Consultation(
          period: block.dateRange("period"), contributions: block.integer("contributions"),
          description: block.text("description"), questions: block.strings("questions"))
      })
  }

  static func lowerStandard(_ declaration: CheckedDeclaration) -> CoCreationStandard {
    CoCreationStandard(
      id: declaration.id, title: declaration.title, doc: declaration.doc,
      description: declaration.clauses.text("description"),
      minimums: declaration.clauses.all("minimum").compactMap { value in
        guard case .requirement(let name, let interval) = value else { return nil }
        return MinimumRequirement(requirement: name, interval: interval)
      })
  }

  static func lowerActor(_ declaration: CheckedDeclaration) -> Actor? {
    guard let kind = declaration.actorKind.flatMap(ActorKind.init(rawValue:)) else { return nil }
    return Actor(
      id: declaration.id, title: declaration.title, doc: declaration.doc, kind: kind,
      branch: declaration.clauses.enumeration("branch").flatMap(Branch.init(rawValue:)),
      level: declaration.clauses.enumeration("level").flatMap(GovernmentLevel.init(rawValue:)))
  }

  static func lowerPlan(_ declaration: CheckedDeclaration) -> ActionPlan? {
    let clauses = declaration.clauses
    guard let period = clauses.dateRange("period"), case .member(let name, let kindText) = clauses["member"],
      let kind = MemberKind(rawValue: kindText)
    else { return nil }
    var submitted: PartialDate?
    if case .date(let date) = clauses["submitted"] { submitted = date }
    var contact: String?
    if case .reference(let id) = clauses["contact"] { contact = id }
    var strategy: String?
    if case .reference(let id) = clauses["strategy"] { strategy = id }
    return ActionPlan(
      id: declaration.id, title: declaration.title, doc: declaration.doc,
      member: Member(name: name, kind: kind),
      strategy: strategy, period: period, prefix: clauses.text("prefix"), pointOfContact: contact,
      submitted: submitted, forum: declaration.children(.forum).first.map(lowerForum),
      cocreation: clauses.block("cocreation").map { block in
        CoCreationEvidence(
          timeline: block.text("timeline"), reasonedResponse: block.text("reasoned_response"),
          participants: block.integer("participants"), description: block.text("description"))
      },
      commitments: lowerCommitments(declaration.children(.commitment)))
  }

  /// A plan's commitments, lowered on every core when there are thousands of them.
  static func lowerCommitments(_ declarations: [CheckedDeclaration]) -> [Commitment] {
    guard declarations.count >= LargeBlock.minimumDeclarations else {
      return declarations.compactMap(lowerCommitment)
    }
    return declarations.chunked(into: LargeBlock.chunkSize).concurrentMap { $0.compactMap(lowerCommitment) }
      .flatMap { $0 }
  }

  static func lowerForum(_ declaration: CheckedDeclaration) -> Forum {
    var meets: Duration?
    if case .frequency(let duration) = declaration.clauses["meets"] { meets = duration }
    return Forum(
      title: declaration.title, doc: declaration.doc, meets: meets,
      members: declaration.clauses.strings("members"),
      rules: declaration.clauses.text("rules"), website: declaration.clauses.text("website"),
      repository: declaration.clauses.text("repository"))
  }

  static func lowerCommitment(_ declaration: CheckedDeclaration) -> Commitment? {
    let clauses = declaration.clauses
    let leads = clauses.strings("lead")
    guard !leads.isEmpty else { return nil }
    return Commitment(
      id: declaration.id, title: declaration.title, doc: declaration.doc, leads: leads,
      partners: clauses.strings("partners"),
      values: clauses.strings("values").compactMap(OGPValue.init(rawValue:)),
      advances: clauses.strings("advances"), areas: clauses.strings("areas"),
      challenge: clauses.enumeration("challenge").flatMap(ChallengeArea.init(rawValue:)),
      period: clauses.dateRange("period"), problem: clauses.text("problem"),
      statusQuo: clauses.text("status_quo"),
      description: clauses.text("description"), goal: clauses.text("goal"),
      solution: clauses.text("solution"),
      budget: clauses.text("budget"), links: clauses.strings("links"),
      status: clauses.enumeration("status").flatMap(Status.init(rawValue:)),
      assessment: clauses.block("assessment").map(lowerAssessment),
      milestones: declaration.children(.milestone).map { milestone in
        Milestone(
          id: milestone.id, title: milestone.title, doc: milestone.doc,
          period: milestone.clauses.dateRange("period"),
          deliverable: milestone.clauses.text("deliverable"),
          status: milestone.clauses.enumeration("status").flatMap(Status.init(rawValue:)))
      })
  }

  static func lowerAssessment(_ block: CheckedClauses) -> Assessment {
    func yesNo(_ keyword: String) -> Bool? { block.enumeration(keyword).map { $0 == "yes" } }
    return Assessment(
      verifiable: yesNo("verifiable"), relevant: yesNo("relevant"),
      potential: block.enumeration("potential").flatMap(PotentialForResults.init(rawValue:)),
      potentialImpact: block.enumeration("potential_impact").flatMap(PotentialImpact.init(rawValue:)),
      completion: block.enumeration("completion").flatMap(Status.init(rawValue:)),
      earlyResults: block.enumeration("early_results").flatMap(EarlyResults.init(rawValue:)),
      promising: yesNo("promising"), starred: yesNo("starred"))
  }
}

extension CheckedDeclaration {
  func children(_ kind: DeclarationKind) -> [CheckedDeclaration] {
    children.filter { $0.kind == kind }
  }
}
