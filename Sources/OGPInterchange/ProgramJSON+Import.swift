import Foundation
import OGPModel

extension ProgramJSON {
  /// One thing wrong with a document read as the model's JSON form.
  public struct Issue: Sendable, Equatable, CustomStringConvertible {
    /// Where, as a JSON path (`$.plans[0].commitments[2]`); nil when the bytes are not JSON.
    public var path: String?
    public var message: String

    public init(path: String?, message: String) {
      self.path = path
      self.message = message
    }

    /// `$.plans[0].commitments[2]: unknown key 'titel'`.
    public var description: String { path.map { "\($0): \(message)" } ?? message }
  }

  /// A document that is not the model's JSON form, with every issue found.
  public struct InvalidDocument: Error, Sendable, CustomStringConvertible {
    public var issues: [Issue]

    public var description: String { issues.map(\.description).joined(separator: "\n") }
  }

  /// Reads the model's JSON form as strictly as its schema does, for JSON written by other
  /// tools or by hand: unknown and duplicate keys, a missing required key, a value of the wrong
  /// type or outside its enum, `null`, an impossible date and a `schema_version` other than
  /// `Program.currentSchemaVersion` are all issues with their JSON path, as are bytes that are
  /// not UTF-8 or not JSON. `decode` is the lenient reader for JSON `encode` wrote.
  public static func decodeStrictly(_ data: Data) throws(InvalidDocument) -> Program {
    let tree: JSONTree
    do {
      tree = try JSONParser.parse([UInt8](data))
    } catch {
      throw InvalidDocument(issues: [
        Issue(path: nil, message: "not JSON: line \(error.line), column \(error.column): \(error.message)")
      ])
    }
    // Another version may mean something else by every key, so it is the only issue worth telling.
    if case .object(let members) = tree,
      case .number(let version)? = members.first(where: { $0.key == "schema_version" })?.value,
      Double(version) != Double(Program.currentSchemaVersion)
    {
      throw InvalidDocument(issues: [
        Issue(
          path: "$.schema_version",
          message:
            "schema version \(version) is not supported; this version of ogp reads version \(Program.currentSchemaVersion)"
        )
      ])
    }
    let decoder = StrictDecoder(node: tree, codingPath: [], log: StrictDecoder.Log())
    do {
      let program = try decoder.decode(Program.self, from: tree, at: [])
      guard decoder.log.issues.isEmpty else { throw InvalidDocument(issues: decoder.log.issues) }
      return program
    } catch let failure as StrictDecoder.Failure {
      let issue = Issue(path: StrictDecoder.path(failure.path), message: failure.message)
      throw InvalidDocument(issues: decoder.log.issues + [issue])
    } catch DecodingError.dataCorrupted(let context) {
      // The model's own checks (an impossible date) report through `DecodingError`.
      let issue = Issue(path: StrictDecoder.path(context.codingPath), message: context.debugDescription)
      throw InvalidDocument(issues: decoder.log.issues + [issue])
    } catch let invalid as InvalidDocument {
      throw invalid
    } catch {
      throw InvalidDocument(issues: decoder.log.issues + [Issue(path: "$", message: "\(error)")])
    }
  }

  /// Where two programs' JSON forms first differ, in key order.
  public struct Difference: Sendable, Equatable {
    /// `$.plans[0].commitments[1].id`.
    public var path: String
    /// The value in the first program as compact JSON; nil when it has none there.
    public var expected: String?
    /// The value in the second program; nil when it has none there.
    public var actual: String?
  }

  /// The first place where `actual` differs from `expected`, or nil when they are equal: tells
  /// which fact of an imported program did not survive being written as `.ogp`.
  public static func firstDifference(expected: Program, actual: Program) -> Difference? {
    guard let left = try? JSONParser.parse([UInt8](encode(expected, pretty: false))),
      let right = try? JSONParser.parse([UInt8](encode(actual, pretty: false)))
    else { return nil }
    return difference(left, right, path: "$")
  }

  private static func difference(_ left: JSONTree, _ right: JSONTree, path: String) -> Difference? {
    switch (left, right) {
    case (.object(let a), .object(let b)):
      // Both sides come from `encode`, so keys are sorted: merge them in order.
      let keys = Set(a.map(\.key)).union(b.map(\.key)).sorted()
      for key in keys {
        let x = a.first { $0.key == key }?.value
        let y = b.first { $0.key == key }?.value
        if let found = child(x, y, path: path + "." + key) { return found }
      }
      return nil
    case (.array(let a), .array(let b)):
      for index in 0..<max(a.count, b.count) {
        let x = index < a.count ? a[index] : nil
        let y = index < b.count ? b[index] : nil
        if let found = child(x, y, path: "\(path)[\(index)]") { return found }
      }
      return nil
    default:
      return left == right ? nil : Difference(path: path, expected: left.rendered, actual: right.rendered)
    }
  }

  private static func child(_ left: JSONTree?, _ right: JSONTree?, path: String) -> Difference? {
    guard let left, let right else {
      return left == right ? nil : Difference(path: path, expected: left?.rendered, actual: right?.rendered)
    }
    return difference(left, right, path: path)
  }
}
