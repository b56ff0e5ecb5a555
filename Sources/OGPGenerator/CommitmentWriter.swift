/// Writes one commitment at a time into the plan's text: about a kilobyte each, with three
/// milestones whose periods split the commitment's period.
struct CommitmentWriter {
  private let roster: ActorRoster
  /// How many commitments the plan has: the width of their ids' numbers.
  private let count: Int
  /// Capitalised subjects, for the start of a sentence.
  private let capitalisedSubjects: [String]

  init(roster: ActorRoster, count: Int) {
    self.roster = roster
    self.count = count
    capitalisedSubjects = Vocabulary.subjects.map { $0.prefix(1).uppercased() + $0.dropFirst() }
  }

  /// Where a fault landed in the text `append` wrote.
  struct WrittenFault {
    var milestone: String?
    var clause: String
    var value: String
    /// Lines from the start of the commitment's text (0: its first line).
    var lineOffset: Int
  }

  /// Appends commitment number `number` (1-based), indented two spaces inside the plan; with
  /// `fault`, writes that mistake into it and says where. The draws from `rng` are the same with
  /// or without a fault, so a faulty commitment differs from the clean one only in its fault.
  mutating func append(
    number: Int, fault: InjectedFault.Kind? = nil, rng: inout SplitMix64, to out: inout String
  ) -> WrittenFault? {
    let start = out.utf8.count
    var written: WrittenFault?
    let subjectIndex = rng.int(below: Vocabulary.subjects.count)
    let subject = Vocabulary.subjects[subjectIndex]
    let place = rng.pick(Vocabulary.places)
    let period = Self.commitmentPeriod(&rng)

    if rng.chance(1, in: 10) {
      out.append("  /// Carried over from the previous action plan, with a wider scope.\n")
    }
    let digits = String(number)
    let id = PlanGenerator.commitmentID(number, count: count)
    out.append("  commitment ")
    out.append(id)
    out.append(" \"")
    out.append(rng.pick(Vocabulary.titleVerbs))
    out.append(" ")
    out.append(subject)
    out.append(" in ")
    out.append(place)
    // The vocabulary repeats; the number keeps every title distinct, as STR002 asks.
    out.append(" (no. ")
    out.append(digits)
    out.append(")\" {\n")

    // Lead: one or two actors, usually government; partners: one or two others.
    let leads = pickLeads(&rng)
    let partners = rng.distinctIndices(
      rng.int(in: 1...2), below: roster.actors.count, excluding: leads)
    var leadNames = leads.map { roster.actors[$0].id }
    if fault == .unknownActor {
      // Actor ids are `stem_index`; no stem is "unlisted_agency".
      leadNames[0] = "unlisted_agency_" + digits
      written = WrittenFault(
        milestone: nil, clause: "lead", value: leadNames[0], lineOffset: Self.lines(in: out, from: start))
    }
    appendList("lead", leadNames, to: &out)
    appendList("partners", partners.map { roster.actors[$0].id }, to: &out)
    let values = rng.distinctIndices(rng.int(in: 1...2), below: Vocabulary.ogpValues.count)
    appendList("values", values.map { Vocabulary.ogpValues[$0] }, to: &out)
    appendList("advances", pickAdvances(&rng), to: &out)
    let areas = rng.distinctIndices(rng.int(in: 1...2), below: Vocabulary.areas.count)
    appendList("areas", areas.map { Vocabulary.areas[$0] }, to: &out)
    appendList("challenge", [rng.pick(Vocabulary.challenges)], to: &out)

    out.append("    period    ")
    appendCommitmentPeriod(period, rng: &rng, to: &out)
    out.append("\n")

    // problem: the subject, what is wrong with it, and who suffers or how much.
    out.append("    problem   \"")
    out.append(capitalisedSubjects[subjectIndex])
    out.append(" in ")
    out.append(place)
    out.append(" ")
    out.append(rng.pick(Vocabulary.problems))
    if rng.chance(1, in: 2) {
      out.append(", so ")
      out.append(rng.pick(Vocabulary.groups))
      out.append(" ")
      out.append(rng.pick(Vocabulary.consequences))
    } else if rng.chance(1, in: 2) {
      out.append(". Only ")
      out.append(String(rng.int(in: 5...60)))
      out.append("% were complete in ")
      out.append(String(period.first.year - 1))
    }
    out.append(".\"\n")

    if rng.chance(1, in: 10) {
      // The multi-line string form, with indentation stripping.
      out.append("    status_quo \"\"\"\n      Today, ")
      out.append(subject)
      out.append(" ")
      out.append(rng.pick(Vocabulary.problems))
      out.append(".\n      Officials in ")
      out.append(place)
      out.append(" estimate that ")
      out.append(String(rng.int(in: 20...900)))
      out.append(" requests a year go unanswered.\n      \"\"\"\n")
    }

    // goal: where the subject will be by the end.
    out.append("    goal      \"By ")
    out.append(String(period.last.year))
    out.append(", ")
    out.append(subject)
    out.append(" will be ")
    out.append(rng.pick(Vocabulary.goals))
    if rng.chance(1, in: 4) {
      out.append(", and ")
      out.append(rng.pick(Vocabulary.groups))
      out.append(" will be able to ")
      out.append(rng.pick(Vocabulary.benefits))
    }
    out.append(".\"\n")

    // solution: what the lead does, with whom.
    let actions = rng.distinctIndices(2, below: Vocabulary.actions.count)
    out.append("    solution  \"The ")
    out.append(roster.actors[leads[0]].title)
    out.append(" will ")
    out.append(Vocabulary.actions[actions[0]])
    if rng.chance(1, in: 2) {
      out.append(" and ")
      out.append(Vocabulary.actions[actions[1]])
    }
    if rng.chance(1, in: 3) {
      out.append(", working with ")
      out.append(roster.actors[partners[0]].title)
    }
    out.append(".\"\n")

    if rng.chance(1, in: 6) {
      let tenths = rng.int(in: 2...150)
      out.append("    budget    \"€")
      out.append(String(tenths / 10))
      out.append(".")
      out.append(String(tenths % 10))
      out.append(" million from the national budget\"\n")
    }

    let milestoneFault = appendMilestones(
      period: period, subject: subject, place: place, fault: fault, rng: &rng, to: &out)
    if var milestoneFault {
      milestoneFault.lineOffset = Self.lines(in: out, from: start) - milestoneFault.lineOffset
      written = milestoneFault
    }
    out.append("  }\n")
    return written
  }

  /// The number of line breaks in `text` after its first `offset` bytes.
  private static func lines(in text: String, from offset: Int) -> Int {
    text.utf8.dropFirst(offset).reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
  }

  // MARK: - Periods

  /// A commitment's months inside the plan: at least three, so each milestone gets one.
  private static func commitmentPeriod(_ rng: inout SplitMix64) -> MonthRange {
    let plan = PlanGenerator.planPeriod
    if rng.chance(1, in: 20) {
      // Whole years, written `2025 .. 2026`.
      let firstYear = rng.int(in: plan.first.year...plan.last.year)
      let lastYear = rng.int(in: firstYear...plan.last.year)
      return MonthRange(
        first: CalendarMonth(year: firstYear, month: 1), last: CalendarMonth(year: lastYear, month: 12))
    }
    let length = rng.int(in: 6...30)
    let start = plan.first.adding(months: rng.int(below: plan.months - length + 1))
    return MonthRange(first: start, last: start.adding(months: length - 1))
  }

  private func appendCommitmentPeriod(
    _ period: MonthRange, rng: inout SplitMix64, to out: inout String
  ) {
    if period.coversWholeYears && rng.chance(1, in: 2) {
      period.append(.years, to: &out)
    } else if rng.chance(1, in: 6) {
      period.append(.fullDays, to: &out)
    } else {
      period.append(.months, to: &out)
    }
  }

  // MARK: - Milestones

  /// Three milestones splitting `period` into consecutive parts: design, build, review. A
  /// milestone fault ends m3 two months late or starts m2 on 30 February; the fault returned
  /// counts its `lineOffset` backwards from the end of what was written.
  private func appendMilestones(
    period: MonthRange, subject: String, place: String, fault: InjectedFault.Kind?,
    rng: inout SplitMix64, to out: inout String
  ) -> WrittenFault? {
    // Two distinct cuts among the months - 1 month boundaries: m1 = [first, a), m2 = [a, b),
    // m3 = [b, last], each at least one month long.
    let cuts = rng.distinctIndices(2, below: period.months - 1)
    let a = period.first.adding(months: 1 + min(cuts[0], cuts[1]))
    let b = period.first.adding(months: 1 + max(cuts[0], cuts[1]))
    let parts = [
      MonthRange(first: period.first, last: a.adding(months: -1)),
      MonthRange(first: a, last: b.adding(months: -1)),
      MonthRange(
        first: b, last: period.last.adding(months: fault == .milestoneOutsideCommitment ? 2 : 0)),
    ]
    var written: WrittenFault?
    var faultEnd = 0
    for (phase, part) in parts.enumerated() {
      out.append("    milestone m")
      out.append(String(phase + 1))
      out.append(" \"")
      switch phase {
      case 0:
        out.append(rng.pick(Vocabulary.designMilestones))
      case 1:
        out.append(rng.pick(Vocabulary.buildMilestones))
        out.append(" ")
        out.append(place)
      default:
        out.append(rng.pick(Vocabulary.reviewMilestones))
      }
      // Two clauses share a line, separated by ";".
      out.append("\" {\n      period ")
      // Every draw is made whatever the fault, so the generator's stream stays in step.
      var range = ""
      if rng.chance(1, in: 4) {
        // Days inside the first and last month, ordered when they share a month.
        var firstDay = rng.int(in: 1...part.first.days)
        var lastDay = rng.int(in: 1...part.last.days)
        if part.months == 1 && firstDay > lastDay { swap(&firstDay, &lastDay) }
        part.append(.days(first: firstDay, last: lastDay), to: &range)
      } else {
        part.append(.months, to: &range)
      }
      let faultyHere =
        (fault == .milestoneOutsideCommitment && phase == 2) || (fault == .invalidDate && phase == 1)
      if faultyHere, fault == .invalidDate, let separator = range.firstRange(of: " .. ") {
        // The same year, on a day that no February has.
        let date = String(part.first.year) + "-02-30"
        range = date + range[separator.lowerBound...]
        written = WrittenFault(milestone: "m2", clause: "period", value: date, lineOffset: 0)
      } else if faultyHere {
        written = WrittenFault(milestone: "m3", clause: "period", value: range, lineOffset: 0)
      }
      if faultyHere { faultEnd = out.utf8.count }
      out.append(range)
      let statuses =
        switch phase {
        case 0: Vocabulary.designStatuses
        case 1: Vocabulary.buildStatuses
        default: Vocabulary.reviewStatuses
        }
      out.append("; status ")
      out.append(rng.pick(statuses))
      out.append("\n      deliverable \"")
      if phase == 1 {
        out.append(rng.pick(Vocabulary.deliverables))
        out.append(" ")
        out.append(subject)
      } else {
        out.append(rng.pick(Vocabulary.shortDeliverables))
      }
      out.append("\"\n    }\n")
    }
    // Lines from the fault to the end; the caller turns it into lines from the start.
    if var fault = written {
      fault.lineOffset = Self.lines(in: out, from: faultEnd)
      written = fault
    }
    return written
  }

  // MARK: - References

  /// One lead (three times in four) or two, from the government actors four times in five.
  private func pickLeads(_ rng: inout SplitMix64) -> [Int] {
    let count = rng.chance(3, in: 4) ? 1 : 2
    var leads: [Int] = []
    while leads.count < count {
      let index =
        rng.chance(4, in: 5)
        ? roster.governmentIndices[rng.int(below: roster.governmentIndices.count)]
        : rng.int(below: roster.actors.count)
      if !leads.contains(index) { leads.append(index) }
    }
    return leads
  }

  /// One or two objectives, each as the objective itself or one of its priorities.
  private func pickAdvances(_ rng: inout SplitMix64) -> [String] {
    let objectives = rng.distinctIndices(
      rng.int(in: 1...2), below: GeneratedStrategy.objectivePaths.count)
    return objectives.map { rng.pick(GeneratedStrategy.objectivePaths[$0]) }
  }

  /// `    keyword   a, b, c` with the keyword padded to the value column.
  private func appendList(_ keyword: String, _ items: [String], to out: inout String) {
    out.append("    ")
    out.append(keyword)
    for _ in keyword.count..<10 { out.append(" ") }
    for (position, item) in items.enumerated() {
      if position > 0 { out.append(", ") }
      out.append(item)
    }
    out.append("\n")
  }
}
