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
  case unknownEnumerationWord(String, EnumDomain, suggestions: [String])
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
          ? "\(kind.rawValue) '\(name)' is declared twice"
          : "'\(name)' is already the name of \(previous.withArticle)",
        at: span, label: "declared again here", secondary: [Label(first, "first declared here")],
        help:
          "give one of them another name; names must be unique \(kind == .strategy || kind == .actor || kind == .plan ? "in a file and the files it uses" : "within their block")"
      )
    case .declarationNotAllowedHere(let kind, let parent):
      Self.notAllowedHere(kind, parent: parent, at: span)
    case .secondForum(let first):
      .error(
        .secondForum, "a plan has at most one forum", at: span, label: "second forum",
        secondary: [Label(first, "first forum here")],
        help: "merge the two forums into one; list every member in its 'members' clause")
    case .milestoneOutsideCommitment(let range, let outer, let outerSpan):
      .error(
        .milestoneOutsideCommitment,
        "milestone period \(range) lies outside its commitment's period \(outer)",
        at: span,
        label: range.firstDay < outer.firstDay
          ? "starts before its commitment (\(outer.start))" : "ends after its commitment (\(outer.end))",
        secondary: [Label(outerSpan, "the commitment's period")],
        help: "move the milestone's dates inside \(outer), or extend the commitment's period")
    case .duplicateClause(let keyword, let owner, let type, let first):
      .error(
        .duplicateClause, "'\(keyword)' is given twice in \(owner)", at: span,
        label: "given again here", secondary: [Label(first, "first given here")],
        help: type.isList
          ? "join the two into one list: \(keyword) a, b"
          : "keep one '\(keyword)' clause and remove the other")
    case .missingClause(let keyword, let owner, let type):
      .error(
        .missingRequiredClause, "\(owner) has no '\(keyword)' clause", at: span,
        label: "'\(keyword)' is required", help: "add a line such as: \(keyword) \(type.example)")
    case .unknownClause(let keyword, let owner, let keywords, let suggestions):
      Self.unknownClause(keyword, owner: owner, keywords: keywords, suggestions: suggestions, at: span)
    case .unexpectedBlock(let keyword, let type):
      .error(
        .wrongValueType, "'\(keyword)' takes no block", at: span, label: "unexpected block",
        help: "write the value on the line: \(keyword) \(type.example)")
    case .missingValue(let keyword, let type):
      .error(
        .expectedValue, "'\(keyword)' has no value", at: span, label: "expected \(type.expectation)",
        help: "write it as: \(keyword) \(type.example)")
    case .extraValues(let keyword, let type, let count):
      .error(
        .wrongValueCount, "'\(keyword)' takes one value, found \(count)", at: span, label: "extra values",
        help: "keep one value: \(type.expectation)")
    case .missingComma(let keyword):
      .error(
        .wrongValueCount, "expected a comma between the values of '\(keyword)'", at: span,
        label: "unexpected", help: "separate list items with commas")
    case .severalTerms(let keyword, let type, let count):
      .error(
        .wrongValueCount, "expected \(type.expectation) for '\(keyword)', found \(count) values", at: span,
        label: "unexpected", help: "a '\(keyword)' clause holds one value")
    case .wrongValueType(let keyword, let type, let found):
      .error(
        .wrongValueType, "expected \(type.expectation) for '\(keyword)', found \(found)", at: span,
        label: "expected \(type.shortName)", help: "write it as: \(keyword) \(type.example)")
    case .expectedString(let keyword, let type, let found, let path):
      .error(
        .wrongValueType, "expected \(type.expectation) for '\(keyword)', found \(found)", at: span,
        label: "expected a string",
        help: path.map { "put the text in double quotes: \(keyword) \"\($0)\"" }
          ?? "put the text in double quotes")
    case .durationOutOfRange(let value, let keyword):
      Self.durationOutOfRange(value, clause: keyword, at: span)
    case .duplicateTranslation(let keyword, let language, let owner, let first):
      .error(
        .duplicateTranslation, "'\(keyword)' is translated into '\(language)' twice in \(owner)", at: span,
        label: "given again here", secondary: [Label(first, "first given here")],
        help: "keep one '\(keyword) \(language)' clause and remove the other")
    case .unknownLanguage(let tag, let keyword, let suggestions):
      .error(
        .unknownLanguage, "unknown language '\(tag)' in '\(keyword)'", at: span,
        label: "not a language ogp knows",
        help: Self.didYouMean(
          suggestions, then: "a translation is written \(keyword) LANGUAGE \"…\", in one of: \(Language.tags)"
        ),
        fixIts: Self.replacement(span, suggestions))
    case .translationWithoutDefault(let keyword, let language, let owner):
      .error(
        .translationWithoutDefault,
        "'\(keyword) \(language)' translates a '\(keyword)' that \(owner) does not give",
        at: span, label: "no '\(keyword)' to translate",
        help: "add the text itself first, \(keyword) \"…\", and keep this clause as its translation")
    case .expectedEnumerationWord(let domain, let keyword, let found):
      .error(
        .wrongValueType, "expected one \(domain.rawValue) for '\(keyword)', found \(found)", at: span,
        label: "expected \(domain.withArticle)",
        help: "write one of: \(domain.values.joined(separator: ", "))")
    case .unknownEnumerationWord(let word, let domain, let suggestions):
      .error(
        .unknownEnumValue, "unknown \(domain.rawValue) '\(word)'", at: span,
        label: "not \(domain.withArticle)",
        help: Self.didYouMean(suggestions, then: "write one of: \(domain.values.joined(separator: ", "))"),
        fixIts: Self.replacement(span, suggestions))
    case .progressAsCompletion(let word):
      .error(
        .progressAsCompletion, "'\(word)' is not one of the IRM's completion labels", at: span,
        label: "a plan's progress, not an IRM finding",
        notes: [
          "the IRM's completion scale is: \(EnumDomain.completion.values.joined(separator: ", "))",
          "work under way is the commitment's own 'status \(word)', outside the assessment",
        ],
        help:
          "write the label the IRM's report gives (limited or substantial for work begun but not complete)")
    case .expectedDeclarationName(let kind, let keyword, let found):
      .error(
        .wrongValueType, "expected the name of \(kind.withArticle) for '\(keyword)', found \(found)",
        at: span, label: "expected a name", help: "write the \(kind.rawValue)'s name without quotes")
    case .unknownDeclaration(let name, let kind, let candidates, let suggestions):
      .error(
        kind == .strategy ? .unknownStrategy : .unknownActor, "unknown \(kind.rawValue) '\(name)'", at: span,
        label: "not declared",
        help: Suggestions.didYouMean(suggestions)
          ?? (candidates.isEmpty
            ? "declare it: \(Parser.example(kind))"
            : candidates.count <= 12
              ? "declare it, or use one of: \(candidates.joined(separator: ", "))"
              : "declare it, or use one of the \(candidates.count) \(kind.rawValue)s declared"),
        fixIts: Self.replacement(span, suggestions))
    case .wrongKindOfDeclaration(let name, let expected, let actual, let declared, let keyword):
      .error(
        .wrongKindOfDeclaration, "'\(name)' is \(actual.withArticle), not \(expected.withArticle)", at: span,
        label: "expected \(expected.withArticle)",
        secondary: [Label(declared, "declared as \(actual.withArticle) here")],
        help: "'\(keyword)' names \(expected.rawValue)s")
    case .pathToDeclaration(let name, let kind):
      .error(
        .wrongValueType, "\(kind.rawValue)s are named by one word, found a path", at: span,
        label: "expected \(kind.withArticle)", help: "write just '\(name)'")
    case .advancesWithoutStrategy(let plan, let advice):
      .error(
        .advancesWithoutStrategy, "'advances' needs the plan to name its strategy", at: span,
        label: "resolved in the plan's strategy",
        notes: advice.note.map { [$0] } ?? [],
        help: advice.help(plan: plan ?? "…"))
    case .expectedObjectiveName(let found):
      .error(
        .wrongValueType, "expected an objective or priority for 'advances', found \(found)", at: span,
        label: "expected a name", help: "write it without quotes: advances SO2, SO3.protect_participation")
    case .unknownPriority(let priority, let objective, let priorities, let suggestions, let home):
      .error(
        .unknownObjective, "unknown priority '\(priority)' in objective '\(objective.name)'", at: span,
        label: "not declared in \(objective.name)",
        help: home.map { "'\(priority)' is a priority of \($0): write \($0).\(priority)" }
          ?? Self.didYouMean(
            suggestions,
            then: priorities.isEmpty
              ? "objective \(objective.name) declares no priorities"
              : "\(objective.name) declares \(MessageText.list(priorities))"),
        fixIts: home.map { [.replace(objective.span, with: $0)] } ?? Self.replacement(span, suggestions))
    case .pathBelowPriority:
      .error(
        .unknownObjective, "a priority has nothing inside it", at: span, label: "unexpected",
        help: "write objective.priority, like SO3.protect_participation")
    case .priorityAsObjective(let name, let strategy, let home):
      .error(
        .unknownObjective, "'\(name)' is a priority, not an objective, in strategy '\(strategy)'", at: span,
        label: "a priority of \(home)", help: "name it with its objective: \(home).\(name)",
        fixIts: [.replace(span, with: "\(home).\(name)")])
    case .unknownObjective(let name, let strategy, let objectives, let suggestions):
      .error(
        .unknownObjective, "unknown objective '\(name)' in strategy '\(strategy)'", at: span,
        label: "not declared here",
        help: Self.didYouMean(
          suggestions,
          then: objectives.isEmpty
            ? "the strategy declares no objectives" : "the strategy declares \(MessageText.list(objectives))"),
        fixIts: Self.replacement(span, suggestions))
    case .invalidDate(let text):
      .error(
        .invalidDate, "invalid date '\(text)'", at: span, label: Self.dateProblem(text),
        help: "write dates as YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06-30")
    case .reversedRange(let range, let startSpan, let endSpan):
      .error(
        .reversedRange, "the range \(range) ends before it starts", at: span, label: "reversed",
        help: "write the earlier date first: \(range.end) .. \(range.start)",
        fixIts: [
          FixIt(
            "swap the dates",
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
    let place = parent.map { "inside \($0.withArticle)" } ?? "at the top level of a file"
    let homes = DeclarationKind.allCases.filter { ClauseTable.children(of: $0).contains(kind) }
    let home =
      homes.isEmpty
      ? "it belongs at the top level of a file"
      : "it belongs inside " + homes.map(\.withArticle).joined(separator: " or ")
    // A top-level declaration inside a block usually means a '}' is missing above it.
    let notes =
      parent != nil && ClauseTable.children(of: nil).contains(kind)
      ? ["if this \(kind.rawValue) was meant to be at the top level, a '}' is missing before it"]
      : []
    return .error(
      .declarationNotAllowedHere, "\(kind.withArticle) cannot be declared \(place)", at: span,
      label: "not allowed here", notes: notes, help: "move it: \(home)")
  }

  private static func unknownClause(
    _ keyword: String, owner: String, keywords: [String], suggestions: [String], at span: SourceSpan
  ) -> Diagnostic {
    let taken =
      keywords.isEmpty ? "\(owner) takes no clauses" : "\(owner) takes: " + keywords.joined(separator: ", ")
    let isDeclarationKeyword = DeclarationKind(rawValue: keyword) != nil || TokenKind.keywords[keyword] != nil
    return .error(
      .unknownClause, "unknown clause '\(keyword)' in \(owner)", at: span, label: "unknown clause",
      notes: isDeclarationKeyword ? ["'\(keyword)' is a declaration keyword; it is not a clause here"] : [],
      help: Suggestions.didYouMean(suggestions).map { $0 + " (\(taken))" } ?? taken,
      fixIts: replacement(span, suggestions))
  }

  /// A duration's amount outside `Duration.amounts`.
  private static func durationOutOfRange(_ value: Int, clause: String, at span: SourceSpan) -> Diagnostic {
    let (lower, upper) = (Duration.amounts.lowerBound, Duration.amounts.upperBound)
    return .error(
      .valueOutOfRange,
      "the number for '\(clause)' must be \(value < lower ? "at least \(lower)" : "at most \(upper)")",
      at: span, label: "out of range", help: "write a whole number from \(lower) to \(upper)")
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
    guard parts.count <= 3, parts.count == pieces.count else { return "not a date" }
    if widths[0] != 4 { return "the year needs four digits" }
    if parts[0] == 0 { return "there is no year 0" }
    if parts.count > 1 {
      if widths[1] != 2 { return "the month needs two digits" }
      let month = parts[1]
      if !(1...12).contains(month) { return "there is no month \(month)" }
      if parts.count > 2 {
        if widths[2] != 2 { return "the day needs two digits" }
        if parts[2] == 0 { return "there is no day 0" }
        let days = PartialDate.daysIn(month: month, year: parts[0])
        let names = [
          "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December",
        ]
        return "\(names[month - 1]) \(parts[0]) has \(days) days"
      }
    }
    return "not a date"
  }
}

extension DeclarationKind {
  /// "a plan", "an actor".
  fileprivate var withArticle: String { rawValue.withArticle }
}

extension ValueType {
  /// What a value of this type is, as a label names it: "a date range".
  fileprivate var shortName: String {
    switch self {
    case .text, .texts: "a string"
    case .translation: "a translation"
    case .integer, .count: "a number"
    case .date, .dates: "a date"
    case .dateRange: "a date range"
    case .frequency: "a frequency"
    case .enumeration(let domain), .enumerations(let domain): domain.withArticle
    case .actorReference, .actorReferences: "an actor"
    case .strategyReference: "a strategy"
    case .standardsReference: "a standards version"
    case .objectiveReferences: "an objective or priority"
    case .tags: "a tag"
    case .member: "a member"
    case .requirement: "a requirement"
    case .block: "a block"
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
      case .name(let strategy): "add 'strategy \(strategy)' to plan '\(plan)'"
      case .oneOf(let strategies):
        "add 'strategy NAME' to plan '\(plan)', naming the one it advances: \(MessageText.list(strategies))"
      case .noneCovers(_, let predatesAll):
        predatesAll
          ? "remove 'advances': plan '\(plan)' is older than every strategy declared, so it advanced none"
          : "declare the strategy in force during plan '\(plan)' and name it in 'strategy', or remove 'advances'"
      case .unknown:
        "add 'strategy NAME' to plan '\(plan)', naming the strategy in force during the plan, and 'use' its file"
      }
    }

    var note: String? {
      switch self {
      case .oneOf: "each of these strategies' periods overlaps the plan's"
      case .noneCovers(let plan, _): "no strategy declared covers any of the plan's period, \(plan)"
      case .name, .unknown: nil
      }
    }
  }
}
