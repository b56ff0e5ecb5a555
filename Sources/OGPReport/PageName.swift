/// The file names of the pages `ogp report --html DIR/` writes, one per root file: its name with
/// `.html` for `.ogp` (`plans/a.ogp` → `a.html`). A root's name comes from a pull request, so a
/// page's name is made of ASCII letters, digits, `-`, `_` and `.` only, never starts with a dot or
/// a dash (no hidden file, no `..`, nothing read as an option) and never holds a `/`: it cannot
/// leave the folder. Names that would meet, even only in case on a case-insensitive disk, get
/// `-2`, `-3`… in the order given.
public enum PageName {
  /// The longest stem kept, in bytes, so that the name with `-N.html` stays within the 255
  /// bytes a file name may have.
  static let maximumStem = 200

  /// One page name for each of `files` (paths as the compiler shows them), in their order.
  public static func names(for files: [String]) -> [String] {
    var taken: Set<String> = []
    return files.map { file in
      let stem = stem(of: file)
      var name = stem + ".html"
      var number = 2
      while !taken.insert(name.lowercased()).inserted {
        name = "\(stem)-\(number).html"
        number += 1
      }
      return name
    }
  }

  /// The file's last component without `.ogp`, made safe; `plan` when nothing safe is left.
  static func stem(of file: String) -> String {
    let last = file.split(separator: "/").last.map(String.init) ?? file
    let bare = last.hasSuffix(".ogp") ? String(last.dropLast(4)) : last
    let replaced = String(bare.unicodeScalars.map { isSafe($0) ? Character($0) : "-" })
    let safe = replaced.drop { $0 == "." || $0 == "-" }.prefix(maximumStem)
    let trimmed = safe.reversed().drop { $0 == "-" }.reversed()
    return trimmed.isEmpty ? "plan" : String(trimmed)
  }

  private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": true
    default: false
    }
  }
}
