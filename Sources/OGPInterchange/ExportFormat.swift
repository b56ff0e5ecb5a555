import OGPModel

/// The formats a compiled program can be exported to, by the name `ogp export --to` takes.
public enum ExportFormat: String, CaseIterable, Sendable {
  case json, yaml, csv, jsonl, markdown

  /// The formats' names as a sentence lists them: `json, yaml, csv, jsonl or markdown` for `"or"`.
  public static func names(joinedBy conjunction: String) -> String {
    allCases.map(\.rawValue).listed(joinedBy: conjunction)
  }

  /// True for the formats that hold any number of programs, told apart by their files (a table's
  /// rows, a line each); the others are one program's document.
  public var holdsManyPrograms: Bool {
    switch self {
    case .csv, .jsonl: true
    case .json, .yaml, .markdown: false
    }
  }

  /// `program`, compiled from `file`, in this format (CSV: the commitments table), as text
  /// ending in a newline; throws when the JSON or YAML encoder does.
  public func export(_ program: Program, file: String) throws -> String {
    switch self {
    case .json: try JSONExporter.export(program)
    case .yaml: try YAMLExporter.export(program)
    case .csv: CSVExporter.export(.commitments, of: [ExportedProgram(file: file, program: program)])
    case .jsonl: try JSONLinesExporter.export([ExportedProgram(file: file, program: program)])
    case .markdown: MarkdownExporter.export(program)
    }
  }
}
