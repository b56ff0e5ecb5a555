import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules
import Testing

/// A plan is judged by the version of the co-creation standards in force when it was co-created,
/// read from the repository's standards file (`examples/standards/ogp-standards.ogp`, which the
/// example strategy `use`s): plans of the same shape from 2015, 2019 and 2024 get the findings of
/// their own era, and a local plan gets OGP Local's requirements.
struct StandardsEraTests {
  /// A plan with a forum that meets every six months and publishes its rules, website and
  /// repository, and a timeline and a reasoned response; no logs of meetings or updates, no
  /// outreach, no channels, no monitoring body.
  static func plan(_ id: String, member: String, kind: String, period: String) -> String {
    """
    plan \(id) "Plan \(id)" {
      member "\(member)" \(kind)
      period \(period)
      cocreation {
        timeline          "https://example.org/timeline"
        reasoned_response "https://example.org/response"
      }
      forum "Foro \(id)" {
        meets      every 6 months
        members    digital, rights
        rules      "https://example.org/rules"
        website    "https://example.org"
        repository "https://example.org/docs"
      }
    }

    """
  }

  /// The co-creation findings of each plan, by plan id: code and message.
  static func findings(_ source: String) -> [String: [(code: String, message: String)]] {
    let outcome = ExampleLinter.lint(source)
    #expect(outcome.errors.isEmpty, "\(outcome.errors.map(\.message))")
    var byPlan: [String: [(code: String, message: String)]] = [:]
    for diagnostic in outcome.result.diagnostics where diagnostic.code.hasPrefix("COC") {
      let plan = String(diagnostic.message.split(separator: "'")[1].split(separator: " ").last ?? "")
      byPlan[plan, default: []].append((diagnostic.code, diagnostic.message))
    }
    return byPlan
  }

  @Test("a 2015, a 2019 and a 2024 plan of the same shape get the findings of their own era")
  func eachEraItsOwnStandards() {
    let found = Self.findings(
      Self.plan("p2015", member: "Arcadia", kind: "national", period: "2015-07 .. 2017-06")
        + Self.plan("p2019", member: "Arcadia", kind: "national", period: "2019-09 .. 2021-08")
        + Self.plan("p2024", member: "Arcadia", kind: "national", period: "2024-09 .. 2026-08"))

    // 2015: no version was in force; one info finding says so, and no requirement is checked.
    #expect(found["p2015"]?.map(\.code) == ["COC008"])
    #expect(
      found["p2015"]?.first?.message
        == "no declared version of the co-creation standards was in force for plan 'Plan p2015' on 2015-07-01 (its period start), so its minimum requirements are not checked"
    )

    // 2019: the 2017 standards ask for a forum meeting every quarter, outreach and channels, and
    // nothing of implementation or of the repository's updates.
    #expect(Set(found["p2019"]?.map(\.code) ?? []) == ["COC002", "COC012"])
    let meets2019 = found["p2019"]?.first { $0.code == "COC002" }?.message ?? ""
    #expect(meets2019.contains("OGP Participation and Co-Creation Standards (2017), MR 1b"), "\(meets2019)")
    #expect(meets2019.contains("at least every 3 months"), "\(meets2019)")

    // 2024: the 2022 standards are content with every six months, but ask for logs of meetings
    // during implementation and of the repository's updates, outreach and channels.
    #expect(Set(found["p2024"]?.map(\.code) ?? []) == ["COC009", "COC010", "COC012"])
    let messages2024 = found["p2024"]?.map(\.message) ?? []
    #expect(messages2024.contains { $0.contains("(2022), MR 5.1") })
    #expect(messages2024.contains { $0.contains("(2022), MR 2.2") })
    #expect(messages2024.contains { $0.contains("(2022), MR 3.2") })
    #expect(messages2024.contains { $0.contains("(2022), MR 3.3") })
  }

  @Test("a local plan gets OGP Local's requirements, a national plan of the same shape the national ones")
  func localPlansGetOGPLocal() {
    let found = Self.findings(
      Self.plan("local", member: "Valle", kind: "local", period: "2025-01 .. 2026-12")
        + Self.plan("national", member: "Arcadia", kind: "national", period: "2025-01 .. 2026-12"))
    #expect(found["local"]?.map(\.code) == ["COC013"])
    #expect(
      found["local"]?.first?.message
        == "plan 'Plan local' names no Local Monitoring Body, which OGP Local minimum requirements, standard L4 'Local Monitoring Body' asks for"
    )
    #expect(Set(found["national"]?.map(\.code) ?? []) == ["COC009", "COC010", "COC012"])
  }

  @Test("a plan delivered months late is contrary to process under a version that sets a deadline")
  func lateDelivery() {
    func submitted(_ source: String, _ date: String) -> String {
      source.replacingOccurrences(of: "  cocreation {\n", with: "  submitted \(date)\n  cocreation {\n")
    }
    let found = Self.findings(
      submitted(
        Self.plan("late", member: "Arcadia", kind: "national", period: "2024-09 .. 2026-08"), "2025-01-02")
        + submitted(
          Self.plan("tardy", member: "Arcadia", kind: "national", period: "2024-09 .. 2026-08"), "2024-12-31")
        + submitted(
          Self.plan("old", member: "Arcadia", kind: "national", period: "2019-09 .. 2021-08"), "2020-03-01"))
    #expect(
      found["late"]?.first { $0.code == "COC014" }?.message
        == "plan 'Plan late' was submitted on 2025-01-02, more than 4 months after its deadline (2024-08-31): OGP Participation and Co-Creation Standards (2022) count that as contrary to process"
    )
    // Four months late to the day is late, not contrary to process; the 2017 version in the
    // standards file sets no deadline.
    #expect(found["tardy"]?.contains { $0.code == "COC014" } == false)
    #expect(found["old"]?.contains { $0.code == "COC014" } == false)
  }

  @Test("a plan that names its version is judged by it, whatever its dates")
  func aNamedVersionWins() {
    let source = Self.plan("p2015", member: "Arcadia", kind: "national", period: "2015-07 .. 2017-06")
      .replacingOccurrences(of: "  period 2015", with: "  standards ogp_2017\n  period 2015")
    let found = Self.findings(source)
    #expect(Set(found["p2015"]?.map(\.code) ?? []) == ["COC002", "COC012"])
  }

  @Test("the co-creation start chooses the version before the submission date and the period")
  func theCoCreationStartChooses() {
    // Co-created in late 2021 (the 2017 standards), submitted and started in 2022.
    let source = Self.plan("p2022", member: "Arcadia", kind: "national", period: "2022-01 .. 2023-12")
      .replacingOccurrences(
        of: "  cocreation {\n", with: "  submitted 2022-01-10\n  cocreation {\n    started 2021-09\n")
    let found = Self.findings(source)
    #expect(found["p2022"]?.contains { $0.message.contains("(2017), MR 1b") } == true)
  }
}

/// Without `standards` versions the co-creation rules behave as before: the standards a strategy
/// declares, else OGP's default and the configured thresholds; the rules that need a declared
/// requirement stay silent.
struct UndeclaredStandardsTests {
  static func lint(_ files: [String: String]) -> [Diagnostic] {
    let provider = InMemorySourceProvider(files)
    let compilation = Compiler(provider: provider, workingDirectory: "/w").compile(
      files.keys.sorted().map { .file(String($0.dropFirst(3))) })
    #expect(compilation.program != nil)
    return Linter().lint(compilation, asOf: Day(year: 2026, month: 6, day: 30)).diagnostics
  }

  static let plan = """
    actor gov government "Gobierno"
    actor cso civil_society "Sociedad Civil"
    plan p "Plan" {
      member "Arcadia" national
      strategy s
      period 2024-09 .. 2026-08
      forum "Foro" {
        meets every 1 year
        members gov, cso
      }
    }
    """

  @Test("a strategy's own standards are cited, and its interval is the minimum")
  func strategyStandards() {
    let strategy = """
      strategy s "S" {
        period 2023 .. 2028
        standard S1 "A space for dialogue" {
          minimum forum_meets_every 6 months
          minimum forum_meets_during_implementation
        }
      }
      """
    let found = Self.lint(["/w/a.ogp": strategy, "/w/b.ogp": Self.plan]).filter { $0.code.hasPrefix("COC") }
    let meets = found.first { $0.code == "COC002" }
    #expect(
      meets?.message.contains("standard S1 'A space for dialogue' asks (at least every 6 months)") == true)
    // The strategy declares the requirement, so the forum's missing log is a finding.
    #expect(found.contains { $0.code == "COC009" })
    #expect(!found.contains { $0.code == "COC008" })
  }

  @Test("without any standards, the default is cited and only the long-standing rules run")
  func noStandardsAtAll() {
    let strategy = "strategy s \"S\" { period 2023 .. 2028 }\n"
    let found = Self.lint(["/w/a.ogp": strategy, "/w/b.ogp": Self.plan]).filter { $0.code.hasPrefix("COC") }
    let meets = found.first { $0.code == "COC002" }
    #expect(meets?.message.contains("OGP's co-creation standard 1 asks (at least every 6 months)") == true)
    #expect(meets?.help?.contains("forum_meets_every_months") == true)
    let codes = Set(found.map(\.code))
    #expect(codes.isDisjoint(with: ["COC008", "COC009", "COC010", "COC011", "COC012", "COC013"]))
  }
}
