import OGPDiagnostics
import OGPLanguage
import OGPRules

/// The quick fixes for a range of a document: every fix-it of each diagnostic there, and for a
/// lint finding a suppression comment on the line before the finding's, the form the linter
/// honours (`// ogp:disable-next-line CODE`), added to the one already there if there is one.
struct CodeActions {
  let analysis: DocumentAnalysis
  let published: DocumentDiagnostics
  /// The most actions answered.
  let limit: Int

  func actions(for parameters: CodeActionParams) -> [CodeAction] {
    if let only = parameters.context.only,
      !only.contains(where: { CodeAction.quickFix == $0 || CodeAction.quickFix.hasPrefix($0 + ".") })
    {
      return []
    }
    let file = analysis.file
    let converter = analysis.converter(file.id)
    let start = converter.offset(of: parameters.range.start)
    let end = max(start, converter.offset(of: parameters.range.end))
    // The client's diagnostics, when it sends some, say which of the document's are meant.
    var sent: [DiagnosticKey: JSON] = [:]
    for json in parameters.context.diagnostics {
      if let key = DiagnosticKey(json) { sent[key] = json }
    }
    var suppressions = SuppressionEdits(analysis: analysis)
    var documentation: [String: DiagnosticDocumentation]?
    var actions: [CodeAction] = []
    for diagnostic in analysis.diagnostics
    where diagnostic.span.file == file.id && diagnostic.span.start <= end && start <= diagnostic.span.end {
      let range = converter.range(diagnostic.span.start, diagnostic.span.end)
      let named: JSON
      if sent.isEmpty {
        let links = documentation ?? RuleDocumentation.diagnosticDocumentation()
        documentation = links
        let lsp = published.lspDiagnostic(
          diagnostic, documentation: links[diagnostic.code], location: analysis.location)
        guard let json = try? JSON(encoding: lsp) else { continue }
        named = json
      } else {
        guard let json = sent[DiagnosticKey(range: range, code: diagnostic.code)] else { continue }
        named = json
      }
      for fixIt in diagnostic.fixIts {
        actions.append(
          CodeAction(
            title: fixIt.message, kind: CodeAction.quickFix, diagnostics: [named],
            isPreferred: diagnostic.fixIts.count == 1 ? true : nil, edit: workspaceEdit(fixIt.edits)))
      }
      if DiagnosticCode(rawValue: diagnostic.code) == nil, let edit = suppressions.edit(silencing: diagnostic)
      {
        actions.append(
          CodeAction(
            title: ServerText.suppress(code: diagnostic.code), kind: CodeAction.quickFix,
            diagnostics: [named],
            isPreferred: nil, edit: WorkspaceEdit(changes: [analysis.document.uri: [edit]])))
      }
      if actions.count >= limit { break }
    }
    return Array(actions.prefix(limit))
  }

  private func workspaceEdit(_ edits: [TextEdit]) -> WorkspaceEdit {
    var changes: [String: [LSPTextEdit]] = [:]
    for edit in edits {
      let location = analysis.location(edit.span)
      changes[location.uri, default: []].append(LSPTextEdit(range: location.range, newText: edit.replacement))
    }
    return WorkspaceEdit(changes: changes)
  }
}

/// How a client's diagnostic is matched with the document's: its range and code.
private struct DiagnosticKey: Hashable {
  let range: TextRange
  let code: String

  init(range: TextRange, code: String) {
    self.range = range
    self.code = code
  }

  init?(_ json: JSON) {
    guard let range = json["range"]?.decode(TextRange.self) else { return nil }
    switch json["code"] {
    case .string(let code): self.code = code
    case .number(let number): self.code = String(Int(exactly: number) ?? 0)
    default: return nil
    }
    self.range = range
  }
}

/// The edits that make the linter skip a finding: `// ogp:disable-next-line CODE` on the line
/// before the finding's, with the finding's indentation; or the code added to such a comment that
/// is already there.
private struct SuppressionEdits {
  let analysis: DocumentAnalysis
  /// The document's `//` comments, in source order.
  private let comments: [LineComment]
  private let linterCodes = Set(RuleRegistry.linterDescriptions.map(\.code))
  /// The document's tokens, lexed once when a finding first needs them.
  private var tokens: [Token]?

  init(analysis: DocumentAnalysis) {
    self.analysis = analysis
    comments = analysis.compilation.files.first { $0.file == analysis.file.id }?.comments ?? []
  }

  mutating func edit(silencing diagnostic: Diagnostic) -> LSPTextEdit? {
    let file = analysis.file
    let bytes = file.bytes
    let line = file.lineIndex(at: diagnostic.span.start)
    let lineStart = file.lineStarts[line]
    let converter = analysis.converter(file.id)
    let prefix = "ogp:disable-next-line"
    let isLinterCode = linterCodes.contains(diagnostic.code)
    // A directive on the line before: the code joins it, if it is of the same kind (one that names
    // only the linter's own codes is applied apart from the rules').
    if line > 0, let comment = comment(from: file.lineStarts[line - 1], before: lineStart) {
      let text = String(decoding: bytes[(comment.span.start + 2)..<comment.span.end], as: UTF8.self)
      let body = text.drop { $0 == " " || $0 == "\t" }
      if body.hasPrefix(prefix) {
        let codes =
          body.dropFirst(prefix.count).split(
            separator: " -- ", maxSplits: 1, omittingEmptySubsequences: false
          ).first ?? ""
        let written = codes.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\r" }.map(String.init)
        guard !written.contains(diagnostic.code),
          written.allSatisfy({ linterCodes.contains($0) }) == isLinterCode
        else { return nil }
        // After the last code, before a reason or trailing spaces.
        let codesEnd =
          comment.span.start + 2 + (text.utf8.count - body.utf8.count) + prefix.utf8.count
          + codes.utf8.count - trailingSpaceCount(codes)
        let separator = codes.contains(",") ? ", " : " "
        let position = converter.position(of: codesEnd)
        return LSPTextEdit(
          range: TextRange(start: position, end: position), newText: separator + diagnostic.code)
      }
    }
    // A comment line cannot go inside a multi-line string.
    let tokens = self.tokens ?? Lexer.tokenize(file).tokens
    self.tokens = tokens
    let next = firstIndex(in: tokens.count) { tokens[$0].end > lineStart }
    if next < tokens.count, Int(tokens[next].start) < lineStart { return nil }
    var indentEnd = lineStart
    while indentEnd < bytes.count, bytes[indentEnd] == 32 || bytes[indentEnd] == 9 { indentEnd += 1 }
    let indentation = String(decoding: bytes[lineStart..<indentEnd], as: UTF8.self)
    let lineBreak =
      bytes[lineStart...].firstIndex(of: 10).map { $0 > lineStart && bytes[$0 - 1] == 13 } == true
      ? "\r\n" : "\n"
    let position = converter.position(of: lineStart)
    return LSPTextEdit(
      range: TextRange(start: position, end: position),
      newText: indentation + "// " + prefix + " " + diagnostic.code + lineBreak)
  }

  /// The comment that starts in `start..<end`, found by halving: comments are in source order.
  private func comment(from start: Int, before end: Int) -> LineComment? {
    let index = firstIndex(in: comments.count) { comments[$0].span.start >= start }
    return index < comments.count && comments[index].span.start < end ? comments[index] : nil
  }

  /// The first of `0..<count` for which `isAtOrAfter` holds, which holds for every one after it.
  private func firstIndex(in count: Int, where isAtOrAfter: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if isAtOrAfter(middle) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  private func trailingSpaceCount(_ text: Substring) -> Int {
    text.utf8.reversed().prefix { $0 == 32 || $0 == 9 || $0 == 13 }.count
  }
}
