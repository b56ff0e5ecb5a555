/// How findings join a list, in the language of the run: "a, b and c", "2 or 4".
extension [String] {
  /// The items separated by commas, the last two by `conjunction` (`LintText.listAnd`).
  func joined(lastBy conjunction: String) -> String {
    guard let last, count > 1 else { return first ?? "" }
    return dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}
