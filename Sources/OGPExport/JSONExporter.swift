import Foundation
import OGPModel

/// The model's documented JSON form (`schema/ogp-model.schema.json`): `ProgramJSON`'s pretty
/// encoding, keys sorted, followed by a newline.
public enum JSONExporter {
  public static func export(_ program: Program) -> String {
    // The model holds only strings, whole numbers and booleans, which always encode.
    let data = try! ProgramJSON.encode(program)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
