import OGPLanguage
import OGPModel
import Testing

@testable import OGPLanguageServer

/// A project for the requests that find names: a strategy, actors and a plan that uses both,
/// with a member rule that names the strategy's objective.
/// Accented text and a character outside the Basic Multilingual Plane stand before names on their
/// lines, so that positions in UTF-16 and in UTF-8 differ there.
enum NavigationProject {
  static let strategyURI = "file:///project/strategy.ogp"
  static let actorsURI = "file:///project/plans/actors.ogp"
  static let planURI = "file:///project/plans/plan.ogp"

  static let strategy = """
    strategy ogp "Estrategia 🌍" {
      period 2023 .. 2028

      objective SO3 "Espacio cívico" {
        aim "Proteger el espacio *cívico*"

        priority protect "Protección"
      }
    }

    """
  static let actors = """
    /// The ministry: «finanzas» 🌍.
    actor finance government "Ministerio de Economía 🌍" { branch executive; level national }
    actor odn civil_society "Open Data Network"

    """
  static let plan = """
    use "actors.ogp"
    use "../strategy.ogp"

    /// Ñandú 🌍 plan.
    plan nap "Plan «Ñandú» 🌍" {
      member   "Arcadia" national
      strategy ogp
      period   2024-09 .. 2026-08

      commitment c01 "Contratación 🌍 abierta" {
        lead     finance
        partners odn
        advances ogp.SO3.protect, SO3
        period   2024-10 .. 2026-02

        milestone m1 "Portal" { period 2025-01 .. 2025-06 }
      }

      commitment c02 "Ñandú 🌍" { lead finance; advances SO3; period 2025-01 .. 2025-12 }
    }

    /// Work on civic space is followed closely.
    rule NAV01 warning "Civic space work names its priority" {
      each commitment c where SO3 in c.advances
      require ogp.SO3.protect in c.advances
    }

    """

  static let texts = [strategyURI: strategy, actorsURI: actors, planURI: plan]

  /// A client of a server with the project's files on disk, positions in `encoding`, and the
  /// documents `open` opened from them.
  static func client(encoding: PositionEncoding = .utf16, open: [String] = [planURI]) -> ServerTests.Client {
    var files: [String: String] = [:]
    for (uri, text) in texts { files[String(uri.dropFirst("file://".count))] = text }
    var client = ServerTests.Client()
    client.server = Server(
      environment: Server.Environment(
        provider: InMemorySourceProvider(files), workingDirectory: "/project",
        today: Day(year: 2025, month: 1, day: 1), version: "0.1.0"))
    _ = client.initialize(encodings: [encoding.rawValue])
    for uri in open { _ = client.open(texts[uri] ?? "", uri: uri) }
    return client
  }

  /// Where the `occurrence`th `needle` of `text` starts, counted here with Swift's own views of
  /// the line rather than the server's converter.
  static func position(
    of needle: String, _ occurrence: Int = 0, in text: String, encoding: PositionEncoding = .utf16
  ) -> Position {
    var found = text.startIndex
    var searchFrom = text.startIndex
    for _ in 0...occurrence {
      guard let match = text[searchFrom...].range(of: needle) else {
        Issue.record("'\(needle)' occurs fewer than \(occurrence + 1) times")
        return Position(line: 0, character: 0)
      }
      found = match.lowerBound
      searchFrom = match.upperBound
    }
    let before = text[..<found]
    let line = before.count { $0 == "\n" }
    let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    let column = text[lineStart..<found]
    return Position(line: line, character: encoding == .utf16 ? column.utf16.count : column.utf8.count)
  }

  static func range(
    of needle: String, _ occurrence: Int = 0, in text: String, encoding: PositionEncoding = .utf16
  ) -> TextRange {
    let start = position(of: needle, occurrence, in: text, encoding: encoding)
    let length = encoding == .utf16 ? needle.utf16.count : needle.utf8.count
    return TextRange(start: start, end: Position(line: start.line, character: start.character + length))
  }

  /// The parameters of a request about a place in a document.
  static func at(_ uri: String, _ position: Position, _ more: [String: JSON] = [:]) -> JSON {
    var members: [String: JSON] = [
      "textDocument": .object(["uri": .string(uri)]),
      "position": .object([
        "line": .number(Double(position.line)), "character": .number(Double(position.character)),
      ]),
    ]
    members.merge(more) { _, new in new }
    return .object(members)
  }

  /// The result of the response with id `id` among `messages`, decoded; nil for a null result
  /// or an error.
  static func result<Value: Decodable>(_ messages: [Message], id: Int, as _: Value.Type) -> Value? {
    for case .response(let response) in messages where response.id == .number(id) {
      if case .success(let result) = response.outcome { return result.decode(Value.self) }
    }
    return nil
  }

  /// Whether the response with id `id` is a null result.
  static func isNull(_ messages: [Message], id: Int) -> Bool {
    messages.contains { message in
      guard case .response(let response) = message, response.id == .number(id),
        case .success(let result) = response.outcome
      else { return false }
      return result == .null
    }
  }
}
