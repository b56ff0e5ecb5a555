import Foundation
import Testing

/// `ogp query FILE… EXPR`: the value on standard output, problems on standard error.
struct QueryCommandTests {
  static let plan = "examples/plans/arcadia-2024.ogp"

  @Test func aListOfCommitmentsIsATable() throws {
    let result = try OGPProcess.run(["query", Self.plan, "commitments where SO3 in advances or c08 == it"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    #expect(
      result.standardOutput == """
        id                title                                             lead                    status  end
        arcadia_nap3.c03  Protecting civic space and the right to organise  opengov_unit, assembly  -       2026-12-31
        arcadia_nap3.c08  Open climate finance                              finance                 -       2028-05-31

        """)
  }

  @Test func aScalarIsPrintedPlainly() throws {
    let count = try OGPProcess.run(["query", Self.plan, "count(milestones where status == complete)"])
    #expect(count.status == 0)
    #expect(count.standardOutput == "2\n")
    let latest = try OGPProcess.run(["query", Self.plan, "max(commitments.end)"])
    #expect(latest.standardOutput == "2028-12-31\n")
    let flag = try OGPProcess.run(["query", Self.plan, "all(commitments, count(milestones) >= 2)"])
    #expect(flag.standardOutput == "yes\n")
  }

  @Test func asOfComesFromTheOptionElseTheConfiguration() throws {
    // examples/ogp-lint.toml, above the plan, judges the examples as of 2026-06-30.
    let configured = try OGPProcess.run(["query", Self.plan, "as_of"])
    #expect(configured.standardOutput == "2026-06-30\n")
    let given = try OGPProcess.run(["query", "--as-of", "2025-01", Self.plan, "as_of + 3 months"])
    #expect(given.standardOutput == "2025-04-01\n")
    let late = try OGPProcess.run([
      "query", "--as-of", "2026-06-30", Self.plan,
      "count(milestones where end < as_of and status != complete)",
    ])
    #expect(late.standardOutput == "10\n")
  }

  @Test func jsonHasStableKeysAndParses() throws {
    let result = try OGPProcess.run(["query", "--json", Self.plan, "c01.milestones where status == complete"])
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        [
          {"id": "arcadia_nap3.c01.m1", "kind": "milestone", "title": "Data model agreed with the forum", "end": "2025-03-31", "status": "complete", "deliverable": "Published OCDS data model and publication policy"}
        ]

        """)
    let actors = try OGPProcess.run(["query", Self.plan, "actors", "--json"])
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(actors.standardOutput.utf8)) as? [[String: Any]])
    #expect(objects.count == 10)
    #expect(objects.first?["actor_kind"] as? String == "government")
    let count = try OGPProcess.run(["query", "--json", Self.plan, "count(actors)"])
    #expect(count.standardOutput == "10\n")
  }

  @Test func anIllTypedQueryIsShownWithItsCodeAndCaret() throws {
    let result = try OGPProcess.run(["query", Self.plan, "count(commitments where end > 3)"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError == """
        <query>:1:25: error[E0310]: '>' compares a date with a number
          |
        1 | count(commitments where end > 3)
          |                         ^^^^^^^ date vs number
          = help: a date in an expression is written in full: 2025-01-01, not 2025

        1 error, 0 warnings

        """)
  }

  @Test func anIllFormedQueryIsAnErrorToo() throws {
    let result = try OGPProcess.run(["query", Self.plan, "count(commitments"])
    #expect(result.status == 1)
    #expect(
      result.standardError.hasPrefix(
        "<query>:1:18: error[E0113]: expected ')' after the arguments of 'count'"))
  }

  @Test func filesWithErrorsAreReportedAndNotQueried() throws {
    let result = try OGPProcess.run(["query", "examples/errors/unknown-objective.ogp", "count(commitments)"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("error[E0208]"))
  }

  @Test func standardInputCanBeQueried() throws {
    let text = "actor a government \"A\"\nactor b media \"B\"\n"
    let result = try OGPProcess.run(["query", "-", "actors.kind"], input: Data(text.utf8))
    #expect(result.standardOutput == "government\nmedia\n")
  }

  @Test func unreadableFilesAndMissingArgumentsAreExitTwo() throws {
    let missing = try OGPProcess.run(["query", "no/such/plan.ogp", "count(commitments)"])
    #expect(missing.status == 2)
    #expect(missing.standardError.contains("cannot read 'no/such/plan.ogp'"))
    let noExpression = try OGPProcess.run(["query", Self.plan])
    #expect(noExpression.status == 2)
    #expect(noExpression.standardError.contains("then the expression"))
    let badDate = try OGPProcess.run(["query", "--as-of", "soon", Self.plan, "as_of"])
    #expect(badDate.status == 2)
  }

  // MARK: Several FILEs, each its own program

  /// `EachRootTests.project`'s two plans (each declaring actor `odn`, four commitments each),
  /// and `south.ogp` also declaring an actor of its own.
  static func run(_ names: [String], _ arguments: [String]) throws -> (OGPProcess.Output, URL) {
    let directory = try EachRootTests.project()
    let south = directory.appendingPathComponent("south.ogp")
    try LintCommandTests.write(
      try String(contentsOf: south, encoding: .utf8) + "actor zed government \"Zed\"\n", to: south)
    let result = try OGPProcess.run(
      ["query"] + names.map { directory.appendingPathComponent($0).path } + arguments)
    return (result, directory)
  }

  /// The file of each line of `text` after the heading lines, by its last part.
  static func files(_ text: String, skipping heading: Int = 0) -> [String] {
    text.split(separator: "\n").dropFirst(heading).map { line in
      String(line.prefix { $0 != " " }.split(separator: "/").last ?? "")
    }
  }

  @Test func answersOverTwoRootsAreJoinedInTheirOrder() throws {
    let (values, directory) = try Self.run(["south.ogp", "north.ogp"], ["count(commitments)"])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(values.status == 0, "\(values.standardError)")
    #expect(Self.files(values.standardOutput) == ["south.ogp", "north.ogp"])
    #expect(values.standardOutput.split(separator: "\n").allSatisfy { $0.hasSuffix("  4") })

    let (table, other) = try Self.run(["north.ogp", "south.ogp"], ["commitments where end > 2025-12-31"])
    defer { try? FileManager.default.removeItem(at: other) }
    #expect(table.status == 0, "\(table.standardError)")
    let heading = table.standardOutput.prefix { $0 != "\n" }.split(separator: " ")
    #expect(heading == ["file", "id", "title", "lead", "status", "end"])
    let rows = Self.files(table.standardOutput, skipping: 1)
    #expect(
      rows.count == 8
        && rows == Array(repeating: "north.ogp", count: 4) + Array(repeating: "south.ogp", count: 4))
  }

  @Test func jsonOverSeveralRootsGivesEachItsFile() throws {
    let (elements, directory) = try Self.run(["north.ogp", "south.ogp"], ["--json", "plans"])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(elements.status == 0, "\(elements.standardError)")
    let plans = try #require(
      try JSONSerialization.jsonObject(with: Data(elements.standardOutput.utf8)) as? [[String: Any]])
    #expect(
      plans.compactMap { ($0["file"] as? String)?.split(separator: "/").last } == ["north.ogp", "south.ogp"])
    #expect(elements.standardOutput.split(separator: "\n")[1].hasPrefix("  {\"file\": "))

    let (counts, other) = try Self.run(["north.ogp", "south.ogp"], ["--json", "count(commitments)"])
    defer { try? FileManager.default.removeItem(at: other) }
    let values = try #require(
      try JSONSerialization.jsonObject(with: Data(counts.standardOutput.utf8)) as? [[String: Any]])
    #expect(values.compactMap { $0["value"] as? Int } == [4, 4])
  }

  @Test func aNameOnlyOneRootDeclaresIsAnErrorInTheOther() throws {
    let (result, directory) = try Self.run(["north.ogp", "south.ogp"], ["zed.title"])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(result.status == 1)
    #expect(Self.files(result.standardOutput) == ["south.ogp"])
    #expect(result.standardOutput.hasSuffix("  Zed\n"))
    #expect(result.standardError.contains("error[E0211]: unknown name 'zed'"))
    #expect(result.standardError.contains("north.ogp'; each FILE is queried as its own program"))
    #expect(!result.standardError.contains("south.ogp'"))
  }

  @Test func aBrokenRootIsLeftOutAndTheOthersAnswered() throws {
    let (result, directory) = try Self.run(["north.ogp", "broken.ogp", "south.ogp"], ["count(commitments)"])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(result.status == 1)
    #expect(result.standardError.contains("/broken.ogp:1:9: error[E0305]"))
    #expect(result.standardError.contains("were left out of the query"))
    #expect(Self.files(result.standardOutput) == ["north.ogp", "south.ogp"])
  }
}

/// The README's query examples are what `ogp query` prints.
struct ReadmeQueryTests {
  /// `$ ogp …` lines of the README's `text` block about queries, each with the output below it.
  static func examples() throws -> [(arguments: [String], output: String)] {
    let readme = try String(contentsOf: Repository.url("README.md"), encoding: .utf8)
    let section = try #require(readme.components(separatedBy: "## Queries and scripts\n").dropFirst().first)
    let block = try #require(
      section.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first)
    var examples: [(arguments: [String], output: String)] = []
    for line in block.split(separator: "\n") {
      if line.hasPrefix("$ ogp ") {
        examples.append((words(String(line.dropFirst("$ ogp ".count))), ""))
      } else if !examples.isEmpty {
        examples[examples.count - 1].output += line + "\n"
      }
    }
    return examples
  }

  /// Splits a shell command line at spaces outside single quotes.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    for character in line {
      if character == "'" {
        quoted.toggle()
      } else if character == " " && !quoted {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  @Test func theReadmeShowsWhatQueriesPrint() throws {
    let examples = try Self.examples()
    #expect(examples.count == 3)
    for example in examples {
      let result = try OGPProcess.run(example.arguments)
      #expect(result.status == 0, "\(example.arguments): \(result.standardError)")
      #expect(result.standardOutput == example.output, "\(example.arguments)")
    }
  }
}
