extension Array where Element == String {
  /// The names as a sentence lists them: `a, b or c` for `"or"`. Shared by the enumerations that
  /// the command line names in its help and its messages.
  func listed(joinedBy conjunction: String) -> String {
    dropLast().joined(separator: ", ") + (count > 1 ? " \(conjunction) " : "") + (last ?? "")
  }
}
