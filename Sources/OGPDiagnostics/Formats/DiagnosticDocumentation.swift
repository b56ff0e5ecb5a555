/// What a diagnostic code means and how to fix it, for formats that describe their rules
/// (SARIF's `rules`, the `docs` link in JSON).
public struct DiagnosticDocumentation: Sendable, Equatable {
  /// The code it documents (`E0205`, `OBJ001`).
  public var code: String
  /// A kebab-case name (`commitment-advances-nothing`).
  public var name: String
  /// One sentence: what the diagnostic is about.
  public var shortDescription: String
  /// A paragraph: why it matters.
  public var fullDescription: String
  /// Plain text: how to fix it.
  public var help: String
  /// Where the full explanation lives online, if anywhere.
  public var helpURI: String?
  /// The severity the code is reported with unless configured otherwise.
  public var defaultSeverity: Diagnostic.Severity
  /// A grouping such as `correctness` or `style`; SARIF shows it as a tag.
  public var category: String?

  public init(
    code: String, name: String, shortDescription: String, fullDescription: String, help: String,
    helpURI: String? = nil, defaultSeverity: Diagnostic.Severity, category: String? = nil
  ) {
    self.code = code
    self.name = name
    self.shortDescription = shortDescription
    self.fullDescription = fullDescription
    self.help = help
    self.helpURI = helpURI
    self.defaultSeverity = defaultSeverity
    self.category = category
  }
}
