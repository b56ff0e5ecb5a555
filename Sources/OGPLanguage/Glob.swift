/// A shell-style pattern for paths, as `--exclude` takes it: `*` is any run of characters and `?`
/// any one, neither crossing a `/`; a `**` folder is any number of folders, none included.
/// Matching takes time proportional to the pattern's length times the path's, whatever either holds.
package struct Glob: Sendable {
  private let folders: [[Unicode.Scalar]]

  package init(_ pattern: String) {
    folders = Self.folders(pattern)
  }

  package func matches(_ path: String) -> Bool {
    let names = Self.folders(path)
    // matched[n] says whether the pattern's folders so far match the path's first n names.
    var matched = [true] + Array(repeating: false, count: names.count)
    for folder in folders {
      var next = Array(repeating: false, count: names.count + 1)
      if folder == ["*", "*"] {
        var reached = false
        for index in next.indices {
          reached = reached || matched[index]
          next[index] = reached
        }
      } else {
        for index in names.indices where matched[index] {
          next[index + 1] = Self.matches(name: names[index], pattern: folder)
        }
      }
      matched = next
    }
    return matched[names.count]
  }

  private static func folders(_ path: String) -> [[Unicode.Scalar]] {
    path.split(separator: "/").map { Array($0.unicodeScalars) }
  }

  /// One name against one folder of the pattern, backtracking only to the last `*`.
  private static func matches(name: [Unicode.Scalar], pattern: [Unicode.Scalar]) -> Bool {
    var (nameIndex, patternIndex) = (0, 0)
    var lastStar: (pattern: Int, name: Int)?
    while nameIndex < name.count {
      if patternIndex < pattern.count, pattern[patternIndex] == "*" {
        lastStar = (patternIndex, nameIndex)
        patternIndex += 1
      } else if patternIndex < pattern.count,
        pattern[patternIndex] == "?" || pattern[patternIndex] == name[nameIndex]
      {
        nameIndex += 1
        patternIndex += 1
      } else if let star = lastStar {
        lastStar = (star.pattern, star.name + 1)
        (patternIndex, nameIndex) = (star.pattern + 1, star.name + 1)
      } else {
        return false
      }
    }
    return pattern[patternIndex...].allSatisfy { $0 == "*" }
  }
}
