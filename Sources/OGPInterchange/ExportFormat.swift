import OGPModel

/// The formats a compiled program can be exported to, by the name `ogp export --to` takes.
public enum ExportFormat: String, CaseIterable, Sendable {
  case json, yaml, csv, markdown

  /// The formats' names as a sentence lists them: `json, yaml, csv or markdown` for `"or"`.
  public static func names(joinedBy conjunction: String) -> String {
    let names = allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " \(conjunction) " + (names.last ?? "")
  }

  /// `program` in this format, as text ending in a newline; throws when the JSON or YAML
  /// encoder does.
  public func export(_ program: Program) throws -> String {
    switch self {
    case .json: try JSONExporter.export(program)
    case .yaml: try YAMLExporter.export(program)
    case .csv: CSVExporter.export(program)
    case .markdown: MarkdownExporter.export(program)
    }
  }
}
