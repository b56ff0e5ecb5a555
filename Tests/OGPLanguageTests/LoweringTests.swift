import OGPLanguage
import OGPModel
import Testing

/// Lowering a checked program gives exactly the model a reader expects.
@Suite("Lowering")
struct LoweringTests {
  static let source = """
    /// The strategy.
    /// Its second line.
    strategy s "Strategy" {
      period  2023 .. 2028
      vision  "Vision"
      mission "Mission"
      consultation {
        period        2022-03 .. 2022-06
        contributions about 120
        description   "Consulted"
        questions     "What first?", "What next?"
      }
      /// A change.
      change wider "Wider movement"
      /// Objective three.
      objective SO3 "Protect civic space" {
        label "Ampliación"
        aim   "Aim"
        /// A priority.
        priority p "Protect participation"
      }
      objective SO1 "Broaden"
      /// Standard one.
      standard S1 "Dialogue" {
        description "Ongoing dialogue"
        minimum forum_meets_every 6 months
        minimum forum_publishes_minutes
        minimum forum_renews 2 years
      }
    }

    /// The digital agency.
    actor digital government    "Digital Agency" { branch executive; level national }
    actor odn     civil_society "Open Data Network"

    /// The plan.
    plan nap "Plan" {
      member    "Arcadia" national
      strategy  s
      period    2024-09 .. 2026-08
      prefix    "AR"
      contact   digital
      submitted 2024-08-30
      cocreation {
        timeline          "Timeline"
        reasoned_response "Response"
        participants      640
        description       "Co-created"
      }
      /// The forum.
      forum "Forum" {
        meets      every 1 month
        members    digital, odn
        rules      "Rules"
        website    "https://w.example"
        repository "https://r.example"
      }
      /// Commitment one.
      commitment c01 "Open contracting" {
        lead        digital
        partners    odn
        values      access_to_information, public_accountability
        advances    SO1, SO3.p, s.SO3
        areas       open_contracting, open_data
        challenge   anti_corruption
        period      2024-10 .. 2026
        problem     "Problem"
        status_quo  "Status quo"
        description "Description"
        goal        "Goal"
        solution    "Solution"
        budget      "Budget"
        links       "SDG 16", "NDP 4"
        status      in_progress
        contact     "Ana, ana@example.org"
        continuity  new
        sector      "Procurement"
        assessment {
          report           action_plan_review
          published        2024-12
          verifiable       yes
          relevance        access_to_information
          results          "Moderate results"
          relevant         no
          potential        modest
          potential_impact minor
          completion       substantial
          early_results    major
          promising        yes
          starred          no
        }
        assessment {
          report     results_report
          completion complete
        }
        /// Milestone one.
        milestone m1 "Data model" {
          period      2024-10-01 .. 2025-03
          deliverable "Published data model"
          responsible digital, odn
          status      complete
        }
        milestone m2 "Portal"
      }
      commitment c02 "Minimal" { lead odn }
    }
    """

  static let expected = Program(
    strategies: [
      Strategy(
        id: "s", title: "Strategy", doc: "The strategy.\nIts second line.",
        period: DateRange(start: date("2023"), end: date("2028")), vision: "Vision", mission: "Mission",
        changes: [FundamentalChange(id: "s.wider", title: "Wider movement", doc: "A change.")],
        objectives: [
          StrategicObjective(
            id: "s.SO3", title: "Protect civic space", doc: "Objective three.", label: "Ampliación",
            aim: "Aim",
            priorities: [Priority(id: "s.SO3.p", title: "Protect participation", doc: "A priority.")]),
          StrategicObjective(id: "s.SO1", title: "Broaden"),
        ],
        standards: [
          CoCreationStandard(
            id: "s.S1", title: "Dialogue", doc: "Standard one.", description: "Ongoing dialogue",
            minimums: [
              MinimumRequirement(
                requirement: "forum_meets_every", interval: Duration(amount: 6, unit: .months)),
              MinimumRequirement(requirement: "forum_publishes_minutes"),
              MinimumRequirement(requirement: "forum_renews", interval: Duration(amount: 2, unit: .years)),
            ])
        ],
        consultation: Consultation(
          period: DateRange(start: date("2022-03"), end: date("2022-06")), contributions: 120,
          contributionsQualifier: .about,
          description: "Consulted", questions: ["What first?", "What next?"]))
    ],
    actors: [
      Actor(
        id: "digital", title: "Digital Agency", doc: "The digital agency.", kind: .government,
        branch: .executive,
        level: .national),
      Actor(id: "odn", title: "Open Data Network", kind: .civilSociety),
    ],
    plans: [
      ActionPlan(
        id: "nap", title: "Plan", doc: "The plan.", member: Member(name: "Arcadia", kind: .national),
        strategy: "s",
        period: DateRange(start: date("2024-09"), end: date("2026-08")), prefix: "AR",
        pointOfContact: "digital",
        submitted: date("2024-08-30"),
        forum: Forum(
          title: "Forum", doc: "The forum.", meets: Duration(amount: 1, unit: .months),
          members: ["digital", "odn"],
          rules: "Rules", website: "https://w.example", repository: "https://r.example"),
        cocreation: CoCreationEvidence(
          timeline: "Timeline", reasonedResponse: "Response", participants: 640, description: "Co-created"),
        commitments: [
          Commitment(
            id: "nap.c01", title: "Open contracting", doc: "Commitment one.", leads: ["digital"],
            partners: ["odn"],
            values: [.accessToInformation, .publicAccountability], advances: ["s.SO1", "s.SO3.p", "s.SO3"],
            areas: ["open_contracting", "open_data"], challenge: .antiCorruption,
            period: DateRange(start: date("2024-10"), end: date("2026")), problem: "Problem",
            statusQuo: "Status quo", description: "Description", goal: "Goal", solution: "Solution",
            budget: "Budget", contact: "Ana, ana@example.org", continuity: .new, sector: "Procurement",
            links: ["SDG 16", "NDP 4"], status: .inProgress,
            assessments: [
              Assessment(
                report: .actionPlanReview, published: date("2024-12"), verifiable: true, relevant: false,
                relevance: [.accessToInformation], potential: .modest, potentialImpact: .minor,
                completion: .substantial, earlyResults: .major, results: "Moderate results", promising: true,
                starred: false),
              Assessment(report: .resultsReport, completion: .complete),
            ],
            milestones: [
              Milestone(
                id: "nap.c01.m1", title: "Data model", doc: "Milestone one.",
                period: DateRange(start: date("2024-10-01"), end: date("2025-03")),
                deliverable: "Published data model", responsible: ["digital", "odn"], status: .complete),
              Milestone(id: "nap.c01.m2", title: "Portal"),
            ]),
          Commitment(id: "nap.c02", title: "Minimal", leads: ["odn"]),
        ])
    ])

  @Test("a small complete program lowers to exactly the expected model")
  func complete() throws {
    let compilation = compile(["/w/a.ogp": Self.source])
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.message))")
    let program = try #require(compilation.program)
    // Compare piece by piece first, so a difference is easy to find, then as a whole.
    #expect(program.strategies == Self.expected.strategies)
    #expect(program.actors == Self.expected.actors)
    #expect(program.plans.first?.forum == Self.expected.plans.first?.forum)
    #expect(program.plans.first?.commitments == Self.expected.plans.first?.commitments)
    #expect(program == Self.expected)
    #expect(program.schemaVersion == Program.currentSchemaVersion)
    #expect(program.rules.isEmpty)
  }

  @Test("partial dates keep their precision")
  func partialDates() throws {
    let program = try #require(compile(["/w/a.ogp": Self.source]).program)
    let plan = try #require(program.plans.first)
    #expect(plan.period.start.description == "2024-09")
    #expect(plan.period.start.day == nil)
    #expect(plan.submitted?.description == "2024-08-30")
    let commitment = try #require(plan.commitments.first)
    #expect(commitment.period?.end.description == "2026")
    #expect(commitment.period?.end.month == nil)
    #expect(program.strategies.first?.period.start == date("2023"))
  }

  @Test("declarations appear in load order: the root's first, then what it uses")
  func loadOrder() throws {
    let compilation = compile([
      "/w/a.ogp": "actor a2 government \"A2\"\nuse \"b.ogp\"\nactor a1 government \"A1\"\n",
      "/w/b.ogp": "actor b1 government \"B1\"\n",
    ])
    let program = try #require(compilation.program)
    #expect(program.actors.map(\.id) == ["a2", "a1", "b1"])
  }

  @Test(
    "a program with errors has no model, but keeps its checked declarations",
    arguments: [
      "actor a goverment \"A\"\n",
      "plan p \"P\" { member \"A\" national }\n",
      "use \"missing.ogp\"\nactor a government \"A\"\n",
      "actor a government \"A\" {\n",
    ])
  func errorsGiveNoModel(source: String) {
    let compilation = compile(["/w/a.ogp": source])
    #expect(compilation.hasErrors)
    #expect(compilation.program == nil)
  }
}

private func date(_ text: String) -> PartialDate {
  PartialDate(text)!
}

private func compile(_ files: [String: String]) -> Compilation {
  Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/w").compile([.file("a.ogp")])
}
