import OGPDiagnostics

/// How the parser gets back on its feet after an error: skip to a boundary where a new, independent
/// clause or declaration can start. Skipped braces are balanced iteratively, so a flood of '{'
/// costs no stack.
extension Parser {
  /// After a clause or declaration: a line break or ';' (consumed), or a '}' or the end (left).
  mutating func expectItemEnd(after item: SyntaxMessage.Item) {
    switch current.kind {
    case .newline, .semicolon:
      advance()
    case .rightBrace, .endOfFile:
      break
    default:
      report(.unexpectedAfterItem(found: found, item: item), at: span(current))
      skipToItemBoundary()
    }
  }

  /// Skips to the end of the line (consumed), a '}' or a declaration keyword or `rule` (left).
  mutating func skipToItemBoundary() {
    while true {
      switch current.kind {
      case .newline, .semicolon:
        advance()
        return
      case .rightBrace, .endOfFile:
        return
      case .leftBrace:
        _ = skipToClosingBrace(consumingOpen: true)
      case let kind where DeclarationKind(kind) != nil || kind == .kwRule:
        return
      default:
        advance()
      }
    }
  }

  /// At the top level: skips to the next declaration keyword, `use` or `rule`.
  mutating func skipToTopLevelDeclaration() {
    while true {
      switch current.kind {
      case .endOfFile, .kwUse, .kwRule:
        return
      case let kind where DeclarationKind(kind) != nil:
        return
      case .leftBrace:
        _ = skipToClosingBrace(consumingOpen: true)
      default:
        advance()
      }
    }
  }

  /// Skips past the '}' that closes the block just opened (or the one at the cursor when
  /// `consumingOpen`), counting braces instead of recursing. Returns the closing brace's span.
  mutating func skipToClosingBrace(consumingOpen: Bool = false) -> SourceSpan? {
    var open = 1
    if consumingOpen { advance() }
    while !at(.endOfFile) {
      switch current.kind {
      case .leftBrace:
        open += 1
      case .rightBrace:
        open -= 1
        if open == 0 {
          let close = span(current)
          advance()
          return close
        }
      default:
        break
      }
      advance()
    }
    return nil
  }
}
