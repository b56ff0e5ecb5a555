import OGPDiagnostics
import OGPLanguage
import OGPModel
import OGPRules

/// The `ogp-lint.toml` that governs a document, found as `ogp lint` finds it: the nearest in the
/// document's folder or above it, up to the project root; read through the workspace's provider,
/// so an open, unsaved configuration is the one used.
struct DocumentConfiguration: Sendable {
  /// The configuration to lint with: the defaults when there is none or it is broken.
  let configuration: LintConfiguration
  /// The configuration's file, when one was found.
  let file: SourceFile?
  /// What is wrong with it, to show on it as `ogp lint` would before refusing to run.
  let problems: [Diagnostic]

  init(folder: String, root: ProjectRoot, provider: any SourceProvider, rules: [RuleDescription]) {
    guard
      let found = ConfigurationFile.discover(
        from: folder, upTo: root.path, fileExists: { provider.refusal($0) == nil })
    else {
      (configuration, file, problems) = (LintConfiguration(), nil, [])
      return
    }
    let sources = SourceMap()
    let canonical = provider.canonicalPath(found)
    guard root.contains(canonical: canonical) else {
      let standIn = sources.add(path: found, bytes: [])
      (configuration, file) = (LintConfiguration(), standIn)
      problems = ConfigurationFile.outsideRoot(standIn, root: root.path).diagnostics
      return
    }
    guard case .success(let bytes) = provider.read(canonical) else {
      (configuration, file, problems) = (LintConfiguration(), nil, [])
      return
    }
    let source = sources.add(path: found, bytes: bytes)
    file = source
    switch ConfigurationFile.parse(source, rules: rules) {
    case .success(let parsed): (configuration, problems) = (parsed, [])
    case .failure(let error): (configuration, problems) = (LintConfiguration(), error.diagnostics)
    }
  }
}
