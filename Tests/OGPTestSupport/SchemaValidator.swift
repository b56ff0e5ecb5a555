import Foundation

/// Validates JSON documents against a JSON Schema (by default `schema/ogp-model.schema.json`)
/// with Python's `jsonschema`.
///
/// Shared by the test targets through `OGPTestSupport`. It runs `python3` (or `$OGP_PYTHON`)
/// with the validator for the draft the schema's `$schema` names (Draft 2020-12 when it names
/// none; the SARIF schema is draft-04) and a format checker, and returns one line per error,
/// `<json path> [<keyword>]: <message>`, e.g.
/// `$.plans[0].commitments[0] [required]: 'title' is a required property`.
/// It throws, rather than returning no errors, when Python or `jsonschema` is missing, so a
/// machine without them fails loudly instead of passing.
public enum SchemaValidator {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// `schema/ogp-model.schema.json`, found from this file's path: `Tests/<target>/<file>.swift`.
  public static let defaultSchemaURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("schema")
    .appendingPathComponent("ogp-model.schema.json")

  /// The errors in `jsonData`; empty when it is valid.
  public static func validate(jsonData: Data, schemaURL: URL = defaultSchemaURL) throws -> [String] {
    guard FileManager.default.fileExists(atPath: schemaURL.path) else {
      throw Failure(description: "schema not found at \(schemaURL.path)")
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ogp-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let script = directory.appendingPathComponent("validate.py")
    let document = directory.appendingPathComponent("document.json")
    try Data(pythonScript.utf8).write(to: script)
    try jsonData.write(to: document)

    let result = try runPython(arguments: [script.path, schemaURL.path, document.path], in: directory)
    switch result.status {
    case 0:
      return []
    case 1:
      let errors = result.output.split(separator: "\n").map(String.init)
      guard !errors.isEmpty else {
        throw Failure(description: "the validator failed without listing errors: \(result.errors)")
      }
      return errors
    default:
      throw Failure(
        description: """
          schema validation could not run (exit status \(result.status)). It needs python3 with \
          the jsonschema package (`python3 -m pip install jsonschema`). \(result.errors)
          """)
    }
  }

  /// Runs Python with `arguments`, collecting its output in files (pipes can fill up and block).
  public static func runPython(
    arguments: [String], in directory: URL
  ) throws -> (status: Int32, output: String, errors: String) {
    let outputURL = directory.appendingPathComponent("stdout.txt")
    let errorsURL = directory.appendingPathComponent("stderr.txt")
    try Data().write(to: outputURL)
    try Data().write(to: errorsURL)
    let output = try FileHandle(forWritingTo: outputURL)
    let errors = try FileHandle(forWritingTo: errorsURL)
    defer {
      try? output.close()
      try? errors.close()
    }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    let python = ProcessInfo.processInfo.environment["OGP_PYTHON"] ?? "python3"
    process.arguments = [python] + arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw Failure(description: "could not start \(python): \(error)")
    }
    process.waitUntilExit()
    let text = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
    return (process.terminationStatus, text(outputURL), text(errorsURL))
  }

  /// Exits 0 when the document is valid, 1 after printing its errors, 2 or 3 when it cannot run.
  static let pythonScript = #"""
    import json
    import sys

    try:
        import jsonschema
    except ImportError as error:
        print(f"the Python package jsonschema is not installed ({error})", file=sys.stderr)
        sys.exit(3)

    schema_path, document_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)
    with open(document_path, encoding="utf-8") as file:
        document = json.load(file)

    Validator = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    try:
        Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        print(f"the schema itself is invalid: {error.message} at {error.json_path}", file=sys.stderr)
        sys.exit(2)

    validator = Validator(schema, format_checker=Validator.FORMAT_CHECKER)
    errors = sorted(
        validator.iter_errors(document),
        key=lambda error: ([str(part) for part in error.absolute_path], str(error.validator)),
    )
    for error in errors:
        message = " ".join(error.message.split())
        print(f"{error.json_path} [{error.validator}]: {message}")
    sys.exit(1 if errors else 0)
    """#
}
