import Foundation
import OGPModel

/// The model's documented JSON form (`schema/ogp-model.schema.json`): `ProgramJSON`'s pretty
/// encoding, keys sorted, followed by a newline.
public enum JSONExporter {
  /// Throws what the encoder throws; the model holds only strings, whole numbers and booleans,
  /// which it always encodes.
  public static func export(_ program: Program) throws -> String {
    String(decoding: try ProgramJSON.encode(program), as: UTF8.self) + "\n"
  }
}
