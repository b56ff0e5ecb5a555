import OGPDiagnostics
import OGPLanguage
import OGPModel

/// Runs the rules over a compiled program and turns their findings into diagnostics: a span from
/// the anchor, a severity from the configuration, minus what suppressions and the baseline
/// silence. The member rules a compilation declares run beside `rules`.
public struct Linter: Sendable {
  /// The built-in rules to run.
  public let rules: [any LintRule]
  public let configuration: LintConfiguration

  public init(
    rules: [any LintRule] = RuleRegistry.rules, configuration: LintConfiguration = LintConfiguration()
  ) {
    self.rules = rules
    self.configuration = configuration
  }

  /// Lints `compilation` as of `asOf`. A program with errors is not linted: its diagnostics are
  /// returned as they are, since rules judge a model that only a clean program has.
  public func lint(_ compilation: Compilation, asOf: Day, baseline: Baseline? = nil) -> LintResult {
    guard let program = compilation.program else {
      return LintResult(diagnostics: compilation.diagnostics, rulesRan: false)
    }
    let memberRules = UserRule.all(in: compilation)
    let context = LintContext(
      program: program, configuration: configuration, asOf: asOf,
      evaluator: memberRules.isEmpty ? nil : ExpressionEvaluator(program: program, asOf: asOf))
    let locator = SourceLocator(index: compilation.index)
    let enabled = (rules + memberRules.map { $0 as any LintRule }).compactMap { rule in
      configuration.severity(of: rule.description).map { (rule: rule, severity: $0) }
    }
    // Rules are independent and read one immutable program: they run on every core, and their
    // findings are joined in rule order so the output stays the same.
    let findings = enabled.concurrentMap { rule, severity in
      let description = rule.description
      return rule.check(context).compactMap { finding -> Diagnostic? in
        guard let span = locator.span(of: finding.anchor) else { return nil }
        var diagnostic = Diagnostic(
          severity, code: description.code, message: finding.message, at: Label(span, finding.label),
          notes: finding.notes, help: finding.help ?? description.fixAsHelp)
        diagnostic.element = finding.anchor.path
        return diagnostic
      }
    }.flatMap { $0 }

    var known = RuleRegistry.byCodeOrName
    for rule in memberRules { known[rule.description.code] = rule.description }
    var (kept, suppressionFindings) = applySuppressions(
      findings, compilation: compilation, known: known)
    kept += suppressionFindings
    var baselined = 0
    if let baseline {
      (kept, baselined) = baseline.filter(kept, sources: compilation.sources)
    }
    return LintResult(
      diagnostics: (compilation.diagnostics + kept).sortedForDisplay(), rulesRan: true,
      baselined: baselined)
  }

  /// Lints each root's program on its own, since rules look names up in one program; the programs
  /// are linted on every core, their findings joined in root order. A finding in a file that
  /// several roots use is reported once, and the baseline is applied to the merged findings, so
  /// that it accepts each once.
  public func lint(_ roots: CompiledRoots, asOf: Day, baseline: Baseline? = nil) -> LintResult {
    let results = roots.compilations.concurrentMap { lint($0, asOf: asOf) }
    var diagnostics = results.map(\.diagnostics).merged()
    var baselined = 0
    if let baseline {
      (diagnostics, baselined) = baseline.filter(diagnostics, sources: roots.sources)
    }
    return LintResult(
      diagnostics: diagnostics, rulesRan: results.allSatisfy(\.rulesRan), baselined: baselined)
  }

  /// Drops findings that a directive silences, then reports directives that are malformed or
  /// silence nothing. Directives that name only linter codes apply after those reports, so an
  /// unused suppression can itself be silenced. `known` holds the rules by code and name.
  private func applySuppressions(
    _ findings: [Diagnostic], compilation: Compilation,
    known: [String: RuleDescription]
  ) -> (kept: [Diagnostic], suppressionFindings: [Diagnostic]) {
    let scanner = SuppressionScanner(knownCodes: known.mapValues(\.code))
    var suppressions: [Suppression] = []
    var invalid: [InvalidSuppression] = []
    for file in compilation.files {
      let source = compilation.sources[file.file]
      let (found, bad) = scanner.scan(file, source: source, locator: SourceLocator(index: compilation.index))
      suppressions += found
      invalid += bad
    }
    guard !suppressions.isEmpty || !invalid.isEmpty else { return (findings, []) }

    let linterCodes = Set(RuleRegistry.linterDescriptions.map(\.code))
    let (ruleSuppressions, linterSuppressions) = (
      suppressions.filter { !$0.codes.isSubset(of: linterCodes) },
      suppressions.filter { $0.codes.isSubset(of: linterCodes) }
    )
    var used = Set<Int>()
    func filter(_ diagnostics: [Diagnostic], by candidates: [Suppression], offset: Int) -> [Diagnostic] {
      diagnostics.filter { diagnostic in
        for (index, suppression) in candidates.enumerated()
        where suppression.covers(diagnostic, in: compilation.sources) {
          used.insert(offset + index)
          return false
        }
        return true
      }
    }
    let kept = filter(findings, by: ruleSuppressions, offset: 0)

    var housekeeping: [Diagnostic] = []
    func report(
      _ description: RuleDescription, _ message: String, at span: SourceSpan, label: String, help: String
    ) {
      guard let severity = configuration.severity(of: description) else { return }
      housekeeping.append(
        Diagnostic(severity, code: description.code, message: message, at: Label(span, label), help: help))
    }
    func reportUnused(_ suppression: Suppression) {
      // A rule that is off cannot tell whether the suppression would have been needed.
      guard
        suppression.codes.contains(where: {
          known[$0].flatMap(configuration.severity(of:)) != nil
        })
      else { return }
      report(
        UnusedSuppression.description,
        LintText.unusedSuppressionMessage(codes: suppression.codes.sorted().joined(separator: ", ")),
        at: suppression.span, label: LintText.unusedSuppressionLabel, help: LintText.unusedSuppressionHelp)
    }
    for (index, suppression) in ruleSuppressions.enumerated() where !used.contains(index) {
      reportUnused(suppression)
    }
    for bad in invalid {
      report(InvalidSuppressionRule.description, bad.message, at: bad.span, label: bad.label, help: bad.help)
    }
    let offset = ruleSuppressions.count
    let keptHousekeeping = filter(housekeeping, by: linterSuppressions, offset: offset)
    housekeeping = []
    for (index, suppression) in linterSuppressions.enumerated() where !used.contains(offset + index) {
      reportUnused(suppression)
    }
    return (kept, keptHousekeeping + housekeeping)
  }
}

/// The diagnostics of one lint run.
public struct LintResult: Sendable {
  /// Errors from the checker and findings from the rules, in display order.
  public let diagnostics: [Diagnostic]
  /// False when a program had errors, so no rule ran on it.
  public let rulesRan: Bool
  /// How many findings the baseline silenced.
  public var baselined = 0
}
