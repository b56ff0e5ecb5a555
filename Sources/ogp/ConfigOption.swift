import ArgumentParser

/// `--config`, for the commands that read `ogp-lint.toml`.
struct ConfigOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(CliText.configHelp, valueName: "FILE"))
  var config: String?
}
