import OGPModel

/// Decodes a model value from a `JSONTree` as strictly as the schema reads its JSON form.
///
/// Keys are snake_case and must be exactly what `ProgramJSON` writes: an object key that no
/// property of its type reads is recorded as unknown (the key types' `init?(stringValue:)`
/// tells, so the model is its own list of keys), a duplicate key is recorded, and `null` is
/// never a value, since absent optionals are left out. A wrong type, a missing required key or
/// a word outside an enum's values ends decoding with a message at its JSON path.
struct StrictDecoder: Decoder {
  /// What decoding found besides the error that stops it, shared by every nested decoder.
  final class Log {
    var issues: [ProgramJSON.Issue] = []
  }

  /// Stops decoding: what is wrong, and where.
  struct Failure: Error {
    let path: [any CodingKey]
    let message: String
  }

  let node: JSONTree
  let codingPath: [any CodingKey]
  let log: Log

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = node else { throw mismatch("an object", node, codingPath) }
    return KeyedDecodingContainer(KeyedContainer<Key>(members: members, decoder: self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = node else { throw mismatch("an array", node, codingPath) }
    return UnkeyedContainer(elements: elements, decoder: self)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleValueContainer(decoder: self)
  }

  /// `node` as a `T`, found at `path`.
  func decode<T: Decodable>(_ type: T.Type, from node: JSONTree, at path: [any CodingKey]) throws -> T {
    let value: Any
    switch type {
    case is String.Type:
      guard case .string(let text) = node else { throw mismatch("a string", node, path) }
      value = text
    case is Bool.Type:
      guard case .bool(let flag) = node else { throw mismatch("true or false", node, path) }
      value = flag
    case is Double.Type:
      value = try number(node, path)
    case is Float.Type:
      value = Float(try number(node, path))
    case let integer as any FixedWidthInteger.Type:
      value = try whole(integer, node, path)
    default:
      if let words = Self.words(of: type) {
        guard case .string(let word) = node else {
          throw mismatch("one of \(words.joined(separator: ", "))", node, path)
        }
        guard words.contains(word) else {
          throw Failure(path: path, message: "'\(word)' is not one of \(words.joined(separator: ", "))")
        }
      }
      return try T(from: StrictDecoder(node: node, codingPath: path, log: log))
    }
    // `value` has the type the case matched, so the cast succeeds.
    guard let decoded = value as? T else { throw mismatch("\(T.self)", node, path) }
    return decoded
  }

  private func number(_ node: JSONTree, _ path: [any CodingKey]) throws -> Double {
    guard case .number(let text) = node, let value = Double(text) else {
      throw mismatch("a number", node, path)
    }
    return value
  }

  /// JSON has one kind of number: `3`, `3.0` and `3e0` are all the whole number 3.
  private func whole<I: FixedWidthInteger>(_ type: I.Type, _ node: JSONTree, _ path: [any CodingKey]) throws
    -> I
  {
    guard case .number(let text) = node else { throw mismatch("a whole number", node, path) }
    if let value = I(text) { return value }
    if let double = Double(text), let value = I(exactly: double) { return value }
    throw Failure(path: path, message: "expected a whole number in range, found \(text)")
  }

  private func mismatch(_ expected: String, _ node: JSONTree, _ path: [any CodingKey]) -> Failure {
    Failure(path: path, message: "expected \(expected), found \(node.kindDescription)")
  }

  /// The words of an enum the JSON writes as strings (`national`, `local`); nil for other types.
  private static func words(of type: Any.Type) -> [String]? {
    guard let type = type as? any CaseIterable.Type else { return nil }
    return rawStrings(type)
  }

  private static func rawStrings<T: CaseIterable>(_ type: T.Type) -> [String]? {
    let words = T.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
    return words.isEmpty ? nil : words
  }

  /// `$.plans[0].point_of_contact`.
  static func path(_ keys: [any CodingKey]) -> String {
    keys.reduce("$") { path, key in
      key.intValue.map { "\(path)[\($0)]" } ?? "\(path).\(snakeCase(key.stringValue))"
    }
  }

  /// `pointOfContact` → `point_of_contact`, as `ProgramJSON` writes the model's keys.
  static func snakeCase(_ key: String) -> String {
    var result = ""
    for character in key {
      if character.isUppercase {
        result += "_" + character.lowercased()
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// `point_of_contact` → `pointOfContact`; a key that is not snake_case comes back unchanged
  /// in a form `snakeCase` cannot return to, so it is unknown.
  static func camelCase(_ key: String) -> String {
    let parts = key.split(separator: "_", omittingEmptySubsequences: false)
    return parts.enumerated().map {
      $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst()
    }
    .joined()
  }
}

/// An index in an array, for paths.
private struct IndexKey: CodingKey {
  let intValue: Int?
  var stringValue: String { String(intValue ?? 0) }

  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { return nil }
  init?(intValue: Int) { self.intValue = intValue }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let members: [(key: String, value: JSONTree)]
  let decoder: StrictDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }

  init(members: [(key: String, value: JSONTree)], decoder: StrictDecoder) {
    self.members = members
    self.decoder = decoder
    var seen = Set<String>()
    let path = StrictDecoder.path(decoder.codingPath)
    for (key, _) in members {
      if !seen.insert(key).inserted {
        decoder.log.issues.append(ProgramJSON.Issue(path: path, message: "duplicate key '\(key)'"))
      } else if !Self.isKnown(key) {
        decoder.log.issues.append(ProgramJSON.Issue(path: path, message: "unknown key '\(key)'"))
      }
    }
  }

  private static func isKnown(_ key: String) -> Bool {
    let camel = StrictDecoder.camelCase(key)
    return Key(stringValue: camel) != nil && StrictDecoder.snakeCase(camel) == key
  }

  var allKeys: [Key] {
    members.compactMap { Self.isKnown($0.key) ? Key(stringValue: StrictDecoder.camelCase($0.key)) : nil }
  }

  private func value(for key: Key) -> JSONTree? {
    let name = StrictDecoder.snakeCase(key.stringValue)
    return members.first { $0.key == name }?.value
  }

  func contains(_ key: Key) -> Bool { value(for: key) != nil }

  /// Never true: `null` is not a value of the JSON form, so `decodeIfPresent` goes on to report
  /// it as the wrong type.
  func decodeNil(forKey key: Key) throws -> Bool {
    _ = try required(key)
    return false
  }

  private func required(_ key: Key) throws -> JSONTree {
    guard let node = value(for: key) else {
      throw StrictDecoder.Failure(
        path: codingPath, message: "missing required key '\(StrictDecoder.snakeCase(key.stringValue))'")
    }
    return node
  }

  private func decodeValue<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decoder.decode(type, from: required(key), at: codingPath + [key])
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeValue(type, forKey: key) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeValue(type, forKey: key) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeValue(type, forKey: key) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeValue(type, forKey: key) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeValue(type, forKey: key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeValue(type, forKey: key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeValue(type, forKey: key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeValue(type, forKey: key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeValue(type, forKey: key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeValue(type, forKey: key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeValue(type, forKey: key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeValue(type, forKey: key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeValue(type, forKey: key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeValue(type, forKey: key) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decodeValue(type, forKey: key)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try superDecoder(forKey: key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try superDecoder(forKey: key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { decoder }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    StrictDecoder(node: try required(key), codingPath: codingPath + [key], log: decoder.log)
  }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
  let elements: [JSONTree]
  let decoder: StrictDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }
  var currentIndex = 0
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  init(elements: [JSONTree], decoder: StrictDecoder) {
    self.elements = elements
    self.decoder = decoder
  }

  /// Never true, as for keyed containers: `null` is not a value of the JSON form.
  mutating func decodeNil() throws -> Bool { false }

  private mutating func next() throws -> StrictDecoder {
    guard !isAtEnd else {
      throw StrictDecoder.Failure(path: codingPath, message: "expected more than \(elements.count) elements")
    }
    defer { currentIndex += 1 }
    return StrictDecoder(
      node: elements[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)], log: decoder.log)
  }

  private mutating func decodeNext<T: Decodable>(_ type: T.Type) throws -> T {
    let element = try next()
    return try element.decode(type, from: element.node, at: element.codingPath)
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try decodeNext(type) }
  mutating func decode(_ type: String.Type) throws -> String { try decodeNext(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try decodeNext(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try decodeNext(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try decodeNext(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodeNext(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodeNext(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodeNext(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodeNext(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try decodeNext(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeNext(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeNext(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeNext(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeNext(type) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeNext(type) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
  let decoder: StrictDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }

  /// Never true, as for keyed containers: `null` is not a value of the JSON form.
  func decodeNil() -> Bool { false }

  private func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    try decoder.decode(type, from: decoder.node, at: codingPath)
  }

  func decode(_ type: Bool.Type) throws -> Bool { try decodeValue(type) }
  func decode(_ type: String.Type) throws -> String { try decodeValue(type) }
  func decode(_ type: Double.Type) throws -> Double { try decodeValue(type) }
  func decode(_ type: Float.Type) throws -> Float { try decodeValue(type) }
  func decode(_ type: Int.Type) throws -> Int { try decodeValue(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try decodeValue(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try decodeValue(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try decodeValue(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try decodeValue(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try decodeValue(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeValue(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeValue(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeValue(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeValue(type) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }
}
