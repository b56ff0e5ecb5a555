import OGPDiagnostics

/// The documentation generated from rule descriptions: `docs/rules.md`, `ogp rules` and
/// `ogp explain CODE` all come from here, so they cannot disagree.
public enum RuleDocumentation {
  /// `docs/rules.md`.
  public static func markdown(_ descriptions: [RuleDescription] = RuleRegistry.descriptions) -> String {
    var lines = [
      "# Lint rules",
      "",
      "<!-- Generated from the rule definitions in Sources/OGPRules by `ogp rules --format markdown`. Do not edit. -->",
      "",
      "`ogp lint` runs \(descriptions.count) rules. Each has a code, a name (accepted wherever a code is), a "
        + "default severity that `ogp-lint.toml` can change (see [configuration.md](configuration.md)), and "
        + "examples that the test suite runs. Silence one finding with `// ogp:disable-next-line CODE` on the "
        + "line before it, or a whole declaration with `// ogp:disable CODE` on the line before it.",
      "",
      "Every rule states what it rests on: **Rests on:** the OGP text, with the document and where in it, or "
        + "**This tool's heuristic:** where the judgement is this tool's, not OGP's; the tables' Basis column "
        + "tells them apart.",
      "",
      "The examples are compiled after this prelude, which `use`s the OGP strategy 2023–2028 "
        + "(`examples/strategy/ogp-2023-2028.ogp`) and declares the actors they name:",
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
        "## \(category.title)", "", "| Code | Name | Default | Basis | Summary |", "|---|---|---|---|---|",
      ]
      lines += rules.map {
        "| [\($0.code)](#\($0.code.lowercased())) | `\($0.name)` | \($0.defaultSeverity.rawValue) | \($0.basis.kind) | \($0.summary) |"
      }
      lines.append("")
    }
    for rule in descriptions {
      lines += [
        "## \(rule.code)", "",
        "**`\(rule.name)`** · \(rule.category.title) · default severity: \(rule.defaultSeverity.rawValue)",
        "", rule.summary, "", rule.rationale, "", markdownBasis(rule.basis), "", "**Fix:** \(rule.fix)", "",
      ]
      lines += examples("Triggers", rule.triggering, markers: true)
      lines += examples("Does not trigger", rule.nonTriggering, markers: false)
    }
    return lines.joined(separator: "\n")
  }

  /// "**Rests on:** …" or "**This tool's heuristic:** …", as docs/rules.md states every rule's basis.
  static func markdownBasis(_ basis: RuleBasis) -> String {
    switch basis {
    case .ogp(let text): "**Rests on:** \(text)."
    case .heuristic(let text): "**This tool's heuristic:** \(text)."
    case .member(let text): "**The member's own rule:** \(text)."
    }
  }

  private static func examples(_ heading: String, _ examples: [RuleExample], markers: Bool) -> [String] {
    // A member rule has no examples to show.
    guard !examples.isEmpty else { return [] }
    var lines = ["\(heading)\(markers ? " (↓ marks each finding)" : ""):", ""]
    for example in examples {
      if example.asOf != RuleExample.defaultAsOf { lines += ["As of \(example.asOf):", ""] }
      if let configuration = example.configuration {
        lines += [
          "With this `ogp-lint.toml`:", "", "```toml", configuration.trimmingTrailingNewlines(), "```", "",
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
    lines.append(
      "\(descriptions.count + members.count) rules. 'ogp explain CODE' shows a rule's rationale and examples."
    )
    return lines.joined(separator: "\n") + "\n"
  }

  /// The long form of one rule: what `ogp explain CODE` prints.
  public static func explanation(_ rule: RuleDescription) -> String {
    var lines = [
      "\(rule.code): \(rule.summary)", "",
      "Name: \(rule.name)  ·  Category: \(rule.category.title)  ·  Default severity: \(rule.defaultSeverity.rawValue)",
      "",
    ]
    lines += wrap(rule.rationale, width: 80)
    lines += [""] + wrap(rule.basis.sentence + ".", width: 80)
    lines += ["", "Fix: " + rule.fix, ""]
    for (heading, examples) in [
      ("Triggers (↓ marks each finding):", rule.triggering), ("Does not trigger:", rule.nonTriggering),
    ] {
      lines += [heading, ""]
      for example in examples {
        if example.asOf != RuleExample.defaultAsOf { lines += ["  As of \(example.asOf):", ""] }
        if let configuration = example.configuration {
          lines += ["  With this ogp-lint.toml:", ""] + indented(configuration) + [""]
        }
        lines += indented(example.source) + [""]
      }
    }
    lines += [
      "Examples use the OGP strategy 2023–2028 and the actors of the rules prelude (docs/rules.md).",
      "Silence it: '// ogp:disable-next-line \(rule.code)'; change its severity in ogp-lint.toml: [rules] \(rule.code) = \"off\".",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The long form of a member rule: what `ogp explain CODE FILE…` prints.
  public static func explanation(_ member: UserRule) -> String {
    let rule = member.rule
    var lines = [
      "\(rule.code): \(rule.title)", "",
      "Member rule  ·  Declared at \(member.location)  ·  Default severity: \(rule.severity.rawValue)", "",
    ]
    if let doc = rule.doc {
      lines += doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""]
    }
    lines += ["Checks:", "", "    " + rule.scopeSource, "    require " + rule.requirementSource]
    if let message = rule.messageSource { lines.append("    message " + message) }
    lines += [
      "",
      "Silence it: '// ogp:disable-next-line \(rule.code)'; change its severity in ogp-lint.toml: [rules] \(rule.code) = \"off\".",
    ]
    return lines.joined(separator: "\n") + "\n"
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
