import Foundation
import PackagePlugin

/// Compiles the diagnostic catalogue, one Markdown file per code, into OGPLanguage as Swift
/// source, so that `ogp explain` needs no file beside the binary and the files are the one
/// definition of the text.
@main
struct GenerateCatalogue: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let sources = context.package.directoryURL.appendingPathComponent("Sources")
    // The configuration codes' files live beside the configuration parser in OGPRules, whose
    // examples they are; OGPLanguage, which OGPRules imports, holds DiagnosticCode and so the
    // whole catalogue, and takes only their text.
    let folders = [
      sources.appendingPathComponent("OGPLanguage/Catalogue"),
      sources.appendingPathComponent("OGPRules/Configuration/Catalogue"),
    ]
    // English at the top of each folder, every other language in a folder of its own (`es/`),
    // which ogp-catalogue checks against the English.
    let manager = FileManager.default
    let languageFolders = try folders.flatMap { folder in
      try manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey]).filter {
        (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
      }
    }
    let files = try (folders + languageFolders).flatMap {
      try manager.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil)
    }.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
    let codes = sources.appendingPathComponent("OGPLanguage/DiagnosticCode.swift")
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("DiagnosticCatalogue+Entries.swift")
    return [
      .buildCommand(
        displayName: "Compiling the diagnostic catalogue",
        executable: try context.tool(named: "ogp-catalogue").url,
        arguments: [output.path, codes.path] + files.map(\.path),
        inputFiles: [codes] + files,
        outputFiles: [output])
    ]
  }
}
