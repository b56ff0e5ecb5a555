import Foundation

/// CSV read back by Python's `csv` module in strict mode, as a spreadsheet or pandas user's code
/// would read an export: the tests' judge of what `ogp export --to csv` writes.
public enum PythonCSV {
  /// The rows of `text`, the header first.
  public static func rows(_ text: String) throws -> [[String]] {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ogp-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("export.csv")
    try Data(text.utf8).write(to: input)
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline="", encoding="utf-8") as file:
          json.dump(list(csv.reader(file, strict=True)), sys.stdout)
      """
    let result = try SchemaValidator.runPython(arguments: ["-c", script, input.path], in: directory)
    guard result.status == 0 else { throw SchemaValidator.Failure(description: result.errors) }
    return try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
  }

  /// The rows after the header, each by column name; throws when a row's length is not the
  /// header's.
  public static func records(_ text: String) throws -> [[String: String]] {
    let rows = try rows(text)
    guard let header = rows.first else { return [] }
    return try rows.dropFirst().map { row in
      guard row.count == header.count else {
        throw SchemaValidator.Failure(
          description: "a row of \(row.count) fields under \(header.count) columns")
      }
      return Dictionary(zip(header, row)) { first, _ in first }
    }
  }
}
