import OGPDiagnostics
import OGPModel

/// One clause that checked clean: the value, the clause as written (for the source index), and
/// for a block the clauses inside it. It lives only until its declaration is built.
struct CheckedClause {
  /// Its position in the declaration's (or block's) `ClauseTable` list.
  let specIndex: Int
  let keyword: String
  let value: CheckedValue
  let syntax: Clause
  let inner: [CheckedClause]
}

/// A declaration checked and built into the model.
enum CheckedElement {
  case strategy(Strategy)
  case objective(StrategicObjective)
  case priority(Priority)
  case change(FundamentalChange)
  case standard(CoCreationStandard)
  case standards(StandardsVersion)
  case actor(Actor)
  case plan(ActionPlan)
  case forum(Forum)
  case commitment(Commitment)
  case milestone(Milestone)
}

/// The checked children of a declaration, sorted into the lists its model value holds, each
/// element moved in once: a plan's 100,000 commitments are not copied again to build it.
struct CheckedChildren {
  var objectives: [StrategicObjective] = []
  var priorities: [Priority] = []
  var changes: [FundamentalChange] = []
  var standards: [CoCreationStandard] = []
  var forum: Forum?
  var commitments: [Commitment] = []
  var milestones: [Milestone] = []

  mutating func add(_ element: consuming CheckedElement) {
    switch consume element {
    case .objective(let objective): objectives.append(objective)
    case .priority(let priority): priorities.append(priority)
    case .change(let change): changes.append(change)
    case .standard(let standard): standards.append(standard)
    case .forum(let forum): self.forum = forum
    case .commitment(let commitment): commitments.append(commitment)
    case .milestone(let milestone): milestones.append(milestone)
    // Top-level declarations are never children.
    case .strategy, .standards, .actor, .plan: break
    }
  }
}

/// What the header of a declaration gives its model value.
struct DeclarationHeader {
  let id: String
  let title: String
  let doc: String?
}

extension Checker {
  /// The model value of a declaration from its header, its checked clauses and its checked
  /// children; each clause is stored through its `ClauseField`. Nil when a field the model
  /// requires is missing (the checker has reported it).
  static func build(
    _ kind: DeclarationKind, _ header: DeclarationHeader, actorKind: ActorKind?, clauses: [CheckedClause],
    children: consuming CheckedChildren
  ) -> CheckedElement? {
    func fill<Owner>(_ owner: inout Owner, _ fields: [ClauseField<Owner>]) {
      for clause in clauses { fields[clause.specIndex].store(&owner, clause.value) }
    }
    func value(_ keyword: String) -> CheckedValue? {
      clauses.first { $0.keyword == keyword }?.value
    }
    let (id, title, doc) = (header.id, header.title, header.doc)
    switch kind {
    case .strategy:
      guard case .dateRange(let period) = value("period") else { return nil }
      var strategy = Strategy(id: id, title: title, doc: doc, period: period)
      fill(&strategy, ClauseTable.strategy)
      (strategy.objectives, strategy.changes, strategy.standards) = (
        children.objectives, children.changes, children.standards
      )
      return .strategy(strategy)
    case .objective:
      var objective = StrategicObjective(id: id, title: title, doc: doc)
      fill(&objective, ClauseTable.objective)
      objective.priorities = children.priorities
      return .objective(objective)
    case .priority:
      var priority = Priority(id: id, title: title, doc: doc)
      fill(&priority, ClauseTable.priority)
      return .priority(priority)
    case .change:
      var change = FundamentalChange(id: id, title: title, doc: doc)
      fill(&change, ClauseTable.change)
      return .change(change)
    case .standard:
      var standard = CoCreationStandard(id: id, title: title, doc: doc)
      fill(&standard, ClauseTable.standard)
      return .standard(standard)
    case .standards:
      var version = StandardsVersion(id: id, title: title, doc: doc)
      fill(&version, ClauseTable.standardsVersion)
      version.standards = children.standards
      return .standards(version)
    case .actor:
      guard let actorKind else { return nil }
      var actor = Actor(id: id, title: title, doc: doc, kind: actorKind)
      fill(&actor, ClauseTable.actor)
      return .actor(actor)
    case .plan:
      guard case .dateRange(let period) = value("period"), case .member(let member) = value("member") else {
        return nil
      }
      var plan = ActionPlan(id: id, title: title, doc: doc, member: member, period: period)
      fill(&plan, ClauseTable.plan)
      (plan.forum, plan.commitments) = (children.forum, children.commitments)
      return .plan(plan)
    case .forum:
      var forum = Forum(title: title, doc: doc)
      fill(&forum, ClauseTable.forum)
      return .forum(forum)
    case .commitment:
      guard case .references(let leads) = value("lead"), !leads.isEmpty else { return nil }
      var commitment = Commitment(id: id, title: title, doc: doc, leads: leads)
      fill(&commitment, ClauseTable.commitment)
      commitment.milestones = children.milestones
      return .commitment(commitment)
    case .milestone:
      var milestone = Milestone(id: id, title: title, doc: doc)
      fill(&milestone, ClauseTable.milestone)
      return .milestone(milestone)
    }
  }
}
