import OGPDiagnostics
import OGPLanguage

/// An `// ogp:disable-next-line CODE…` or `// ogp:disable CODE…` comment.
///
/// The first silences findings that start on the next line; the second, findings anywhere in the
/// declaration that follows it (header, clauses and nested declarations). Codes are separated by
/// spaces or commas; rule names are accepted too; text after ` -- ` is a reason, for readers.
struct Suppression {
  enum Scope {
    case nextLine(lineIndex: Int)
    case declaration(SourceSpan)
  }

  let span: SourceSpan
  let scope: Scope
  /// Rule codes, resolved from codes or names.
  let codes: Set<String>

  func covers(_ diagnostic: Diagnostic, in sources: SourceMap) -> Bool {
    guard codes.contains(diagnostic.code), diagnostic.span.file == span.file else { return false }
    switch scope {
    case .nextLine(let lineIndex):
      return sources[span.file].lineIndex(at: diagnostic.span.start) == lineIndex
    case .declaration(let declaration):
      return declaration.start <= diagnostic.span.start && diagnostic.span.start < declaration.end
    }
  }
}

/// A directive comment that could not be understood, reported as `LNT002`.
struct InvalidSuppression {
  let span: SourceSpan
  let message: String
  let label: String
  let help: String
}

/// Finds directive comments among a file's `//` comments: a `//` inside a string is never one.
struct SuppressionScanner {
  static let nextLinePrefix = "ogp:disable-next-line"
  static let declarationPrefix = "ogp:disable"

  /// Rule codes by code and by name.
  let knownCodes: [String: String]

  func scan(_ file: CompiledFile, source: SourceFile, locator: SourceLocator) -> (
    [Suppression], [InvalidSuppression]
  ) {
    var suppressions: [Suppression] = []
    var invalid: [InvalidSuppression] = []
    let bytes = source.bytes
    var declarationSpans: [Int: SourceSpan]?
    for comment in file.comments {
      let span = comment.span
      // Nearly every comment is prose: only one whose text starts with 'ogp:' is decoded.
      var textStart = span.start + 2
      while textStart < span.end, [0x20, 0x09, 0x0D].contains(bytes[textStart]) { textStart += 1 }
      guard bytes[textStart..<span.end].starts(with: "ogp:".utf8) else { continue }
      let commentStart = span.start
      let text = String(decoding: bytes[(span.start + 2)..<span.end], as: UTF8.self).trimmingSpaces()
      let scope: Suppression.Scope
      let codeText: Substring
      if text.hasPrefix(Self.nextLinePrefix) {
        codeText = text.dropFirst(Self.nextLinePrefix.count)
        scope = .nextLine(lineIndex: source.lineIndex(at: commentStart) + 1)
      } else if text.hasPrefix(Self.declarationPrefix + " ") || text == Self.declarationPrefix {
        codeText = text.dropFirst(Self.declarationPrefix.count)
        let spans = declarationSpans ?? locator.declarationSpans(in: file.file)
        declarationSpans = spans
        guard let declaration = comment.nextItemStart.flatMap({ spans[$0] }) else {
          invalid.append(
            InvalidSuppression(
              span: span, message: LintText.disableWithoutDeclarationMessage,
              label: LintText.disableWithoutDeclarationLabel, help: LintText.disableWithoutDeclarationHelp))
          continue
        }
        scope = .declaration(declaration)
      } else {
        if text.hasPrefix("ogp:disable") || text.hasPrefix("ogp:enable") {
          invalid.append(
            InvalidSuppression(
              span: span,
              message: LintText.unknownDirectiveMessage(directive: String(text.prefix { !$0.isWhitespace })),
              label: LintText.unknownDirectiveLabel, help: LintText.unknownDirectiveHelp))
        }
        continue
      }
      let names =
        codeText.split(separator: " -- ", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let written = names.split { $0 == " " || $0 == "," || $0 == "\t" }.map(String.init)
      guard !written.isEmpty else {
        invalid.append(
          InvalidSuppression(
            span: span, message: LintText.noRuleNamedMessage, label: LintText.noRuleNamedLabel,
            help: LintText.noRuleNamedHelp))
        continue
      }
      var codes = Set<String>()
      for name in written {
        if let code = knownCodes[name] ?? knownCodes[name.uppercased()] ?? knownCodes[name.lowercased()] {
          codes.insert(code)
        } else {
          let closest = Suggestions.closest(to: name, among: Array(Set(knownCodes.values)).sorted(), limit: 1)
          invalid.append(
            InvalidSuppression(
              span: span, message: LintText.unknownSuppressedRuleMessage(name: name),
              label: LintText.unknownSuppressedRuleLabel,
              help: closest.first.map { LintText.unknownSuppressedRuleSuggestion(code: $0) }
                ?? LintText.unknownSuppressedRuleHelp))
        }
      }
      if !codes.isEmpty { suppressions.append(Suppression(span: span, scope: scope, codes: codes)) }
    }
    return (suppressions, invalid)
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
  }
}
