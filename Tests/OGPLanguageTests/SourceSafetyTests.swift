import Foundation
import Testing

/// `ogp` runs in CI on untrusted pull requests, where a crash is a bug: the sources must hold
/// nothing that traps on input. This test reads every file under Sources/ for what can trap or
/// silently wrap (`try!`, `as!`, `fatalError(`, force-unwraps, wrapping arithmetic `&+ &- &*`,
/// and a floating-point value converted to an integer, which traps past `Int.max` or on NaN),
/// outside comments and string literals. The few that remain are listed below, each with the
/// reason it cannot fail on input. Arithmetic on values from input goes through the checked
/// helpers (`Day.adding`, `RuntimeValue.combined`, `Duration.amounts`, `Baseline.counts`).
struct SourceSafetyTests {
  struct Allowed {
    /// The path under Sources/.
    let file: String
    /// A piece of the line, after comments and strings are removed.
    let fragment: String
    let reason: String
  }

  static let allowed: [Allowed] = [
    Allowed(
      file: "OGPLanguage/Parser.swift", fragment: "parseDeclaration(DeclarationKind(kind)!)",
      reason: "the case matches only the kinds DeclarationKind(_:) accepts"),
    Allowed(
      file: "OGPLanguage/Parser+Declarations.swift", fragment: "parseDeclaration(DeclarationKind(kind)!)",
      reason: "the case matches only the kinds DeclarationKind(_:) accepts"),
    Allowed(
      file: "OGPLanguage/SourceProvider.swift", fragment: "buffer.baseAddress! + initialized",
      reason: "the loop runs only for a buffer of positive size, which has an address"),
    Allowed(
      file: "OGPGenerator/PlanCollection.swift", fragment: "seed &+ UInt64(number)",
      reason: "plan n's seed is the collection's plus n modulo 2^64, as SplitMix64's state; a test's seed"),
    Allowed(
      file: "OGPGenerator/SplitMix64.swift", fragment: "state &+=",
      reason: "SplitMix64 is defined modulo 2^64; its seed is a test's, not input"),
    Allowed(
      file: "OGPGenerator/SplitMix64.swift", fragment: "(z ^ (z >> 30)) &*",
      reason: "SplitMix64 is defined modulo 2^64"),
    Allowed(
      file: "OGPGenerator/SplitMix64.swift", fragment: "(z ^ (z >> 27)) &*",
      reason: "SplitMix64 is defined modulo 2^64"),
    Allowed(
      file: "OGPGenerator/PlanGenerator.swift", fragment: "Int((Double(commitments) * faultRate).rounded())",
      reason: "the generator's options, not a plan: a fraction of a count"),
    Allowed(
      file: "OGPLineEditor/LineEditor.swift", fragment: "$0 &+ 1 == key",
      reason: "a count of key presses, compared with the next; wrapping after 2^64 presses is harmless"),
    Allowed(
      file: "OGPLanguage/StringLiteralDecoder.swift", fragment: "value = value &* 16 &+ UInt32(digit)",
      reason:
        "a \\u{…} escape of more than 8 digits is reported as invalid; wrapping only keeps the loop going"),
    Allowed(
      file: "OGPLanguage/ExpressionEvaluator.swift",
      fragment: "Int((Double(months) * Duration.daysPerMonth).rounded())",
      reason: "months are bounded by RuntimeValue.longestDuration (120,000)"),
    Allowed(
      file: "OGPLanguage/ExpressionEvaluator.swift", fragment: "Int(Double(days) / Duration.daysPerMonth)",
      reason: "days are bounded by RuntimeValue.longestDuration (3,652,425)"),
    Allowed(
      file: "OGPReport/HTML.swift", fragment: "Int((value * 10).rounded())",
      reason: "SVG coordinates: a chart's width times a fraction of at most a few million days, never NaN"),
  ]

  /// What can trap or wrap, by name, with a piece of text every match holds (regular
  /// expressions are slow; most lines hold none of these pieces).
  static var patterns: [(name: String, piece: String, regex: Regex<Substring>)] {
    [
      ("try!", "try!", /\btry!/),
      ("as!", "as!", /\bas!/),
      ("fatalError", "fatalError(", /\bfatalError\(/),
      ("a force-unwrap", "!", /[\w\)\]]!(?!=)/),
      ("wrapping arithmetic", "&", /&[+\-*]/),
      (
        "a floating-point value converted to an integer", "Int",
        /\bU?Int(?:8|16|32|64)?\((?:\(|Double\(|Float\()/
      ),
    ]
  }

  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  /// A line's code: without its `//` comment and with every string literal emptied. Lines inside
  /// a `"""` literal are prose, not code: one opens at a line ending in `"""` and closes at a line
  /// starting with it, as Swift requires.
  static func code(of line: Substring, inMultilineString: inout Bool) -> String {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if inMultilineString {
      guard trimmed.hasPrefix("\"\"\"") else { return "" }
      inMultilineString = false
      return code(of: trimmed.dropFirst(3).drop { $0 == "#" }, inMultilineString: &inMultilineString)
    }
    var text = String(line)
    if trimmed.hasSuffix("\"\"\"") || trimmed.hasSuffix("\"\"\"#") {
      inMultilineString = true
      text = String(text[..<(text.range(of: "\"\"\"", options: .backwards)?.lowerBound ?? text.endIndex)])
    }
    // Cheap checks first: most lines hold nothing a pattern looks for.
    guard text.contains(where: { $0 == "!" || $0 == "&" || $0 == "(" }) else { return "" }
    // One pass over the bytes: a string's contents and a comment are dropped, escapes skipped.
    var code: [UInt8] = []
    var inString = false
    var escaped = false
    var previous: UInt8 = 0
    for byte in text.utf8 {
      defer { previous = byte }
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
          code.append(byte)
        }
        continue
      }
      if byte == UInt8(ascii: "/") && previous == UInt8(ascii: "/") {
        code.removeLast()
        break
      }
      if byte == UInt8(ascii: "\"") { inString = true }
      code.append(byte)
    }
    return String(decoding: code, as: UTF8.self)
  }

  /// Every line under Sources/ that matches a pattern and is not allowed: `file:line: name: text`.
  static func findings() throws -> (unexpected: [String], used: Set<Int>) {
    let manager = FileManager.default
    let files = (manager.enumerator(atPath: sources.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".swift") }.sorted()
    let patterns = Self.patterns
    var unexpected: [String] = []
    var used = Set<Int>()
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      var inMultilineString = false
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = code(of: line, inMultilineString: &inMultilineString)
        for (name, piece, regex) in patterns where code.contains(piece) && code.contains(regex) {
          if let index = allowed.firstIndex(where: { $0.file == file && code.contains($0.fragment) }) {
            used.insert(index)
          } else {
            unexpected.append("\(file):\(number + 1): \(name): \(line.trimmingCharacters(in: .whitespaces))")
          }
        }
      }
    }
    return (unexpected, used)
  }

  @Test("nothing in Sources traps or wraps on input but the lines allowed, each with its reason")
  func nothingTrapsOnInput() throws {
    let (unexpected, used) = try Self.findings()
    #expect(unexpected.isEmpty, "\n\(unexpected.joined(separator: "\n"))")
    let stale = Self.allowed.indices.filter { !used.contains($0) }.map {
      "\(Self.allowed[$0].file): \(Self.allowed[$0].fragment)"
    }
    #expect(stale.isEmpty, "allowed lines that are gone; remove them from the list: \(stale)")
  }

  @Test("the scan sees through comments and strings, and finds what it looks for")
  func theScanFindsWhatItLooksFor() {
    var open = false
    #expect(Self.code(of: #"let a = "b!" // c!"#, inMultilineString: &open) == #"let a = "" "#)
    #expect(Self.code(of: #"let x = f(""""#, inMultilineString: &open) == "let x = f(")
    #expect(open)
    #expect(Self.code(of: "  Done!", inMultilineString: &open).isEmpty)
    #expect(Self.code(of: #"  """)!"#, inMultilineString: &open) == ")!")
    #expect(!open)
    let samples = [
      "try! f()", "x as! Int", "fatalError(\"no\")", "value!.count", "f()!", "a[0]!", "a &+ b", "a &* b",
      "Int(Double(x))", "Int((x * 2).rounded())",
    ]
    for sample in samples {
      #expect(Self.patterns.contains { sample.contains($0.piece) && sample.contains($0.regex) }, "\(sample)")
    }
    for sample in ["a != b", "!flag", "x ?? y", "a && b", "Int(text)", "try? f()"] {
      #expect(!Self.patterns.contains { sample.contains($0.piece) && sample.contains($0.regex) }, "\(sample)")
    }
  }
}
