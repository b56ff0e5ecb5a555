import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPReport
import OGPRules
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML report of the national example plan, read back as XML: the page is written to be
/// well-formed, so the tests can count its elements rather than search its text.
struct HTMLReportTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  static let arcadiaPath = "examples/plans/arcadia-2024.ogp"
  static let midPlan = Day(year: 2026, month: 6, day: 30)

  struct Arcadia {
    let program: Program
    let findings: [ReportFinding]
    let diagnostics: [Diagnostic]

    var plan: ActionPlan { program.plans[0] }

    func render(asOf: Day = HTMLReportTests.midPlan) -> String {
      HTMLReport(program: program, findings: findings, asOf: asOf, generator: "ogp test").render()
    }
  }

  /// Compiles and lints the example from the repository, with the real file system.
  static func arcadia() throws -> Arcadia {
    let compilation = Compiler(workingDirectory: root).compile([.file(arcadiaPath)])
    let program = try #require(compilation.program, "\(compilation.diagnostics)")
    let result = Linter().lint(compilation, asOf: midPlan)
    return Arcadia(
      program: program,
      findings: ReportFinding.findings(from: result.diagnostics, sources: compilation.sources),
      diagnostics: result.diagnostics)
  }

  static func document(_ page: String) throws -> XMLDocument {
    try XMLDocument(xmlString: page, options: [.nodePreserveWhitespace])
  }

  static func elements(_ document: XMLDocument, _ xpath: String) throws -> [XMLElement] {
    try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
  }

  static func attribute(_ element: XMLElement, _ name: String) -> String? {
    element.attribute(forName: name)?.stringValue
  }

  // MARK: Structure

  @Test func oneRowPerCommitmentAndOneBarPerMilestone() throws {
    let arcadia = try Self.arcadia()
    let document = try Self.document(arcadia.render())
    let rows = try Self.elements(document, "//tr[@data-commitment]")
    #expect(rows.compactMap { Self.attribute($0, "data-commitment") } == (1...9).map { "c0\($0)" })
    let bars = try Self.elements(document, "//svg//*[@data-milestone]")
    let expected = arcadia.plan.commitments.flatMap { commitment in
      commitment.milestones.map { "\(commitment.id.localName).\($0.id.localName)" }
    }
    #expect(expected.count == 26)
    #expect(bars.compactMap { Self.attribute($0, "data-milestone") } == expected)
    #expect(
      bars.allSatisfy { !$0.elements(forName: "rect").isEmpty }, "every milestone of the example has dates")
  }

  @Test func eachIRMReportIsShownOnItsOwnAndThePlansFindingsInTheSummary() throws {
    let document = try Self.document(try Self.arcadia().render())
    let row = try #require(try Self.elements(document, "//tr[@data-commitment='c01']").first)
    let reports = try row.nodes(forXPath: ".//p[@class='irm']").compactMap(\.stringValue)
    #expect(
      reports == [
        "IRM, Action plan review, 2024-12: verifiable · open government lens: yes · relevant to access to "
          + "information, public accountability · potential for results: Substantial · promising",
        "IRM, Midterm review, 2026-10: completion: Limited · did it open government? Marginal",
      ])
    let facts = try Self.elements(document, "//h3[.='IRM findings']/following-sibling::dl[1]/div")
      .map {
        (
          $0.elements(forName: "dt").first?.stringValue ?? "",
          $0.elements(forName: "dd").first?.stringValue ?? ""
        )
      }
    #expect(
      facts.map(\.0) == ["Report", "Requirements met", "Requirements not met", "Acted contrary to process"])
    #expect(facts.first?.1 == "Action plan review, 2024-12" && facts.last?.1 == "no")
  }

  /// The facts of a fact group (`<dt>` → `<dd>` text) under the heading `heading`.
  static func facts(_ document: XMLDocument, under heading: String) throws -> [String: String] {
    let pairs = try elements(document, "//h3[.='\(heading)']/following-sibling::dl[1]/div").map {
      (
        $0.elements(forName: "dt").first?.stringValue ?? "",
        $0.elements(forName: "dd").first?.stringValue ?? ""
      )
    }
    return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
  }

  @Test func theSummaryShowsTheStandardsAndTheEvidenceLogged() throws {
    let document = try Self.document(try Self.arcadia().render())
    let plan = try Self.facts(document, under: "The plan")
    #expect(plan["Co-creation standards"] == "OGP Participation and Co-Creation Standards (2022)")
    let forum = try Self.facts(document, under: "Multi-stakeholder forum")
    #expect(forum["Meetings logged"] == "12, last 2026-11-17")
    #expect(forum["Documents updated"] == "6 times, last 2026-08")
    let cocreation = try Self.facts(document, under: "Co-creation")
    #expect(cocreation["Outreach"]?.hasPrefix("Calls on national and community radio") == true)
  }

  /// With Spanish chosen, the page says it is Spanish and every word of its own is Spanish:
  /// labels, counts, dates the Spanish way, the months of the axis.
  @Test func theReportSpeaksSpanish() throws {
    let arcadia = try Self.arcadia()
    let page = Language.$current.withValue(.spanish) { arcadia.render() }
    #expect(page.contains("<html lang=\"es\">"))
    let document = try Self.document(page)
    let plan = try Self.facts(document, under: "El plan")
    #expect(plan["Estándares de cocreación"] == "OGP Participation and Co-Creation Standards (2022)")
    let forum = try Self.facts(document, under: "Foro multiactor")
    #expect(forum["Reuniones registradas"] == "12, la última el 2026-11-17")
    #expect(forum["Documentos actualizados"] == "6 veces, la última el 2026-08")
    #expect(forum["Se reúne"]?.hasPrefix("cada ") == true)
    #expect(page.contains("avance a fecha de <time datetime=\"2026-06-30\">30 de junio de 2026</time>"))
    let headers = try Self.elements(document, "//table[@class='commitment-table']/thead/tr/th").map(
      \.stringValue)
    #expect(
      headers == [
        "ID", "Compromiso", "Responsables", "Valores", "Objetivos", "Periodo", "Estado", "Hallazgos",
      ])
    let description = try #require(
      try Self.elements(document, "//svg[@class='gantt']/desc").first?.stringValue)
    #expect(description.hasPrefix("Diagrama de Gantt de 9 compromisos y "), "\(description)")
    // The axis writes months as their Spanish initials or abbreviations.
    let months = try Self.elements(document, "//svg[@class='gantt']//text[@class='month']").compactMap(
      \.stringValue)
    let spanish = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
    #expect(
      !months.isEmpty && months.allSatisfy { month in spanish.contains { $0.hasPrefix(month) } }, "\(months)")
    // The same page in English is unchanged by having rendered it in Spanish.
    #expect(arcadia.render().contains("<html lang=\"en\">"))
  }

  @Test func aCommitmentShowsItsTemplateFieldsAndMilestonesTheirResponsibleBodies() throws {
    let document = try Self.document(try Self.arcadia().render())
    let row = try #require(try Self.elements(document, "//tr[@data-commitment='c01']").first)
    let tags = try row.nodes(forXPath: ".//li[contains(@class,'tag')]").compactMap(\.stringValue)
    #expect(tags.contains("Primary area: Open Contracting") && tags.contains("Carried over"))
    #expect(tags.contains("Sector: Public procurement"))
    let text = row.stringValue ?? ""
    #expect(text.contains("Expected results: Every national contract traceable online"))
    #expect(text.contains("responsible: "))
  }

  @Test func coverageCellsMatchTheModel() throws {
    let arcadia = try Self.arcadia()
    let document = try Self.document(arcadia.render())
    let matrix = try #require(CoverageMatrix.all(in: arcadia.program).first)
    let cells = try Self.elements(document, "//td[@data-cell]")
    #expect(cells.count == matrix.rows.count * matrix.strategy.objectives.count)
    let commitments = Dictionary(
      uniqueKeysWithValues: arcadia.plan.commitments.map { (String($0.id.localName), $0) })
    for row in matrix.rows {
      for objective in matrix.strategy.objectives {
        let name = "\(row.commitment) \(objective.id.localName)"
        let cell = try #require(cells.first { Self.attribute($0, "data-cell") == name }, "no cell \(name)")
        let kind = Self.attribute(cell, "data-coverage")
        let advances = try #require(commitments[row.commitment]).advances
        let direct = advances.contains(objective.id)
        let throughPriority = advances.contains { $0.hasPrefix(objective.id + ".") }
        #expect((kind != "none") == row.objectives.contains(objective.id), "\(name)")
        let expected =
          direct ? (throughPriority ? "both" : "direct") : (throughPriority ? "priority" : "none")
        #expect(kind == expected, "\(name)")
      }
    }
    // SO4 is advanced by c01 through raise_the_bar, and the cell names the priority.
    let c01 = try #require(cells.first { Self.attribute($0, "data-cell") == "c01 SO4" })
    #expect(c01.stringValue?.contains("raise the bar") == true)
  }

  @Test func eachFindingOfACommitmentIsInItsRow() throws {
    let arcadia = try Self.arcadia()
    let document = try Self.document(arcadia.render())
    let commitmentFindings = arcadia.findings.filter { $0.element?.hasPrefix("arcadia_nap3.c") == true }
    #expect(commitmentFindings.count == 9, "the example's documented findings")
    for finding in commitmentFindings {
      let element = try #require(finding.element)
      let commitment = String(element.dropFirst("arcadia_nap3.".count).prefix(3))
      let items = try Self.elements(
        document, "//tr[@data-commitment='\(commitment)']//li[@data-code='\(finding.code)']")
      #expect(
        items.contains { $0.stringValue?.contains(finding.message) == true }, "\(finding.code) on \(element)")
    }
    let c08 = try #require(try Self.elements(document, "//tr[@data-commitment='c08']").first)
    #expect(c08.stringValue?.contains("Info") == true, "severity is written, not only coloured")
    let clean = try #require(try Self.elements(document, "//tr[@data-commitment='c01']").first)
    #expect(try clean.nodes(forXPath: ".//li[@data-code]").isEmpty)
  }

  @Test func summaryCountsFindingsBySeverity() throws {
    let arcadia = try Self.arcadia()
    let document = try Self.document(arcadia.render())
    let figures = try Self.elements(document, "//li[contains(@class, 'sev-figure')]").compactMap(
      \.stringValue)
    let warnings = arcadia.findings.count { $0.severity == .warning }
    let infos = arcadia.findings.count { $0.severity == .info }
    #expect(figures == ["0 errors", "\(warnings) warnings", "\(infos) info"])
  }

  // MARK: The as-of line

  /// The x of the as-of line and the plan band's extent, when the line is drawn.
  static func asOfLine(_ page: String) throws -> (x: Double, bandLeft: Double, bandRight: Double)? {
    let document = try document(page)
    guard let group = try elements(document, "//*[@data-as-of]").first else { return nil }
    let line = try #require(group.elements(forName: "line").first)
    let band = try #require(try elements(document, "//svg[@class='gantt']/rect[@class='plan-band']").first)
    let x = try #require(attribute(line, "x1").flatMap(Double.init))
    let left = try #require(attribute(band, "x").flatMap(Double.init))
    let width = try #require(attribute(band, "width").flatMap(Double.init))
    return (x, left, left + width)
  }

  @Test func asOfLineIsDrawnWithinThePlanPeriod() throws {
    let arcadia = try Self.arcadia()
    let page = arcadia.render()
    let line = try #require(try Self.asOfLine(page))
    #expect(line.bandLeft < line.x && line.x < line.bandRight)
    // Mid-2026 is near the middle of a plan from September 2024 to August 2028.
    let share = (line.x - line.bandLeft) / (line.bandRight - line.bandLeft)
    #expect(abs(share - 0.45) < 0.05, "\(share)")
    #expect(page.contains("data-as-of=\"2026-06-30\""))

    let atStart = try #require(try Self.asOfLine(arcadia.render(asOf: Day(year: 2024, month: 9, day: 1))))
    #expect(abs(atStart.x - atStart.bandLeft) < 1)
  }

  @Test func asOfOutsideThePeriodShownDrawsNoLine() throws {
    let arcadia = try Self.arcadia()
    let before = arcadia.render(asOf: Day(year: 2020, month: 1, day: 1))
    #expect(try Self.asOfLine(before) == nil)
    #expect(before.contains("is before the period shown"))
    let after = arcadia.render(asOf: Day(year: 2031, month: 3, day: 1))
    #expect(try Self.asOfLine(after) == nil)
    #expect(after.contains("is after the period shown"))
  }

  // MARK: Safety and accessibility

  @Test func pageNeedsNothingFromTheNetwork() throws {
    let arcadia = try Self.arcadia()
    let page = arcadia.render()
    let lowered = page.lowercased()
    for forbidden in ["<script", "<link", " src=", "@import", "url(http", "url(//", "<iframe", "<img"] {
      #expect(!lowered.contains(forbidden), "\(forbidden)")
    }
    let plan = arcadia.plan
    let links: [String?] = [
      plan.forum?.rules, plan.forum?.website, plan.forum?.repository, plan.cocreation?.timeline,
      plan.cocreation?.reasonedResponse, plan.forum?.minutes,
    ]
    let ownLinks = Set(links.compactMap { $0 } + (plan.cocreation?.channels ?? []))
    let document = try Self.document(page)
    let hrefs = try Self.elements(document, "//*[@href]")
    #expect(!hrefs.isEmpty)
    for element in hrefs {
      let href = try #require(Self.attribute(element, "href"))
      #expect(href.hasPrefix("#") || (element.name == "a" && ownLinks.contains(href)), "\(href)")
    }
    let fragments = Set(hrefs.compactMap { Self.attribute($0, "href") }.filter { $0.hasPrefix("#") })
    let ids = try Self.elements(document, "//*[@id]").compactMap { Self.attribute($0, "id") }
    #expect(ids.count == Set(ids).count, "ids are unique")
    #expect(fragments.allSatisfy { ids.contains(String($0.dropFirst())) }, "every link inside the page lands")
  }

  @Test func everySVGIsAnImageWithATitleAndADescription() throws {
    let document = try Self.document(try Self.arcadia().render())
    let svgs = try Self.elements(document, "//svg")
    #expect(svgs.count >= 2)
    for svg in svgs {
      #expect(Self.attribute(svg, "role") == "img")
      #expect(svg.children?.first { $0.kind == .element }?.name == "title", "the title comes first")
      #expect(svg.elements(forName: "title").first?.stringValue?.isEmpty == false)
      #expect(!svg.elements(forName: "desc").isEmpty)
    }
  }

  @Test func pageIsSemanticAndPrintable() throws {
    let page = try Self.arcadia().render()
    let document = try Self.document(page)
    #expect(Self.attribute(try #require(document.rootElement()), "lang") == "en")
    for landmark in ["header", "main", "footer", "nav"] {
      #expect(try Self.elements(document, "//\(landmark)").count == 1, "\(landmark)")
    }
    let tables = try Self.elements(document, "//table")
    #expect(tables.count == 2)
    #expect(tables.allSatisfy { !$0.elements(forName: "caption").isEmpty })
    let headers = try Self.elements(document, "//th")
    #expect(headers.allSatisfy { Self.attribute($0, "scope") != nil })
    #expect(page.contains("@media print"))
    #expect(page.contains("name=\"viewport\""))
  }

  @Test func outputIsByteIdenticalAcrossRuns() throws {
    let first = try Self.arcadia().render()
    let second = try Self.arcadia().render()
    #expect(first == second)
  }

  // MARK: Hand-made programs

  static let hostile = "<script>alert(\"x\")</script> & ' \""

  /// Two plans with hostile strings, a milestone without dates and findings on each level.
  static func hostileProgram() -> (Program, [ReportFinding]) {
    let strategy = Strategy(
      id: "s", title: hostile,
      period: DateRange(start: PartialDate(year: 2024)!, end: PartialDate(year: 2028)!),
      objectives: [
        StrategicObjective(id: "s.SO1", title: hostile, priorities: [Priority(id: "s.SO1.p", title: hostile)])
      ])
    func plan(_ id: String) -> ActionPlan {
      ActionPlan(
        id: id, title: hostile, doc: hostile, member: Member(name: hostile, kind: .local), strategy: "s",
        period: DateRange(start: PartialDate("2025-01")!, end: PartialDate("2026-12")!),
        forum: Forum(
          title: hostile, members: ["a"], rules: "javascript:alert(1)",
          website: "https://x.example/?a=1&b=\"2\""),
        cocreation: CoCreationEvidence(description: hostile),
        commitments: [
          Commitment(
            id: "\(id).c1", title: hostile, leads: ["a"], partners: ["unknown"], values: [.inclusion],
            advances: ["s.SO1.p"], areas: [hostile],
            period: DateRange(start: PartialDate("2025-02")!, end: PartialDate("2026-03")!),
            goal: hostile,
            milestones: [
              Milestone(id: "\(id).c1.m1", title: hostile, deliverable: hostile),
              Milestone(
                id: "\(id).c1.m2", title: hostile,
                period: DateRange(start: PartialDate("2025-02")!, end: PartialDate("2025-06")!),
                status: .limited),
            ])
        ])
    }
    let program = Program(
      strategies: [strategy], actors: [Actor(id: "a", title: hostile, kind: .government)],
      plans: [plan("p1"), plan("p2")])
    let findings = [
      ReportFinding(
        severity: .error, code: "X001", message: hostile, element: "p1.c1.m1#deliverable", file: "a.ogp",
        line: 3),
      ReportFinding(severity: .info, code: "X002", message: hostile, element: "p2#forum"),
      ReportFinding(
        severity: .warning, code: "X003", message: hostile, element: "s.SO1", file: hostile, line: 1),
      ReportFinding(severity: .warning, code: "X004", message: hostile),
    ]
    return (program, findings)
  }

  @Test func userStringsAreEscapedEverywhere() throws {
    let (program, findings) = Self.hostileProgram()
    let page = HTMLReport(program: program, findings: findings, asOf: Day(year: 2025, month: 5, day: 1))
      .render()
    #expect(!page.lowercased().contains("<script"))
    #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39; &quot;"))
    #expect(!page.contains("javascript:alert(1)\""), "only web links become anchors")
    let document = try Self.document(page)
    let anchors = try Self.elements(document, "//a[not(starts-with(@href, '#'))]")
    #expect(
      anchors.compactMap { Self.attribute($0, "href") }
        == Array(repeating: "https://x.example/?a=1&b=\"2\"", count: 2))
    let titles = try Self.elements(document, "//svg//g[@data-milestone]/title").compactMap(\.stringValue)
    #expect(titles.count == 4 && titles.allSatisfy { $0.contains(Self.hostile) })
  }

  @Test func findingsArePlacedOnTheirPlanCommitmentOrPage() throws {
    let (program, findings) = Self.hostileProgram()
    let document = try Self.document(
      HTMLReport(program: program, findings: findings, asOf: Day(year: 2025, month: 5, day: 1)).render())
    let p1Row = try Self.elements(
      document, "//article[@data-plan='p1']//tr[@data-commitment='c1']//li[@data-code]")
    #expect(p1Row.compactMap { Self.attribute($0, "data-code") } == ["X001"])
    #expect(p1Row.first?.stringValue?.contains("m1 · deliverable") == true)
    #expect(p1Row.first?.stringValue?.contains("a.ogp:3") == true)
    let p2Summary = try Self.elements(
      document, "//article[@data-plan='p2']//section[@class='summary']//li[@data-code]")
    #expect(p2Summary.compactMap { Self.attribute($0, "data-code") } == ["X002"])
    let other = try Self.elements(document, "//section[@id='other-findings']//li[@data-code]")
    #expect(other.compactMap { Self.attribute($0, "data-code") } == ["X003", "X004"])
  }

  @Test func severalPlansShareNoIDsAndUndatedMilestonesStillCount() throws {
    let (program, findings) = Self.hostileProgram()
    let document = try Self.document(
      HTMLReport(program: program, findings: findings, asOf: Day(year: 2025, month: 5, day: 1)).render())
    let ids = try Self.elements(document, "//*[@id]").compactMap { Self.attribute($0, "id") }
    #expect(ids.count == Set(ids).count)
    #expect(try Self.elements(document, "//article[@data-plan]").count == 2)
    let undated = try Self.elements(document, "//g[@data-milestone='c1.m1']")
    #expect(undated.count == 2)
    #expect(
      undated.allSatisfy {
        $0.elements(forName: "rect").isEmpty && $0.stringValue?.contains("no dates") == true
      })
    let cell = try #require(try Self.elements(document, "//td[@data-cell='c1 SO1']").first)
    #expect(Self.attribute(cell, "data-coverage") == "priority")
  }

  @Test func aProgramWithoutPlansStillMakesAPage() throws {
    let page = HTMLReport(program: Program(), findings: [], asOf: Self.midPlan).render()
    let document = try Self.document(page)
    #expect(try Self.elements(document, "//article").isEmpty)
    #expect(page.contains("declares no action plan"))
  }

  // MARK: Several programs

  @Test func severalProgramsGetASectionEachHeadedByTheirFile() throws {
    let arcadia = try Self.arcadia()
    let (hostile, hostileFindings) = Self.hostileProgram()
    let page = HTMLReport(
      parts: [
        .init(file: "plans/arcadia.ogp", program: arcadia.program, findings: arcadia.findings),
        .init(file: "plans/<b>.ogp", program: hostile, findings: hostileFindings),
        .init(file: "shared/actors.ogp", program: Program(), findings: []),
      ], asOf: Self.midPlan
    ).render()
    let document = try Self.document(page)
    let sections = try Self.elements(document, "//main/section[@class='root']")
    #expect(
      sections.compactMap { Self.attribute($0, "data-file") }
        == ["plans/arcadia.ogp", "plans/<b>.ogp", "shared/actors.ogp"])
    #expect(page.contains("<code>plans/&lt;b&gt;.ogp</code>"))
    let plansPerFile = try sections.map { try $0.nodes(forXPath: ".//article[@data-plan]").count }
    #expect(plansPerFile == [1, 2, 0])
    #expect(sections.last?.stringValue?.contains("declares no action plan") == true)
    // Every id is the page's only one, and the table of contents links each file and plan.
    let ids = try Self.elements(document, "//*[@id]").compactMap { Self.attribute($0, "id") }
    #expect(ids.count == Set(ids).count)
    let links = try Self.elements(document, "//nav//a").compactMap { Self.attribute($0, "href") }
    #expect(links.allSatisfy { Set(ids).contains(String($0.dropFirst())) })
    #expect(links.filter { $0.hasPrefix("#plan") }.count == 3)
    #expect(links.filter { $0.wholeMatch(of: /#root[0-9]+/) != nil } == ["#root1", "#root2", "#root3"])
    #expect(page.contains("<title>3 action plans of the Open Government Partnership"))
  }

  @Test func onePartRendersAsOneProgram() throws {
    let arcadia = try Self.arcadia()
    let part = HTMLReport.Part(
      file: "plans/arcadia.ogp", program: arcadia.program, findings: arcadia.findings)
    #expect(HTMLReport(parts: [part], asOf: Self.midPlan, generator: "ogp test").render() == arcadia.render())
  }

  @Test func pageNamesStayInTheFolderAndNeverMeet() {
    #expect(
      PageName.names(for: [
        "plans/a.ogp", "other/a.ogp", "A.ogp", "a-2.ogp", "../../etc/passwd", "..ogp", "-rf.ogp",
        "<stdin>", "x/.hidden.ogp", "año 2025;$(x).ogp",
      ])
        == [
          "a.html", "a-2.html", "A-3.html", "a-2-2.html", "passwd.html", "plan.html", "rf.html",
          "stdin.html", "hidden.html", "a-o-2025---x.html",
        ])
    let long = String(repeating: "x", count: 300) + ".ogp"
    #expect(PageName.names(for: [long, long]).allSatisfy { $0.utf8.count <= 255 })
  }
}

/// The report shows each text in `Language.current` where the plan translates it.
struct LocalizedReportTests {
  static let source = """
    actor salud government "Servicio Regional de Salud"

    plan p "Plan de Acción de Río Claro" {
      title en "Río Claro Action Plan"
      member   "Río Claro" local
      period   2025-09 .. 2027-08

      commitment c1 "Listas de espera transparentes" {
        title en "Transparent waiting lists"
        lead     salud
        period   2026-01 .. 2027-08
        milestone m1 "Tablero publicado" {
          title  en "Dashboard published"
          period 2026-01 .. 2026-06
        }
      }

      commitment c2 "Consejo Abierto" {
        lead salud
      }
    }

    """

  static func render(in language: Language) throws -> String {
    let compilation = Compiler(
      provider: InMemorySourceProvider(["/w/rio.ogp": source]), workingDirectory: "/w"
    )
    .compile([.file("rio.ogp")])
    let program = try #require(compilation.program, "\(compilation.diagnostics.map(\.message))")
    return Language.$current.withValue(language) {
      HTMLReport(program: program, findings: [], asOf: HTMLReportTests.midPlan, generator: "ogp test")
        .render()
    }
  }

  @Test func englishShowsTheTranslationsAndTheRestAsWritten() throws {
    let page = try Self.render(in: .english)
    #expect(page.contains("Río Claro Action Plan"))
    #expect(page.contains("Transparent waiting lists"))
    #expect(page.contains("Dashboard published"))
    #expect(page.contains("Consejo Abierto"))
    #expect(!page.contains("Listas de espera transparentes"))
    #expect(!page.contains("Plan de Acción de Río Claro"))
  }

  @Test func spanishShowsTheTextsAsWritten() throws {
    let page = try Self.render(in: .spanish)
    #expect(page.contains("Plan de Acción de Río Claro"))
    #expect(page.contains("Listas de espera transparentes"))
    #expect(page.contains("Tablero publicado"))
    #expect(!page.contains("Transparent waiting lists"))
  }
}
