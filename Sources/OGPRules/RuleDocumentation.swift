import OGPDiagnostics

/// The documentation generated from rule descriptions: `docs/rules.md`, `ogp rules` and
/// `ogp explain CODE` all come from here, so they cannot disagree. Each is said in
/// `Language.current`; docs/rules.md is the English.
public enum RuleDocumentation {
  /// `docs/rules.md`.
  public static func markdown(_ descriptions: [RuleDescription] = RuleRegistry.descriptions) -> String {
    var lines = [
      "# " + DocumentationText.markdownTitle,
      "",
      DocumentationText.markdownGenerated,
      "",
      DocumentationText.markdownIntro(count: descriptions.count),
      "",
      DocumentationText.markdownBasis,
      "",
      DocumentationText.markdownPrelude,
      "",
      "```ogp",
      RuleExample.prelude.trimmingTrailingNewlines(),
      "```",
      "",
    ]
    for category in RuleCategory.allCases {
      let rules = descriptions.filter { $0.category == category }
      guard !rules.isEmpty else { continue }
      lines += [
        "## \(category.title)", "", DocumentationText.markdownTableHeader, "|---|---|---|---|---|",
      ]
      lines += rules.map {
        "| [\($0.code)](#\($0.code.lowercased())) | `\($0.name)` | \($0.defaultSeverity.rawValue) | \($0.basis.kind) | \($0.summary) |"
      }
      lines.append("")
    }
    for rule in descriptions {
      lines += [
        "## \(rule.code)", "",
        DocumentationText.markdownFacts(
          name: rule.name, category: rule.category.title, severity: rule.defaultSeverity.rawValue),
        "", rule.summary, "", rule.rationale, "", markdownBasis(rule.basis), "",
        DocumentationText.markdownFix(fix: rule.fix), "",
      ]
      lines += examples(DocumentationText.markdownTriggers, rule.triggering)
      lines += examples(DocumentationText.markdownDoesNotTrigger, rule.nonTriggering)
    }
    return lines.joined(separator: "\n")
  }

  /// "**Rests on:** …" or "**This tool's heuristic:** …", as docs/rules.md states every rule's basis.
  static func markdownBasis(_ basis: RuleBasis) -> String {
    switch basis {
    case .ogp(let text): DocumentationText.basisMarkdownOGP(text: text.text)
    case .heuristic(let text): DocumentationText.basisMarkdownHeuristic(text: text.text)
    case .member(let text): DocumentationText.basisMarkdownMember(text: text.text)
    }
  }

  private static func examples(_ heading: String, _ examples: [RuleExample]) -> [String] {
    // A member rule has no examples to show.
    guard !examples.isEmpty else { return [] }
    var lines = [heading, ""]
    for example in examples {
      if example.asOf != RuleExample.defaultAsOf {
        lines += [DocumentationText.markdownAsOf(date: example.asOf), ""]
      }
      if let configuration = example.configuration {
        lines += [
          DocumentationText.markdownWithConfiguration, "", "```toml",
          configuration.trimmingTrailingNewlines(),
          "```", "",
        ]
      }
      lines += ["```ogp", example.source.trimmingTrailingNewlines(), "```", ""]
    }
    return lines
  }

  /// One line per rule, grouped by category: what `ogp rules` prints. A member rule's line
  /// has its code, its severity, its title and where it is declared.
  public static func list(
    _ descriptions: [RuleDescription] = RuleRegistry.descriptions, members: [UserRule] = []
  ) -> String {
    var lines: [String] = []
    let nameWidth = descriptions.map(\.name.count).max() ?? 0
    for category in RuleCategory.allCases {
      let rules = descriptions.filter { $0.category == category }
      guard !rules.isEmpty else { continue }
      lines.append("\(category.title):")
      for rule in rules {
        let severity = rule.defaultSeverity.rawValue.padding(to: 7)
        lines.append("  \(rule.code)  \(severity)  \(rule.name.padding(to: nameWidth))  \(rule.summary)")
      }
      lines.append("")
    }
    if !members.isEmpty {
      lines.append("\(RuleCategory.member.title):")
      let codeWidth = max(6, members.map(\.rule.code.count).max() ?? 0)
      for member in members {
        let severity = member.description.defaultSeverity.rawValue.padding(to: 7)
        lines.append(
          "  \(member.rule.code.padding(to: codeWidth))  \(severity)  \(member.rule.title)  (\(member.location))"
        )
      }
      lines.append("")
    }
    lines.append(DocumentationText.listTotal(count: descriptions.count + members.count))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The long form of one rule: what `ogp explain CODE` prints.
  public static func explanation(_ rule: RuleDescription) -> String {
    var lines = [
      "\(rule.code): \(rule.summary)", "",
      DocumentationText.explanationFacts(
        name: rule.name, category: rule.category.title, severity: rule.defaultSeverity.rawValue),
      "",
    ]
    lines += wrap(rule.rationale, width: 80)
    lines += [""] + wrap(rule.basis.sentence + ".", width: 80)
    lines += ["", DocumentationText.explanationFix(fix: rule.fix), ""]
    for (heading, examples) in [
      (DocumentationText.explanationTriggers, rule.triggering),
      (DocumentationText.explanationDoesNotTrigger, rule.nonTriggering),
    ] {
      lines += [heading, ""]
      for example in examples {
        if example.asOf != RuleExample.defaultAsOf {
          lines += ["  " + DocumentationText.explanationAsOf(date: example.asOf), ""]
        }
        if let configuration = example.configuration {
          lines +=
            ["  " + DocumentationText.explanationWithConfiguration, ""] + indented(configuration) + [""]
        }
        lines += indented(example.source) + [""]
      }
    }
    lines += [DocumentationText.explanationPrelude, DocumentationText.explanationSilence(code: rule.code)]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The long form of a member rule: what `ogp explain CODE FILE…` prints.
  public static func explanation(_ member: UserRule) -> String {
    let rule = member.rule
    var lines = [
      "\(rule.code): \(rule.title)", "",
      DocumentationText.explanationMemberFacts(location: member.location, severity: rule.severity.rawValue),
      "",
    ]
    if let doc = rule.doc {
      lines += doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""]
    }
    lines += [
      DocumentationText.explanationChecks, "", "    " + rule.scopeSource,
      "    require " + rule.requirementSource,
    ]
    if let message = rule.messageSource { lines.append("    message " + message) }
    lines += ["", DocumentationText.explanationSilence(code: rule.code)]
    return lines.joined(separator: "\n") + "\n"
  }

  /// What `ogp explain` says of a code it does not know, with the closest known one if any.
  public static func unknownCode(_ code: String, closest: String?) -> String {
    var message = DocumentationText.explanationUnknownCode(code: code)
    if let closest { message += "; " + DocumentationText.explanationDidYouMean(suggestion: closest) }
    return message + " (" + DocumentationText.explanationSeeList + ")"
  }

  private static func indented(_ text: String) -> [String] {
    text.trimmingTrailingNewlines().split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "    " + $0 }
  }

  /// The documentation SARIF and JSON output carry for each code.
  public static func diagnosticDocumentation(
    _ descriptions: [RuleDescription] = RuleRegistry.descriptions
  ) -> [String: DiagnosticDocumentation] {
    var result: [String: DiagnosticDocumentation] = [:]
    for rule in descriptions {
      result[rule.code] = DiagnosticDocumentation(
        code: rule.code, name: rule.name, shortDescription: rule.summary, fullDescription: rule.rationale,
        help: rule.fix, helpURI: rule.documentationLink, defaultSeverity: rule.defaultSeverity,
        category: rule.category.title)
    }
    return result
  }

  private static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

extension String {
  fileprivate func trimmingTrailingNewlines() -> String {
    var result = self
    while result.last == "\n" { result.removeLast() }
    return result
  }

  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
