/// "Find references": every place the files the server knows write the name at a position.
enum References {
  /// The most places answered, the first by URI and position: an editor lists no more, and an
  /// actor leading thousands of commitments cannot make the answer unbounded.
  static let limit = 1000

  static func locations(
    at position: Position, in analysis: DocumentAnalysis, across analyses: some Collection<DocumentAnalysis>,
    includeDeclaration: Bool
  ) -> [Location]? {
    guard let name = analysis.name(at: analysis.offset(of: position)) else { return nil }
    return Array(
      analyses.occurrences(of: name, in: analysis, includingDeclaration: includeDeclaration).prefix(limit))
  }
}
