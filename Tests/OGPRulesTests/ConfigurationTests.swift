import Foundation
import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules
import OGPTestSupport
import Testing

private let none = LocalizedText(verbatim: "")

/// Two rules of fixed code and name, so that these tests do not change as the registry grows.
private let rules = [
  RuleDescription(
    code: "OBJ001", name: "commitment-advances-nothing", category: .objectives, defaultSeverity: .warning,
    summary: none, rationale: none, basis: .heuristic(none), fix: none, triggering: [], nonTriggering: []),
  RuleDescription(
    code: "OBJ002", name: "coverage-gap", category: .objectives, defaultSeverity: .info,
    summary: none, rationale: none, basis: .heuristic(none), fix: none, triggering: [], nonTriggering: []),
]

private func source(_ bytes: [UInt8]) -> SourceFile {
  SourceFile(id: SourceFileID(0), path: ConfigurationFile.fileName, bytes: bytes)
}

private func parse(_ text: String, rules: [RuleDescription] = rules) -> Result<
  LintConfiguration, ConfigurationError
> {
  ConfigurationFile.parse(source(Array(text.utf8)), rules: rules)
}

private func diagnostics(_ file: SourceFile, rules: [RuleDescription] = rules) -> [Diagnostic] {
  switch ConfigurationFile.parse(file, rules: rules) {
  case .success: []
  case .failure(let error): error.diagnostics
  }
}

private func diagnostics(_ text: String) -> [Diagnostic] { diagnostics(source(Array(text.utf8))) }

/// `E0502@3:1`: the code and the line and column where the primary span starts.
private func located(_ diagnostics: [Diagnostic], in text: String) -> [String] {
  let file = source(Array(text.utf8))
  return diagnostics.map {
    let location = file.location(of: $0.span.start)
    return "\($0.code)@\(location.line):\(location.column)"
  }
}

struct ConfigurationTests {
  static let documentedExample = """
    # ogp-lint.toml — found by walking up from the linted file's directory, or given with --config
    as_of = 2026-06-30            # or "2026-06", "2026": the date progress is judged against

    [rules]                       # per-rule severity: off | info | warning | error
    OBJ001 = "error"              # by code…
    coverage-gap = "off"          # …or by rule name

    [thresholds]
    min_commitments = 5
    max_commitments = 15
    min_local_commitments = 3
    min_plan_months = 20
    plan_lengths_years = [2, 4]
    plan_length_tolerance_months = 2
    min_deliverable_length = 15
    forum_meets_every_months = 6

    [objectives]                  # which objective ids the objective-aware rules look for
    broadening = "SO1"
    impact = "SO2"
    civic_space = "SO3"
    collective_progress = "SO4"
    innovation = "SO5"

    [evidence]
    words = ["evidence", "case study", "estudio"]
    """

  @Test func theDocumentedExampleParses() throws {
    var expected = LintConfiguration()
    expected.asOf = PartialDate(year: 2026, month: 6, day: 30)
    expected.severities = ["OBJ001": .error, "OBJ002": .off]
    expected.evidenceWords = ["evidence", "case study", "estudio"]
    #expect(try parse(Self.documentedExample).get() == expected)
  }

  /// Every key set to something other than its default, so that no key is silently ignored.
  @Test func everyKeyIsRead() throws {
    let text = """
      as_of = "2025"
      [thresholds]
      min_commitments = 4
      max_commitments = 12
      min_local_commitments = 2
      max_local_commitments = 7
      min_plan_months = 18
      plan_lengths_years = [3]
      plan_length_tolerance_months = 1
      min_deliverable_length = 1_000
      forum_meets_every_months = 4
      [objectives]
      broadening = "A1"
      impact = "A2"
      civic_space = "A3"
      collective_progress = "A4"
      innovation = "A5"
      [evidence]
      words = ["proof"]
      """
    var expected = LintConfiguration()
    expected.asOf = PartialDate(year: 2025)
    expected.thresholds.minimumCommitments = 4
    expected.thresholds.maximumCommitments = 12
    expected.thresholds.minimumLocalCommitments = 2
    expected.thresholds.maximumLocalCommitments = 7
    expected.thresholds.minimumPlanMonths = 18
    expected.thresholds.planLengthsInYears = [3]
    expected.thresholds.planLengthToleranceMonths = 1
    expected.thresholds.minimumDeliverableLength = 1000
    expected.thresholds.forumMeetsEveryMonths = 4
    expected.objectives.broadening = "A1"
    expected.objectives.impact = "A2"
    expected.objectives.civicSpace = "A3"
    expected.objectives.collectiveProgress = "A4"
    expected.objectives.innovation = "A5"
    expected.evidenceWords = ["proof"]
    #expect(try parse(text).get() == expected)
  }

  @Test(arguments: ["", "\n\n", "# nothing but a comment\n   \t\n", "[rules]\n[thresholds]\n"])
  func anEmptyConfigurationHasTheDefaults(text: String) throws {
    #expect(try parse(text).get() == LintConfiguration())
  }

  @Test func severitiesAreSetByCodeInAnyCaseOrByName() throws {
    let configuration = try parse("[rules]\nobj001 = \"info\"\nCoverage-Gap = \"OFF\"\n").get()
    #expect(configuration.severities == ["OBJ001": .info, "OBJ002": .off])
    #expect(configuration.severity(of: rules[0]) == .info)
    #expect(configuration.severity(of: rules[1]) == nil)
  }

  @Test(arguments: [
    ("as_of = 2026-06-30", PartialDate(year: 2026, month: 6, day: 30)),
    ("as_of = \"2026-06\"", PartialDate(year: 2026, month: 6)),
    ("as_of = \"2026\"", PartialDate(year: 2026)),
    ("as_of = 2026", PartialDate(year: 2026)),
  ])
  func asOfIsADayAMonthOrAYear(text: String, date: PartialDate?) throws {
    #expect(try parse(text).get().asOf == date)
  }

  @Test func stringsCommentsAndListsFollowTOML() throws {
    let text = #"""
      # a comment, then a key with a comment after its value
      as_of = "2026-06"   # a month
      [evidence]   # a table with a comment
      words = ["a\\b", "\"q\"", "\u00e9", "\U0001F600", "tab\t", "# not a comment", ]
      """#
    let configuration = try parse(text).get()
    #expect(configuration.asOf == PartialDate(year: 2026, month: 6))
    #expect(configuration.evidenceWords == ["a\\b", "\"q\"", "é", "😀", "tab\t", "# not a comment"])
  }

  @Test func aByteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("as_of = 2026\r\n[rules]\r\nOBJ001 = \"off\"\r\n".utf8)
    #expect(diagnostics(source(bytes)).isEmpty)
  }

  // MARK: Errors

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    let text: String
    let located: String
    let message: String
    var testDescription: String { located + " " + message }
  }

  static let errorCases = [
    ErrorCase(
      text: "[thresholds]\nmin_commitments: 5\n", located: "E0501@2:16",
      message: "expected '=' after the key 'min_commitments'"),
    ErrorCase(text: "[objectives]\nimpact = \"SO2\n", located: "E0501@2:10", message: "unterminated string"),
    ErrorCase(
      text: "[evidence]\nwords = [\"a\\qb\"]\n", located: "E0501@2:12", message: "invalid escape '\\q'"),
    ErrorCase(
      text: "[evidence]\nwords = [\"\\uD800\"]\n", located: "E0501@2:11", message: "invalid Unicode escape"),
    ErrorCase(text: "[rules]\nOBJ001 = error\n", located: "E0501@2:10", message: "'error' is not a value"),
    ErrorCase(
      text: "[thresholds]\nmin_commitments = 5 6\n", located: "E0501@2:21",
      message: "unexpected text after the value"
    ),
    ErrorCase(
      text: "[thresholds]\nmin_comitments = 5\n", located: "E0502@2:1",
      message: "unknown key 'min_comitments' in [thresholds]"),
    ErrorCase(text: "[threshold]\n", located: "E0502@1:2", message: "unknown table [threshold]"),
    ErrorCase(text: "min_commitments = 5\n", located: "E0502@1:1", message: "unknown key 'min_commitments'"),
    ErrorCase(
      text: "[thresholds]\nmin_plan_months = -1\n", located: "E0503@2:19",
      message: "min_plan_months must be from 0 to 10000, not -1"),
    ErrorCase(
      text: "[thresholds]\nmin_plan_months = \"20\"\n", located: "E0503@2:19",
      message: "min_plan_months must be a whole number, not a string"),
    ErrorCase(
      text: "[thresholds]\nmin_plan_months = 99999999999999999999\n", located: "E0503@2:19",
      message: "number too large"),
    ErrorCase(
      text: "[thresholds]\nplan_lengths_years = []\n", located: "E0503@2:22",
      message: "plan_lengths_years must list at least one number"),
    ErrorCase(
      text: "[thresholds]\nforum_meets_every_months = 0\n", located: "E0503@2:28",
      message: "forum_meets_every_months must be from 1 to 10000, not 0"),
    ErrorCase(text: "as_of = 2026-02-30\n", located: "E0503@1:9", message: "'2026-02-30' is not a date"),
    ErrorCase(
      text: "[objectives]\nimpact = \"SO 2\"\n", located: "E0503@2:10",
      message: "'SO 2' is not an objective id"),
    ErrorCase(
      text: "[evidence]\nwords = [\"\"]\n", located: "E0503@2:10", message: "an evidence word cannot be empty"
    ),
    ErrorCase(
      text: "[thresholds]\nmin_commitments = 10\nmax_commitments = 8\n", located: "E0503@3:19",
      message: "min_commitments (10) is greater than max_commitments (8)"),
    ErrorCase(
      text: "[thresholds]\nmin_local_commitments = 4\nmax_local_commitments = 2\n", located: "E0503@3:25",
      message: "min_local_commitments (4) is greater than max_local_commitments (2)"),
    ErrorCase(text: "[rules]\nOBJ01 = \"off\"\n", located: "E0504@2:1", message: "unknown rule 'OBJ01'"),
    ErrorCase(
      text: "[rules]\nOBJ001 = \"warn\"\n", located: "E0505@2:10", message: "unknown severity 'warn'"),
    ErrorCase(
      text: "as_of = 2026\nas_of = 2027\n", located: "E0506@2:1", message: "key 'as_of' is set twice"),
    ErrorCase(text: "[rules]\n[rules]\n", located: "E0506@2:2", message: "table [rules] appears twice"),
    ErrorCase(
      text: "[rules]\nOBJ002 = \"off\"\ncoverage-gap = \"info\"\n", located: "E0506@3:1",
      message: "rule OBJ002 is set twice"),
  ]

  @Test(arguments: errorCases)
  func eachErrorIsReportedWhereItIs(_ errorCase: ErrorCase) {
    let found = diagnostics(errorCase.text)
    #expect(located(found, in: errorCase.text) == [errorCase.located])
    #expect(found.map(\.message) == [errorCase.message])
    #expect(found.allSatisfy { $0.severity == .error && $0.help != nil && !$0.primary.message.isEmpty })
  }

  @Test(arguments: errorCases)
  func eachErrorIsReportedInSpanishAtTheSamePlace(_ errorCase: ErrorCase) {
    let found = Language.$current.withValue(.spanish) { diagnostics(errorCase.text) }
    #expect(located(found, in: errorCase.text) == [errorCase.located])
    #expect(found.count == 1 && found[0].message != errorCase.message, "\(found.map(\.message))")
    #expect(found.allSatisfy { $0.help != nil && !$0.primary.message.isEmpty })
  }

  @Test func everyErrorInAFileIsReported() {
    let text = """
      as_of = "2026-13"
      [thresholds]
      min_comitments = 5
      max_commitments = x
      [rules]
      OBJ001 = "warn"
      nope = "off"
      [colours]
      red = 1
      """
    #expect(
      located(diagnostics(text), in: text) == [
        "E0503@1:9", "E0502@3:1", "E0501@4:19", "E0505@6:10", "E0504@7:1", "E0502@8:2",
      ])
  }

  @Test func aMinimumAboveTheDefaultMaximumIsRejected() {
    let found = diagnostics("[thresholds]\nmin_commitments = 20\n")
    #expect(located(found, in: "[thresholds]\nmin_commitments = 20\n") == ["E0503@2:19"])
    #expect(found.first?.notes == ["max_commitments defaults to 15"])
  }

  /// Local bounds are their own pair: the local minimum is judged against the local maximum
  /// (5 by default, as the OGP Local pilot asked), not the national 15.
  @Test func aLocalMinimumAboveTheDefaultLocalMaximumIsRejected() {
    let found = diagnostics("[thresholds]\nmin_local_commitments = 6\n")
    #expect(located(found, in: "[thresholds]\nmin_local_commitments = 6\n") == ["E0503@2:25"])
    #expect(found.first?.notes == ["max_local_commitments defaults to 5"])
    #expect(diagnostics("[thresholds]\nmin_local_commitments = 6\nmax_local_commitments = 8\n").isEmpty)
  }

  @Test func aMinimumAboveTheMaximumPointsAtBoth() {
    let found = diagnostics("[thresholds]\nmax_commitments = 8\nmin_commitments = 10\n")
    #expect(found.count == 1)
    #expect(found.first?.secondary.map(\.message) == ["max_commitments is 8 here"])
    #expect(found.first?.primary.message == "greater than max_commitments")
  }

  @Test func aRuleSetByCodeAndByNameSaysTheyAreTheSame() {
    let found = diagnostics("[rules]\nOBJ002 = \"off\"\ncoverage-gap = \"info\"\n")
    #expect(found.map(\.notes) == [["'OBJ002' and 'coverage-gap' are the same rule"]])
    #expect(found.first?.secondary.map(\.message) == ["first set here"])
  }

  // MARK: Suggestions

  @Test(arguments: [
    ("[thresholds]\nmin_comitments = 5\n", "did you mean 'min_commitments'"),
    ("[threshold]\n", "did you mean '[thresholds]'?"),
    ("[rules]\nOBJ01 = \"off\"\n", "'OBJ001'"),
    ("[rules]\ncoverage-gaps = \"off\"\n", "did you mean 'coverage-gap'?"),
    ("[rules]\nOBJ001 = \"warn\"\n", "did you mean 'warning'?"),
    ("[rules]\nOBJ001 = \"disabled\"\n", "did you mean 'off'?"),
    ("min_commitments = 5\n", "'min_commitments' belongs in the [thresholds] table"),
  ])
  func mistakesComeWithSuggestions(text: String, help: String) {
    let found = diagnostics(text)
    #expect(found.count == 1)
    #expect(found.first?.help?.contains(help) == true, "help: \(found.first?.help ?? "none")")
  }

  @Test func aSingleSuggestionIsAFixIt() {
    let text = "[rules]\ncoverage-gaps = \"off\"\nOBJ001 = \"warn\"\n"
    let replacements = diagnostics(text).flatMap { $0.fixIts.flatMap(\.edits).map(\.replacement) }
    #expect(replacements == ["coverage-gap", "\"warning\""])
  }

  // MARK: Hostile input

  @Test func invalidUTF8IsAnError() {
    let bytes =
      Array("[rules]\n".utf8) + [0xFF, 0xFE] + Array(" = \"off\"\n[evidence]\nwords = [\"estudi".utf8)
      + [0xE9] + Array("\"]\n".utf8)
    let file = source(bytes)
    let found = diagnostics(file)
    #expect(
      found.map {
        "\($0.code)@\(file.location(of: $0.span.start).line):\(file.location(of: $0.span.start).column)"
      }
        == ["E0501@2:1", "E0501@4:17"])
    #expect(found.map(\.message) == ["invalid UTF-8 (2 bytes)", "invalid UTF-8 (1 byte)"])
  }

  @Test func aNULByteIsAnError() {
    let found = diagnostics("[rules]\u{0}\n")
    #expect(located(found, in: "[rules]\u{0}\n") == ["E0501@1:8"])
    #expect(found.first?.message == "NUL byte in the configuration")
  }

  @Test func aVeryLongLineGivesAShortMessage() {
    for text in [
      "[thresholds]\n" + String(repeating: "a", count: 1_000_000) + " = 1\n",
      "as_of = \"" + String(repeating: "9", count: 1_000_000) + "\"\n",
      "[evidence]\nwords = [" + String(repeating: "\"w\", ", count: 100_000) + "x]\n",
    ] {
      let found = diagnostics(text)
      #expect(found.count == 1)
      #expect(found.allSatisfy { $0.message.count < 100 && ($0.help?.count ?? 0) < 300 })
    }
  }

  @Test func deepBracketsAreErrorsNotCrashes() {
    let tables = String(repeating: "[", count: 100_000)
    let lists =
      "[evidence]\nwords = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(located(diagnostics(tables), in: tables) == ["E0501@1:1"])
    #expect(diagnostics(tables).first?.message == "arrays of tables are not supported")
    #expect(diagnostics(lists).map(\.message) == ["nested lists are not supported"])
  }

  /// Random lines of the bytes that matter to the reader: whatever they are, the result is a
  /// configuration or errors with spans inside the file.
  @Test func randomBytesNeverCrash() {
    let alphabet = Array("[]\"\\=#,.:'{} \t\r\n-_09azuUOBJ".utf8) + [0x00, 0x7F, 0xC3, 0xA9, 0xE9, 0xFF]
    var random = SeededRandom(seed: 0x05_01)
    let codes = Set(DiagnosticCode.allCases.filter { $0.rawValue.hasPrefix("E05") }.map(\.rawValue))
    for _ in 0..<500 {
      let bytes = (0..<random.below(120)).map { _ in alphabet[random.below(alphabet.count)] }
      let file = source(bytes)
      for diagnostic in diagnostics(file) {
        #expect(codes.contains(diagnostic.code))
        let spans = [diagnostic.span] + diagnostic.secondary.map(\.span)
        #expect(spans.allSatisfy { $0.start >= 0 && $0.end <= bytes.count }, "\(bytes)")
      }
    }
  }

  // MARK: Discovery

  @Test func discoveryWalksUpToTheNearestFile() {
    var checked: [String] = []
    let found = ConfigurationFile.discover(from: "/home/ana/plans/2026") { path in
      checked.append(path)
      return path == "/home/ana/ogp-lint.toml" || path == "/ogp-lint.toml"
    }
    #expect(found == "/home/ana/ogp-lint.toml")
    #expect(
      checked == [
        "/home/ana/plans/2026/ogp-lint.toml", "/home/ana/plans/ogp-lint.toml", "/home/ana/ogp-lint.toml",
      ])
  }

  @Test func discoveryStopsAtTheRoot() {
    var checked: [String] = []
    let found = ConfigurationFile.discover(from: "/srv/plans") { path in
      checked.append(path)
      return false
    }
    #expect(found == nil)
    #expect(checked == ["/srv/plans/ogp-lint.toml", "/srv/ogp-lint.toml", "/ogp-lint.toml"])
  }

  @Test func discoveryNeverLooksAboveTheProjectRoot() {
    var checked: [String] = []
    let found = ConfigurationFile.discover(from: "/ci/repo/plans", upTo: "/ci/repo") { path in
      checked.append(path)
      return path == "/ci/ogp-lint.toml"
    }
    #expect(found == nil)
    #expect(checked == ["/ci/repo/plans/ogp-lint.toml", "/ci/repo/ogp-lint.toml"])
    #expect(ConfigurationFile.discover(from: "/elsewhere", upTo: "/ci/repo") { _ in true } == nil)
    #expect(ConfigurationFile.discover(from: "/ci/repo-2", upTo: "/ci/repo") { _ in true } == nil)
    #expect(
      ConfigurationFile.discover(from: "/ci/repo", upTo: "/ci/repo") { _ in true } == "/ci/repo/ogp-lint.toml"
    )
  }

  @Test(arguments: [
    ("/a/./b//c/../", "/a/b/ogp-lint.toml"),
    ("/../..", "/ogp-lint.toml"),
    ("/", "/ogp-lint.toml"),
    ("plans/2026", "plans/2026/ogp-lint.toml"),
  ])
  func discoveryNormalisesThePath(directory: String, firstCandidate: String) {
    var checked: [String] = []
    _ = ConfigurationFile.discover(from: directory) { path in
      checked.append(path)
      return false
    }
    #expect(checked.first == firstCandidate)
    #expect(checked.count == Set(checked).count, "\(checked)")
  }

  @Test func aRelativeDirectoryIsSearchedUpToItsFirstComponent() {
    var checked: [String] = []
    _ = ConfigurationFile.discover(from: "../plans") { path in
      checked.append(path)
      return false
    }
    #expect(checked == ["../plans/ogp-lint.toml", "../ogp-lint.toml"])
  }

  /// The TOML blocks of docs/configuration.md are valid configurations for the real rules.
  @Test func theDocumentationExamplesParse() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
    let blocks = text.components(separatedBy: "```toml\n").dropFirst().map {
      $0.components(separatedBy: "```")[0]
    }
    #expect(!blocks.isEmpty)
    for block in blocks {
      let codes = diagnostics(source(Array(block.utf8)), rules: RuleRegistry.descriptions).map(\.code)
      #expect(codes.isEmpty, "\(codes) in\n\(block)")
    }
  }

  // MARK: Catalogue

  static let configurationCodes = DiagnosticCatalogue.all.filter(\.isConfiguration).map(\.code)

  @Test func theConfigurationCodesAreE0501ToE0507() {
    #expect(
      Self.configurationCodes.map(\.rawValue) == [
        "E0501", "E0502", "E0503", "E0504", "E0505", "E0506", "E0507",
      ])
    #expect(
      DiagnosticCatalogue.all.filter(\.isConfiguration).allSatisfy {
        $0.fileName == ConfigurationFile.fileName
      })
  }

  /// E0507's cause is a symbolic link, not text: ConfinedReadTests show it with the real binary.
  static let parsedConfigurationCodes = DiagnosticCatalogue.all.filter {
    $0.isConfiguration && !$0.exampleIsIllustrative
  }.map(\.code)

  @Test(arguments: parsedConfigurationCodes)
  func catalogueExampleFailsWithItsCode(code: DiagnosticCode) {
    // A translation may give its own snippets, to translate their comments.
    for language in Language.allCases {
      let example = DiagnosticCatalogue.explanation(for: code, in: language).example
      let codes = diagnostics(source(Array(example.utf8)), rules: RuleRegistry.descriptions).map(\.code)
      #expect(codes == [code.rawValue], "\(language) example for \(code.rawValue) gave \(codes)")
    }
  }

  @Test(arguments: configurationCodes)
  func catalogueFixParsesClean(code: DiagnosticCode) {
    for language in Language.allCases {
      let fix = DiagnosticCatalogue.explanation(for: code, in: language).fix
      let codes = diagnostics(source(Array(fix.utf8)), rules: RuleRegistry.descriptions).map(\.code)
      #expect(codes.isEmpty, "\(language) fix for \(code.rawValue) gave \(codes)")
    }
  }
}

/// The REPL reads the configuration before it knows the member rules of its session.
struct MemberRuleConfigurationTests {
  static func parse(_ text: String, accepting: Bool) -> Result<LintConfiguration, ConfigurationError> {
    let file = SourceMap().add(path: "ogp-lint.toml", bytes: Array(text.utf8))
    return ConfigurationFile.parse(file, rules: RuleRegistry.descriptions, acceptingMemberRules: accepting)
  }

  @Test func memberCodesAreAcceptedOnlyWhenAsked() throws {
    let text = "[rules]\nforum01 = \"error\"\n"
    #expect(try Self.parse(text, accepting: true).get().severities["FORUM01"] == .error)
    guard case .failure(let error) = Self.parse(text, accepting: false) else {
      Issue.record("an unknown code was accepted")
      return
    }
    #expect(error.diagnostics.map(\.code) == ["E0504"])
  }

  @Test func reservedAndMalformedCodesAreStillUnknown() {
    for key in ["OBJ999", "E0208", "forum-01"] {
      guard case .failure = Self.parse("[rules]\n\"\(key)\" = \"off\"\n", accepting: true) else {
        Issue.record("'\(key)' was accepted")
        continue
      }
    }
  }
}
