import OGPDiagnostics
import OGPModel

/// A clause value after type checking and name resolution.
public enum CheckedValue: Sendable, Equatable {
  case text(String)
  case texts([String])
  case integer(Int)
  case date(PartialDate)
  case dateRange(DateRange)
  case frequency(Duration)
  case enumeration(String)
  case enumerations([String])
  /// A qualified id.
  case reference(String)
  case references([String])
  case tags([String])
  case member(name: String, kind: String)
  case requirement(name: String, interval: Duration?)
  case block(CheckedClauses)
}

/// The checked clauses of one declaration or block, by keyword, in the order written.
public struct CheckedClauses: Sendable, Equatable {
  public private(set) var entries: [(keyword: String, value: CheckedValue, span: SourceSpan)] = []

  public init() {}

  init(capacity: Int) {
    entries.reserveCapacity(capacity)
  }

  mutating func append(_ keyword: String, _ value: CheckedValue, span: SourceSpan) {
    entries.append((keyword, value, span))
  }

  public func all(_ keyword: String) -> [CheckedValue] {
    entries.indices.filter { entries[$0].keyword == keyword }.map { entries[$0].value }
  }

  // Lookups find an index, then read the one field: `first(where:)` would copy whole entries,
  // and lowering asks for some twenty clauses of every commitment.
  public subscript(_ keyword: String) -> CheckedValue? {
    entries.firstIndex { $0.keyword == keyword }.map { entries[$0].value }
  }

  public func span(of keyword: String) -> SourceSpan? {
    entries.firstIndex { $0.keyword == keyword }.map { entries[$0].span }
  }

  public func text(_ keyword: String) -> String? {
    if case .text(let value) = self[keyword] { value } else { nil }
  }

  public func strings(_ keyword: String) -> [String] {
    switch self[keyword] {
    case .texts(let values), .enumerations(let values), .references(let values), .tags(let values): values
    default: []
    }
  }

  public func dateRange(_ keyword: String) -> DateRange? {
    if case .dateRange(let value) = self[keyword] { value } else { nil }
  }

  public func enumeration(_ keyword: String) -> String? {
    if case .enumeration(let value) = self[keyword] { value } else { nil }
  }

  public func integer(_ keyword: String) -> Int? {
    if case .integer(let value) = self[keyword] { value } else { nil }
  }

  public func block(_ keyword: String) -> CheckedClauses? {
    if case .block(let value) = self[keyword] { value } else { nil }
  }

  public static func == (lhs: CheckedClauses, rhs: CheckedClauses) -> Bool {
    lhs.entries.count == rhs.entries.count
      && zip(lhs.entries, rhs.entries).allSatisfy {
        $0.keyword == $1.keyword && $0.value == $1.value && $0.span == $1.span
      }
  }
}

/// A declaration whose clauses have been checked, with its children. A class, like the syntax
/// nodes it comes from: lowering and the REPL pass declarations around without copying them.
public final class CheckedDeclaration: Sendable, Equatable {
  public let kind: DeclarationKind
  /// The qualified id (`ogp_2023_2028.SO3`); a forum's is its plan's id plus `.forum`.
  public let id: String
  public let name: String?
  public let title: String
  public let doc: String?
  /// For actors: the kind written in the header.
  public let actorKind: String?
  public let span: SourceSpan
  public let clauses: CheckedClauses
  public let children: [CheckedDeclaration]
  /// The declaration as written, for tools that point into the source.
  public let syntax: Declaration

  init(
    kind: DeclarationKind, id: String, name: String?, title: String, doc: String?, actorKind: String?,
    span: SourceSpan, clauses: CheckedClauses, children: [CheckedDeclaration], syntax: Declaration
  ) {
    self.kind = kind
    self.id = id
    self.name = name
    self.title = title
    self.doc = doc
    self.actorKind = actorKind
    self.span = span
    self.clauses = clauses
    self.children = children
    self.syntax = syntax
  }

  public static func == (lhs: CheckedDeclaration, rhs: CheckedDeclaration) -> Bool {
    lhs === rhs
      || (lhs.kind == rhs.kind && lhs.id == rhs.id && lhs.name == rhs.name && lhs.title == rhs.title
        && lhs.doc == rhs.doc && lhs.actorKind == rhs.actorKind && lhs.span == rhs.span
        && lhs.clauses == rhs.clauses && lhs.children == rhs.children)
  }
}

/// Every checked top-level declaration, in load order.
public struct CheckedProgram: Sendable, Equatable {
  public let declarations: [CheckedDeclaration]
}
