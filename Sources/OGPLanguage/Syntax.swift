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
  case strategy, objective, priority, change, standard, standards, actor, plan, forum, commitment, milestone

  init?(_ token: TokenKind) {
    switch token {
    case .kwStrategy: self = .strategy
    case .kwObjective: self = .objective
    case .kwPriority: self = .priority
    case .kwChange: self = .change
    case .kwStandard: self = .standard
    case .kwStandards: self = .standards
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

  /// What people call it, in `Language.current`: "commitment", "compromiso".
  public var name: String { words.name }

  /// "a commitment", "un compromiso".
  public var withArticle: String { words.withArticle }

  /// One of this kind by its name: "commitment 'c01'", "el compromiso 'c01'".
  public func named(_ name: String) -> String { words.named(name) }

  private var words: (name: String, withArticle: String, named: (String) -> String) {
    switch self {
    case .strategy: (WordsText.kindStrategy, WordsText.kindStrategyA, WordsText.kindStrategyNamed)
    case .objective: (WordsText.kindObjective, WordsText.kindObjectiveA, WordsText.kindObjectiveNamed)
    case .priority: (WordsText.kindPriority, WordsText.kindPriorityA, WordsText.kindPriorityNamed)
    case .change: (WordsText.kindChange, WordsText.kindChangeA, WordsText.kindChangeNamed)
    case .standard: (WordsText.kindStandard, WordsText.kindStandardA, WordsText.kindStandardNamed)
    case .standards: (WordsText.kindStandards, WordsText.kindStandardsA, WordsText.kindStandardsNamed)
    case .actor: (WordsText.kindActor, WordsText.kindActorA, WordsText.kindActorNamed)
    case .plan: (WordsText.kindPlan, WordsText.kindPlanA, WordsText.kindPlanNamed)
    case .forum: (WordsText.kindForum, WordsText.kindForumA, WordsText.kindForumNamed)
    case .commitment: (WordsText.kindCommitment, WordsText.kindCommitmentA, WordsText.kindCommitmentNamed)
    case .milestone: (WordsText.kindMilestone, WordsText.kindMilestoneA, WordsText.kindMilestoneNamed)
    }
  }
}

/// `commitment c01 "Title" { … }` and the other declarations.
///
/// Declarations, blocks and clauses are immutable classes: the checker, the linter and the
/// formatter pass them around by reference, and a 100 MB plan has millions of them.
public final class Declaration: Sendable {
  public let kind: DeclarationKind
  public let keywordSpan: SourceSpan
  /// Nil for a forum, or when the name is missing (already diagnosed).
  public let name: Identifier?
  /// The kind written in an actor's header (`actor odn civil_society "…"`). Words written apart
  /// where the kind belongs (`civil society`) are one identifier, their text as written, for the
  /// checker to say which kind they mean.
  public let actorKind: Identifier?
  public let title: StringLiteral?
  /// The `///` lines before the declaration, without their slashes.
  public let doc: String?
  public let body: Block?
  public let span: SourceSpan
  /// Whether the parser reported an error in the header: the checker then says nothing more
  /// about it, so one mistake in a header is one error.
  public let headerHasError: Bool

  public init(
    kind: DeclarationKind, keywordSpan: SourceSpan, name: Identifier?, actorKind: Identifier?,
    title: StringLiteral?, doc: String?, body: Block?, span: SourceSpan, headerHasError: Bool = false
  ) {
    self.kind = kind
    self.keywordSpan = keywordSpan
    self.name = name
    self.actorKind = actorKind
    self.title = title
    self.doc = doc
    self.body = body
    self.span = span
    self.headerHasError = headerHasError
  }
}

public final class Block: Sendable {
  public let items: [BlockItem]
  public let openBrace: SourceSpan
  /// Nil when the block was never closed (already diagnosed).
  public let closeBrace: SourceSpan?
  /// The items split by kind, each in the order written.
  public let clauses: [Clause]
  public let declarations: [Declaration]
  /// The declarations after `declarations`, not yet parsed: a plan's thousands of commitments,
  /// when the compiler asked for them to be read as they are checked.
  public let deferred: DeferredDeclarations?

  public init(
    items: [BlockItem], openBrace: SourceSpan, closeBrace: SourceSpan?, deferred: DeferredDeclarations? = nil
  ) {
    self.items = items
    self.openBrace = openBrace
    self.closeBrace = closeBrace
    self.deferred = deferred
    var clauses: [Clause] = []
    var declarations: [Declaration] = []
    for item in items {
      switch item {
      case .clause(let clause): clauses.append(clause)
      case .declaration(let declaration): declarations.append(declaration)
      }
    }
    self.clauses = clauses
    self.declarations = declarations
  }
}

public enum BlockItem: Sendable {
  case declaration(Declaration)
  case clause(Clause)
}

/// `keyword value, value …` with an optional block of sub-clauses.
public final class Clause: Sendable {
  public let keyword: Identifier
  /// Comma-separated groups; a group is the terms written side by side (`every 3 months`).
  public let groups: InlineList<ValueGroup>
  public let block: Block?
  public let span: SourceSpan
  /// The span of everything after the keyword, or the keyword itself when there is nothing:
  /// kept from parsing, as reading it from the groups copied two of them for every clause indexed.
  public let valueSpan: SourceSpan

  /// - Parameter valuesSpan: from the first group's start to the last one's end; nil for none.
  public init(
    keyword: Identifier, groups: InlineList<ValueGroup>, valuesSpan: SourceSpan?, block: Block?,
    span: SourceSpan
  ) {
    self.keyword = keyword
    self.groups = groups
    self.block = block
    self.span = span
    valueSpan = valuesSpan ?? keyword.span
  }
}

extension Clause {
  /// The language and the text of a translation clause, `aim es "…"`: one value of two terms,
  /// the first a bare word. Nil for a clause of any other shape (no clause of the language puts
  /// a word before a text otherwise), which is checked as the clause's default text.
  var translation: (tag: Identifier, text: Term)? {
    guard block == nil, groups.count == 1 else { return nil }
    let terms = groups[0].terms
    guard terms.count == 2, terms[0].upper == nil, case .path(let parts) = terms[0].lower, parts.count == 1
    else { return nil }
    return (parts[0], terms[1])
  }

  /// The keyword as the formatter aligns it: with the language of a translation of a text,
  /// `aim es`, so the texts of `aim "…"` and `aim es "…"` line up.
  var alignedKeyword: String {
    guard let translation, case .string = translation.text.lower else { return keyword.name }
    return keyword.name + " " + translation.tag.name
  }
}

public struct ValueGroup: Sendable {
  public var terms: InlineList<Term>
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
  case path(InlineList<Identifier>)
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

  /// How the value is named in "expected …, found …" messages, in `Language.current`.
  public var kindDescription: String {
    switch self {
    case .path(let parts):
      parts.count == 1
        ? SyntaxText.foundName(name: parts[0].name)
        : SyntaxText.foundPath(path: parts.map(\.name).joined(separator: "."))
    case .string: SyntaxText.tokenString
    case .integer: SyntaxText.tokenNumber
    case .date: SyntaxText.tokenDate
    }
  }
}
