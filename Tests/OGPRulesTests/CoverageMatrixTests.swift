import OGPModel
import Testing

/// `ogp lint --coverage`: which commitments advance which objectives and priorities.
struct CoverageMatrixTests {
  static let plan = """
    plan p "Plan de Acción" {
      member "Arcadia" national
      strategy ogp_2023_2028
      period 2024-09 .. 2026-08
      commitment c01 "Presupuesto abierto" {
        lead finance
        advances SO2, SO4.raise_the_bar
      }
      commitment c02 "Espacio cívico" {
        lead assembly
        advances SO3.protect_participation, SO3.civic_space_protection
      }
      commitment c03 "Sin objetivo" {
        lead digital
      }
    }
    """

  static func matrix() throws -> CoverageMatrix {
    let outcome = ExampleLinter.lint(plan)
    let program = try #require(outcome.compilation.program)
    return try #require(CoverageMatrix.all(in: program).first)
  }

  @Test func rowsCountPrioritiesTowardTheirObjective() throws {
    let matrix = try Self.matrix()
    #expect(matrix.rows.map(\.commitment) == ["c01", "c02", "c03"])
    #expect(matrix.rows[0].objectives == ["ogp_2023_2028.SO2", "ogp_2023_2028.SO4"])
    #expect(matrix.rows[1].objectives == ["ogp_2023_2028.SO3"])
    #expect(matrix.rows[2].objectives.isEmpty)
    #expect(matrix.priorities["ogp_2023_2028.SO4.raise_the_bar"] == ["c01"])
    #expect(matrix.uncoveredObjectives.map(\.id) == ["ogp_2023_2028.SO1", "ogp_2023_2028.SO5"])
  }

  @Test func renderedTableLinesUpAndNamesTheGaps() throws {
    let lines = try Self.matrix().render().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[2] == "commitment  SO1  SO2  SO3  SO4  SO5")
    #expect(lines[3] == "c01          ·    ●    ·    ●    ·    Presupuesto abierto")
    #expect(lines[6] == "total        0    1    1    1    0")
    #expect(lines.contains("  SO4.raise_the_bar           c01"))
    #expect(lines.contains("  SO1.political_support       —"))
    #expect(lines.contains { $0.hasPrefix("  objectives no commitment advances: SO1 (") })
    #expect(lines.contains("  commitments advancing no objective: c03"))
    #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
  }

  /// The OGP strategy's file lists some priorities, not all: the heading does not claim more.
  @Test func aPartialListOfPrioritiesSaysSo() throws {
    #expect(try Self.matrix().render().contains("\nPriorities the strategy lists (not all it has):\n"))
    var program = try #require(ExampleLinter.lint(Self.plan).compilation.program)
    for index in program.strategies.indices { program.strategies[index].prioritiesComplete = true }
    let complete = try #require(CoverageMatrix.all(in: program).first)
    #expect(complete.render().contains("\nPriorities:\n"))
  }
}
