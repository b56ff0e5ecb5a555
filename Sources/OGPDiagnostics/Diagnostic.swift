/// A problem found in source, as data: every phase produces these, one renderer shows them.
///
/// Every text is made `MessageText.bounded` when the diagnostic is made: long names it quotes
/// are shortened, so its size does not depend on the file's.
public struct Diagnostic: Hashable, Sendable {
  public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
    case error, warning, info

    private var rank: Int {
      switch self {
      case .error: 2
      case .warning: 1
      case .info: 0
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word people read for it, in `Language.current`; machine formats keep `rawValue`.
    public var name: String {
      switch self {
      case .error: DiagnosticsText.severityError
      case .warning: DiagnosticsText.severityWarning
      case .info: DiagnosticsText.severityInfo
      }
    }
  }

  public var severity: Severity
  /// A stable code (`E0302`, `OBJ001`); never reused for another meaning.
  public var code: String
  /// One sentence: what is wrong.
  public var message: String
  /// Where it is wrong, with a short label.
  public var primary: Label
  /// Other places that explain it ("first declared here").
  public var secondary: [Label]
  public var notes: [String]
  /// How to fix it.
  public var help: String?
  public var fixIts: [FixIt]
  /// For lint findings: the element the finding is about, as a path that survives edits to the
  /// lines around it (`arcadia_nap3.c05#partners`). Baselines and SARIF fingerprints key on it.
  public var element: String?

  public init(
    _ severity: Severity, code: String, message: String, at primary: Label,
    secondary: [Label] = [], notes: [String] = [], help: String? = nil, fixIts: [FixIt] = []
  ) {
    self.severity = severity
    self.code = code
    self.message = MessageText.bounded(message)
    self.primary = primary
    self.secondary = secondary
    self.notes = notes.map(MessageText.bounded)
    self.help = help.map(MessageText.bounded)
    self.fixIts = fixIts
  }

  public var span: SourceSpan { primary.span }
}

/// A span with a short text shown under its carets.
public struct Label: Hashable, Sendable {
  public var span: SourceSpan
  public var message: String

  public init(_ span: SourceSpan, _ message: String = "") {
    self.span = span
    self.message = MessageText.bounded(message)
  }
}

/// A suggested edit that fixes a diagnostic mechanically.
public struct FixIt: Hashable, Sendable {
  public var message: String
  public var edits: [TextEdit]

  public init(_ message: String, edits: [TextEdit]) {
    self.message = MessageText.bounded(message)
    self.edits = edits
  }

  /// Replaces the text of `span` with `replacement`.
  public static func replace(_ span: SourceSpan, with replacement: String) -> FixIt {
    FixIt(
      DiagnosticsText.fixItReplace(replacement: replacement),
      edits: [TextEdit(span: span, replacement: replacement)])
  }
}

public struct TextEdit: Hashable, Sendable {
  public var span: SourceSpan
  public var replacement: String

  public init(span: SourceSpan, replacement: String) {
    self.span = span
    self.replacement = replacement
  }
}

extension Sequence where Element == [Diagnostic] {
  /// The diagnostics of programs that share one source map, each once, in display order: a file
  /// that several programs use says the same thing in each.
  public func merged() -> [Diagnostic] {
    let lists = Array(self)
    // Only a file that several programs report on can be reported twice, so only its diagnostics
    // are hashed: hashing every one took a fifth of the serial time of linting 600 plans.
    var reporters: [SourceFileID: Int] = [:]
    for list in lists {
      for file in Set(list.map(\.span.file)) { reporters[file, default: 0] += 1 }
    }
    var seen: Set<Diagnostic> = []
    return lists.joined().filter { reporters[$0.span.file, default: 0] < 2 || seen.insert($0).inserted }
      .sortedForDisplay()
  }
}

extension Array where Element == Diagnostic {
  /// Ordered by file (load order), then offset; diagnostics at one offset keep their order.
  public func sortedForDisplay() -> [Diagnostic] {
    // Sorts positions by their spans, then gathers the diagnostics once: sorting the diagnostics
    // themselves copied two of them at every comparison, a second on 150,000 findings.
    let spans = map(\.span)
    let order = indices.sorted { left, right in
      if spans[left].file != spans[right].file { return spans[left].file < spans[right].file }
      if spans[left].start != spans[right].start { return spans[left].start < spans[right].start }
      return left < right
    }
    return order.map { self[$0] }
  }

  /// True when the diagnostics are already in display order (as compilers and the linter return
  /// them), which a renderer can check in one pass instead of sorting again.
  public var isInDisplayOrder: Bool {
    let spans = map(\.span)
    return zip(spans, spans.dropFirst()).allSatisfy { ($0.file, $0.start) <= ($1.file, $1.start) }
  }

  public var errorCount: Int { count(where: { $0.severity == .error }) }
  public var warningCount: Int { count(where: { $0.severity == .warning }) }
}
