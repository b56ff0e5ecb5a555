import Foundation
import OGPDiagnostics
import OGPModel

/// The model's documented JSON form (`schema/ogp-model.schema.json`): `ProgramJSON`'s pretty
/// encoding, keys sorted, followed by a newline.
public enum JSONExporter {
  /// Throws what the encoder throws; the model holds only strings, whole numbers and booleans,
  /// which it always encodes.
  public static func export(_ program: Program) throws -> String {
    escapingInvisibleControls(String(decoding: try ProgramJSON.encode(program), as: UTF8.self)) + "\n"
  }

  /// The encoded text with DEL, C1 and bidirectional controls as `\uXXXX` escapes, which
  /// `JSONEncoder` (and libyaml) write raw: the data is the same, and a viewer of the file sees no
  /// reordered text. Outside strings the encoding is ASCII, so every such scalar is inside one
  /// (in YAML, inside a double-quoted one, where `\u` is an escape too).
  static func escapingInvisibleControls(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: { $0 == "\u{7F}" || $0.isInvisibleControl }) else {
      return json
    }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if scalar == "\u{7F}" || scalar.isInvisibleControl {
        result.append(contentsOf: JSONString.escape(scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
