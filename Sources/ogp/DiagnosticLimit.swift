import ArgumentParser

/// `--max-errors`, for every command that prints diagnostics: a binary file fed by mistake or a
/// line of thousands of errors gives a screenful, not megabytes, in every format.
struct DiagnosticLimit: ParsableArguments {
  @Option(
    help: ArgumentHelp(CliText.maxErrorsHelp))
  var maxErrors = 100

  func validate() throws {
    guard maxErrors >= 0 else { throw ValidationError(CliText.maxErrorsRange) }
  }

  /// The limit as renderers and formats take it: nil shows all.
  var limit: Int? { maxErrors > 0 ? maxErrors : nil }
}
