import OGPDiagnostics
import OGPModel

/// What checking declarations and their clauses reports, worded in one place; member rules
/// report `RuleMessage`s.
enum CheckMessage {
  // Declarations.
  /// `first`: where the name was declared first, as `previous`.
  case duplicateDeclaration(String, DeclarationKind, previous: DeclarationKind, first: SourceSpan)
  /// `parent`: the declaration it stands in, nil at the top level of a file.
  case declarationNotAllowedHere(DeclarationKind, parent: DeclarationKind?)
  case secondForum(first: SourceSpan)
  case milestoneOutsideCommitment(DateRange, commitment: DateRange, commitmentSpan: SourceSpan)
  // Clauses.
  case duplicateClause(String, owner: ClauseOwner, type: ValueType, first: SourceSpan)
  case missingClause(String, owner: ClauseOwner, type: ValueType)
  /// `keywords`: the clauses `owner` takes.
  case unknownClause(String, owner: String, keywords: [String], suggestions: [String])
  case unexpectedBlock(clause: String, ValueType)
  case missingValue(clause: String, ValueType)
  /// Comma-separated values where the clause takes one.
  case extraValues(clause: String, ValueType, count: Int)
  /// Values one after another, without the commas of a list.
  case missingComma(clause: String)
  /// Values one after another where the clause takes one.
  case severalTerms(clause: String, ValueType, count: Int)
  /// `found`: what the value is ("a number", "a range").
  case wrongValueType(clause: String, ValueType, found: String)
  /// `path`: the words written, when they could be the text without its quotes.
  case expectedString(clause: String, ValueType, found: String, path: String?)
  case durationOutOfRange(Int, clause: String)
  case expectedEnumerationWord(EnumDomain, clause: String, found: String)
  /// `suggestion`: what the word, or words written apart, most likely meant.
  case unknownEnumerationWord(String, EnumDomain, EnumSuggestion)
  /// A plan's progress word (`in_progress`) where the IRM's completion label belongs.
  case progressAsCompletion(String)
  // Translations.
  /// `first`: where the clause's translation into `language` was given first.
  case duplicateTranslation(String, language: String, owner: ClauseOwner, first: SourceSpan)
  case unknownLanguage(String, clause: String, suggestions: [String])
  /// A translation of a clause whose text, the default, is not given.
  case translationWithoutDefault(String, language: String, owner: ClauseOwner)
  // References.
  case expectedDeclarationName(DeclarationKind, clause: String, found: String)
  /// `candidates`: the declared names of that kind.
  case unknownDeclaration(String, DeclarationKind, candidates: [String], suggestions: [String])
  case wrongKindOfDeclaration(
    String, expected: DeclarationKind, actual: DeclarationKind, declared: SourceSpan, clause: String)
  case pathToDeclaration(String, DeclarationKind)
  /// `advice`: which strategy to name, judged by the plan's and the strategies' periods.
  case advancesWithoutStrategy(plan: String?, advice: StrategyAdvice)
  case expectedObjectiveName(found: String)
  /// `home`: the objective that does declare the priority, if any.
  case unknownPriority(
    String, objective: Identifier, priorities: [String], suggestions: [String], home: String?)
  case pathBelowPriority
  /// A priority written where its objective belongs; `home` declares it.
  case priorityAsObjective(String, strategy: String, home: String)
  case unknownObjective(String, strategy: String, objectives: [String], suggestions: [String])
  // Dates.
  case invalidDate(String)
  /// `startSpan` and `endSpan`: where the range's two dates are written, swapped by the fix-it.
  case reversedRange(DateRange, startSpan: SourceSpan, endSpan: SourceSpan)

  func diagnostic(at span: SourceSpan) -> Diagnostic {
    switch self {
    case .duplicateDeclaration(let name, let kind, let previous, let first):
      .error(
        .duplicateDeclaration,
        kind == previous
          ? CheckText.duplicateDeclarationSameKind(declaration: kind.named(name))
          : CheckText.duplicateDeclarationOtherKind(name: name, previous: previous.withArticle),
        at: span, label: CheckText.duplicateDeclarationLabel,
        secondary: [Label(first, CheckText.duplicateDeclarationFirst)],
        help: kind == .strategy || kind == .actor || kind == .plan
          ? CheckText.duplicateDeclarationHelpFile : CheckText.duplicateDeclarationHelpBlock
      )
    case .declarationNotAllowedHere(let kind, let parent):
      Self.notAllowedHere(kind, parent: parent, at: span)
    case .secondForum(let first):
      .error(
        .secondForum, CheckText.secondForumMessage, at: span, label: CheckText.secondForumLabel,
        secondary: [Label(first, CheckText.secondForumFirst)], help: CheckText.secondForumHelp)
    case .milestoneOutsideCommitment(let range, let outer, let outerSpan):
      .error(
        .milestoneOutsideCommitment,
        CheckText.milestoneOutsideCommitmentMessage(range: range.description, outer: outer.description),
        at: span,
        label: range.firstDay < outer.firstDay
          ? CheckText.milestoneOutsideCommitmentStartsBefore(start: outer.start.description)
          : CheckText.milestoneOutsideCommitmentEndsAfter(end: outer.end.description),
        secondary: [Label(outerSpan, CheckText.milestoneOutsideCommitmentOuter)],
        help: CheckText.milestoneOutsideCommitmentHelp(outer: outer.description))
    case .duplicateClause(let keyword, let owner, let type, let first):
      .error(
        .duplicateClause, CheckText.duplicateClauseMessage(keyword: keyword, owner: owner.description),
        at: span, label: CheckText.duplicateClauseLabel,
        secondary: [Label(first, CheckText.duplicateClauseFirst)],
        help: type.isList
          ? CheckText.duplicateClauseHelpList(keyword: keyword)
          : CheckText.duplicateClauseHelpOne(keyword: keyword))
    case .missingClause(let keyword, let owner, let type):
      .error(
        .missingRequiredClause, CheckText.missingClauseMessage(owner: owner.description, keyword: keyword),
        at: span, label: CheckText.missingClauseLabel(keyword: keyword),
        help: CheckText.missingClauseHelp(keyword: keyword, example: type.example))
    case .unknownClause(let keyword, let owner, let keywords, let suggestions):
      Self.unknownClause(keyword, owner: owner, keywords: keywords, suggestions: suggestions, at: span)
    case .unexpectedBlock(let keyword, let type):
      .error(
        .wrongValueType, CheckText.unexpectedBlockMessage(keyword: keyword), at: span,
        label: CheckText.unexpectedBlockLabel,
        help: CheckText.unexpectedBlockHelp(keyword: keyword, example: type.example))
    case .missingValue(let keyword, let type):
      .error(
        .expectedValue, CheckText.missingValueMessage(keyword: keyword), at: span,
        label: CheckText.labelExpected(what: type.expectation),
        help: CheckText.helpWriteAs(keyword: keyword, example: type.example))
    case .extraValues(let keyword, let type, let count):
      .error(
        .wrongValueCount, CheckText.extraValuesMessage(keyword: keyword, count: String(count)), at: span,
        label: CheckText.extraValuesLabel, help: CheckText.extraValuesHelp(expectation: type.expectation))
    case .missingComma(let keyword):
      .error(
        .wrongValueCount, CheckText.missingCommaMessage(keyword: keyword), at: span,
        label: CheckText.labelUnexpected, help: CheckText.missingCommaHelp)
    case .severalTerms(let keyword, let type, let count):
      .error(
        .wrongValueCount,
        CheckText.severalTermsMessage(expectation: type.expectation, keyword: keyword, count: String(count)),
        at: span, label: CheckText.labelUnexpected, help: CheckText.severalTermsHelp(keyword: keyword))
    case .wrongValueType(let keyword, let type, let found):
      .error(
        .wrongValueType,
        CheckText.wrongValueTypeMessage(expectation: type.expectation, keyword: keyword, found: found),
        at: span, label: CheckText.labelExpected(what: type.shortName),
        help: CheckText.helpWriteAs(keyword: keyword, example: type.example))
    case .expectedString(let keyword, let type, let found, let path):
      .error(
        .wrongValueType,
        CheckText.wrongValueTypeMessage(expectation: type.expectation, keyword: keyword, found: found),
        at: span, label: CheckText.labelExpectedString,
        help: path.map { CheckText.expectedStringHelpQuoted(keyword: keyword, text: $0) }
          ?? CheckText.expectedStringHelp)
    case .durationOutOfRange(let value, let keyword):
      Self.durationOutOfRange(value, clause: keyword, at: span)
    case .duplicateTranslation(let keyword, let language, let owner, let first):
      .error(
        .duplicateTranslation,
        CheckText.duplicateTranslationMessage(keyword: keyword, language: language, owner: owner.description),
        at: span, label: CheckText.duplicateTranslationLabel,
        secondary: [Label(first, CheckText.duplicateTranslationFirst)],
        help: CheckText.duplicateTranslationHelp(keyword: keyword, language: language))
    case .unknownLanguage(let tag, let keyword, let suggestions):
      .error(
        .unknownLanguage, CheckText.unknownLanguageMessage(tag: tag, keyword: keyword), at: span,
        label: CheckText.unknownLanguageLabel,
        help: Self.didYouMean(
          suggestions, then: CheckText.unknownLanguageHelp(keyword: keyword, languages: Language.tags)),
        fixIts: Self.replacement(span, suggestions))
    case .translationWithoutDefault(let keyword, let language, let owner):
      .error(
        .translationWithoutDefault,
        CheckText.translationWithoutDefaultMessage(
          keyword: keyword, language: language, owner: owner.description),
        at: span, label: CheckText.translationWithoutDefaultLabel(keyword: keyword),
        help: CheckText.translationWithoutDefaultHelp(keyword: keyword))
    case .expectedEnumerationWord(let domain, let keyword, let found):
      .error(
        .wrongValueType,
        CheckText.expectedEnumerationWordMessage(domain: domain.name, keyword: keyword, found: found),
        at: span,
        label: CheckText.labelExpected(what: domain.withArticle),
        help: CheckText.enumerationHelp(values: domain.values.joined(separator: ", ")))
    case .unknownEnumerationWord(let word, let domain, let suggestion):
      Self.unknownEnumerationWord(word, domain, suggestion, at: span)
    case .progressAsCompletion(let word):
      .error(
        .progressAsCompletion, CheckText.progressAsCompletionMessage(word: word), at: span,
        label: CheckText.progressAsCompletionLabel,
        notes: [
          CheckText.progressAsCompletionScale(values: EnumDomain.completion.values.joined(separator: ", ")),
          CheckText.progressAsCompletionStatus(word: word),
        ],
        help: CheckText.progressAsCompletionHelp)
    case .expectedDeclarationName(let kind, let keyword, let found):
      .error(
        .wrongValueType,
        CheckText.expectedDeclarationNameMessage(kindA: kind.withArticle, keyword: keyword, found: found),
        at: span, label: CheckText.labelExpectedName,
        help: CheckText.expectedDeclarationNameHelp(kind: kind.name))
    case .unknownDeclaration(let name, let kind, let candidates, let suggestions):
      .error(
        kind == .strategy ? .unknownStrategy : .unknownActor,
        CheckText.unknownDeclarationMessage(kind: kind.name, name: name), at: span,
        label: CheckText.unknownDeclarationLabel,
        help: Suggestions.didYouMean(suggestions)
          ?? (candidates.isEmpty
            ? CheckText.unknownDeclarationDeclare(example: Parser.example(kind))
            : candidates.count <= 12
              ? CheckText.unknownDeclarationDeclareOrUse(names: candidates.joined(separator: ", "))
              : CheckText.unknownDeclarationDeclareOrUseMany(count: String(candidates.count), kind: kind.name)),
        fixIts: Self.replacement(span, suggestions))
    case .wrongKindOfDeclaration(let name, let expected, let actual, let declared, let keyword):
      .error(
        .wrongKindOfDeclaration,
        CheckText.wrongKindOfDeclarationMessage(
          name: name, actual: actual.withArticle, expected: expected.withArticle),
        at: span, label: CheckText.labelExpected(what: expected.withArticle),
        secondary: [Label(declared, CheckText.wrongKindOfDeclarationDeclared(actual: actual.withArticle))],
        help: CheckText.wrongKindOfDeclarationHelp(keyword: keyword, kind: expected.name))
    case .pathToDeclaration(let name, let kind):
      .error(
        .wrongValueType, CheckText.pathToDeclarationMessage(kind: kind.name), at: span,
        label: CheckText.labelExpected(what: kind.withArticle),
        help: CheckText.pathToDeclarationHelp(name: name))
    case .advancesWithoutStrategy(let plan, let advice):
      .error(
        .advancesWithoutStrategy, CheckText.advancesWithoutStrategyMessage, at: span,
        label: CheckText.advancesWithoutStrategyLabel,
        notes: advice.note.map { [$0] } ?? [],
        help: advice.help(plan: plan ?? "…"))
    case .expectedObjectiveName(let found):
      .error(
        .wrongValueType, CheckText.expectedObjectiveNameMessage(found: found), at: span,
        label: CheckText.labelExpectedName, help: CheckText.expectedObjectiveNameHelp)
    case .unknownPriority(let priority, let objective, let priorities, let suggestions, let home):
      .error(
        .unknownObjective, CheckText.unknownPriorityMessage(priority: priority, objective: objective.name),
        at: span, label: CheckText.unknownPriorityLabel(objective: objective.name),
        help: home.map { CheckText.unknownPriorityHome(priority: priority, home: $0) }
          ?? Self.didYouMean(
            suggestions,
            then: priorities.isEmpty
              ? CheckText.unknownPriorityNone(objective: objective.name)
              : CheckText.unknownPriorityDeclares(
                objective: objective.name, priorities: MessageText.list(priorities))),
        fixIts: home.map { [.replace(objective.span, with: $0)] } ?? Self.replacement(span, suggestions))
    case .pathBelowPriority:
      .error(
        .unknownObjective, CheckText.pathBelowPriorityMessage, at: span, label: CheckText.labelUnexpected,
        help: CheckText.pathBelowPriorityHelp)
    case .priorityAsObjective(let name, let strategy, let home):
      .error(
        .unknownObjective, CheckText.priorityAsObjectiveMessage(name: name, strategy: strategy), at: span,
        label: CheckText.priorityAsObjectiveLabel(home: home),
        help: CheckText.priorityAsObjectiveHelp(home: home, name: name),
        fixIts: [.replace(span, with: "\(home).\(name)")])
    case .unknownObjective(let name, let strategy, let objectives, let suggestions):
      .error(
        .unknownObjective, CheckText.unknownObjectiveMessage(name: name, strategy: strategy), at: span,
        label: CheckText.unknownObjectiveLabel,
        help: Self.didYouMean(
          suggestions,
          then: objectives.isEmpty
            ? CheckText.unknownObjectiveNone
            : CheckText.unknownObjectiveDeclares(objectives: MessageText.list(objectives))),
        fixIts: Self.replacement(span, suggestions))
    case .invalidDate(let text):
      .error(
        .invalidDate, CheckText.invalidDateMessage(text: text), at: span, label: Self.dateProblem(text),
        help: CheckText.invalidDateHelp)
    case .reversedRange(let range, let startSpan, let endSpan):
      .error(
        .reversedRange, CheckText.reversedRangeMessage(range: range.description), at: span,
        label: CheckText.reversedRangeLabel,
        help: CheckText.reversedRangeHelp(end: range.end.description, start: range.start.description),
        fixIts: [
          FixIt(
            CheckText.reversedRangeFix,
            edits: [
              TextEdit(span: startSpan, replacement: range.end.description),
              TextEdit(span: endSpan, replacement: range.start.description),
            ])
        ])
    }
  }

  private static func notAllowedHere(_ kind: DeclarationKind, parent: DeclarationKind?, at span: SourceSpan)
    -> Diagnostic
  {
    let homes = DeclarationKind.allCases.filter { ClauseTable.children(of: $0).contains(kind) }.map(
      \.withArticle)
    let help =
      homes.isEmpty
      ? CheckText.notAllowedHereHelpTopLevel
      : CheckText.notAllowedHereHelpInside(
        homes: homes.dropFirst().reduce(homes[0]) { CheckText.notAllowedHereEither(first: $0, second: $1) })
    // A top-level declaration inside a block usually means a '}' is missing above it.
    let notes =
      parent != nil && ClauseTable.children(of: nil).contains(kind)
      ? [CheckText.notAllowedHereMissingBrace(kind: kind.name)]
      : []
    return .error(
      .declarationNotAllowedHere,
      parent.map { CheckText.notAllowedHereInside(declaration: kind.withArticle, parent: $0.withArticle) }
        ?? CheckText.notAllowedHereTopLevel(declaration: kind.withArticle),
      at: span, label: CheckText.notAllowedHereLabel, notes: notes, help: help)
  }

  private static func unknownClause(
    _ keyword: String, owner: String, keywords: [String], suggestions: [String], at span: SourceSpan
  ) -> Diagnostic {
    let taken =
      keywords.isEmpty
      ? CheckText.unknownClauseTakesNone(owner: owner)
      : CheckText.unknownClauseTakes(owner: owner, keywords: keywords.joined(separator: ", "))
    let isDeclarationKeyword = DeclarationKind(rawValue: keyword) != nil || TokenKind.keywords[keyword] != nil
    return .error(
      .unknownClause, CheckText.unknownClauseMessage(keyword: keyword, owner: owner), at: span,
      label: CheckText.unknownClauseLabel,
      notes: isDeclarationKeyword ? [CheckText.unknownClauseDeclarationKeyword(keyword: keyword)] : [],
      help: Suggestions.didYouMean(suggestions).map {
        CheckText.unknownClauseSuggestion(suggestion: $0, taken: taken)
      }
        ?? taken,
      fixIts: replacement(span, suggestions))
  }

  private static func unknownEnumerationWord(
    _ word: String, _ domain: EnumDomain, _ suggestion: EnumSuggestion, at span: SourceSpan
  ) -> Diagnostic {
    let everyValue = CheckText.enumerationHelp(values: domain.values.joined(separator: ", "))
    let help: String
    var notes: [String] = []
    switch suggestion {
    case .respelled(let value):
      help =
        word.contains(" ")
        ? CheckText.suggestionJoinWords(value: value) : CheckText.suggestionLowerCase(value: value)
    case .synonym(let value):
      help =
        domain.isOGPVocabulary
        ? CheckText.suggestionOGPWord(word: word, value: value)
        : CheckText.suggestionWrittenAs(word: word, value: value)
      if domain == .memberKind { notes.append(CheckText.suggestionMemberKindNote) }
    case .ambiguous(let values):
      let choices = values.map { "'\($0)'" }
      help = CheckText.suggestionAmbiguous(
        word: word, choices: choices.dropLast().joined(separator: ", "), last: choices[choices.count - 1])
    case .spelling(let values):
      help = didYouMean(values, then: everyValue)
    case .none:
      help = everyValue
    }
    return .error(
      .unknownEnumValue, CheckText.unknownEnumerationWordMessage(domain: domain.name, word: word), at: span,
      label: CheckText.unknownEnumerationWordLabel(domainA: domain.withArticle),
      notes: notes, help: help, fixIts: suggestion.certain.map { [.replace(span, with: $0)] } ?? [])
  }

  /// A duration's amount outside `Duration.amounts`.
  private static func durationOutOfRange(_ value: Int, clause: String, at span: SourceSpan) -> Diagnostic {
    let (lower, upper) = (String(Duration.amounts.lowerBound), String(Duration.amounts.upperBound))
    return .error(
      .valueOutOfRange,
      value < Duration.amounts.lowerBound
        ? CheckText.durationOutOfRangeAtLeast(keyword: clause, lower: lower)
        : CheckText.durationOutOfRangeAtMost(keyword: clause, upper: upper),
      at: span, label: CheckText.durationOutOfRangeLabel,
      help: CheckText.durationOutOfRangeHelp(lower: lower, upper: upper))
  }

  /// "did you mean 'a'? " before `text`, when there is anything to suggest.
  private static func didYouMean(_ suggestions: [String], then text: String) -> String {
    (Suggestions.didYouMean(suggestions).map { $0 + " " } ?? "") + text
  }

  /// The fix-it writing the suggestion at `span`, when there is exactly one.
  private static func replacement(_ span: SourceSpan, _ suggestions: [String]) -> [FixIt] {
    suggestions.count == 1 ? [.replace(span, with: suggestions[0])] : []
  }

  /// Says what exactly is wrong, so "2023-02-30" is answered with "February 2023 has 28 days".
  private static func dateProblem(_ text: String) -> String {
    let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
    let parts = pieces.compactMap { Int($0) }
    let widths = pieces.map(\.count)
    guard parts.count <= 3, parts.count == pieces.count else { return CheckText.dateNotADate }
    if widths[0] != 4 { return CheckText.dateYearDigits }
    if parts[0] == 0 { return CheckText.dateNoYearZero }
    if parts.count > 1 {
      if widths[1] != 2 { return CheckText.dateMonthDigits }
      let month = parts[1]
      if !(1...12).contains(month) { return CheckText.dateNoSuchMonth(month: String(month)) }
      if parts.count > 2 {
        if widths[2] != 2 { return CheckText.dateDayDigits }
        if parts[2] == 0 { return CheckText.dateNoDayZero }
        let days = PartialDate.daysIn(month: month, year: parts[0])
        return CheckText.dateDaysInMonth(
          month: monthName(month), year: String(parts[0]), days: String(days))
      }
    }
    return CheckText.dateNotADate
  }

  /// The name of month 1...12, in `Language.current`.
  private static func monthName(_ month: Int) -> String {
    switch month {
    case 1: CheckText.monthJanuary
    case 2: CheckText.monthFebruary
    case 3: CheckText.monthMarch
    case 4: CheckText.monthApril
    case 5: CheckText.monthMay
    case 6: CheckText.monthJune
    case 7: CheckText.monthJuly
    case 8: CheckText.monthAugust
    case 9: CheckText.monthSeptember
    case 10: CheckText.monthOctober
    case 11: CheckText.monthNovember
    default: CheckText.monthDecember
    }
  }
}

extension ValueType {
  /// What a value of this type is, as a label names it: "a date range".
  fileprivate var shortName: String {
    switch self {
    case .text, .texts: WordsText.typeText
    case .translation: WordsText.typeTranslation
    case .integer, .count: WordsText.typeNumber
    case .date, .dates: WordsText.typeDate
    case .dateRange: WordsText.typeDateRange
    case .frequency: WordsText.typeFrequency
    case .enumeration(let domain), .enumerations(let domain): domain.withArticle
    case .actorReference, .actorReferences: WordsText.typeActor
    case .strategyReference: WordsText.typeStrategy
    case .standardsReference: WordsText.typeStandards
    case .objectiveReferences: WordsText.typeObjective
    case .tags: WordsText.typeTag
    case .member: WordsText.typeMember
    case .requirement: WordsText.typeRequirement
    case .block: WordsText.typeBlock
    }
  }

  /// A value of this type, as help writes it after the clause's keyword.
  fileprivate var example: String {
    switch self {
    case .text: "\"…\""
    case .translation: "es \"…\""
    case .texts: "\"…\", \"…\""
    case .integer: "12"
    case .count: "over 1000"
    case .date: "2024-08-31"
    case .dates: "2024-03-12, 2024-09-20"
    case .dateRange: "2024-09 .. 2026-08"
    case .frequency: "every 3 months"
    case .enumeration(let domain): domain.values[0]
    case .enumerations(let domain): domain.values.prefix(2).joined(separator: ", ")
    case .actorReference: "digital_agency"
    case .actorReferences: "digital_agency, open_data_network"
    case .strategyReference: "ogp_2023_2028"
    case .standardsReference: "ogp_2022"
    case .objectiveReferences: "SO2, SO3.protect_participation"
    case .tags: "open_data, open_contracting"
    case .member: "\"Arcadia\" national"
    case .requirement: "forum_meets_every 6 months"
    case .block: "{ … }"
    }
  }
}

extension CheckMessage {
  /// What E0209 advises a plan without a strategy, judged by periods where every one is known.
  enum StrategyAdvice: Equatable {
    /// The one strategy loaded, or the one whose period overlaps the plan's.
    case name(String)
    /// The strategies whose periods overlap the plan's.
    case oneOf([String])
    /// No strategy's period overlaps the plan's; `predatesAll` when the plan ends before every
    /// strategy starts.
    case noneCovers(plan: DateRange, predatesAll: Bool)
    /// Nothing to go on: no strategy loaded, or periods unknown.
    case unknown

    func help(plan: String) -> String {
      switch self {
      case .name(let strategy): CheckText.adviceName(strategy: strategy, plan: plan)
      case .oneOf(let strategies): CheckText.adviceOneOf(plan: plan, strategies: MessageText.list(strategies))
      case .noneCovers(_, let predatesAll):
        predatesAll ? CheckText.advicePredatesAll(plan: plan) : CheckText.adviceNoneCovers(plan: plan)
      case .unknown: CheckText.adviceUnknown(plan: plan)
      }
    }

    var note: String? {
      switch self {
      case .oneOf: CheckText.adviceOneOfNote
      case .noneCovers(let plan, _): CheckText.adviceNoneCoversNote(period: plan.description)
      case .name, .unknown: nil
      }
    }
  }
}
