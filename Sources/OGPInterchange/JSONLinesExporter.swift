import OGPDiagnostics
import OGPModel

/// JSON Lines (`--to jsonl`): one line per program, in the order given, each the model's JSON
/// form (`ProgramJSON`, keys sorted, compact) with one more key first, `file`, the root it was
/// compiled from. Many plans so stream into `pandas.read_json(lines=True)` or `jq`; a line is not
/// a document `ogp import` reads, which knows no `file` key.
public enum JSONLinesExporter {
  /// Throws what the encoder throws; the model holds only strings, whole numbers and booleans,
  /// which it always encodes.
  public static func export(_ programs: [ExportedProgram]) throws -> String {
    try programs.map { exported in
      let json = String(decoding: try ProgramJSON.encode(exported.program, pretty: false), as: UTF8.self)
      // An object always: the model's JSON form has its keys whatever the program holds.
      let members = json.dropFirst()
      return JSONExporter.escapingInvisibleControls(
        "{\"file\":" + JSONString.quoted(exported.file) + "," + members) + "\n"
    }.joined()
  }
}
