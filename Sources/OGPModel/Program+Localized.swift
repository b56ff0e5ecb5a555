extension Program {
  /// The program as a reader of the language `tag` (`es`) sees it: every text that has a
  /// translation into that language replaced by it, the others as written. For what people
  /// read (the report, Markdown, CSV, the coverage table); the JSON form, the checker and the
  /// rules work on the program as written, translations beside each text.
  public func localized(into tag: String) -> Program {
    var program = self
    program.strategies = strategies.map { $0.localized(into: tag) }
    program.standards = standards.map { $0.localized(into: tag) }
    program.actors = actors.map { $0.localized(into: tag) }
    program.plans = plans.map { $0.localized(into: tag) }
    return program
  }
}

extension Titled {
  /// The element with its title in the language of `tag` when it gives one.
  fileprivate func withLocalizedTitle(_ tag: String) -> Self {
    var element = self
    element.title = title(in: tag)
    return element
  }
}

extension Strategy {
  func localized(into tag: String) -> Strategy {
    var strategy = self
    strategy.title = title(in: tag)
    strategy.vision = text(vision, \.vision, in: tag)
    strategy.mission = text(mission, \.mission, in: tag)
    strategy.changes = changes.map { $0.withLocalizedTitle(tag) }
    strategy.objectives = objectives.map { $0.localized(into: tag) }
    strategy.standards = standards.map { $0.localized(into: tag) }
    strategy.consultation = consultation.map { consultation in
      var localized = consultation
      localized.description = consultation.text(consultation.description, \.description, in: tag)
      return localized
    }
    return strategy
  }
}

extension StrategicObjective {
  func localized(into tag: String) -> StrategicObjective {
    var objective = self
    objective.title = title(in: tag)
    objective.label = text(label, \.label, in: tag)
    objective.aim = text(aim, \.aim, in: tag)
    objective.priorities = priorities.map { $0.withLocalizedTitle(tag) }
    return objective
  }
}

extension CoCreationStandard {
  func localized(into tag: String) -> CoCreationStandard {
    var standard = self
    standard.title = title(in: tag)
    standard.description = text(description, \.description, in: tag)
    return standard
  }
}

extension StandardsVersion {
  func localized(into tag: String) -> StandardsVersion {
    var version = self
    version.title = title(in: tag)
    version.standards = standards.map { $0.localized(into: tag) }
    return version
  }
}

extension Actor {
  func localized(into tag: String) -> Actor { withLocalizedTitle(tag) }
}

extension ActionPlan {
  func localized(into tag: String) -> ActionPlan {
    var plan = self
    plan.title = title(in: tag)
    plan.forum = forum.map { $0.withLocalizedTitle(tag) }
    plan.cocreation = cocreation.map { evidence in
      var localized = evidence
      localized.description = evidence.text(evidence.description, \.description, in: tag)
      localized.outreach = evidence.text(evidence.outreach, \.outreach, in: tag)
      return localized
    }
    plan.commitments = commitments.map { $0.localized(into: tag) }
    return plan
  }
}

extension Commitment {
  func localized(into tag: String) -> Commitment {
    var commitment = self
    commitment.title = title(in: tag)
    commitment.problem = text(problem, \.problem, in: tag)
    commitment.causes = text(causes, \.causes, in: tag)
    commitment.statusQuo = text(statusQuo, \.statusQuo, in: tag)
    commitment.description = text(description, \.description, in: tag)
    commitment.goal = text(goal, \.goal, in: tag)
    commitment.solution = text(solution, \.solution, in: tag)
    commitment.expectedResults = text(expectedResults, \.expectedResults, in: tag)
    commitment.milestones = milestones.map { milestone in
      var localized = milestone
      localized.title = milestone.title(in: tag)
      localized.deliverable = milestone.text(milestone.deliverable, \.deliverable, in: tag)
      return localized
    }
    return commitment
  }
}
