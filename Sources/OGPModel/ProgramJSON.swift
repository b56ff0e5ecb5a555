import Foundation

/// The model's JSON form: snake_case keys, sorted, so equal programs give equal bytes.
public enum ProgramJSON {
  public static func encode(_ program: Program, pretty: Bool = true) throws -> Data {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(program)
  }

  public static func decode(_ data: Data) throws -> Program {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Program.self, from: data)
  }
}
