import OGPDiagnostics
import OGPLanguage
import OGPTestSupport
import Testing

@testable import OGPLanguageServer

/// Every input the front end's fuzzer saved, opened as a buffer: hover, definition, references
/// and rename answer at line starts and at names without trapping, their places inside the
/// document, every resolved name leading to a declaration.
struct NavigationFuzzCorpusTests {
  static let corpus = SavedCorpus("../OGPLanguageTests/FuzzCorpus", besides: #filePath)
  static let uri = "file:///project/input.ogp"

  @Test func everySavedInputIsAnsweredAtEveryNameAndLineStart() throws {
    #expect(Self.corpus.inputs.count >= 20)
    // The workspace itself, without the JSON of a client's messages around it.
    var workspace = Workspace(environment: ServerTests.Client().server.environment)
    for name in Self.corpus.inputs {
      let text = String(decoding: try Self.corpus.bytes(of: name), as: UTF8.self)
      workspace.open(TextDocument(uri: Self.uri, version: 1, text: text))
      let analysis = try #require(workspace.refresh().first)
      let converter = analysis.converter(analysis.file.id)
      var positions = converter.lineStarts.indices.prefix(64).map { Position(line: $0, character: 0) }
      let references = analysis.compilation.index.references.lazy.filter { $0.span.file == analysis.file.id }
      for reference in references.prefix(64) {
        let position = converter.position(of: reference.span.start)
        positions.append(position)
        #expect(Definition.location(at: position, in: analysis) != nil, "\(name): \(reference.id)")
      }
      for position in positions { Self.answer(at: position, in: analysis, converter: converter, input: name) }
    }
  }

  static func answer(
    at position: Position, in analysis: DocumentAnalysis, converter: PositionConverter, input: String
  ) {
    func isInside(_ location: Location) -> Bool {
      location.uri != uri
        || converter.offset(of: location.range.end) <= converter.bytes.count
          && location.range.start <= location.range.end
    }
    if let hover = HoverContent.hover(at: position, in: analysis) {
      #expect(hover.contents.value.utf8.count < 20_000, "\(input)")
    }
    if let location = Definition.location(at: position, in: analysis) {
      #expect(isInside(location), "\(input)")
    }
    let references = References.locations(
      at: position, in: analysis, across: [analysis], includeDeclaration: true)
    #expect((references ?? []).allSatisfy(isInside), "\(input)")
    switch Rename.edit(
      renamingTo: "renamed", at: position, in: analysis, across: [analysis], mayEdit: { _ in true })
    {
    case .success(let edit):
      for (uri, edits) in edit.changes {
        #expect(edits.allSatisfy { isInside(Location(uri: uri, range: $0.range)) }, "\(input)")
        // Sorted and apart: the edits of one document never overlap.
        #expect(zip(edits, edits.dropFirst()).allSatisfy { $0.range.end <= $1.range.start }, "\(input)")
      }
    case .failure(let refusal):
      #expect(refusal.code == .requestFailed, "\(input)")
    }
  }
}
