import ArgumentParser
import Foundation

/// `--color`, for every command that prints diagnostics.
struct ColourOption: ParsableArguments {
  @Option(help: ArgumentHelp(CliText.colorHelp))
  var color: ColourChoice = .auto

  /// Whether text written to `handle` is coloured.
  func enabled(for handle: FileHandle) -> Bool { color.enabled(for: handle) }
}

enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  func enabled(for handle: FileHandle) -> Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto:
      isatty(handle.fileDescriptor) != 0 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
  }
}
