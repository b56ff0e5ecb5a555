import Foundation
import OGPTestSupport
import Testing

/// `ogp export` of many plans, each root its own program: CSV tables that join across files,
/// JSON Lines, and what a broken root does with and without `--keep-going`.
struct ExportTablesTests {
  /// `EachRootTests.project()` (north and south, two copies of the local plan, each declaring
  /// `odn`; a strategy both use; a broken file), and east, the national plan, which declares
  /// `odn` too.
  static func project() throws -> URL {
    let directory = try EachRootTests.project()
    let national = try String(contentsOf: Repository.url("examples/plans/arcadia-2024.ogp"), encoding: .utf8)
      .replacingOccurrences(of: "use \"../strategy/ogp-2023-2028.ogp\"", with: "use \"strategy.ogp\"")
    try LintCommandTests.write(national, to: directory.appendingPathComponent("east.ogp"))
    return directory
  }

  /// Reads the commitments, milestones and actors tables (paths in that order) with Python's csv
  /// module; fails (exit 1, saying why) unless every milestone joins one commitment on file, plan
  /// and commitment id, every lead and partner joins an actor of its plan, the counts agree, and
  /// every date column holds ISO days: the first day of `start` and the last day of `end`.
  static let joinScript = #"""
    import csv, datetime, json, sys

    def read(path):
        with open(path, newline="", encoding="utf-8") as file:
            return list(csv.DictReader(file, strict=True))

    commitments, milestones, actors = (read(path) for path in sys.argv[1:4])
    by_key = {}
    for row in commitments:
        key = (row["file"], row["plan"], row["id"])
        if key in by_key:
            sys.exit(f"two commitments are {key}")
        by_key[key] = row
    joined = {}
    for row in milestones:
        key = (row["file"], row["plan"], row["commitment"])
        if key not in by_key:
            sys.exit(f"milestone {row['id']} joins no commitment: {key}")
        joined[key] = joined.get(key, 0) + 1
    for key, row in by_key.items():
        if int(row["milestones"]) != joined.get(key, 0):
            sys.exit(f"{key} has {row['milestones']} milestones, {joined.get(key, 0)} join it")
    actor_keys = {(row["file"], row["plan"], row["id"]) for row in actors}
    for row in commitments:
        for actor in row["leads"].split(";") + [p for p in row["partners"].split(";") if p]:
            if (row["file"], row["plan"], actor) not in actor_keys:
                sys.exit(f"{row['id']} names {actor}, which joins no actor of {row['file']}")

    def day_after(day):
        return day + datetime.timedelta(days=1)

    for row in commitments + milestones:
        for column, text in row.items():
            if column.endswith("_date") and text:
                datetime.date.fromisoformat(text)
        if not row["start"]:
            if row["start_date"] or row["end_date"]:
                sys.exit(f"{row['id']}: days without a period")
            continue
        start = datetime.date.fromisoformat(row["start_date"])
        end = datetime.date.fromisoformat(row["end_date"])
        written_start, written_end = row["start"], row["end"]
        if not (row["start_date"].startswith(written_start) and row["end_date"].startswith(written_end)):
            sys.exit(f"{row['id']}: {start} .. {end} is not {written_start} .. {written_end}")
        if len(written_start) < 10 and not (start.day == 1 and (len(written_start) == 7 or start.month == 1)):
            sys.exit(f"{row['id']}: {start} is not the first day of {written_start}")
        after = day_after(end)
        if len(written_end) < 10 and not (after.day == 1 and (len(written_end) == 7 or after.month == 1)):
            sys.exit(f"{row['id']}: {end} is not the last day of {written_end}")
        if start > end:
            sys.exit(f"{row['id']}: starts after it ends")

    json.dump({
        "files": sorted({row["file"].rsplit("/", 1)[-1] for row in commitments}),
        "commitments": len(commitments),
        "milestones": len(milestones),
    }, sys.stdout)
    """#

  struct JoinSummary: Decodable {
    let files: [String]
    let commitments: Int
    let milestones: Int
  }

  @Test func tablesOfPlansSharingIdsJoinOnFileAndHoldISODays() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plans = EachRootTests.paths("north.ogp", "south.ogp", "east.ogp", in: directory)
    for plan in plans {
      let check = try OGPProcess.run(["check", plan])
      #expect(check.status == 0, "\(plan) checks clean alone: \(check.standardError)")
    }
    var tables: [String] = []
    for table in ["commitments", "milestones", "actors"] {
      let target = directory.appendingPathComponent("\(table).csv").path
      let result = try OGPProcess.run(["export", "--to", "csv", "--table", table] + plans + ["-o", target])
      #expect(result.status == 0, "\(table): \(result.standardError)")
      #expect(result.standardError.isEmpty)
      tables.append(target)
    }
    let read = try SchemaValidator.runPython(arguments: ["-c", Self.joinScript] + tables, in: directory)
    try #require(read.status == 0, "\(read.errors)")
    let summary = try JSONDecoder().decode(JoinSummary.self, from: Data(read.output.utf8))
    #expect(summary.files == ["east.ogp", "north.ogp", "south.ogp"])
    #expect(summary.commitments == 4 + 4 + 9)
    #expect(summary.milestones > summary.commitments)
  }

  @Test func aBrokenRootStopsTheExportUnlessKeepGoing() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plans = EachRootTests.paths("north.ogp", "broken.ogp", "south.ogp", in: directory)
    let target = directory.appendingPathComponent("out.csv")
    let stopped = try OGPProcess.run(["export", "--to", "csv"] + plans + ["-o", target.path])
    #expect(stopped.status == 1)
    #expect(stopped.standardError.contains("/broken.ogp:1:9: error[E0305]"), "\(stopped.standardError)")
    #expect(!FileManager.default.fileExists(atPath: target.path), "nothing is written")

    let kept = try OGPProcess.run(["export", "--to", "csv", "--keep-going"] + plans + ["-o", target.path])
    #expect(kept.status == 1)
    #expect(kept.standardError.contains("/broken.ogp:1:9: error[E0305]"), "\(kept.standardError)")
    #expect(kept.standardError.contains("1 of 3 roots not exported"))
    let rows = try String(contentsOf: target, encoding: .utf8).split(separator: "\r\n").dropFirst()
    let files = rows.map { $0.prefix { $0 != "," }.split(separator: "/").last.map(String.init) ?? "" }
    #expect(files == Array(repeating: "north.ogp", count: 4) + Array(repeating: "south.ogp", count: 4))
  }

  @Test func anUnreadableRootExitsTwoAfterTheOthersAreExported() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plans = EachRootTests.paths("north.ogp", "missing.ogp", in: directory)
    let result = try OGPProcess.run(["export", "--to", "jsonl", "--keep-going"] + plans)
    #expect(result.status == 2)
    #expect(result.standardError.contains("missing.ogp': "), "\(result.standardError)")
    #expect(result.standardOutput.split(separator: "\n").count == 1)
  }

  @Test func jsonLinesHoldARootPerLineInRootOrder() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let named = try OGPProcess.run(
      ["export", "--to", "jsonl"] + EachRootTests.paths("south.ogp", "north.ogp", in: directory))
    let found = try OGPProcess.run(["export", "--to", "jsonl", "--exclude", "broken.ogp", directory.path])
    for (result, expected) in [
      (named, ["south.ogp", "north.ogp"]), (found, ["east.ogp", "north.ogp", "south.ogp"]),
    ] {
      #expect(result.status == 0, "\(result.standardError)")
      let lines = result.standardOutput.split(separator: "\n")
      let files = try lines.map { line in
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["schema_version"] as? Int == 1)
        return (object?["file"] as? String)?.split(separator: "/").last.map(String.init)
      }
      #expect(files == expected)
    }
  }

  @Test func findingsAreLintedAsLintFindsThemEachInItsFileAndPlan() throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try OGPProcess.run(
      ["export", "--to", "csv", "--table", "findings", "--as-of", "2025-06-01"]
        + EachRootTests.paths("north.ogp", "south.ogp", "east.ogp", in: directory))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("file,plan,line,column,code,severity,element,message\r\n"))
    let rows = try PythonCSV.records(result.standardOutput)
    let name = { (row: [String: String]) in row["file"]?.split(separator: "/").last.map(String.init) ?? "" }
    // The unused suppression at the top of the local plans and the strategy, each once (as in
    // EachRootTests): a finding in a file several roots use is listed once.
    let unused = rows.filter { $0["code"] == "LNT001" }.map { name($0) + ":" + ($0["line"] ?? "") }
    #expect(unused == ["north.ogp:1", "south.ogp:1", "strategy.ogp:1"])
    // The national plan's findings are about its elements, in its file and plan.
    let national = rows.filter { $0["element"]?.hasPrefix("arcadia_nap3.") == true }
    #expect(national.count >= 4, "\(rows)")
    #expect(national.allSatisfy { name($0) == "east.ogp" && $0["plan"] == "arcadia_nap3" })
    // A finding names a plan only when its element is declared in one.
    let topLevel = { (row: [String: String]) in
      row["element"].map { String($0.prefix { $0 != "." && $0 != "#" }) }
    }
    #expect(rows.allSatisfy { $0["plan"] == "" || topLevel($0) == $0["plan"] })
  }

  @Test(
    "json, yaml and markdown of several roots, or --table without csv, are usage errors",
    arguments: [["--to", "json"], ["--to", "markdown"], ["--to", "jsonl", "--table", "plans"]])
  func usageErrors(_ options: [String]) throws {
    let directory = try Self.project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try OGPProcess.run(
      ["export"] + options + EachRootTests.paths("north.ogp", "south.ogp", in: directory))
    #expect(result.status == 2)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains(options.contains("--table") ? "--table" : "--to jsonl"))
  }
}
