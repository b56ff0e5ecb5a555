import ArgumentParser

/// `--config`, for the commands that read `ogp-lint.toml`.
struct ConfigOption: ParsableArguments {
  @Option(
    help: ArgumentHelp("The configuration file (default: the nearest ogp-lint.toml).", valueName: "FILE"))
  var config: String?
}
