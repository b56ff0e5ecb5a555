import OGPDiagnostics

/// The kinds of token; trivia (spaces, tabs, comments, invalid bytes) produce none.
public enum TokenKind: UInt8, Sendable, CaseIterable {
  case identifier
  case integer
  case date
  case string
  case multilineString
  case docComment
  case newline
  case leftBrace
  case rightBrace
  case comma
  case semicolon
  case dot
  case dotDot
  // Operators of expressions (queries and `rule` declarations).
  case leftParen
  case rightParen
  case equalEqual
  case bangEqual
  case less
  case lessEqual
  case greater
  case greaterEqual
  case plus
  case minus
  case endOfFile
  // Reserved declaration keywords.
  case kwUse
  case kwStrategy
  case kwObjective
  case kwPriority
  case kwChange
  case kwStandard
  case kwStandards
  case kwActor
  case kwPlan
  case kwForum
  case kwCommitment
  case kwMilestone
  case kwRule

  /// The reserved words, as written.
  public static let keywords: [String: TokenKind] = [
    "use": .kwUse, "strategy": .kwStrategy, "objective": .kwObjective, "priority": .kwPriority,
    "change": .kwChange, "standard": .kwStandard, "standards": .kwStandards, "actor": .kwActor,
    "plan": .kwPlan,
    "forum": .kwForum, "commitment": .kwCommitment, "milestone": .kwMilestone, "rule": .kwRule,
  ]

  public var isKeyword: Bool { rawValue >= TokenKind.kwUse.rawValue }

  /// How the token is named in "expected …, found …" messages.
  public var displayName: String {
    switch self {
    case .identifier: SyntaxText.tokenName
    case .integer: SyntaxText.tokenNumber
    case .date: SyntaxText.tokenDate
    case .string, .multilineString: SyntaxText.tokenString
    case .docComment: SyntaxText.tokenDocComment
    case .newline: SyntaxText.tokenEndOfLine
    case .leftBrace: "'{'"
    case .rightBrace: "'}'"
    case .comma: "','"
    case .semicolon: "';'"
    case .dot: "'.'"
    case .dotDot: "'..'"
    case .leftParen: "'('"
    case .rightParen: "')'"
    case .equalEqual: "'=='"
    case .bangEqual: "'!='"
    case .less: "'<'"
    case .lessEqual: "'<='"
    case .greater: "'>'"
    case .greaterEqual: "'>='"
    case .plus: "'+'"
    case .minus: "'-'"
    case .endOfFile: SyntaxText.tokenEndOfFile
    default:
      // Every kind not named above is a keyword; the case's name stands in should one be added.
      SyntaxText.tokenKeyword(
        keyword: TokenKind.keywords.first(where: { $0.value == self })?.key ?? "\(self)")
    }
  }
}

/// A token is a kind and a byte range: no text is copied until someone asks for it.
public struct Token: Hashable, Sendable {
  public let kind: TokenKind
  public let start: UInt32
  public let length: UInt32

  public init(kind: TokenKind, start: Int, length: Int) {
    self.kind = kind
    self.start = UInt32(truncatingIfNeeded: start)
    self.length = UInt32(truncatingIfNeeded: length)
  }

  public var end: Int { Int(start) + Int(length) }

  public func span(in file: SourceFileID) -> SourceSpan {
    SourceSpan(file: file, start: Int(start), end: end)
  }
}
