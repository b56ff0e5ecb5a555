import ArgumentParser
import Foundation
import OGPModel
import OGPRules

/// `--as-of`, for the commands that judge progress or evaluate `as_of`: the date, checked when
/// the command line is read, and the day it stands for.
struct AsOfOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(CliText.asOfHelp, valueName: "DATE"))
  var asOf: String?

  func validate() throws {
    if let asOf, PartialDate(asOf) == nil {
      throw ValidationError(CliText.asOfInvalid(value: asOf))
    }
  }

  /// `--as-of` when given, else the configuration's, else today.
  func day(configuration: LintConfiguration) -> Day {
    (asOf.flatMap(PartialDate.init) ?? configuration.asOf)?.firstDay ?? Self.today()
  }

  /// Today in the local calendar: only the command line reads the clock.
  private static func today() -> Day {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}
