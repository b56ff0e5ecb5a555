import OGPDiagnostics

/// Every code the language front end and the lint configuration (`ogp-lint.toml`) can report. A
/// code is never reused for another meaning; `DiagnosticCatalogue` explains each one for
/// `ogp explain`, from a file named for the code in `Catalogue/` (the build fails without one).
///
/// Retired codes, never to be given again: E0111 ("'rule' declarations are not supported yet",
/// until the language read `rule` declarations).
public enum DiagnosticCode: String, CaseIterable, Sendable {
  // Lexical.
  case invalidUTF8 = "E0001"
  case nulByte = "E0002"
  case strayCharacter = "E0003"
  case unterminatedString = "E0004"
  case unterminatedMultilineString = "E0005"
  case invalidEscape = "E0006"
  case invalidUnicodeEscape = "E0007"
  case malformedNumber = "E0008"
  case multilineStringLayout = "E0009"
  case numberTooLarge = "E0010"
  // Syntax.
  case expectedDeclaration = "E0101"
  case expectedName = "E0102"
  case expectedTitle = "E0103"
  case unclosedBlock = "E0104"
  case unexpectedInBlock = "E0105"
  case nestingTooDeep = "E0106"
  case reservedWordAsName = "E0107"
  case expectedUsePath = "E0108"
  case unmatchedBrace = "E0109"
  case expectedValue = "E0110"
  case unexpectedAfterHeader = "E0112"
  case expectedExpression = "E0113"
  case unexpectedInExpression = "E0114"
  // Files and names.
  case useTargetMissing = "E0201"
  case useTargetIsDirectory = "E0202"
  case useTargetUnreadable = "E0203"
  case useCycle = "E0204"
  case duplicateDeclaration = "E0205"
  case unknownActor = "E0206"
  case unknownStrategy = "E0207"
  case unknownObjective = "E0208"
  case advancesWithoutStrategy = "E0209"
  case wrongKindOfDeclaration = "E0210"
  case unknownNameInExpression = "E0211"
  case invalidRuleCode = "E0212"
  case useOutsideRoot = "E0213"
  case useTargetNotSource = "E0214"
  // Types and clauses.
  case unknownClause = "E0301"
  case missingRequiredClause = "E0302"
  case declarationNotAllowedHere = "E0303"
  case wrongValueType = "E0304"
  case unknownEnumValue = "E0305"
  case duplicateClause = "E0306"
  case wrongValueCount = "E0307"
  case secondForum = "E0308"
  case valueOutOfRange = "E0309"
  case typeMismatch = "E0310"
  case unknownFunction = "E0311"
  case notInEnumeration = "E0312"
  case expressionOutOfRange = "E0313"
  case progressAsCompletion = "E0314"
  case duplicateTranslation = "E0315"
  case unknownLanguage = "E0316"
  case translationWithoutDefault = "E0317"
  // Dates.
  case invalidDate = "E0401"
  case reversedRange = "E0402"
  case milestoneOutsideCommitment = "E0403"
  // Configuration.
  case configurationSyntax = "E0501"
  case unknownConfigurationKey = "E0502"
  case invalidConfigurationValue = "E0503"
  case unknownRule = "E0504"
  case unknownSeverity = "E0505"
  case duplicateConfigurationKey = "E0506"
  case configurationOutsideRoot = "E0507"

  public var code: String { rawValue }
}

extension Diagnostic {
  /// An error of the front end at `span`.
  static func error(
    _ code: DiagnosticCode, _ message: String, at span: SourceSpan, label: String = "",
    secondary: [Label] = [], notes: [String] = [], help: String? = nil, fixIts: [FixIt] = []
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code.rawValue, message: message, at: Label(span, label), secondary: secondary,
      notes: notes, help: help, fixIts: fixIts)
  }
}

extension String {
  func leftPadded(_ width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
