import ArgumentParser
import Foundation
import OGPDiagnostics

/// `--lang es|en`, which every command takes: taken out of the arguments before they are parsed,
/// so that the help and the usage errors are already in the chosen language.
enum LanguageOption {
  static let name = "--lang"

  /// The arguments without `--lang`, and the language `--lang` chooses, if it is given. Nothing
  /// after `--` is looked at: that is a file.
  static func extract(from arguments: [String]) throws -> (arguments: [String], chosen: Language?) {
    var remaining: [String] = []
    var chosen: Language?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--" {
        remaining += arguments[index...]
        break
      }
      let value: String
      if argument == name {
        guard index + 1 < arguments.count else { throw ValidationError(missingValue) }
        value = arguments[index + 1]
        index += 2
      } else if argument.hasPrefix(name + "=") {
        value = String(argument.dropFirst(name.count + 1))
        index += 1
      } else {
        remaining.append(argument)
        index += 1
        continue
      }
      guard let language = Language(rawValue: value.lowercased()) else {
        throw ValidationError(unknownValue(value))
      }
      chosen = language
    }
    return (remaining, chosen)
  }

  static var missingValue: String { "--lang takes a language: \(Language.tags)" }

  static func unknownValue(_ value: String) -> String {
    "--lang takes \(Language.tags), not '\(value.visiblePath)'"
  }
}
