import ArgumentParser

/// `--exclude` for the commands that take folders as FILEs (`check`, `lint`, `export`, `report`,
/// `query`, `fmt`).
struct ExcludeOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(CliText.excludeHelp, valueName: "GLOB"))
  var exclude: [String] = []
}
