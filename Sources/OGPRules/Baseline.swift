import Foundation
import OGPDiagnostics

/// Findings a project has accepted, so that adopting the linter fails only on new ones.
///
/// Entries are keyed by code, file and element path (`arcadia_nap3.c05#partners`), never by line:
/// adding lines above a finding keeps it baselined. When one element has several findings with the
/// same code, `count` says how many are accepted.
public struct Baseline: Codable, Sendable, Equatable {
  public static let currentVersion = 1

  /// The counts an entry may give: one element never has more findings of one code, and sums of
  /// counts stay far from overflow.
  public static let counts = 1...1_000_000_000

  public struct Entry: Codable, Sendable, Hashable {
    public var code: String
    public var file: String
    public var element: String
    public var count: Int

    public init(code: String, file: String, element: String, count: Int) {
      self.code = code
      self.file = file
      self.element = element
      self.count = count
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      code = try container.decode(String.self, forKey: .code)
      file = try container.decode(String.self, forKey: .file)
      element = try container.decode(String.self, forKey: .element)
      // Read as any JSON number, so that 1e30 or 1.5 is named as a count out of range rather
      // than reported as JSON the decoder cannot read.
      let number = try container.decode(Double.self, forKey: .count)
      guard let count = Int(exactly: number), Baseline.counts.contains(count) else {
        throw Invalid(
          LintText.baselineCount(
            path: Invalid.path(decoder.codingPath), code: code, element: element, file: file,
            count: Invalid.shown(number), lowest: "\(Baseline.counts.lowerBound)",
            highest: "\(Baseline.counts.upperBound)"))
      }
      self.count = count
    }
  }

  /// Why data is not a baseline, in one line: what is wrong, and where.
  public struct Invalid: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }

    /// `findings[3].count`.
    static func path(_ keys: [any CodingKey]) -> String {
      keys.reduce("") { path, key in
        key.intValue.map { "\(path)[\($0)]" }
          ?? (path.isEmpty ? key.stringValue : "\(path).\(key.stringValue)")
      }
    }

    /// A number as written when it is whole (`-5`), else as a double (`1e+30`, `1.5`).
    static func shown(_ number: Double) -> String {
      Int(exactly: number).map(String.init) ?? "\(number)"
    }

    /// Foundation's errors, which span several sentences, as one line.
    init(_ error: DecodingError) {
      switch error {
      case .keyNotFound(let key, let context):
        self.init(LintText.baselineMissing(path: Invalid.path(context.codingPath + [key])))
      case .typeMismatch(_, let context), .valueNotFound(_, let context):
        self.init(
          LintText.baselineWrongType(path: Invalid.path(context.codingPath), detail: context.debugDescription)
        )
      case .dataCorrupted(let context):
        self.init(
          context.codingPath.isEmpty
            ? LintText.baselineNotJSON
            : LintText.baselineCorrupted(
              path: Invalid.path(context.codingPath), detail: context.debugDescription))
      @unknown default:
        self.init(LintText.baselineUnreadable(detail: error.localizedDescription))
      }
    }
  }

  public var version: Int
  public var findings: [Entry]

  public init(findings: [Entry]) {
    version = Baseline.currentVersion
    self.findings = findings
  }

  /// A baseline accepting every lint finding in `diagnostics` (checker errors are never accepted).
  public init(accepting diagnostics: [Diagnostic], sources: SourceMap) {
    var counts: [Key: Int] = [:]
    for diagnostic in diagnostics where diagnostic.isLintFinding {
      counts[Key(diagnostic, sources: sources), default: 0] += 1
    }
    self.init(
      findings: counts.map {
        Entry(code: $0.key.code, file: $0.key.file, element: $0.key.element, count: $0.value)
      }
      .sorted { ($0.file, $0.element, $0.code) < ($1.file, $1.element, $1.code) })
  }

  /// The diagnostics the baseline does not accept, and how many it did.
  public func filter(_ diagnostics: [Diagnostic], sources: SourceMap) -> (kept: [Diagnostic], accepted: Int) {
    var remaining: [Key: Int] = [:]
    for entry in findings {
      // Entries for one finding add up; past Int.max they accept every finding all the same.
      let key = Key(code: entry.code, file: entry.file, element: entry.element)
      let (sum, overflow) = remaining[key, default: 0].addingReportingOverflow(entry.count)
      remaining[key] = overflow ? Int.max : sum
    }
    var kept: [Diagnostic] = []
    var accepted = 0
    for diagnostic in diagnostics.sortedForDisplay() {
      let key = Key(diagnostic, sources: sources)
      if diagnostic.isLintFinding, let count = remaining[key], count > 0 {
        remaining[key] = count - 1
        accepted += 1
      } else {
        kept.append(diagnostic)
      }
    }
    return (kept, accepted)
  }

  public func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings and integers cannot fail.
    return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
  }

  /// Reads a baseline, refusing another version and any count outside `counts`.
  public static func decode(_ data: Data) throws(Invalid) -> Baseline {
    do {
      return try JSONDecoder().decode(Baseline.self, from: data)
    } catch let error as Invalid {
      throw error
    } catch let error as DecodingError {
      throw Invalid(error)
    } catch {
      throw Invalid(LintText.baselineUnreadable(detail: error.localizedDescription))
    }
  }

  private enum CodingKeys: String, CodingKey {
    case version, findings
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    // Any JSON number, so that 1e30 is named as a version rather than reported as unreadable.
    let version = try container.decode(Double.self, forKey: .version)
    guard Int(exactly: version) == Baseline.currentVersion else {
      throw Invalid(
        LintText.baselineVersion(version: Invalid.shown(version), current: "\(Baseline.currentVersion)"))
    }
    self.version = Baseline.currentVersion
    findings = try container.decode([Entry].self, forKey: .findings)
  }

  private struct Key: Hashable {
    let code: String
    let file: String
    let element: String

    init(code: String, file: String, element: String) {
      self.code = code
      self.file = file
      self.element = element
    }

    init(_ diagnostic: Diagnostic, sources: SourceMap) {
      self.init(
        code: diagnostic.code, file: sources[diagnostic.span.file].path, element: diagnostic.element ?? "")
    }
  }
}

extension Diagnostic {
  /// True for findings of lint rules, false for the checker's diagnostics (`E0208`).
  var isLintFinding: Bool {
    !(code.first == "E" && code.dropFirst().allSatisfy(\.isNumber))
  }
}
