import Foundation
import OGPDiagnostics
import OGPModel
import Yams

/// The model as YAML with the JSON form's structure and key names, keys sorted, so the two read
/// alike. Strings that YAML would take for something else (`2024`, `yes`, `2024-06-30`) are
/// quoted; text with line breaks is a literal block. Text that holds a control character, a
/// bidirectional control or a line a CI log would run as a workflow command (`::add-mask::`) is
/// double-quoted on one line with those characters escaped: the value is exact, and the file
/// shows it inert.
public enum YAMLExporter {
  /// Throws what the JSON encoder, its decoder or Yams throws, none of which is expected of a
  /// model, which holds only strings, whole numbers and booleans.
  public static func export(_ program: Program) throws -> String {
    // The JSON form is the single statement of the structure; YAML re-dresses it.
    let json = try JSONExporter.export(program)
    let tree = try JSONDecoder().decode(Tree.self, from: Data(json.utf8))
    let yaml = try Yams.serialize(node: tree.node, indent: 2, width: -1, allowUnicode: true, sortKeys: true)
    // libyaml writes the C1 NEL and bidirectional controls raw; only double-quoted text holds them.
    return JSONExporter.escapingInvisibleControls(yaml)
  }

  /// A JSON value, as the model's JSON form uses them.
  private enum Tree: Decodable {
    case object([String: Tree])
    case array([Tree])
    case string(String)
    case integer(Int)
    case bool(Bool)

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      // Booleans first: JSONDecoder never reads a number as a boolean, so the order is exact.
      if let value = try? container.decode(Bool.self) {
        self = .bool(value)
      } else if let value = try? container.decode(Int.self) {
        self = .integer(value)
      } else if let value = try? container.decode(String.self) {
        self = .string(value)
      } else if let value = try? container.decode([Tree].self) {
        self = .array(value)
      } else {
        self = .object(try container.decode([String: Tree].self))
      }
    }

    var node: Node {
      switch self {
      case .object(let members):
        .mapping(
          Node.Mapping(
            members.sorted { $0.key < $1.key }.map { (.scalar($0.key.represented()), $0.value.node) }))
      case .array(let elements):
        .sequence(Node.Sequence(elements.map(\.node)))
      case .string(let text) where text.visible(lineBreaks: .kept).defusingWorkflowCommands() != text:
        .scalar(Node.Scalar(text, Tag(.str), .doubleQuoted))
      case .string(let text) where text.contains("\n"):
        .scalar(Node.Scalar(text, Tag(.str), .literal))
      case .string(let text):
        .scalar(text.represented())
      case .integer(let number):
        .scalar(Node.Scalar(String(number)))
      case .bool(let value):
        .scalar(Node.Scalar(value ? "true" : "false"))
      }
    }
  }
}
