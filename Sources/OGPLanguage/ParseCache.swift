import OGPDiagnostics
import Synchronization

/// Parses kept from one compilation to the next, for a caller that compiles the same files again
/// and again (a language server re-checks a document on every edit, while the strategy it uses
/// stays as it was). A file is parsed again only when its bytes, path or id differ: spans name
/// the file by id, so a parse is reused only where the file has the same id as before.
public final class ParseCache: Sendable {
  private let entries = Mutex<[String: ParsedFile]>([:])
  private let parseCount = Atomic<Int>(0)

  public init() {}

  /// The parse of `file`, found at `canonical`, from the cache or made now.
  func parsed(_ file: SourceFile, canonical: String) -> ParsedFile {
    if let kept = entries.withLock({ $0[canonical] }), kept.source.id == file.id,
      kept.source.path == file.path,
      kept.source.bytes == file.bytes
    {
      return kept
    }
    let parsed = ParsedFile(file)
    parseCount.add(1, ordering: .relaxed)
    entries.withLock { $0[canonical] = parsed }
    return parsed
  }

  /// Forgets the files not in `canonicalPaths`, once nothing uses them.
  public func keep(only canonicalPaths: Set<String>) {
    entries.withLock { entries in entries = entries.filter { canonicalPaths.contains($0.key) } }
  }

  /// How many files are kept.
  public var count: Int { entries.withLock { $0.count } }

  /// How many parses the cache has made rather than reused, since it was made.
  public var parses: Int { parseCount.load(ordering: .relaxed) }
}
