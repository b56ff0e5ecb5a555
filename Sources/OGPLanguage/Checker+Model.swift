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
  case actor(Actor)
  case plan(ActionPlan)
  case forum(Forum)
  case commitment(Commitment)
  case milestone(Milestone)
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
    children: [CheckedElement]
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
      for child in children {
        switch child {
        case .objective(let objective): strategy.objectives.append(objective)
        case .change(let change): strategy.changes.append(change)
        case .standard(let standard): strategy.standards.append(standard)
        default: break
        }
      }
      return .strategy(strategy)
    case .objective:
      var objective = StrategicObjective(id: id, title: title, doc: doc)
      fill(&objective, ClauseTable.objective)
      for case .priority(let priority) in children { objective.priorities.append(priority) }
      return .objective(objective)
    case .priority: return .priority(Priority(id: id, title: title, doc: doc))
    case .change: return .change(FundamentalChange(id: id, title: title, doc: doc))
    case .standard:
      var standard = CoCreationStandard(id: id, title: title, doc: doc)
      fill(&standard, ClauseTable.standard)
      return .standard(standard)
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
      plan.commitments.reserveCapacity(children.count)
      for child in children {
        switch child {
        case .forum(let forum): plan.forum = forum
        case .commitment(let commitment): plan.commitments.append(commitment)
        default: break
        }
      }
      return .plan(plan)
    case .forum:
      var forum = Forum(title: title, doc: doc)
      fill(&forum, ClauseTable.forum)
      return .forum(forum)
    case .commitment:
      guard case .references(let leads) = value("lead"), !leads.isEmpty else { return nil }
      var commitment = Commitment(id: id, title: title, doc: doc, leads: leads)
      fill(&commitment, ClauseTable.commitment)
      for case .milestone(let milestone) in children { commitment.milestones.append(milestone) }
      return .commitment(commitment)
    case .milestone:
      var milestone = Milestone(id: id, title: title, doc: doc)
      fill(&milestone, ClauseTable.milestone)
      return .milestone(milestone)
    }
  }
}
