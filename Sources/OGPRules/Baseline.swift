import Foundation
import OGPDiagnostics

/// Findings a project has accepted, so that adopting the linter fails only on new ones.
///
/// Entries are keyed by code, file and element path (`arcadia_nap3.c05#partners`), never by line:
/// adding lines above a finding keeps it baselined. When one element has several findings with the
/// same code, `count` says how many are accepted.
public struct Baseline: Codable, Sendable, Equatable {
  public static let currentVersion = 1

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
      remaining[Key(code: entry.code, file: entry.file, element: entry.element), default: 0] += entry.count
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

  public static func decode(_ data: Data) throws -> Baseline {
    let baseline = try JSONDecoder().decode(Baseline.self, from: data)
    guard baseline.version == currentVersion else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: [], debugDescription: "baseline version \(baseline.version) is not \(currentVersion)"))
    }
    return baseline
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
