/// What a path to a source file may continue with: the folders and `.ogp` files in the folder its
/// text so far names, read through a `SourceProvider` and only inside the project root, so that
/// completing a `use` or a `:load` lists nothing a read would refuse.
public enum SourcePathCompletion {
  public struct Candidate: Sendable, Equatable {
    /// The entry's name in its folder.
    public let name: String
    public let isFolder: Bool
  }

  /// The entries of the folder `directory` names (relative to `base`, or absolute), whose names
  /// start with `prefix`, folders and files each sorted by name, at most `limit` of them. Hidden
  /// entries are left out unless `prefix` starts with a dot.
  public static func candidates(
    in directory: String, startingWith prefix: String = "", relativeTo base: String, root: ProjectRoot,
    provider: any SourceProvider, limit: Int
  ) -> [Candidate] {
    let folder = Paths.absolute(directory.isEmpty ? "." : directory, relativeTo: base)
    guard root.contains(canonical: provider.canonicalPath(folder)),
      case .success(let listing) = provider.listing(folder)
    else { return [] }
    let shown = { (name: String) in name.hasPrefix(prefix) && (!name.hasPrefix(".") || prefix.hasPrefix("."))
    }
    var candidates: [Candidate] = []
    // Each entry kept costs a resolution of its links; the limit bounds them.
    for name in listing.folders where shown(name) {
      guard candidates.count < limit else { return candidates }
      let path = folder + "/" + name
      if root.contains(canonical: provider.canonicalPath(path)) {
        candidates.append(Candidate(name: name, isFolder: true))
      }
    }
    for name in listing.files where shown(name) && name.hasSuffix(".ogp") {
      guard candidates.count < limit else { return candidates }
      let path = folder + "/" + name
      if root.refusal(ofInput: path, canonical: provider.canonicalPath(path)) == nil {
        candidates.append(Candidate(name: name, isFolder: false))
      }
    }
    return candidates
  }
}
