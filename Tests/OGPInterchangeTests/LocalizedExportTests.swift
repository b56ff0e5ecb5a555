import Foundation
import OGPDiagnostics
import OGPInterchange
import OGPLanguage
import OGPModel
import Testing

/// The exports people read (Markdown, CSV) show each text in `Language.current` where the plan
/// translates it, else as written; the JSON and YAML exports carry every language.
@Suite("Exports in the run's language")
struct LocalizedExportTests {
  /// A plan written in Spanish, whose title, a commitment's title and goal and a milestone's
  /// deliverable are translated into English; its other commitment is not translated.
  static let source = """
    actor salud government "Servicio Regional de Salud" { title en "Regional Health Service" }

    plan p "Plan de Acción de Río Claro" {
      title en "Río Claro Action Plan"
      member   "Río Claro" local
      period   2025-09 .. 2027-08

      commitment c1 "Listas de espera transparentes" {
        title en "Transparent waiting lists"
        lead     salud
        goal     "Publicar los tiempos de espera"
        goal en  "Publish waiting times"
        milestone m1 "Tablero publicado" {
          title       en "Dashboard published"
          deliverable "Tablero en línea"
          deliverable en "Online dashboard"
        }
      }

      commitment c2 "Consejo Abierto" {
        lead salud
      }
    }

    """

  static func program() throws -> Program {
    let compilation = Examples.compile(source)
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.message))")
    return try #require(compilation.program)
  }

  @Test("Markdown shows the English titles and texts in English, the Spanish ones otherwise")
  func markdown() throws {
    let program = try Self.program()
    let english = Language.$current.withValue(.english) { MarkdownExporter.export(program) }
    #expect(english.hasPrefix("# Río Claro Action Plan\n"))
    #expect(english.contains("### c1. Transparent waiting lists"))
    #expect(english.contains("Publish waiting times"))
    #expect(english.contains("Online dashboard"))
    #expect(english.contains("Consejo Abierto"), "a text without a translation is shown as written")
    #expect(!english.contains("Listas de espera transparentes"))
    let spanish = Language.$current.withValue(.spanish) { MarkdownExporter.export(program) }
    #expect(spanish.hasPrefix("# Plan de Acción de Río Claro\n"))
    #expect(spanish.contains("Listas de espera transparentes"))
    #expect(spanish.contains("Publicar los tiempos de espera"))
    #expect(!spanish.contains("Transparent waiting lists"))
  }

  @Test("the CSV tables show the run's language where a text is translated")
  func csv() throws {
    let exported = [ExportedProgram(file: "rio.ogp", program: try Self.program())]
    let english = Language.$current.withValue(.english) { CSVExporter.export(.commitments, of: exported) }
    #expect(english.contains(",Transparent waiting lists,"))
    #expect(english.contains(",Consejo Abierto,"))
    let spanish = Language.$current.withValue(.spanish) { CSVExporter.export(.commitments, of: exported) }
    #expect(spanish.contains(",Listas de espera transparentes,"))
    let milestones = Language.$current.withValue(.english) { CSVExporter.export(.milestones, of: exported) }
    #expect(milestones.contains(",Dashboard published,"))
    #expect(milestones.contains(",Online dashboard,"))
    let plans = Language.$current.withValue(.english) { CSVExporter.export(.plans, of: exported) }
    #expect(plans.contains(",Río Claro Action Plan,"))
    let actors = Language.$current.withValue(.english) { CSVExporter.export(.actors, of: exported) }
    #expect(actors.contains(",Regional Health Service,"))
  }

  @Test("JSON and YAML carry the text as written and every translation, whatever the language")
  func jsonAndYAMLCarryEveryLanguage() throws {
    let program = try Self.program()
    for language in Language.allCases {
      let json = try Language.$current.withValue(language) { try JSONExporter.export(program) }
      #expect(json.contains("\"title\" : \"Plan de Acción de Río Claro\""))
      #expect(json.contains("\"en\" : \"Río Claro Action Plan\""))
      #expect(json.contains("\"en\" : \"Publish waiting times\""))
      let yaml = try Language.$current.withValue(language) { try YAMLExporter.export(program) }
      #expect(yaml.contains("title: Plan de Acción de Río Claro"))
      #expect(yaml.contains("en: Río Claro Action Plan"))
    }
  }

  @Test("the translations survive JSON and ogp import's printing: the same model comes back")
  func importReadsThemBack() throws {
    let program = try Self.program()
    let decoded = try ProgramJSON.decodeStrictly(ProgramJSON.encode(program))
    #expect(decoded == program)
    let printed = ModelPrinter.print(decoded)
    #expect(printed.contains("title en \"Río Claro Action Plan\""))
    #expect(printed.contains("goal en  \"Publish waiting times\""))
    let recompiled = Examples.compile(printed)
    #expect(recompiled.diagnostics.isEmpty, "\(recompiled.diagnostics.map(\.message))")
    #expect(recompiled.program == program)
  }

  @Test("the strict reader refuses a translation into a language ogp does not speak, or of no field")
  func strictReaderRefusesUnknownKeys() throws {
    let json = try JSONExporter.export(try Self.program())
    let french = json.replacingOccurrences(
      of: "\"en\" : \"Río Claro Action Plan\"", with: "\"fr\" : \"Plan\"")
    #expect(french != json)
    #expect(throws: ProgramJSON.InvalidDocument.self) { try ProgramJSON.decodeStrictly(Data(french.utf8)) }
    let unknownField = json.replacingOccurrences(of: "\"goal\" : {", with: "\"goals\" : {")
    #expect(unknownField != json)
    #expect(throws: ProgramJSON.InvalidDocument.self) {
      try ProgramJSON.decodeStrictly(Data(unknownField.utf8))
    }
  }
}
