import OGPDiagnostics
import OGPLanguage
import OGPModel

/// Turns the lines of `ogp-lint.toml` into a `LintConfiguration`, reporting every problem: after a
/// line it cannot use it goes on with the next, so that one run shows them all.
struct ConfigurationParser {
  /// The largest number a threshold takes: far above any plan, and small enough that a rule can
  /// compute with it (years times twelve, say) without overflow.
  static let largestNumber = 10_000

  private let source: SourceFile
  /// Rule codes by upper-case code.
  private let codes: [String: String]
  /// Rule codes by lower-case name.
  private let codesByName: [String: String]
  /// Every code and name, in the rules' order: what a misspelt rule is compared with.
  private let spellings: [String]

  private var configuration = LintConfiguration()
  private var diagnostics: [Diagnostic] = []
  /// The table the next key belongs to; nil at the top of the file.
  private var table: ConfigurationTable?
  /// True after the header of an unknown table: its keys are not checked, since the header's
  /// error already covers them.
  private var inUnknownTable = false
  private var tableSpans: [ConfigurationTable: SourceSpan] = [:]
  private var keySpans: [ConfigurationKey: SourceSpan] = [:]
  /// Where each valid value was set.
  private var valueSpans: [ConfigurationKey: SourceSpan] = [:]
  /// Where each rule's severity was set, by code.
  private var ruleSpans: [String: SourceSpan] = [:]

  /// Any well-formed member code is a rule, as the REPL cannot know them in advance.
  private let acceptingMemberRules: Bool

  init(source: SourceFile, rules: [RuleDescription], acceptingMemberRules: Bool = false) {
    self.source = source
    self.acceptingMemberRules = acceptingMemberRules
    codes = Dictionary(rules.map { ($0.code.uppercased(), $0.code) }, uniquingKeysWith: { first, _ in first })
    codesByName = Dictionary(
      rules.map { ($0.name.lowercased(), $0.code) }, uniquingKeysWith: { first, _ in first })
    spellings = rules.flatMap { [$0.code, $0.name] }
  }

  mutating func parse() -> Result<LintConfiguration, ConfigurationError> {
    let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    for index in source.lineStarts.indices {
      var line = source.lineRange(index)
      // Editors on Windows may start a UTF-8 file with a byte order mark; it is not text.
      if index == 0, source.bytes.starts(with: byteOrderMark) { line = byteOrderMark.count..<line.upperBound }
      do throws(LineError) {
        var reader = TOMLLineReader(source: source, line: line)
        switch try reader.read() {
        case .blank: break
        case .table(let name, let span): try openTable(name, at: span)
        case .keyValue(let key, let span, let value): try set(key, at: span, to: value)
        }
      } catch {
        diagnostics.append(error.diagnostic)
      }
    }
    checkCommitmentBounds()
    guard diagnostics.isEmpty else {
      return .failure(ConfigurationError(diagnostics: diagnostics.sortedForDisplay()))
    }
    return .success(configuration)
  }

  // MARK: Tables and keys

  private mutating func openTable(_ name: String, at span: SourceSpan) throws(LineError) {
    guard let known = ConfigurationTable(rawValue: name) else {
      inUnknownTable = true
      let headers = ConfigurationTable.allCases.map(\.header)
      let suggestions = Suggestions.closest(to: name, among: ConfigurationTable.allCases.map(\.rawValue))
      throw LineError(
        diagnostic: .configurationError(
          .unknownConfigurationKey, "unknown table [\(ConfigurationError.shown(name))]", at: span,
          label: "not a table of the configuration",
          help: Suggestions.didYouMean(suggestions.map { "[\($0)]" })
            ?? "the tables are \(Self.listed(headers))",
          fixIts: Self.fixIts(span, suggestions)))
    }
    inUnknownTable = false
    table = known
    if let first = tableSpans[known] {
      throw LineError(
        diagnostic: .configurationError(
          .duplicateConfigurationKey, "table \(known.header) appears twice", at: span, label: "second header",
          secondary: [Label(first, "first header")],
          help: "write every key of \(known.header) under its first header"))
    }
    tableSpans[known] = span
  }

  private mutating func set(_ name: String, at span: SourceSpan, to value: TOMLValue) throws(LineError) {
    guard !inUnknownTable else { return }
    if table == .rules { return try setSeverity(name, at: span, to: value) }
    guard let key = ConfigurationKey(rawValue: name), key.table == table else {
      throw unknownKey(name, at: span)
    }
    if let first = keySpans[key] {
      let place = table.map { " in \($0.header)" } ?? ""
      throw LineError(
        diagnostic: .configurationError(
          .duplicateConfigurationKey, "key '\(name)' is set twice\(place)", at: span, label: "set again",
          secondary: [Label(first, "first set here")], help: "keep one of the two lines"))
    }
    keySpans[key] = span
    try setValue(of: key, to: value)
    // Only values that were set: a bound already reported as invalid is not compared again.
    valueSpans[key] = value.span
  }

  private func memberCode(_ name: String) -> String? {
    let code = name.uppercased()
    return acceptingMemberRules && RuleCode.isWellFormed(code) && !RuleCode.isReserved(code) ? code : nil
  }

  private func unknownKey(_ name: String, at span: SourceSpan) -> LineError {
    let keys = ConfigurationKey.keys(of: table).map(\.rawValue)
    let suggestions = Suggestions.closest(to: name, among: keys)
    let help: String
    if let key = ConfigurationKey(rawValue: name) {
      help = "'\(name)' belongs \(key.place)"
    } else if (codes[name.uppercased()] ?? codesByName[name.lowercased()]) != nil {
      help = "a rule's severity is set in the [rules] table"
    } else if let didYouMean = Suggestions.didYouMean(suggestions) {
      help = didYouMean
    } else if let table {
      help = "the keys of \(table.header) are \(Self.listed(keys))"
    } else {
      help = "the top of the file takes \(Self.listed(keys)); the other keys go under a [table] header"
    }
    let place = table.map { " in \($0.header)" } ?? ""
    return LineError(
      diagnostic: .configurationError(
        .unknownConfigurationKey, "unknown key '\(ConfigurationError.shown(name))'\(place)", at: span,
        label: "not a key of the configuration", help: help, fixIts: Self.fixIts(span, suggestions)))
  }

  // MARK: Rules

  private mutating func setSeverity(_ name: String, at span: SourceSpan, to value: TOMLValue)
    throws(LineError)
  {
    guard let code = codes[name.uppercased()] ?? codesByName[name.lowercased()] ?? memberCode(name) else {
      let suggestions = Suggestions.closest(to: name, among: spellings)
      throw LineError(
        diagnostic: .configurationError(
          .unknownRule, "unknown rule '\(ConfigurationError.shown(name))'", at: span,
          label: "no rule has this code or name",
          help: Suggestions.didYouMean(suggestions) ?? "'ogp rules' lists every rule's code and name",
          fixIts: Self.fixIts(span, suggestions)))
    }
    if let first = ruleSpans[code] {
      let firstName = source.text(of: first)
      throw LineError(
        diagnostic: .configurationError(
          .duplicateConfigurationKey, "rule \(code) is set twice", at: span, label: "set again",
          secondary: [Label(first, "first set here")],
          notes: firstName == name
            ? []
            : [
              "'\(ConfigurationError.shown(firstName))' and '\(ConfigurationError.shown(name))' are the same rule"
            ],
          help: "keep one of the two lines"))
    }
    ruleSpans[code] = span
    let severities = RuleSeverity.allCases.map(\.rawValue)
    guard case .string(let text) = value.kind else {
      throw LineError(
        diagnostic: .configurationError(
          .invalidConfigurationValue,
          "the severity of \(code) must be a string, not \(value.kindDescription)",
          at: value.span, label: value.kindDescription,
          help: "write one of \(Self.listed(severities.map { "\"\($0)\"" }, "or"))"))
    }
    guard let severity = RuleSeverity(rawValue: text.lowercased()) else {
      let suggestions = Self.severitySuggestions(for: text)
      throw LineError(
        diagnostic: .configurationError(
          .unknownSeverity, "unknown severity '\(ConfigurationError.shown(text))'", at: value.span,
          label: "not a severity",
          help: (Suggestions.didYouMean(suggestions).map { $0 + " " } ?? "")
            + "a severity is \(Self.listed(severities.map { "\"\($0)\"" }, "or"))",
          fixIts: Self.fixIts(value.span, suggestions.map { "\"\($0)\"" })))
    }
    configuration.severities[code] = severity
  }

  /// Words people write for a severity that edit distance alone does not connect to one.
  private static let severityAliases = [
    "disable": "off", "disabled": "off", "ignore": "off", "none": "off", "allow": "off",
    "note": "info", "hint": "info", "deny": "error",
  ]

  private static func severitySuggestions(for text: String) -> [String] {
    let severities = RuleSeverity.allCases.map(\.rawValue)
    let written = text.lowercased()
    // "warn" and "err" are too short for edit distance to reach "warning" and "error".
    let completions = written.isEmpty ? [] : severities.filter { $0.hasPrefix(written) }
    var suggestions = Suggestions.closest(to: written, among: severities)
    for candidate in completions + (severityAliases[written].map { [$0] } ?? [])
    where !suggestions.contains(candidate) {
      suggestions.append(candidate)
    }
    return suggestions
  }

  // MARK: Values

  private mutating func setValue(of key: ConfigurationKey, to value: TOMLValue) throws(LineError) {
    switch key {
    case .asOf: configuration.asOf = try date(value, for: key)
    case .minCommitments: configuration.thresholds.minimumCommitments = try number(value, for: key)
    case .maxCommitments: configuration.thresholds.maximumCommitments = try number(value, for: key)
    case .minLocalCommitments: configuration.thresholds.minimumLocalCommitments = try number(value, for: key)
    case .minPlanMonths: configuration.thresholds.minimumPlanMonths = try number(value, for: key)
    case .planLengthsYears:
      configuration.thresholds.planLengthsInYears = try numbers(value, for: key, minimum: 1)
    case .planLengthToleranceMonths:
      configuration.thresholds.planLengthToleranceMonths = try number(value, for: key)
    case .minDeliverableLength:
      configuration.thresholds.minimumDeliverableLength = try number(value, for: key)
    // No forum can meet every 0 months.
    case .forumMeetsEveryMonths:
      configuration.thresholds.forumMeetsEveryMonths = try number(value, for: key, minimum: 1)
    case .broadening: configuration.objectives.broadening = try objectiveID(value, for: key)
    case .impact: configuration.objectives.impact = try objectiveID(value, for: key)
    case .civicSpace: configuration.objectives.civicSpace = try objectiveID(value, for: key)
    case .collectiveProgress: configuration.objectives.collectiveProgress = try objectiveID(value, for: key)
    case .innovation: configuration.objectives.innovation = try objectiveID(value, for: key)
    case .words: configuration.evidenceWords = try words(value, for: key)
    }
  }

  private func number(_ value: TOMLValue, for key: ConfigurationKey, minimum: Int = 0) throws(LineError)
    -> Int
  {
    guard case .integer(let number) = value.kind else {
      throw wrongType(value, for: key, expected: "a whole number")
    }
    return try inRange(number, at: value.span, for: key, minimum: minimum)
  }

  private func inRange(_ number: Int, at span: SourceSpan, for key: ConfigurationKey, minimum: Int)
    throws(LineError)
    -> Int
  {
    guard (minimum...Self.largestNumber).contains(number) else {
      throw invalid(
        "\(key.rawValue) must be from \(minimum) to \(Self.largestNumber), not \(number)", at: span,
        label: "out of range",
        help: "write a number from \(minimum) to \(Self.largestNumber), e.g. \(key.rawValue) = \(key.example)"
      )
    }
    return number
  }

  private func numbers(_ value: TOMLValue, for key: ConfigurationKey, minimum: Int) throws(LineError) -> [Int]
  {
    guard case .list(let elements) = value.kind else {
      throw wrongType(value, for: key, expected: "a list of whole numbers")
    }
    guard !elements.isEmpty else {
      throw invalid(
        "\(key.rawValue) must list at least one number", at: value.span, label: "empty list",
        help: "e.g. \(key.rawValue) = \(key.example)")
    }
    var numbers: [Int] = []
    for element in elements {
      guard case .integer(let number) = element.kind else {
        throw invalid(
          "\(key.rawValue) must list whole numbers, not \(element.kindDescription)", at: element.span,
          label: element.kindDescription, help: "e.g. \(key.rawValue) = \(key.example)")
      }
      numbers.append(try inRange(number, at: element.span, for: key, minimum: minimum))
    }
    return numbers
  }

  /// `2026-06-30` bare, `"2026-06"` or `"2026"` quoted, or `2026`: a year reads as an integer.
  private func date(_ value: TOMLValue, for key: ConfigurationKey) throws(LineError) -> PartialDate {
    let text: String
    switch value.kind {
    case .string(let string): text = string
    case .date, .integer: text = source.text(of: value.span)
    case .boolean, .list: throw wrongType(value, for: key, expected: "a date")
    }
    guard let date = PartialDate(text) else {
      throw invalid(
        "'\(ConfigurationError.shown(text))' is not a date", at: value.span, label: "not a date",
        help: "write a day as 2026-06-30, a month as \"2026-06\" or a year as 2026")
    }
    return date
  }

  private func objectiveID(_ value: TOMLValue, for key: ConfigurationKey) throws(LineError) -> String {
    guard case .string(let id) = value.kind else { throw wrongType(value, for: key, expected: "a string") }
    guard let first = id.first, first.isLetter || first == "_",
      id.allSatisfy({ $0.isLetter || $0 == "_" || ("0"..."9").contains($0) })
    else {
      throw invalid(
        "'\(ConfigurationError.shown(id))' is not an objective id", at: value.span, label: "not a name",
        help: "write the id of an objective of the plan's strategy, e.g. \(key.rawValue) = \(key.example)")
    }
    return id
  }

  private func words(_ value: TOMLValue, for key: ConfigurationKey) throws(LineError) -> [String] {
    guard case .list(let elements) = value.kind else {
      throw wrongType(value, for: key, expected: "a list of strings")
    }
    guard !elements.isEmpty else {
      throw invalid(
        "\(key.rawValue) must list at least one word", at: value.span, label: "empty list",
        help: "list the words that mark evidence, or turn off the rule that looks for them in [rules]")
    }
    var words: [String] = []
    for element in elements {
      guard case .string(let word) = element.kind else {
        throw invalid(
          "\(key.rawValue) must list strings, not \(element.kindDescription)", at: element.span,
          label: element.kindDescription,
          help: "write each word in double quotes, e.g. \(key.rawValue) = \(key.example)")
      }
      // An empty word would be the start of every word, so every deliverable would count as evidence.
      guard word.contains(where: { !$0.isWhitespace }) else {
        throw invalid(
          "an evidence word cannot be empty", at: element.span, label: "empty",
          help: "remove it from the list")
      }
      words.append(word)
    }
    return words
  }

  private func wrongType(_ value: TOMLValue, for key: ConfigurationKey, expected: String) -> LineError {
    var help = "e.g. \(key.rawValue) = \(key.example)"
    if case .string(let text) = value.kind, Int(text) != nil {
      help = "remove the quotes: \(key.rawValue) = \(text)"
    }
    if case .integer = value.kind, key == .planLengthsYears {
      help = "write a list: \(key.rawValue) = [\(source.text(of: value.span))]"
    }
    return invalid(
      "\(key.rawValue) must be \(expected), not \(value.kindDescription)", at: value.span,
      label: value.kindDescription, help: help)
  }

  private func invalid(_ message: String, at span: SourceSpan, label: String, help: String) -> LineError {
    LineError(
      diagnostic: .configurationError(.invalidConfigurationValue, message, at: span, label: label, help: help)
    )
  }

  /// A minimum above the maximum is met by no plan. It is checked once the whole file is read,
  /// since either bound may come first, or be left at its default.
  private mutating func checkCommitmentBounds() {
    let minimum = configuration.thresholds.minimumCommitments
    let maximum = configuration.thresholds.maximumCommitments
    guard minimum > maximum else { return }
    // Point at the bound written last: the one that made the pair inconsistent.
    let written = [ConfigurationKey.minCommitments, .maxCommitments].compactMap { key in
      valueSpans[key].map { (key: key, span: $0) }
    }
    guard let last = written.max(by: { $0.span < $1.span }) else { return }
    let other: ConfigurationKey = last.key == .minCommitments ? .maxCommitments : .minCommitments
    let otherValue = last.key == .minCommitments ? maximum : minimum
    diagnostics.append(
      .configurationError(
        .invalidConfigurationValue,
        "min_commitments (\(minimum)) is greater than max_commitments (\(maximum))",
        at: last.span,
        label: last.key == .minCommitments ? "greater than max_commitments" : "less than min_commitments",
        secondary: valueSpans[other].map { [Label($0, "\(other.rawValue) is \(otherValue) here")] } ?? [],
        notes: valueSpans[other] == nil ? ["\(other.rawValue) defaults to \(otherValue)"] : [],
        help: "make min_commitments at most max_commitments"))
  }

  // MARK: Help

  /// A fix-it when exactly one replacement is suggested: with more, the choice is the user's.
  private static func fixIts(_ span: SourceSpan, _ suggestions: [String]) -> [FixIt] {
    suggestions.count == 1 ? [.replace(span, with: suggestions[0])] : []
  }

  /// "a, b and c", or "a, b or c" with `conjunction` "or".
  private static func listed(_ items: [String], _ conjunction: String = "and") -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}
