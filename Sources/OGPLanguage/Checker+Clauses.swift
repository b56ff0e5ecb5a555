import OGPDiagnostics
import OGPModel

/// What holds a list of clauses, as messages name it: "commitment 'c01'", "'cocreation'". The
/// text is built only when a message needs it, not once per declaration checked.
struct ClauseOwner: CustomStringConvertible {
  enum Kind {
    case declaration(DeclarationKind, name: String?)
    case block(keyword: String)
  }
  let kind: Kind

  var description: String {
    switch kind {
    case .declaration(let kind, let name?): kind.named(name)
    // Only a forum has no name: a declaration missing its name is not checked.
    case .declaration(.forum, nil): CheckText.ownerForum
    case .declaration(let kind, nil): kind.name
    case .block(let keyword): WordsText.blockNamed(keyword: keyword)
    }
  }
}

extension Checker {
  /// Checks clauses against their table: unknown and repeated clauses, missing required ones,
  /// and each value against its type. `missingRequired` tells whether a required clause is
  /// missing (reported): the model cannot be built without it.
  mutating func checkClauses(
    _ clauses: [Clause], specs: [ClauseSpec], owner: ClauseOwner, headerSpan: SourceSpan, context: Context
  ) -> (clauses: [CheckedClause], missingRequired: Bool) {
    var checked: [CheckedClause] = []
    checked.reserveCapacity(clauses.count)
    // Where each spec was first given, by its index in `specs`: tables are short, so an array
    // beats hashing every keyword.
    var seen = [SourceSpan?](repeating: nil, count: specs.count)
    // The translations given, each clause's language at most once: a few per declaration.
    var translations: [GivenTranslation] = []
    for clause in clauses {
      let keyword = clause.keyword.name
      guard let specIndex = specs.firstIndex(where: { $0.keyword == keyword }) else {
        reportUnknownClause(clause.keyword, among: specs.map(\.keyword), owner: owner.description)
        continue
      }
      let spec = specs[specIndex]
      if spec.isTranslatable, let (tag, text) = clause.translation {
        if let value = checkTranslation(
          clause, tag: tag, text: text, specIndex: specIndex, owner: owner, given: &translations)
        {
          checked.append(
            CheckedClause(
              specIndex: specIndex, keyword: spec.keyword, value: value, syntax: clause, inner: []))
        }
        continue
      }
      if let previous = seen[specIndex], !spec.isRepeatable {
        diagnostics.append(
          CheckMessage.duplicateClause(keyword, owner: owner, type: spec.type, first: previous)
            .diagnostic(at: clause.keyword.span))
        continue
      }
      if seen[specIndex] == nil { seen[specIndex] = clause.keyword.span }
      if let value = checkValue(clause, spec.type, owner: owner, context: context) {
        checked.append(
          CheckedClause(
            specIndex: specIndex, keyword: spec.keyword, value: value.value, syntax: clause,
            inner: value.inner))
      }
    }
    var missingRequired = false
    for (spec, given) in zip(specs, seen) where spec.isRequired && given == nil {
      missingRequired = true
      diagnostics.append(
        CheckMessage.missingClause(spec.keyword, owner: owner, type: spec.type).diagnostic(at: headerSpan))
    }
    // A title's default is the header's; any other text's is its clause without a language.
    for translation in translations where seen[translation.specIndex] == nil {
      let spec = specs[translation.specIndex]
      if case .translation = spec.type { continue }
      diagnostics.append(
        CheckMessage.translationWithoutDefault(spec.keyword, language: translation.language, owner: owner)
          .diagnostic(at: translation.span))
    }
    return (checked, missingRequired)
  }

  /// A translation clause that checked clean so far: which clause, which language, and where
  /// its language was written.
  struct GivenTranslation {
    let specIndex: Int
    let language: String
    let span: SourceSpan
  }

  /// Checks a translation's language (one `ogp` speaks, given once for the clause) and its text.
  private mutating func checkTranslation(
    _ clause: Clause, tag: Identifier, text: Term, specIndex: Int, owner: ClauseOwner,
    given: inout [GivenTranslation]
  ) -> CheckedValue? {
    let languages = Language.allCases.map(\.rawValue)
    guard languages.contains(tag.name) else {
      // `ES`, `es_ES` name a language ogp speaks; `esp`, `eng` are a letter away from one.
      let suggestions =
        Language(tag: tag.name).map { [$0.rawValue] } ?? Suggestions.closest(to: tag.name, among: languages)
      diagnostics.append(
        CheckMessage.unknownLanguage(tag.name, clause: clause.keyword.name, suggestions: suggestions)
          .diagnostic(at: tag.span))
      return nil
    }
    if let first = given.first(where: { $0.specIndex == specIndex && $0.language == tag.name }) {
      diagnostics.append(
        CheckMessage.duplicateTranslation(
          clause.keyword.name, language: tag.name, owner: owner, first: first.span
        ).diagnostic(at: tag.span))
      return nil
    }
    given.append(GivenTranslation(specIndex: specIndex, language: tag.name, span: tag.span))
    if let upper = text.upper {
      reportType(clause, .text, found: "a range", at: text.lower.span.union(upper.span))
      return nil
    }
    return checkText(text.lower, clause, .text).map { .translation(language: tag.name, text: $0) }
  }

  /// An unknown clause keyword, with the closest of the `keywords` that `owner` takes.
  mutating func reportUnknownClause(_ written: Identifier, among keywords: [String], owner: String) {
    let suggestions = Suggestions.closest(to: written.name, among: keywords)
    diagnostics.append(
      CheckMessage.unknownClause(written.name, owner: owner, keywords: keywords, suggestions: suggestions)
        .diagnostic(at: written.span))
  }

  // MARK: Values

  mutating func checkValue(_ clause: Clause, _ type: ValueType, owner: ClauseOwner, context: Context)
    -> (value: CheckedValue, inner: [CheckedClause])?
  {
    let keyword = clause.keyword.name
    if case .block(let specs) = type {
      guard let block = clause.block, clause.groups.isEmpty else {
        reportType(
          clause, type,
          found: clause.groups.first?.terms.first?.lower.kindDescription ?? CheckText.foundNoBlock)
        return nil
      }
      let inner = checkClauses(
        block.clauses, specs: specs, owner: ClauseOwner(kind: .block(keyword: keyword)),
        headerSpan: clause.keyword.span, context: context
      ).clauses
      return (.block(inner.map { ($0.keyword, $0.value) }), inner)
    }
    return checkLineValue(clause, type, context: context).map { ($0, []) }
  }

  /// A value written on the clause's line, after the keyword.
  private mutating func checkLineValue(_ clause: Clause, _ type: ValueType, context: Context) -> CheckedValue?
  {
    let keyword = clause.keyword.name
    if let block = clause.block {
      diagnostics.append(CheckMessage.unexpectedBlock(clause: keyword, type).diagnostic(at: block.openBrace))
      return nil
    }
    guard !clause.groups.isEmpty else {
      diagnostics.append(CheckMessage.missingValue(clause: keyword, type).diagnostic(at: clause.keyword.span))
      return nil
    }
    if !type.isList, clause.groups.count > 1 {
      diagnostics.append(
        CheckMessage.extraValues(clause: keyword, type, count: clause.groups.count)
          .diagnostic(at: clause.groups[1].span.union(clause.groups[clause.groups.count - 1].span)))
      return nil
    }
    switch type {
    case .text:
      return checkSingle(clause, type, .text, context).map(CheckedValue.text)
    case .translation:
      // A translation reaches here only when it lacks its language: `title "…"`.
      reportType(clause, type, found: describe(clause.groups[0].terms))
      return nil
    case .texts:
      return checkList(clause, type, .text, context).map(CheckedValue.texts)
    case .integer:
      return single(clause, type).flatMap { checkInteger($0, clause, type) }.map(CheckedValue.integer)
    case .count:
      return checkCount(clause)
    case .date:
      return single(clause, type).flatMap { checkDate($0, clause, type) }.map(CheckedValue.date)
    case .dates:
      var dates: [PartialDate] = []
      var failed = false
      for group in clause.groups {
        guard let atom = atom(of: group, clause, type), let date = checkDate(atom, clause, type) else {
          failed = true
          continue
        }
        dates.append(date)
      }
      return failed ? nil : .dates(dates)
    case .dateRange:
      return checkDateRange(clause).map(CheckedValue.dateRange)
    case .frequency:
      return checkFrequency(clause).map(CheckedValue.frequency)
    case .enumeration(let domain):
      return checkSingle(clause, type, .enumeration(domain), context).map(CheckedValue.enumeration)
    case .enumerations(let domain):
      return checkList(clause, type, .enumeration(domain), context).map(CheckedValue.enumerations)
    case .actorReference:
      return checkSingle(clause, type, .global(.actor), context).map(CheckedValue.reference)
    case .actorReferences:
      return checkList(clause, type, .global(.actor), context).map(CheckedValue.references)
    case .strategyReference:
      return checkSingle(clause, type, .global(.strategy), context).map(CheckedValue.reference)
    case .standardsReference:
      return checkSingle(clause, type, .global(.standards), context).map(CheckedValue.reference)
    case .objectiveReferences:
      guard strategyIsKnown(for: clause, context) else { return nil }
      return checkList(clause, type, .objective, context).map(CheckedValue.references)
    case .tags:
      return checkList(clause, type, .tag, context).map(CheckedValue.tags)
    case .member:
      return checkMember(clause)
    case .requirement:
      return checkRequirement(clause)
    case .block:
      return nil
    }
  }

  /// What one item of a clause must be.
  enum ItemKind {
    case text
    case enumeration(EnumDomain)
    case global(DeclarationKind)
    case objective
    case tag
  }

  private mutating func checkItem(
    _ atom: Atom, _ kind: ItemKind, _ clause: Clause, _ type: ValueType, _ context: Context
  )
    -> String?
  {
    switch kind {
    case .text: checkText(atom, clause, type)
    case .enumeration(let domain): checkEnumeration(atom, domain, clause: clause.keyword.name)
    case .global(let declarationKind):
      noteReference(atom, resolveGlobal(atom, declarationKind, clause: clause))
    case .objective: resolveObjective(atom, clause: clause, context: context)
    case .tag: checkTag(atom, clause, type)
    }
  }

  /// Records where a name that resolved was written, for the source index.
  private mutating func noteReference(_ atom: Atom, _ id: String?) -> String? {
    if let id { index.addReference(at: atom.span, to: id) }
    return id
  }

  private mutating func checkSingle(_ clause: Clause, _ type: ValueType, _ kind: ItemKind, _ context: Context)
    -> String?
  {
    guard let atom = single(clause, type) else { return nil }
    return checkItem(atom, kind, clause, type, context)
  }

  /// Checks every comma-separated item; nil if any item is wrong (each one is reported).
  private mutating func checkList(_ clause: Clause, _ type: ValueType, _ kind: ItemKind, _ context: Context)
    -> [String]?
  {
    var values: [String] = []
    var failed = false
    for group in clause.groups {
      guard let atom = atom(of: group, clause, type), let value = checkItem(atom, kind, clause, type, context)
      else {
        failed = true
        continue
      }
      values.append(value)
    }
    return failed ? nil : values
  }

  /// The one atom of a single-valued clause, or nil after reporting what is wrong with it.
  private mutating func single(_ clause: Clause, _ type: ValueType) -> Atom? {
    let group = clause.groups[0]
    return atom(of: group, clause, type)
  }

  private mutating func atom(of group: ValueGroup, _ clause: Clause, _ type: ValueType) -> Atom? {
    guard group.terms.count == 1 else {
      if case .enumeration(let domain) = type, reportEnumerationWrittenApart(group.terms, domain) {
        return nil
      }
      if case .enumerations(let domain) = type, reportEnumerationWrittenApart(group.terms, domain) {
        return nil
      }
      let message =
        type.isList
        ? CheckMessage.missingComma(clause: clause.keyword.name)
        : .severalTerms(clause: clause.keyword.name, type, count: group.terms.count)
      diagnostics.append(
        message.diagnostic(at: group.terms[1].span.union(group.terms[group.terms.count - 1].span)))
      return nil
    }
    let term = group.terms[0]
    if let upper = term.upper {
      reportType(clause, type, found: CheckText.foundRange, at: term.lower.span.union(upper.span))
      return nil
    }
    return term.lower
  }

  mutating func reportType(_ clause: Clause, _ type: ValueType, found: String, at span: SourceSpan? = nil) {
    diagnostics.append(
      CheckMessage.wrongValueType(clause: clause.keyword.name, type, found: found)
        .diagnostic(at: span ?? clause.valueSpan))
  }

  private mutating func checkText(_ atom: Atom, _ clause: Clause, _ type: ValueType) -> String? {
    guard case .string(let literal) = atom else {
      // Words written bare may be the text without its quotes.
      var path: String?
      if case .path(let parts) = atom { path = parts.map(\.name).joined(separator: ".") }
      diagnostics.append(
        CheckMessage.expectedString(
          clause: clause.keyword.name, type, found: atom.kindDescription, path: path
        )
        .diagnostic(at: atom.span))
      return nil
    }
    return literal.value
  }

  private mutating func checkInteger(_ atom: Atom, _ clause: Clause, _ type: ValueType) -> Int? {
    guard case .integer(let value, _) = atom else {
      reportType(clause, type, found: atom.kindDescription, at: atom.span)
      return nil
    }
    // A number without a value was too large or malformed; the lexer has said so.
    return value
  }

  private mutating func checkTag(_ atom: Atom, _ clause: Clause, _ type: ValueType) -> String? {
    guard case .path(let parts) = atom, parts.count == 1 else {
      reportType(clause, type, found: atom.kindDescription, at: atom.span)
      return nil
    }
    return parts[0].name
  }

  /// A word from a closed set, with suggestions when it is not one of them.
  mutating func checkEnumeration(_ atom: Atom, _ domain: EnumDomain, clause: String) -> String? {
    guard case .path(let parts) = atom, parts.count == 1 else {
      diagnostics.append(
        CheckMessage.expectedEnumerationWord(domain, clause: clause, found: atom.kindDescription)
          .diagnostic(at: atom.span))
      return nil
    }
    let word = parts[0].name
    if domain.values.contains(word) { return word }
    reportUnknownEnumeration([parts[0]], domain)
    return nil
  }

  /// The kind in an actor's header: one word, or words written apart (`civil society`), which
  /// are never a kind as they stand.
  mutating func checkActorKind(_ written: Identifier) -> ActorKind? {
    if let kind = ActorKind(rawValue: written.name) { return kind }
    reportUnknownEnumeration(words(of: written), .actorKind)
    return nil
  }

  /// The words of an identifier that holds several. Each keeps the span of them all, which is
  /// what a message about them marks.
  private func words(of written: Identifier) -> [Identifier] {
    written.name.split(whereSeparator: { $0 == " " || $0 == "\t" }).map {
      Identifier(String($0), span: written.span)
    }
  }

  /// Words that are not a value of `domain` (one, or several written apart), reported with what
  /// they most likely meant.
  mutating func reportUnknownEnumeration(_ words: [Identifier], _ domain: EnumDomain) {
    let span = words[0].span.union(words[words.count - 1].span)
    let written = words.map(\.name).joined(separator: " ")
    if Self.isProgressAsCompletion(words, domain) {
      diagnostics.append(CheckMessage.progressAsCompletion(written).diagnostic(at: span))
      return
    }
    let suggestion = EnumSuggestion(words.map(\.name), in: domain)
    diagnostics.append(CheckMessage.unknownEnumerationWord(written, domain, suggestion).diagnostic(at: span))
  }

  /// A plan's progress word (`in_progress`, `in progress`) where the IRM's completion belongs.
  private static func isProgressAsCompletion(_ words: [Identifier], _ domain: EnumDomain) -> Bool {
    domain == .completion && EnumDomain.normalisedKey(words.map(\.name)) == Status.inProgress.rawValue
  }

  /// The terms of a value as words, when each is one bare name: `in progress`, `civil society`.
  func bareWords(_ terms: some Collection<Term>) -> [Identifier]? {
    var words: [Identifier] = []
    for term in terms {
      guard term.upper == nil, case .path(let parts) = term.lower, parts.count == 1 else { return nil }
      words.append(parts[0])
    }
    return words
  }

  /// Words written apart where one value of `domain` belongs, reported when they read as one
  /// value (`in progress`, `sociedad civil`); false when they do not, and the caller says what
  /// is wrong. Words that are each a value are a list without its commas.
  mutating func reportEnumerationWrittenApart(_ terms: some Collection<Term>, _ domain: EnumDomain) -> Bool {
    guard let words = bareWords(terms), words.count > 1,
      !words.allSatisfy({ domain.values.contains($0.name) }),
      Self.isProgressAsCompletion(words, domain) || EnumSuggestion(words.map(\.name), in: domain) != .none
    else { return false }
    reportUnknownEnumeration(words, domain)
    return true
  }

  /// `"Name" kind`.
  private mutating func checkMember(_ clause: Clause) -> CheckedValue? {
    let terms = clause.groups[0].terms
    if terms.count > 2, case .string = terms[0].lower,
      reportEnumerationWrittenApart(terms.dropFirst(), .memberKind)
    {
      return nil
    }
    guard terms.count == 2, terms.allSatisfy({ $0.upper == nil }), case .string(let name) = terms[0].lower
    else {
      reportType(clause, .member, found: describe(terms))
      return nil
    }
    guard let word = checkEnumeration(terms[1].lower, .memberKind, clause: "member"),
      let kind = MemberKind(rawValue: word)
    else { return nil }
    return .member(Member(name: name.value, kind: kind))
  }

  /// `every N unit`.
  private mutating func checkFrequency(_ clause: Clause) -> Duration? {
    let terms = clause.groups[0].terms
    guard terms.count == 3, terms.allSatisfy({ $0.upper == nil }), case .path(let every) = terms[0].lower,
      every.count == 1, every[0].name == "every"
    else {
      reportType(clause, .frequency, found: describe(terms))
      return nil
    }
    return checkDuration(terms[1].lower, terms[2].lower, clause: clause, type: .frequency)
  }

  /// `[qualifier] N`: `1000`, `over 1000`.
  private mutating func checkCount(_ clause: Clause) -> CheckedValue? {
    let terms = clause.groups[0].terms
    if terms.count > 2, case .integer = terms[terms.count - 1].lower,
      reportEnumerationWrittenApart(terms.dropLast(), .countQualifier)
    {
      return nil
    }
    guard terms.count == 1 || terms.count == 2, terms.allSatisfy({ $0.upper == nil }) else {
      reportType(clause, .count, found: describe(terms))
      return nil
    }
    var qualifier: String?
    if terms.count == 2 {
      guard let word = checkEnumeration(terms[0].lower, .countQualifier, clause: clause.keyword.name) else {
        return nil
      }
      qualifier = word
    }
    guard let last = terms.last, let number = checkInteger(last.lower, clause, .count) else { return nil }
    return .count(number, qualifier: qualifier)
  }

  /// `["number"] name [N unit]`: OGP's number for the requirement ("1.1") comes first when given.
  private mutating func checkRequirement(_ clause: Clause) -> CheckedValue? {
    var terms = Array(clause.groups[0].terms)
    var number: String?
    if case .string(let literal)? = terms.first?.lower, terms.count == 2 || terms.count == 4 {
      number = literal.value
      terms.removeFirst()
    }
    guard terms.count == 1 || terms.count == 3, terms.allSatisfy({ $0.upper == nil }),
      case .path(let name) = terms[0].lower, name.count == 1
    else {
      reportType(clause, .requirement, found: describe(clause.groups[0].terms))
      return nil
    }
    guard terms.count == 3 else {
      return .requirements([MinimumRequirement(number: number, requirement: name[0].name)])
    }
    guard let interval = checkDuration(terms[1].lower, terms[2].lower, clause: clause, type: .requirement)
    else {
      return nil
    }
    return .requirements([MinimumRequirement(number: number, requirement: name[0].name, interval: interval)])
  }

  private mutating func checkDuration(_ amount: Atom, _ unit: Atom, clause: Clause, type: ValueType)
    -> Duration?
  {
    guard case .integer(let value, let span) = amount else {
      reportType(clause, type, found: amount.kindDescription, at: amount.span)
      return nil
    }
    guard let value else { return nil }
    guard Duration.amounts.contains(value) else {
      // Below the range a forum never meets; above it, converting the amount to days could overflow.
      diagnostics.append(
        CheckMessage.durationOutOfRange(value, clause: clause.keyword.name).diagnostic(at: span))
      return nil
    }
    guard let word = checkEnumeration(unit, .durationUnit, clause: clause.keyword.name),
      let unit = Duration.Unit(word: word)
    else { return nil }
    return Duration(amount: value, unit: unit)
  }

  func describe(_ terms: InlineList<Term>) -> String {
    if terms.count == 1 {
      return terms[0].upper == nil ? terms[0].lower.kindDescription : CheckText.foundRange
    }
    return CheckText.foundValues(count: String(terms.count))
  }
}
