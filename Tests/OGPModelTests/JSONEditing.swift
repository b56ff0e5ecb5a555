import Foundation

/// One step into a JSON document: an object key or an array index.
enum JSONStep: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
  case key(String)
  case index(Int)

  init(stringLiteral value: String) { self = .key(value) }
  init(integerLiteral value: Int) { self = .index(value) }
}

/// A change to one key of one object in a JSON document, for building invalid documents.
struct JSONEdit: Sendable, CustomStringConvertible {
  /// The steps from the root to the object that is changed.
  var object: [JSONStep]
  var key: String
  /// The new value, or nil to remove the key.
  var value: String?

  var description: String {
    let path = object.map { step -> String in
      switch step {
      case .key(let key): "." + key
      case .index(let index): "[\(index)]"
      }
    }.joined()
    return value.map { "$\(path).\(key) = \"\($0)\"" } ?? "remove $\(path).\(key)"
  }

  /// `document` with the edit applied; throws when a step does not lead anywhere.
  func applied(to document: Data) throws -> Data {
    let root = try JSONSerialization.jsonObject(with: document)
    let edited = try apply(root, object[...])
    return try JSONSerialization.data(withJSONObject: edited, options: [.sortedKeys])
  }

  private func apply(_ value: Any, _ steps: ArraySlice<JSONStep>) throws -> Any {
    guard let step = steps.first else {
      guard var object = value as? [String: Any] else { throw EditError(edit: self) }
      object[key] = self.value
      return object
    }
    switch step {
    case .key(let key):
      guard var object = value as? [String: Any], let child = object[key] else {
        throw EditError(edit: self)
      }
      object[key] = try apply(child, steps.dropFirst())
      return object
    case .index(let index):
      guard var array = value as? [Any], array.indices.contains(index) else {
        throw EditError(edit: self)
      }
      array[index] = try apply(array[index], steps.dropFirst())
      return array
    }
  }

  struct EditError: Error, CustomStringConvertible {
    var edit: JSONEdit
    var description: String { "the document has no object at the path of: \(edit)" }
  }
}
