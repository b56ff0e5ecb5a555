import OGPDiagnostics
import OGPLanguage
import OGPRules

/// What must hold for any bytes given as `ogp-lint.toml`: the configuration parser returns a
/// configuration or diagnostics, never a trap, with every span inside the file; a configuration it
/// accepts lints `FuzzProgram` (whose dates reach 9999, where thresholds in months run past the
/// calendar) to diagnostics with the same properties.
///
/// `ogp-fuzz-config` (Fuzz/) runs it under libFuzzer; `ConfigurationFuzzCorpusTests` replays its
/// corpus.
public enum ConfigurationOracle {
  /// Nil when every property holds; otherwise what failed.
  public static func check(_ bytes: [UInt8]) -> String? {
    let sources = SourceMap()
    let source = sources.add(path: ConfigurationFile.fileName, bytes: bytes)
    let compilation = FuzzProgram.compilation
    let rules = RuleRegistry.descriptions + UserRule.all(in: compilation).map(\.description)
    switch ConfigurationFile.parse(source, rules: rules) {
    case .failure(let error):
      return FuzzProperties.check(error.diagnostics, sources: sources)
    case .success(let configuration):
      let result = Linter(configuration: configuration).lint(
        compilation, asOf: configuration.asOf?.firstDay ?? FuzzProgram.asOf)
      return FuzzProperties.check(result.diagnostics, sources: compilation.sources)
    }
  }
}
