import Foundation
import OGPDiagnostics
import OGPLanguage
import Testing

/// The catalogue is compiled from one Markdown file per code and language (the GenerateCatalogue
/// plugin); the configuration codes' files are beside the configuration parser in OGPRules.
struct DiagnosticCatalogueFilesTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  /// The code each file in a folder names: its name without `.md` (any other file names none).
  /// English is at the top of a catalogue folder; another language is in the folder named for it
  /// (`es/`), which is all the top holds besides.
  static func codes(in folder: String, _ language: Language) throws -> [String] {
    let path = sources.appendingPathComponent(folder).appendingPathComponent(
      language == .english ? "" : language.rawValue
    ).path
    let languageFolders = Set(Language.allCases.filter { $0 != .english }.map(\.rawValue))
    return try FileManager.default.contentsOfDirectory(atPath: path).filter {
      language != .english || !languageFolders.contains($0)
    }.map { $0.hasSuffix(".md") ? String($0.dropLast(3)) : $0 }.sorted()
  }

  @Test(arguments: Language.allCases)
  func everyCodeHasExactlyOneFileAndEveryFileNamesACode(language: Language) throws {
    let checker = try Self.codes(in: "OGPLanguage/Catalogue", language)
    let configuration = try Self.codes(in: "OGPRules/Configuration/Catalogue", language)
    let known = DiagnosticCode.allCases.map(\.rawValue)
    let files = checker + configuration
    #expect(Set(known).subtracting(files).sorted() == [], "codes without a file")
    #expect(Set(files).subtracting(known).sorted() == [], "files that name no code")
    #expect(Set(checker).intersection(configuration).sorted() == [], "codes with a file in both folders")
    #expect(files.count == Set(files).count)
  }

  @Test(arguments: Language.allCases)
  func configurationCodesAreBesideTheConfigurationParser(language: Language) throws {
    let configuration = DiagnosticCatalogue.all.filter(\.isConfiguration).map(\.code.rawValue)
    #expect(try Self.codes(in: "OGPRules/Configuration/Catalogue", language) == configuration)
  }

  @Test func theFilesTextIsCompiledIn() {
    let explanation = DiagnosticCatalogue.explanation(for: .nulByte)
    #expect(explanation.title == "NUL byte in source")
    // "␀" in a file's snippet stands for the NUL byte an editor would not show.
    #expect(explanation.example.unicodeScalars.contains("\u{0}"))
    #expect(!explanation.explanation.contains("\n"))
    let spanish = DiagnosticCatalogue.explanation(for: .nulByte, in: .spanish)
    #expect(spanish.title == "byte NUL en el código fuente")
    #expect(spanish.example.unicodeScalars.contains("\u{0}"), "the Spanish example's own ␀ too")
    #expect(!spanish.explanation.contains("\n"))
  }
}
