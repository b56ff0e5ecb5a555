import OGPLanguage

/// Reads open documents from the editor's buffers and every other file through `base`: a `use`
/// of an open file sees what is typed in it, saved or not.
struct OpenDocumentsProvider: SourceProvider {
  let base: any SourceProvider
  /// Open documents' bytes by canonical path.
  let buffers: [String: [UInt8]]

  func canonicalPath(_ absolutePath: String) -> String { base.canonicalPath(absolutePath) }

  func refusal(_ absolutePath: String) -> SourceReadError? {
    buffers[absolutePath] != nil ? nil : base.refusal(absolutePath)
  }

  func read(_ absolutePath: String) -> Result<[UInt8], SourceReadError> {
    buffers[absolutePath].map { .success($0) } ?? base.read(absolutePath)
  }

  func listing(_ absolutePath: String) -> Result<FolderListing, SourceReadError> {
    base.listing(absolutePath)
  }
}
