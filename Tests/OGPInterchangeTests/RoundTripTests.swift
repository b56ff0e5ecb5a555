import Foundation
import OGPDiagnostics
import OGPGenerator
import OGPInterchange
import OGPLanguage
import OGPModel
import Testing

/// `.ogp → model → JSON → strict decoding → ModelPrinter → compile` gives the same model, and
/// the printed text checks clean.
@Suite("Round trip through the JSON form and ModelPrinter")
struct RoundTripTests {
  @Test("the examples are found")
  func examplesAreFound() {
    #expect(Examples.all.contains(Examples.nationalPlan))
    #expect(Examples.all.contains("examples/strategy/ogp-2023-2028.ogp"))
    #expect(!Examples.all.contains { $0.contains("/errors/") })
  }

  @Test("an example survives the round trip", arguments: Examples.all)
  func example(path: String) throws {
    var program = try Examples.program(path)
    // The model keeps a member rule's header, not its conditions, so rules cannot be printed.
    program.rules = []
    try expectRoundTrip(program)
  }

  @Test("a generated plan of 50 commitments survives the round trip")
  func generatedPlan() throws {
    let corpus = PlanGenerator(commitments: 50, seed: 3).generate()
    let files = Dictionary(uniqueKeysWithValues: corpus.files.map { ("/generated/" + $0.name, $0.text) })
    let compilation = Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/generated")
      .compile([.file(GeneratedCorpus.planFileName)])
    #expect(compilation.diagnostics.isEmpty)
    let program = try #require(compilation.program)
    #expect(program.plans.first?.commitments.count == 50)
    try expectRoundTrip(program)
  }

  @Test("the national example prints as its golden file, in the canonical layout")
  func printedGolden() throws {
    let text = ModelPrinter.print(try Examples.program(Examples.nationalPlan))
    let url = Examples.root.appendingPathComponent(
      "Tests/OGPInterchangeTests/Goldens/arcadia-2024.printed.ogp")
    if ExportTests.updatingGoldens { try Data(text.utf8).write(to: url) }
    let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(text == golden, "\(url.lastPathComponent) differs; OGP_UPDATE_GOLDENS=1 swift test rewrites it")
  }

  @Test("the layout: aligned clause values and one-line declarations, blank lines between blocks")
  func layout() {
    let program = Program(
      actors: [
        Actor(
          id: "unit", title: "Unit", doc: "The contact.", kind: .government, branch: .executive, level: .local
        ),
        Actor(id: "network", title: "Open \"Data\" Network", kind: .civilSociety),
      ],
      plans: [
        ActionPlan(
          id: "p", title: "Plan", member: Member(name: "Valle", kind: .local),
          period: Hostile.range("2025", "2026-06"), submitted: PartialDate("2024-12-16"),
          forum: Forum(
            title: "Forum", meets: Duration(amount: 1, unit: .months), members: ["unit", "network"]),
          cocreation: CoCreationEvidence(participants: 12),
          commitments: [
            Commitment(
              id: "p.c1", title: "One", leads: ["unit"], partners: ["network"], challenge: .justice,
              problem: "First line\nsecond line",
              milestones: [
                Milestone(id: "p.c1.m1", title: "M1", status: .complete),
                Milestone(id: "p.c1.m2", title: "M2", deliverable: "Report", status: .inProgress),
              ])
          ])
      ])
    #expect(
      ModelPrinter.print(program) == #"""
        /// The contact.
        actor unit    government    "Unit"                  { branch executive; level local }
        actor network civil_society "Open \"Data\" Network"

        plan p "Plan" {
          member    "Valle" local
          period    2025 .. 2026-06
          submitted 2024-12-16

          cocreation {
            participants 12
          }

          forum "Forum" {
            meets   every 1 month
            members unit, network
          }

          commitment c1 "One" {
            lead      unit
            partners  network
            challenge justice
            problem   """
              First line
              second line
              """

            milestone m1 "M1" {
              status complete
            }
            milestone m2 "M2" {
              deliverable "Report"
              status      in_progress
            }
          }
        }

        """#)
  }

  @Test("hostile text survives: quotes, backslashes, control characters, line breaks, spaces")
  func hostileText() throws {
    try expectRoundTrip(Hostile.program)
  }

  private func expectRoundTrip(_ program: Program, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
  {
    let decoded = try ProgramJSON.decodeStrictly(try ProgramJSON.encode(program))
    #expect(decoded == program, sourceLocation: sourceLocation)
    let text = ModelPrinter.print(decoded)
    let compilation = Examples.compile(text)
    #expect(
      compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map { "\($0.code) \($0.message)" })",
      sourceLocation: sourceLocation)
    #expect(compilation.program == program, sourceLocation: sourceLocation)
    if let compiled = compilation.program,
      let difference = ProgramJSON.firstDifference(expected: program, actual: compiled)
    {
      Issue.record(
        "first difference at \(difference.path): \(difference.expected ?? "-") vs \(difference.actual ?? "-")",
        sourceLocation: sourceLocation)
    }
    switch SourceFormatter.format(SourceFile(id: SourceFileID(0), path: "printed.ogp", text: text)) {
    case .success(let formatted):
      #expect(
        formatted == text, "the printed text is already in ogp fmt's layout", sourceLocation: sourceLocation)
    case .failure(let failure):
      Issue.record("ogp fmt refuses the printed text: \(failure)", sourceLocation: sourceLocation)
    }
    #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), sourceLocation: sourceLocation)
    #expect(
      !text.split(separator: "\n").contains { $0.hasSuffix(" ") }, "no trailing spaces",
      sourceLocation: sourceLocation)
  }
}

/// A program whose text exercises every escape the printer needs.
enum Hostile {
  static let texts = [
    "", "quote \" and backslash \\ and \\n literally", "tab\there, CR\rthere, NUL \u{0} and ESC \u{1B}",
    "three quotes \"\"\" and four \"\"\"\"", "ends with a space ", "   leading spaces", "émoji 🇺🇾 and ñ",
    "line one\nline two", "line one\n\n  indented line\n", "\nstarts with a break",
    "spaces only\n   \nbetween",
    "trailing space \nnext", "quotes at the end \"\"\n\"\"\"", "CRLF\r\nline", "\\u{41} is not an escape",
  ]

  static var program: Program {
    let strategy = Strategy(
      id: "s", title: texts[1], doc: "A doc\n\n  with an indented line, ///, \\ and \"quotes\"",
      period: range("2023", "2028"),
      vision: texts[7], mission: texts[8],
      changes: [
        FundamentalChange(id: "s.c1", title: texts[2]), FundamentalChange(id: "s.c2", title: texts[0]),
      ],
      objectives: [
        StrategicObjective(
          id: "s.SO1", title: "One", label: texts[3], aim: texts[9],
          priorities: [Priority(id: "s.SO1.p", title: texts[4], doc: "///")])
      ],
      standards: [
        CoCreationStandard(
          id: "s.S1", title: "Standard", description: texts[10],
          minimums: [
            MinimumRequirement(requirement: "every", interval: Duration(amount: 1, unit: .weeks)),
            MinimumRequirement(requirement: "plain"),
          ])
      ],
      consultation: Consultation(questions: Array(texts.prefix(12))))
    let actors = [
      Actor(id: "a", title: texts[5], kind: .government, branch: .judiciary),
      Actor(id: "b", title: texts[6], doc: texts[7], kind: .media, level: .regional),
      Actor(id: "c", title: "C", kind: .academia),
    ]
    let commitment = Commitment(
      id: "p.c1", title: texts[12], doc: texts[7], leads: ["a"], partners: ["b", "c"], values: [.inclusion],
      advances: ["s.SO1", "s.SO1.p"], areas: ["área"], challenge: .justice,
      period: range("2024-01", "2024-12-31"),
      problem: texts[11], statusQuo: texts[12], description: texts[13], goal: texts[14], solution: texts[2],
      budget: texts[3], links: texts, status: .noEvidence,
      assessments: [
        Assessment(potentialImpact: .transformative, starred: false),
        Assessment(report: .resultsReport, published: PartialDate("2025-02"), relevance: [.inclusion]),
      ],
      milestones: [
        Milestone(id: "p.c1.m1", title: texts[11]), Milestone(id: "p.c1.m2", title: "Two", status: .limited),
        Milestone(id: "p.c1.m3", title: "Three", period: range("2024", "2024"), deliverable: texts[8]),
      ])
    let plan = ActionPlan(
      id: "p", title: texts[13], member: Member(name: texts[14], kind: .local), strategy: "s",
      period: range("2024", "2025-06"), prefix: texts[0], pointOfContact: "a",
      submitted: PartialDate("2023-12"),
      forum: Forum(title: texts[2], doc: "", members: ["a", "b"], website: texts[1]),
      cocreation: CoCreationEvidence(),
      commitments: [commitment, Commitment(id: "p.c2", title: "Bare", leads: ["c"])])
    return Program(strategies: [strategy], actors: actors, plans: [plan])
  }

  static func range(_ start: String, _ end: String) -> DateRange {
    DateRange(start: PartialDate(start)!, end: PartialDate(end)!)
  }
}
