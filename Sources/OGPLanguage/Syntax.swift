import OGPDiagnostics

/// The syntax tree of one file. Every node keeps its span; with the file's tokens, whose gaps
/// hold the trivia, the source can be printed back byte for byte.
public struct SourceFileSyntax: Sendable {
  public let file: SourceFileID
  public var items: [TopLevelItem]

  public var uses: [UseDirective] {
    items.compactMap { if case .use(let use) = $0 { use } else { nil } }
  }

  public var declarations: [Declaration] {
    items.compactMap { if case .declaration(let declaration) = $0 { declaration } else { nil } }
  }

  public var rules: [RuleDeclaration] {
    items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
  }
}

public enum TopLevelItem: Sendable {
  case use(UseDirective)
  case declaration(Declaration)
  case rule(RuleDeclaration)
}

/// `use "path"`.
public struct UseDirective: Sendable {
  public var path: StringLiteral?
  public var span: SourceSpan
}

/// A name as written, with where it was written.
public struct Identifier: Hashable, Sendable {
  public var name: String
  public var span: SourceSpan

  public init(_ name: String, span: SourceSpan) {
    self.name = name
    self.span = span
  }
}

public struct StringLiteral: Hashable, Sendable {
  /// The decoded value (escapes applied, multi-line indentation stripped).
  public var value: String
  public var span: SourceSpan
  public var isMultiline: Bool
}

public enum DeclarationKind: String, CaseIterable, Sendable {
  case strategy, objective, priority, change, standard, actor, plan, forum, commitment, milestone

  init?(_ token: TokenKind) {
    switch token {
    case .kwStrategy: self = .strategy
    case .kwObjective: self = .objective
    case .kwPriority: self = .priority
    case .kwChange: self = .change
    case .kwStandard: self = .standard
    case .kwActor: self = .actor
    case .kwPlan: self = .plan
    case .kwForum: self = .forum
    case .kwCommitment: self = .commitment
    case .kwMilestone: self = .milestone
    default: return nil
    }
  }

  /// A forum is named by its title only; every other declaration has an id.
  public var hasName: Bool { self != .forum }
}

/// `commitment c01 "Title" { … }` and the other declarations.
public struct Declaration: Sendable {
  public var kind: DeclarationKind
  public var keywordSpan: SourceSpan
  /// Nil for a forum, or when the name is missing (already diagnosed).
  public var name: Identifier?
  /// The kind written in an actor's header (`actor odn civil_society "…"`).
  public var actorKind: Identifier?
  public var title: StringLiteral?
  /// The `///` lines before the declaration, without their slashes.
  public var doc: String?
  public var body: Block?
  public var span: SourceSpan
}

public struct Block: Sendable {
  public var items: [BlockItem]
  public var openBrace: SourceSpan
  /// Nil when the block was never closed (already diagnosed).
  public var closeBrace: SourceSpan?

  public var clauses: [Clause] {
    items.compactMap { if case .clause(let clause) = $0 { clause } else { nil } }
  }

  public var declarations: [Declaration] {
    items.compactMap { if case .declaration(let declaration) = $0 { declaration } else { nil } }
  }
}

public enum BlockItem: Sendable {
  case declaration(Declaration)
  case clause(Clause)
}

/// `keyword value, value …` with an optional block of sub-clauses.
public struct Clause: Sendable {
  public var keyword: Identifier
  /// Comma-separated groups; a group is the terms written side by side (`every 3 months`).
  public var groups: [ValueGroup]
  public var block: Block?
  public var span: SourceSpan

  /// The span of everything after the keyword, or the keyword itself when there is nothing.
  public var valueSpan: SourceSpan {
    guard let first = groups.first, let last = groups.last else { return keyword.span }
    return first.span.union(last.span)
  }
}

public struct ValueGroup: Sendable {
  public var terms: [Term]
  public var span: SourceSpan
}

/// An atom, or a range `lower .. upper`.
public struct Term: Sendable {
  public var lower: Atom
  public var upper: Atom?
  public var span: SourceSpan
}

public enum Atom: Sendable {
  /// A name or a dotted path (`SO3.protect_participation`).
  case path([Identifier])
  case string(StringLiteral)
  /// Nil value when the digits do not fit an integer (already diagnosed).
  case integer(Int?, SourceSpan)
  /// The date's text as written; the checker validates it.
  case date(String, SourceSpan)

  public var span: SourceSpan {
    switch self {
    case .path(let parts): parts[0].span.union(parts[parts.count - 1].span)
    case .string(let literal): literal.span
    case .integer(_, let span), .date(_, let span): span
    }
  }

  /// How the value is named in "expected …, found …" messages.
  public var kindDescription: String {
    switch self {
    case .path(let parts):
      parts.count == 1
        ? "the name '\(parts[0].name)'" : "the path '\(parts.map(\.name).joined(separator: "."))'"
    case .string: "a string"
    case .integer: "a number"
    case .date: "a date"
    }
  }
}
