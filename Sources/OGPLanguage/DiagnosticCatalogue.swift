/// The long form of each diagnostic, shown by `ogp explain CODE`.
public struct DiagnosticExplanation: Sendable {
  public let code: DiagnosticCode
  /// One line, lower case, e.g. "unknown objective or priority".
  public let title: String
  /// A few sentences: what the diagnostic means and why the language insists, written for a civil
  /// servant as much as for an engineer.
  public let explanation: String
  /// A small complete `.ogp` file that reports this code and no other (an `ogp-lint.toml` file
  /// for a configuration code, see `isConfiguration`).
  public let example: String
  /// The same file corrected: it reports no error.
  public let fix: String
  /// The name under which `example` and `fix` are saved; `companionFiles` may `use` it.
  public let fileName: String
  /// Files that the example and the fix expect beside them, by path relative to them (a path with
  /// a `/` lives in a subdirectory, which the path creates). Empty except for the codes about `use`.
  public let companionFiles: [String: String]

  /// True for E0001 and E0507, whose cause is not in the text: invalid UTF-8 cannot appear in a
  /// Swift `String`, and a symbolic link is a property of the file, so the example shows
  /// well-formed text and describes the cause in a comment. Feeding it to the checker (or the
  /// configuration's parser) reports nothing.
  public var exampleIsIllustrative: Bool { code == .invalidUTF8 || code == .configurationOutsideRoot }

  /// True only for E0203: the example needs its companion file to exist but be unreadable
  /// (`chmod 000`); the fix expects it readable again.
  public var exampleNeedsUnreadableCompanions: Bool { code == .useTargetUnreadable }

  /// True for the E05xx codes: their example and fix are `ogp-lint.toml` configurations, checked
  /// by `ogp lint`'s configuration parser (in OGPRules), not `.ogp` files for the compiler.
  public var isConfiguration: Bool { code.rawValue.hasPrefix("E05") }
}

/// Every diagnostic code explained, with an example that triggers it and its fix.
public enum DiagnosticCatalogue {
  /// Every explanation, in code order.
  public static var all: [DiagnosticExplanation] { DiagnosticCode.allCases.map { explanation(for: $0) } }

  /// The explanation of a code written as the user types it: "E0302", "e0302", "0302" or "302".
  public static func explanation(for code: String) -> DiagnosticExplanation? {
    var text = Substring(code.trimmingWhitespace())
    if text.first == "E" || text.first == "e" { text = text.dropFirst() }
    guard (1...4).contains(text.count), text.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
    let normalized = "E" + String(repeating: "0", count: 4 - text.count) + text
    return DiagnosticCode(rawValue: normalized).map { explanation(for: $0) }
  }

  /// The text `ogp explain CODE` prints: "E0302: title", a blank line, the explanation wrapped at
  /// 80 columns, then "Example:" and "Fixed:" (in `Language.current`) with their snippets
  /// indented by four spaces. A NUL in a snippet is shown as "␀" so that it can be seen.
  public static func render(_ explanation: DiagnosticExplanation) -> String {
    var lines = ["\(explanation.code.rawValue): \(explanation.title)", ""]
    lines += wrap(explanation.explanation, width: 80)
    lines += ["", ExplanationText.example, ""] + indent(explanation.example)
    lines += ["", ExplanationText.fixed, ""] + indent(explanation.fix)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func indent(_ snippet: String) -> [String] {
    snippet.replacingNUL().split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.allSatisfy { $0 == " " } ? "" : "    " + $0
    }
  }

  /// Greedy word wrap; a word longer than the width stands on a line of its own.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// The explanation of a code. Its text is a Markdown file named for the code, in `Catalogue/`
  /// (for a configuration code, `OGPRules/Configuration/Catalogue/`), which the GenerateCatalogue
  /// plugin compiles into this module.
  public static func explanation(for code: DiagnosticCode) -> DiagnosticExplanation {
    generatedExplanation(for: code)
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> Substring {
    let trimmed = drop { $0.isWhitespace }
    return trimmed.dropLast(trimmed.reversed().prefix { $0.isWhitespace }.count)
  }

  fileprivate func replacingNUL() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{0}" ? "\u{2400}" : $0 }))
  }
}
