import OGPModel

/// The formats a compiled program can be exported to, by the name `ogp export --to` takes.
public enum ExportFormat: String, CaseIterable, Sendable {
  case json, yaml, csv, markdown

  /// `program` in this format, as text ending in a newline.
  public func export(_ program: Program) -> String {
    switch self {
    case .json: JSONExporter.export(program)
    case .yaml: YAMLExporter.export(program)
    case .csv: CSVExporter.export(program)
    case .markdown: MarkdownExporter.export(program)
    }
  }
}
