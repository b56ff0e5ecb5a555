/// Generates a large, valid `.ogp` corpus for tests and benchmarks: a strategy file and a plan
/// file with a chosen number of commitments.
///
/// The output depends only on `commitments` and `seed`: the same pair gives byte-identical text
/// on every platform (the generator uses its own SplitMix64 and fixed word lists, never the
/// system's random source or a hashed collection's order). Every date is a real calendar date,
/// every range is ordered, every milestone lies inside its commitment and every commitment inside
/// the plan, and every reference resolves, so the output checks clean.
///
/// With a `faultRate` above zero it also writes a faulty variant of the plan: that fraction of
/// the commitments (rounded to the nearest whole number), chosen by the seed, each get one of
/// three mistakes in turn (`InjectedFault.Kind`), and `GeneratedCorpus.faults` lists where. The
/// clean plan is the same with or without faults.
///
/// ```swift
/// let corpus = PlanGenerator(commitments: 1_000, seed: 1).generate()
/// try corpus.plan.write(toFile: "plan.ogp", atomically: true, encoding: .utf8)
/// ```
public struct PlanGenerator: Sendable {
  /// How many commitments the plan holds.
  public let commitments: Int
  /// The seed of the pseudo-random generator.
  public let seed: UInt64
  /// The fraction of commitments that get a fault in the faulty variant, from 0 to 1.
  public let faultRate: Double
  /// Whose plan it is: a national government's (`member "Generated Republic" national`) or a
  /// local one's (`member "Generated City" local`).
  public let level: Level

  public enum Level: String, Sendable, CaseIterable {
    case national, local
  }

  /// The plan's period, 2024-01 .. 2027-12, which holds every commitment.
  static let planPeriod = MonthRange(
    first: CalendarMonth(year: 2024, month: 1), last: CalendarMonth(year: 2027, month: 12))

  /// Average size of a commitment's text, used to reserve capacity.
  static let bytesPerCommitment = 1_400

  public init(commitments: Int, seed: UInt64, faultRate: Double = 0, level: Level = .national) {
    precondition(commitments >= 0, "the number of commitments cannot be negative")
    precondition((0...1).contains(faultRate), "the fault rate is a fraction from 0 to 1")
    self.commitments = commitments
    self.seed = seed
    self.faultRate = faultRate
    self.level = level
  }

  /// The number of actors for `commitments`: one per twenty commitments, at least ten.
  public static func actorCount(commitments: Int) -> Int {
    max(10, commitments / 20)
  }

  /// The strategy and plan files, and the faulty variant when `faultRate` is above zero. Runs
  /// in time linear in `commitments`.
  public func generate() -> GeneratedCorpus {
    guard faultRate > 0 else {
      return GeneratedCorpus(strategy: GeneratedStrategy.text(), plan: planText(), commitments: commitments)
    }
    let (plan, faulty, faults) = planTexts()
    return GeneratedCorpus(
      strategy: GeneratedStrategy.text(), plan: plan, commitments: commitments, faultyPlan: faulty,
      faults: faults, faultRate: faultRate)
  }

  /// The numbers (1-based) of the commitments that get a fault, ascending, with the fault each
  /// gets: the three kinds in turn. Drawn from a generator of their own, so the plan's draws do
  /// not depend on the rate.
  func faultPlan() -> [(number: Int, kind: InjectedFault.Kind)] {
    let count = min(commitments, Int((Double(commitments) * faultRate).rounded()))
    guard count > 0 else { return [] }
    var rng = SplitMix64(seed: seed ^ 0xFA01_7FA0_17FA_017F)
    // Floyd's algorithm: `count` distinct numbers in 1...commitments with `count` draws.
    var chosen = Set<Int>()
    chosen.reserveCapacity(count)
    for upper in (commitments - count + 1)...commitments {
      let number = rng.int(in: 1...upper)
      chosen.insert(chosen.contains(number) ? upper : number)
    }
    let kinds = InjectedFault.Kind.allCases
    return chosen.sorted().enumerated().map { ($0.element, kinds[$0.offset % kinds.count]) }
  }

  private func planText() -> String {
    var out = String()
    var rng = SplitMix64(seed: seed)
    let roster = ActorRoster(count: Self.actorCount(commitments: commitments), rng: &rng)
    appendHeader(fileName: GeneratedCorpus.planFileName, roster: roster, rng: &rng, to: &out)
    var writer = CommitmentWriter(roster: roster, count: commitments)
    for number in 0..<commitments {
      out.append("\n")
      _ = writer.append(number: number + 1, rng: &rng, to: &out)
    }
    out.append("}\n")
    return out
  }

  /// The clean plan and the faulty one, written side by side: each commitment is written once
  /// into a buffer, and a faulty one a second time from the same generator state.
  private func planTexts() -> (plan: String, faulty: String, faults: [InjectedFault]) {
    var plan = String()
    var faulty = String()
    var rng = SplitMix64(seed: seed)
    let roster = ActorRoster(count: Self.actorCount(commitments: commitments), rng: &rng)
    var headerRNG = rng
    appendHeader(fileName: GeneratedCorpus.planFileName, roster: roster, rng: &rng, to: &plan)
    appendHeader(
      fileName: GeneratedCorpus.faultyPlanFileName, roster: roster, rng: &headerRNG, to: &faulty)
    var line = faulty.utf8.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }

    var pending = faultPlan()[...]
    var faults: [InjectedFault] = []
    faults.reserveCapacity(pending.count)
    var writer = CommitmentWriter(roster: roster, count: commitments)
    var buffer = String()
    for index in 0..<commitments {
      let number = index + 1
      buffer.removeAll(keepingCapacity: true)
      buffer.append("\n")
      var faultyBuffer: String?
      if let next = pending.first, next.number == number {
        pending.removeFirst()
        var copy = rng
        var text = "\n"
        if let written = writer.append(number: number, fault: next.kind, rng: &copy, to: &text) {
          faults.append(
            InjectedFault(
              commitment: Self.commitmentID(number, count: commitments), kind: next.kind,
              milestone: written.milestone, clause: written.clause, value: written.value,
              line: line + 1 + written.lineOffset))
        }
        faultyBuffer = text
      }
      _ = writer.append(number: number, rng: &rng, to: &buffer)
      plan.append(buffer)
      faulty.append(faultyBuffer ?? buffer)
      line += buffer.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }
    plan.append("}\n")
    faulty.append("}\n")
    return (plan, faulty, faults)
  }

  /// `GR0042`: the plan's prefix and the commitment's number, zero-padded to four digits, or to
  /// as many as the largest number has.
  static func commitmentID(_ number: Int, count: Int) -> String {
    let digits = String(number)
    return idPrefix + String(repeating: "0", count: max(0, max(4, String(count).count) - digits.count))
      + digits
  }

  static let idPrefix = "GR"

  /// OGP numbers commitments with four digits after the prefix (STR003); a larger plan cannot
  /// follow that form, so it declares no prefix.
  static func declaresPrefix(commitments: Int) -> Bool { commitments <= 9_999 }

  /// Everything before the first commitment: the comment, `use`, the actors and the plan's own
  /// clauses and forum.
  private func appendHeader(
    fileName: String, roster: ActorRoster, rng: inout SplitMix64, to out: inout String
  ) {
    out.reserveCapacity(4096 + roster.actors.count * 100 + commitments * Self.bytesPerCommitment)
    out.append("// ")
    out.append(fileName)
    out.append(": generated by ogp-generate (")
    out.append(String(commitments))
    out.append(" commitments, seed ")
    out.append(String(seed))
    out.append("). Do not edit by hand.\n")
    out.append("use \"")
    out.append(GeneratedCorpus.strategyFileName)
    out.append("\"\n\n")

    roster.append(to: &out)
    out.append("\n")
    appendPlanHeader(roster: roster, rng: &rng, to: &out)
  }

  private func appendPlanHeader(roster: ActorRoster, rng: inout SplitMix64, to out: inout String) {
    let contact = roster.actors[roster.governmentIndices[0]].id
    let (adjective, member) = level == .national ? ("National", "Republic") : ("Local", "City")
    out.append(
      """
      /// The generated \(level.rawValue) action plan.
      plan gen_plan "Generated \(adjective) Action Plan 2024–2027" {
        member    "Generated \(member)" \(level.rawValue)
        strategy  gen_strategy

      """)
    out.append("  period    ")
    Self.planPeriod.append(.months, to: &out)
    out.append("\n")
    if Self.declaresPrefix(commitments: commitments) {
      out.append("  prefix    \"\(Self.idPrefix)\"\n")
    }
    out.append(
      """
        contact   \(contact)
        submitted 2023-12-15
        cocreation {
          timeline          "Published on 2023-03-01, four months before the first meeting."
          reasoned_response "Each proposal received a written answer, published in the repository."
          participants      \(200 + rng.int(below: 800))
          description       "Workshops in Añelo, Écija and Müggelheim, and an online consultation."
        }

        forum "Foro Nacional de Gobierno Abierto" {
          meets   every 3 months

      """)
    // Up to twelve members, three to a line; a line ending in "," continues the clause.
    out.append("    members ")
    let members = rng.distinctIndices(min(12, roster.actors.count), below: roster.actors.count)
    for (position, index) in members.enumerated() {
      if position > 0 {
        out.append(position % 3 == 0 ? ",\n            " : ", ")
      }
      out.append(roster.actors[index].id)
    }
    out.append(
      """

          rules   "Decisions by consensus; minutes published within two weeks."
          website "https://gobierno-abierto.example/foro"
        }

      """)
  }
}
