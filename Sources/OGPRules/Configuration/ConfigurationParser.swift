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
      let suggestions = Suggestions.closest(to: name, among: ConfigurationTable.allCases.map(\.rawValue))
      throw LineError(.unknownTable(name, suggestions: suggestions), at: span)
    }
    inUnknownTable = false
    table = known
    if let first = tableSpans[known] {
      throw LineError(.duplicateTable(known, first: first), at: span)
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
      throw LineError(.duplicateKey(name, in: table, first: first), at: span)
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
    let hint: ConfigurationMessage.KeyHint
    if let key = ConfigurationKey(rawValue: name) {
      hint = .elsewhere(key)
    } else if (codes[name.uppercased()] ?? codesByName[name.lowercased()]) != nil {
      hint = .ruleOutsideRules
    } else {
      hint = .keys(keys)
    }
    return LineError(.unknownKey(name, in: table, hint: hint, suggestions: suggestions), at: span)
  }

  // MARK: Rules

  private mutating func setSeverity(_ name: String, at span: SourceSpan, to value: TOMLValue)
    throws(LineError)
  {
    guard let code = codes[name.uppercased()] ?? codesByName[name.lowercased()] ?? memberCode(name) else {
      let suggestions = Suggestions.closest(to: name, among: spellings)
      throw LineError(.unknownRule(name, suggestions: suggestions), at: span)
    }
    if let first = ruleSpans[code] {
      throw LineError(
        .duplicateRule(code: code, first: first, firstWritten: source.text(of: first), written: name),
        at: span)
    }
    ruleSpans[code] = span
    guard case .string(let text) = value.kind else {
      throw LineError(.severityNotString(code: code, found: value.kindDescription), at: value.span)
    }
    guard let severity = RuleSeverity(rawValue: text.lowercased()) else {
      let suggestions = Self.severitySuggestions(for: text)
      throw LineError(.unknownSeverity(text, suggestions: suggestions), at: value.span)
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
    case .maxLocalCommitments: configuration.thresholds.maximumLocalCommitments = try number(value, for: key)
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
      throw wrongType(value, for: key, expected: .wholeNumber)
    }
    return try inRange(number, at: value.span, for: key, minimum: minimum)
  }

  private func inRange(_ number: Int, at span: SourceSpan, for key: ConfigurationKey, minimum: Int)
    throws(LineError)
    -> Int
  {
    guard (minimum...Self.largestNumber).contains(number) else {
      throw LineError(.numberOutOfRange(key, number, allowed: minimum...Self.largestNumber), at: span)
    }
    return number
  }

  private func numbers(_ value: TOMLValue, for key: ConfigurationKey, minimum: Int) throws(LineError) -> [Int]
  {
    guard case .list(let elements) = value.kind else {
      throw wrongType(value, for: key, expected: .wholeNumbers)
    }
    guard !elements.isEmpty else {
      throw LineError(.noNumbers(key), at: value.span)
    }
    var numbers: [Int] = []
    for element in elements {
      guard case .integer(let number) = element.kind else {
        throw LineError(.notANumber(key, found: element.kindDescription), at: element.span)
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
    case .boolean, .list: throw wrongType(value, for: key, expected: .date)
    }
    guard let date = PartialDate(text) else {
      throw LineError(.notADate(text), at: value.span)
    }
    return date
  }

  private func objectiveID(_ value: TOMLValue, for key: ConfigurationKey) throws(LineError) -> String {
    guard case .string(let id) = value.kind else { throw wrongType(value, for: key, expected: .string) }
    guard let first = id.first, first.isLetter || first == "_",
      id.allSatisfy({ $0.isLetter || $0 == "_" || ("0"..."9").contains($0) })
    else {
      throw LineError(.notAnObjectiveID(id, key), at: value.span)
    }
    return id
  }

  private func words(_ value: TOMLValue, for key: ConfigurationKey) throws(LineError) -> [String] {
    guard case .list(let elements) = value.kind else {
      throw wrongType(value, for: key, expected: .strings)
    }
    guard !elements.isEmpty else {
      throw LineError(.noWords(key), at: value.span)
    }
    var words: [String] = []
    for element in elements {
      guard case .string(let word) = element.kind else {
        throw LineError(.notAWord(key, found: element.kindDescription), at: element.span)
      }
      // An empty word would be the start of every word, so every deliverable would count as evidence.
      guard word.contains(where: { !$0.isWhitespace }) else {
        throw LineError(.emptyWord, at: element.span)
      }
      words.append(word)
    }
    return words
  }

  private func wrongType(
    _ value: TOMLValue, for key: ConfigurationKey, expected: ConfigurationMessage.ValueKind
  )
    -> LineError
  {
    var hint = ConfigurationMessage.TypeHint.example
    if case .string(let text) = value.kind, Int(text) != nil {
      hint = .unquote(text)
    }
    if case .integer = value.kind, key == .planLengthsYears {
      hint = .list(source.text(of: value.span))
    }
    return LineError(
      .wrongType(key, expected: expected, found: value.kindDescription, hint: hint), at: value.span)
  }

  /// A minimum above the maximum is met by no plan. It is checked once the whole file is read,
  /// since either bound may come first, or be left at its default.
  private mutating func checkCommitmentBounds() {
    let thresholds = configuration.thresholds
    checkCommitmentBounds(
      .minCommitments, thresholds.minimumCommitments, .maxCommitments, thresholds.maximumCommitments)
    checkCommitmentBounds(
      .minLocalCommitments, thresholds.minimumLocalCommitments, .maxLocalCommitments,
      thresholds.maximumLocalCommitments)
  }

  private mutating func checkCommitmentBounds(
    _ minimumKey: ConfigurationKey, _ minimum: Int, _ maximumKey: ConfigurationKey, _ maximum: Int
  ) {
    guard minimum > maximum else { return }
    // Point at the bound written last: the one that made the pair inconsistent.
    let written = [minimumKey, maximumKey].compactMap { key in
      valueSpans[key].map { (key: key, span: $0) }
    }
    guard let last = written.max(by: { $0.span < $1.span }) else { return }
    let other = last.key == minimumKey ? maximumKey : minimumKey
    diagnostics.append(
      ConfigurationMessage.reversedCommitmentBounds(
        minimum: minimum, maximum: maximum, last: last.key,
        otherValue: last.key == minimumKey ? maximum : minimum, otherSpan: valueSpans[other]
      ).diagnostic(at: last.span))
  }
}
