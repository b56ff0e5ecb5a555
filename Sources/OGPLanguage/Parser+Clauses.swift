import OGPDiagnostics

extension Parser {
  /// `identifier [values] [block]` (grammar §2 `clause`).
  mutating func parseClause() -> Clause {
    let keyword = Identifier(text(current), span: span(current))
    advance()
    var groups = InlineList<ValueGroup>()
    var valuesSpan: SourceSpan?
    if !atItemEnd, !at(.leftBrace) {
      (groups, valuesSpan) = parseValues(of: keyword.name)
    }
    var block: Block?
    if at(.leftBrace) {
      block = parseBlock(owner: nil)
    }
    let end = index > 0 ? tokens[index - 1].end : keyword.span.end
    let clause = Clause(
      keyword: keyword, groups: groups, valuesSpan: valuesSpan, block: block,
      span: SourceSpan(file: source.id, start: keyword.span.start, end: max(end, keyword.span.end)))
    expectItemEnd(after: .values(clause: keyword.name))
    return clause
  }

  /// `group { "," { newline } group }`: a line ending in ',' continues on the next. The groups,
  /// and the span from the first's start to the last's end (nil for none).
  mutating func parseValues(of clause: String) -> (groups: InlineList<ValueGroup>, span: SourceSpan?) {
    var groups = InlineList<ValueGroup>()
    var covered: SourceSpan?
    while true {
      guard let group = parseGroup(of: clause) else { break }
      covered = covered?.union(group.span) ?? group.span
      groups.append(group)
      guard at(.comma) else { break }
      let comma = span(current)
      advance()
      skipNewlines()
      guard atAtomStart else {
        if at(.endOfFile) { endedInside = true }
        report(.expectedValueAfterComma(clause: clause, found: found), at: comma)
        break
      }
    }
    return (groups, covered)
  }

  var atAtomStart: Bool {
    switch current.kind {
    case .identifier, .integer, .date, .string, .multilineString: true
    case let kind: kind.isKeyword
    }
  }

  mutating func parseGroup(of clause: String) -> ValueGroup? {
    guard atAtomStart else {
      report(.expectedValue(clause: clause, found: found), at: missingSpan)
      return nil
    }
    var terms = InlineList<Term>()
    while atAtomStart {
      guard let term = parseTerm(of: clause) else { break }
      terms.append(term)
    }
    guard let first = terms.first, let last = terms.last else { return nil }
    return ValueGroup(terms: terms, span: first.span.union(last.span))
  }

  /// `atom [ ".." { newline } atom ]`.
  mutating func parseTerm(of clause: String) -> Term? {
    guard let lower = parseAtom() else { return nil }
    guard at(.dotDot) else { return Term(lower: lower, upper: nil, span: lower.span) }
    advance()
    skipNewlines()
    guard atAtomStart, let upper = parseAtom() else {
      if at(.endOfFile) { endedInside = true }
      report(.expectedRangeEnd(found: found), at: missingSpan)
      return Term(lower: lower, upper: nil, span: lower.span)
    }
    return Term(lower: lower, upper: upper, span: lower.span.union(upper.span))
  }

  /// `path | string | integer | date`.
  mutating func parseAtom() -> Atom? {
    switch current.kind {
    case .string, .multilineString:
      return .string(parseString())
    case .integer:
      let token = current
      advance()
      return .integer(Int(text(token)), span(token))
    case .date:
      let token = current
      advance()
      return .date(text(token), span(token))
    default:
      guard at(.identifier) || current.kind.isKeyword else { return nil }
      var parts = InlineList<Identifier>()
      while true {
        if current.kind.isKeyword {
          report(.reservedWordAsName(text(current), referring: true), at: span(current))
        }
        parts.append(Identifier(text(current), span: span(current)))
        advance()
        guard at(.dot) else { break }
        if peekKind() == .identifier || peekKind().isKeyword {
          advance()
        } else {
          advance()
          report(.expectedNameAfterDot(found: found), at: missingSpan)
          break
        }
      }
      return .path(parts)
    }
  }

  mutating func parseString() -> StringLiteral {
    let token = current
    advance()
    let decoded = StringLiteralDecoder.decode(token, in: source)
    for diagnostic in decoded.diagnostics { diagnostics.append(diagnostic) }
    return StringLiteral(value: decoded.value, span: span(token), isMultiline: token.kind == .multilineString)
  }
}
