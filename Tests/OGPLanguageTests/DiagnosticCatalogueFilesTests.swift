import Foundation
import OGPLanguage
import Testing

/// The catalogue is compiled from one Markdown file per code (the GenerateCatalogue plugin); the
/// configuration codes' files are beside the configuration parser in OGPRules.
struct DiagnosticCatalogueFilesTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  /// The code each file in a folder names: its name without `.md` (any other file names none).
  static func codes(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent(folder).path).map {
      $0.hasSuffix(".md") ? String($0.dropLast(3)) : $0
    }.sorted()
  }

  @Test func everyCodeHasExactlyOneFileAndEveryFileNamesACode() throws {
    let language = try Self.codes(in: "OGPLanguage/Catalogue")
    let configuration = try Self.codes(in: "OGPRules/Configuration/Catalogue")
    let known = DiagnosticCode.allCases.map(\.rawValue)
    let files = language + configuration
    #expect(Set(known).subtracting(files).sorted() == [], "codes without a file")
    #expect(Set(files).subtracting(known).sorted() == [], "files that name no code")
    #expect(Set(language).intersection(configuration).sorted() == [], "codes with a file in both folders")
    #expect(files.count == Set(files).count)
  }

  @Test func configurationCodesAreBesideTheConfigurationParser() throws {
    let configuration = DiagnosticCatalogue.all.filter(\.isConfiguration).map(\.code.rawValue)
    #expect(try Self.codes(in: "OGPRules/Configuration/Catalogue") == configuration)
  }

  @Test func theFilesTextIsCompiledIn() {
    let explanation = DiagnosticCatalogue.explanation(for: .nulByte)
    #expect(explanation.title == "NUL byte in source")
    // "␀" in a file's snippet stands for the NUL byte an editor would not show.
    #expect(explanation.example.unicodeScalars.contains("\u{0}"))
    #expect(!explanation.explanation.contains("\n"))
  }
}
