import Foundation

/// Any JSON value: the `params` and `result` of a message before they are given a type.
public enum JSON: Hashable, Sendable, Codable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([String: JSON])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSON].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSON].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .number(let value):
      // Whole numbers (ids, versions, lines) are written without a fraction.
      if value.rounded() == value, abs(value) < 1e15 {
        try container.encode(Int64(value))
      } else {
        try container.encode(value)
      }
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  public subscript(key: String) -> JSON? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// A typed value of this JSON, or nil when it does not have that shape.
  public func decode<Value: Decodable>(_ type: Value.Type) -> Value? {
    guard let data = try? JSONEncoder().encode(self) else { return nil }
    return try? JSONDecoder().decode(type, from: data)
  }

  /// The JSON of an encodable value.
  public init(encoding value: some Encodable) throws {
    self = try JSONDecoder().decode(JSON.self, from: JSONEncoder().encode(value))
  }
}

/// A request's id: JSON-RPC allows a number or a string.
public enum RequestID: Hashable, Sendable, Codable {
  case number(Int)
  case string(String)

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      self = .number(number)
    } else {
      self = .string(try container.decode(String.self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .number(let number): try container.encode(number)
    case .string(let string): try container.encode(string)
    }
  }
}

/// The error codes of JSON-RPC 2.0 and those LSP adds.
public struct ErrorCode: RawRepresentable, Hashable, Sendable, Codable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let parseError = ErrorCode(rawValue: -32700)
  public static let invalidRequest = ErrorCode(rawValue: -32600)
  public static let methodNotFound = ErrorCode(rawValue: -32601)
  public static let invalidParams = ErrorCode(rawValue: -32602)
  public static let internalError = ErrorCode(rawValue: -32603)
  public static let serverNotInitialized = ErrorCode(rawValue: -32002)
  public static let requestCancelled = ErrorCode(rawValue: -32800)
  /// The request was understood but could not be carried out (LSP 3.17).
  public static let requestFailed = ErrorCode(rawValue: -32803)
}

/// The error of a response that failed.
public struct ResponseError: Error, Hashable, Sendable, Codable {
  public var code: ErrorCode
  public var message: String

  public init(_ code: ErrorCode, _ message: String) {
    self.code = code
    self.message = message
  }
}

/// A request: a method, its parameters and an id the response repeats.
public struct Request: Hashable, Sendable {
  public var id: RequestID
  public var method: String
  public var params: JSON?

  public init(id: RequestID, method: String, params: JSON? = nil) {
    self.id = id
    self.method = method
    self.params = params
  }
}

/// A notification: a method and its parameters, answered by nothing.
public struct Notification: Hashable, Sendable {
  public var method: String
  public var params: JSON?

  public init(method: String, params: JSON? = nil) {
    self.method = method
    self.params = params
  }
}

/// The answer to a request: a result or an error. Its id is null when the request's could not
/// be read.
public struct Response: Hashable, Sendable {
  public var id: RequestID?
  public var outcome: Result<JSON, ResponseError>

  public init(id: RequestID?, outcome: Result<JSON, ResponseError>) {
    self.id = id
    self.outcome = outcome
  }
}

/// One JSON-RPC 2.0 message, as read from or written to the stream.
public enum Message: Hashable, Sendable, Codable {
  case request(Request)
  case notification(Notification)
  case response(Response)

  private enum Keys: String, CodingKey {
    case jsonrpc, id, method, params, result, error
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    guard try container.decode(String.self, forKey: .jsonrpc) == "2.0" else {
      throw DecodingError.dataCorruptedError(
        forKey: .jsonrpc, in: container, debugDescription: "jsonrpc is not \"2.0\"")
    }
    let id = try container.decodeIfPresent(RequestID.self, forKey: .id)
    if let method = try container.decodeIfPresent(String.self, forKey: .method) {
      let params = try container.decodeIfPresent(JSON.self, forKey: .params)
      if let id {
        self = .request(Request(id: id, method: method, params: params))
      } else {
        self = .notification(Notification(method: method, params: params))
      }
    } else if let error = try container.decodeIfPresent(ResponseError.self, forKey: .error) {
      self = .response(Response(id: id, outcome: .failure(error)))
    } else {
      let result = try container.decodeIfPresent(JSON.self, forKey: .result) ?? .null
      self = .response(Response(id: id, outcome: .success(result)))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode("2.0", forKey: .jsonrpc)
    switch self {
    case .request(let request):
      try container.encode(request.id, forKey: .id)
      try container.encode(request.method, forKey: .method)
      try container.encodeIfPresent(request.params, forKey: .params)
    case .notification(let notification):
      try container.encode(notification.method, forKey: .method)
      try container.encodeIfPresent(notification.params, forKey: .params)
    case .response(let response):
      if let id = response.id {
        try container.encode(id, forKey: .id)
      } else {
        try container.encodeNil(forKey: .id)
      }
      switch response.outcome {
      case .success(let result): try container.encode(result, forKey: .result)
      case .failure(let error): try container.encode(error, forKey: .error)
      }
    }
  }

  /// The message as a body for `MessageReader.frame`: compact JSON with sorted keys.
  public func encoded() -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Every member is a plain value that always encodes.
    return (try? Array(encoder.encode(self))) ?? []
  }
}
