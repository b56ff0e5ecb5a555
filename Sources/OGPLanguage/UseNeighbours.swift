/// The `.ogp` files beside a `use` target that is not there, which the `use` most likely meant:
/// the name without its `.ogp`, in other capitals, or spelt close to one in the folder.
///
/// The folder is listed through the `SourceProvider`, and only when it lies inside the project
/// root; a file is offered only when a `use` of it would be read, so a suggestion never names, or
/// tells of, a file outside the root.
struct UseNeighbours: Equatable {
  /// The paths to write instead, as the `use` wrote its folder, nearest first.
  let paths: [String]
  /// Whether the first path is certainly the file meant (the name without `.ogp`, or in other
  /// capitals), or the one file spelt close to the name.
  let isCertain: Bool

  /// At most this many names of the folder are compared with the one written: a folder of
  /// hundreds of thousands of files costs no more than this.
  static let maximumFilesCompared = 4_096

  /// What `written` (the path as the `use` wrote it, resolved to `target`) most likely meant;
  /// nil when nothing in its folder is close.
  init?(written: String, target: String, provider: any SourceProvider, root: ProjectRoot) {
    let folder = Paths.directory(of: target)
    guard root.contains(canonical: provider.canonicalPath(folder)),
      case .success(let listing) = provider.listing(folder)
    else { return nil }
    let slash = written.lastIndex(of: "/").map { written.index(after: $0) } ?? written.startIndex
    let (writtenFolder, name) = (String(written[..<slash]), String(written[slash...]))
    let files = Array(
      listing.files.lazy.filter { $0.hasSuffix(Self.suffix) && Self.canBeWritten($0) }
        .prefix(Self.maximumFilesCompared))
    func readable(_ file: String) -> Bool {
      let path = folder + "/" + file
      let canonical = provider.canonicalPath(path)
      return root.refusal(ofInput: path, canonical: canonical) == nil && provider.refusal(canonical) == nil
    }
    let lowered = name.lowercased()
    let sameFile = files.filter { $0.lowercased() == lowered || $0.lowercased() == lowered + Self.suffix }
    let exact =
      sameFile.contains(name + Self.suffix) ? name + Self.suffix : sameFile.count == 1 ? sameFile[0] : nil
    let found: [String]
    if let exact {
      found = readable(exact) ? [exact] : []
      isCertain = true
    } else {
      let stem = name.hasSuffix(Self.suffix) ? String(name.dropLast(Self.suffix.count)) : name
      let stems = files.map { String($0.dropLast(Self.suffix.count)) }
      found = Suggestions.closest(to: stem, among: stems).map { $0 + Self.suffix }.filter(readable)
      isCertain = found.count == 1
    }
    guard !found.isEmpty else { return nil }
    paths = found.map { writtenFolder + $0 }
  }

  private static let suffix = ".ogp"

  /// Whether a file's name can be written in a string and shown without escapes: no quotes,
  /// backslashes or control characters.
  private static func canBeWritten(_ name: String) -> Bool {
    name.unicodeScalars.allSatisfy { scalar in
      scalar != "\"" && scalar != "\\" && scalar.value >= 0x20 && scalar.value != 0x7F
        && !(0x80...0x9F).contains(scalar.value) && !scalar.properties.isBidiControl
    }
  }
}
