import OGPLanguage
import OGPModel

/// The program the query and configuration oracles run against: small, with dates at both ends
/// of the calendar (a plan ending in 9999, one starting in 0001), forums with and without a
/// meeting interval, milestones with and without dates, and a member rule, so that expressions
/// and lint rules meet the edges of date arithmetic.
enum FuzzProgram {
  static let files: [String: String] = [
    "/fuzz/strategy.ogp": """
    strategy s "Strategy" {
      period 2023 .. 2028
      objective SO1 "One" { priority p1 "P1"; priority p2 "P2" }
      objective SO2 "Two"
      standard cocreation "Co-creation" {
        minimum forum_meets_every 6 months
      }
    }
    """,
    "/fuzz/plans.ogp": """
    use "strategy.ogp"

    actor gov government "Ministry" { branch executive; level national }
    actor cso civil_society "Network"
    actor press media "Press"

    plan late "Late plan" {
      member "Arcadia" national
      strategy s
      period 9998-01 .. 9999-12
      forum "Forum" {
        meets every 10000 years
        members gov, cso
      }
      commitment c01 "Open data" {
        lead gov
        partners cso, press
        advances SO1.p1
        values access_to_information
        period 9998-02 .. 9999-12-31
        status in_progress
        milestone m1 "First" { period 9998-02 .. 9999-12-31; deliverable "Report"; status complete }
        milestone m2 "Second" { deliverable "Portal" }
      }
      commitment c02 "Open budgets" {
        lead cso
        advances SO2
        period 9999-12-31 .. 9999-12-31
        status not_started
      }
    }

    plan early "Early plan" {
      member "Valle" local
      period 0001-01 .. 0001-02
      forum "Mesa" { members gov }
      commitment c01 "Early" {
        lead gov
        period 0001-01-01 .. 0001-01-31
        milestone m1 "Start" { period 0001-01-01 .. 0001-01-01 }
      }
    }

    rule FUZZ01 warning "Every commitment ends within ten thousand years of its start" {
      each commitment c where exists(c.start)
      require c.end - c.start < 10000 years
      message "commitment {c.name} runs {c.end - c.start}"
    }
    """,
  ]

  static let compiler = Compiler(provider: InMemorySourceProvider(files), workingDirectory: "/fuzz")

  /// The files above, compiled: they must compile clean (the replay tests check it).
  static let compilation = compiler.compile([.file("plans.ogp")])

  static let asOf = Day(year: 9999, month: 6, day: 30)
}
