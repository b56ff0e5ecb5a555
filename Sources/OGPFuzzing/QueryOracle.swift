import OGPLanguage
import OGPModel
import OGPRepl
import OGPRules

/// What must hold for any bytes given as an expression over `FuzzProgram`:
///
/// - as an `ogp query`, it parses, types and runs to a value or to diagnostics (E0313 for
///   arithmetic out of range), never a trap, with every span inside its file; the value prints,
///   as text and as JSON, without a raw escape or bidi control;
/// - as the `require` condition of a member rule, the file compiles and `ogp lint` runs every
///   rule (the built-in ones and the member rules) to diagnostics with the same properties.
///
/// `ogp-fuzz-query` (Fuzz/) runs it under libFuzzer; `QueryFuzzCorpusTests` replays its corpus.
public enum QueryOracle {
  /// Nil when every property holds; otherwise what failed.
  public static func check(_ bytes: [UInt8]) -> String? {
    guard let program = FuzzProgram.compilation.program else { return "the fixed program has errors" }
    let text = String(decoding: bytes, as: UTF8.self)
    switch Query.compile(text, name: "<query>", program: program) {
    case .failure(let failure):
      if let problem = FuzzProperties.check(failure.diagnostics, sources: failure.sources) { return problem }
    case .success(let query):
      do {
        let value = try query.evaluate(on: program, asOf: FuzzProgram.asOf)
        let printed = ValueFormatter.text(value, type: query.type) + ValueFormatter.json(value)
        if let scalar = FuzzProperties.unsafeScalar(in: printed) {
          return "the printed value holds \(scalar)"
        }
      } catch {
        if let problem = FuzzProperties.check(error.diagnostics, sources: error.sources) { return problem }
      }
    }

    let rule =
      Array("use \"plans.ogp\"\n\nrule FUZZ02 error \"Fuzzed\" {\n  each commitment c\n  require ".utf8)
      + bytes
      + Array("\n}\n".utf8)
    let compilation = FuzzProgram.compiler.compile([.bytes(rule, name: "rule.ogp", directory: "/fuzz")])
    let result = Linter().lint(compilation, asOf: FuzzProgram.asOf)
    return FuzzProperties.check(result.diagnostics, sources: compilation.sources)
  }
}
