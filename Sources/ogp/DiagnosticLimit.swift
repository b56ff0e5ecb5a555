import ArgumentParser

/// `--max-errors`, for every command that prints diagnostics: a binary file fed by mistake or a
/// line of thousands of errors gives a screenful, not megabytes, in every format.
struct DiagnosticLimit: ParsableArguments {
  @Option(
    help: """
      Show at most this many diagnostics (0: all), in every format. The counts count all, and \
      the output says how many were left out.
      """)
  var maxErrors = 100

  func validate() throws {
    guard maxErrors >= 0 else { throw ValidationError("--max-errors takes 0 (all) or a positive number") }
  }

  /// The limit as renderers and formats take it: nil shows all.
  var limit: Int? { maxErrors > 0 ? maxErrors : nil }
}
