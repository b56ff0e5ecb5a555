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
    try? JSONDecoder().decode(type, from: Data(serialized()))
  }

  /// The JSON of an encodable value.
  public init(encoding value: some Encodable) throws {
    guard let json = JSON.parse(try JSONEncoder().encode(value)) else {
      throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "not JSON"))
    }
    self = json
  }
}

/// A request's id: JSON-RPC allows a number or a string.
public enum RequestID: Hashable, Sendable, Codable {
  case number(Int)
  case string(String)

  var json: JSON {
    switch self {
    case .number(let number): .number(Double(number))
    case .string(let string): .string(string)
    }
  }

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
  /// The request was understood but could not be carried out (LSP 3.17): a rename the program
  /// cannot take, formatting a document with syntax errors.
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

  /// The message a JSON value holds: nil when it is not a JSON-RPC 2.0 message, which the server
  /// answers as invalid (also when it has neither a method nor an outcome).
  public init?(json: JSON) {
    guard case .object(let members) = json, members["jsonrpc"] == .string("2.0") else { return nil }
    let id: RequestID?
    switch members["id"] {
    case nil, .null?: id = nil
    case .number(let number)?:
      guard let whole = Int(exactly: number) else { return nil }
      id = .number(whole)
    case .string(let string)?: id = .string(string)
    default: return nil
    }
    if let method = members["method"] {
      guard case .string(let method) = method else { return nil }
      let params = members["params"]
      self =
        id.map { .request(Request(id: $0, method: method, params: params)) }
        ?? .notification(Notification(method: method, params: params))
    } else if let error = members["error"] {
      guard case .number(let code)? = error["code"], let whole = Int(exactly: code),
        case .string(let message)? = error["message"]
      else { return nil }
      self = .response(
        Response(id: id, outcome: .failure(ResponseError(ErrorCode(rawValue: whole), message))))
    } else if let result = members["result"] {
      self = .response(Response(id: id, outcome: .success(result)))
    } else {
      return nil
    }
  }

  /// The message as a JSON value.
  public var json: JSON {
    var members: [String: JSON] = ["jsonrpc": .string("2.0")]
    switch self {
    case .request(let request):
      members["id"] = request.id.json
      members["method"] = .string(request.method)
      members["params"] = request.params
    case .notification(let notification):
      members["method"] = .string(notification.method)
      members["params"] = notification.params
    case .response(let response):
      members["id"] = response.id?.json ?? .null
      switch response.outcome {
      case .success(let result): members["result"] = result
      case .failure(let error):
        members["error"] = .object([
          "code": .number(Double(error.code.rawValue)), "message": .string(error.message),
        ])
      }
    }
    return .object(members)
  }

  public init(from decoder: any Decoder) throws {
    guard let message = Message(json: try JSON(from: decoder)) else {
      throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a JSON-RPC 2.0 message"))
    }
    self = message
  }

  public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }

  /// The message as a body for `MessageReader.frame`: compact JSON with sorted keys.
  public func encoded() -> [UInt8] { json.serialized() }
}
