import ArgumentParser

/// `--exclude` for the commands that take folders as FILEs (`check`, `lint`, `export`, `report`,
/// `query`, `fmt`).
struct ExcludeOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Skip a file found in a folder FILE when its path below that folder, or its name, matches GLOB ('*' and '?' within a name, '**' for any folders); repeatable. A file named on its own is never skipped.",
      valueName: "GLOB"))
  var exclude: [String] = []
}
