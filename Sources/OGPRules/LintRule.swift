import OGPDiagnostics

/// One check of what makes a good OGP plan: a built-in rule, or a member's `rule` declaration.
/// `ogp rules`, `ogp explain`, the machine formats and the configuration read its `description`.
public protocol LintRule: Sendable {
  var description: RuleDescription { get }
  /// Every finding in the program; the linter applies severity, suppressions and baselines.
  func check(_ context: LintContext) -> [Finding]
}

/// A rule of this tool: a type that carries its own documentation and examples, which
/// `docs/rules.md` and the generic rule test read.
public protocol BuiltInRule: LintRule {
  static var description: RuleDescription { get }
  init()
}

extension BuiltInRule {
  public var description: RuleDescription { Self.description }
}

/// What a rule is, why it exists and how it behaves, with examples that the tests run.
public struct RuleDescription: Sendable {
  /// `OBJ001`: a category prefix and three digits; never reused for another meaning.
  public let code: String
  /// `commitment-advances-nothing`: also accepted wherever a code is.
  public let name: String
  public let category: RuleCategory
  public let defaultSeverity: Diagnostic.Severity
  /// One sentence: what the rule reports, in every language.
  public let localizedSummary: LocalizedText
  /// Why it matters, citing the domain fact behind it, or saying plainly that it is this tool's
  /// own convention.
  public let localizedRationale: LocalizedText
  /// What the rule rests on: the OGP text (document and where in it), or this tool's heuristic.
  public let basis: RuleBasis
  /// How to make the finding go away.
  public let localizedFix: LocalizedText

  /// The summary in the current language.
  public var summary: String { localizedSummary.text }
  /// The rationale in the current language.
  public var rationale: String { localizedRationale.text }
  /// The fix in the current language.
  public var fix: String { localizedFix.text }
  /// Examples on which the rule reports a finding at each `↓` marker, and nowhere else.
  public let triggering: [RuleExample]
  /// Examples on which the rule reports nothing.
  public let nonTriggering: [RuleExample]

  public init(
    code: String, name: String, category: RuleCategory, defaultSeverity: Diagnostic.Severity,
    summary: LocalizedText, rationale: LocalizedText, basis: RuleBasis, fix: LocalizedText,
    triggering: [RuleExample],
    nonTriggering: [RuleExample], documentationLink: String? = nil
  ) {
    self.code = code
    self.name = name
    self.category = category
    self.defaultSeverity = defaultSeverity
    localizedSummary = summary
    localizedRationale = rationale
    self.basis = basis
    localizedFix = fix
    self.triggering = triggering
    self.nonTriggering = nonTriggering
    self.documentationLink = documentationLink ?? "docs/rules.md#\(code.lowercased())"
  }

  /// `fix` in the style of a diagnostic's help line: "add a milestone …", without the capital
  /// and the full stop that the documentation's sentence has. Codes and names keep their case.
  public var fixAsHelp: String {
    var text = fix
    if text.hasSuffix(".") { text.removeLast() }
    let words = text.split(separator: " ", maxSplits: 1)
    if let first = words.first, first.dropFirst().allSatisfy(\.isLowercase) {
      text = first.lowercased() + (words.count > 1 ? " " + words[1] : "")
    }
    return text
  }

  /// Where the rule is documented, relative to the repository root (the project publishes no
  /// web site, and an invented URL would be a broken link): `docs/rules.md#obj001` for a
  /// built-in rule, the declaring file and line for a member rule.
  public let documentationLink: String
}

/// What a rule rests on, which `docs/rules.md` and `ogp explain` state for every rule, so a reader
/// can tell OGP's requirements from this tool's judgement.
public enum RuleBasis: Sendable, Equatable {
  /// OGP's own text: the document and where in it ("Participation and Co-Creation Standards
  /// (2022), standard 1, MR 1.1").
  case ogp(LocalizedText)
  /// This tool's judgement, and why it thinks it worth saying.
  case heuristic(LocalizedText)
  /// A rule a member declared: where.
  case member(LocalizedText)

  /// The text without its kind, in the current language.
  public var text: String { localizedText.text }

  /// The text without its kind, in every language.
  public var localizedText: LocalizedText {
    switch self {
    case .ogp(let text), .heuristic(let text), .member(let text): text
    }
  }

  /// "OGP", "heuristic" or "member": what a table of rules says in a word.
  public var kind: String {
    switch self {
    case .ogp: DocumentationText.basisKindOGP
    case .heuristic: DocumentationText.basisKindHeuristic
    case .member: DocumentationText.basisKindMember
    }
  }

  /// True when the rule rests on OGP's own text.
  public var isOGP: Bool {
    if case .ogp = self { true } else { false }
  }

  /// "Rests on: …", "This tool's heuristic: …" or "The member's own rule: …".
  public var sentence: String {
    switch self {
    case .ogp(let text): DocumentationText.basisSentenceOGP(text: text.text)
    case .heuristic(let text): DocumentationText.basisSentenceHeuristic(text: text.text)
    case .member(let text): DocumentationText.basisSentenceMember(text: text.text)
    }
  }
}

/// A small `.ogp` source for a rule's documentation and tests.
///
/// It is compiled after `RuleExample.prelude` (the OGP strategy and a cast of actors), so it can
/// name `ogp_2023_2028` and the prelude's actors without declaring them. A `↓` marks where a
/// finding must start; the marker is removed before compiling.
public struct RuleExample: Sendable, ExpressibleByStringLiteral {
  public static let marker: Character = "↓"

  public let source: String
  /// The as-of date the example is linted at (`2026-06-30` unless it says otherwise).
  public let asOf: String
  /// Configuration thresholds the example needs, as `ogp-lint.toml` text.
  public let configuration: String?

  /// The as-of date examples use unless they say otherwise.
  public static let defaultAsOf = "2026-06-30"

  public init(_ source: String, asOf: String = RuleExample.defaultAsOf, configuration: String? = nil) {
    self.source = source
    self.asOf = asOf
    self.configuration = configuration
  }

  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// The source without its markers.
  public var code: String { source.filter { $0 != RuleExample.marker } }
}

/// The groups rules are listed in; a built-in category's raw value is its codes' prefix.
public enum RuleCategory: String, Sendable, CaseIterable {
  case objectives = "OBJ"
  case values = "VAL"
  case verifiability = "VER"
  case timeline = "TIM"
  case cocreation = "COC"
  case structure = "STR"
  /// What the Independent Reporting Mechanism's assessments record, and whether it fits together.
  case irm = "IRM"
  /// The linter's own housekeeping: suppressions that do nothing.
  case linter = "LNT"
  /// `rule` declarations a member or its forum writes in `.ogp` files; their codes are their own
  /// (`FORUM01`), never of a built-in category's form.
  case member = "member"

  public var title: String {
    switch self {
    case .objectives: DocumentationText.categoryObjectives
    case .values: DocumentationText.categoryValues
    case .verifiability: DocumentationText.categoryVerifiability
    case .timeline: DocumentationText.categoryTimeline
    case .cocreation: DocumentationText.categoryCocreation
    case .structure: DocumentationText.categoryStructure
    case .irm: DocumentationText.categoryIRM
    case .linter: DocumentationText.categoryLinter
    case .member: DocumentationText.categoryMember
    }
  }
}

extension RuleExample {
  /// What every example is compiled after: the OGP strategy 2023–2028 (the repository's
  /// `examples/strategy/ogp-2023-2028.ogp`) and a cast of actors from every kind and branch.
  public static let prelude = """
    use "ogp-2023-2028.ogp"

    actor digital  government     "Agência de Governo Digital" { branch executive; level national }
    actor finance  government     "Ministry of Finance"        { branch executive; level national }
    actor assembly government     "National Assembly"          { branch legislative; level national }
    actor court    government     "Supreme Court"              { branch judiciary; level national }
    actor ombuds   government     "Information Commissioner"   { branch autonomous; level national }
    actor city     government     "Ayuntamiento de Valle"      { branch executive; level local }
    actor odn      civil_society  "Open Data Network"
    actor rights   civil_society  "Asociación por los Derechos Cívicos"
    actor uni      academia       "Universidade Federal"
    actor press    media          "La Gaceta"
    actor firm     private_sector "Datos S.A."
    actor undp     multilateral   "UNDP"

    """

  /// The file name the prelude `use`s for the strategy.
  public static let preludeStrategyFile = "ogp-2023-2028.ogp"
}
