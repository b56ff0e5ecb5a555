import Foundation
import OGPMessageCatalogue

// Run by the GenerateMessages plugin at build time: reads one group's catalogue in every
// language, checks that they say the same messages with the same placeholders, and writes the
// Swift that says them (see OGPMessageCatalogue). A mistake fails the build with its file and line.
//
// Usage: ogp-messages MODULE OUTPUT.swift LANGUAGE-FOLDER/GROUP.messages...  (English first)

/// Each folder's case of `Language` (OGPDiagnostics/Language.swift).
let languageCases = ["en": "english", "es": "spanish"]

do {
  let arguments = Array(CommandLine.arguments.dropFirst())
  guard arguments.count >= 3 else {
    throw CatalogueError(location: "ogp-messages", message: "usage: ogp-messages MODULE OUTPUT.swift FILE...")
  }
  let files = try arguments.dropFirst(2).map { path in
    let url = URL(fileURLWithPath: path)
    guard FileManager.default.fileExists(atPath: path) else {
      throw CatalogueError(
        location: path, message: "the group has no translation in this language: write this file")
    }
    let text = try String(contentsOf: url, encoding: .utf8)
    return try GroupFile(language: url.deletingLastPathComponent().lastPathComponent, path: path, text: text)
  }
  let name = URL(fileURLWithPath: arguments[2]).deletingPathExtension().lastPathComponent
  let group = try Group(name: name, files: files)
  let source = try SwiftSource.generate(group, module: arguments[0], cases: languageCases)
  try source.write(toFile: arguments[1], atomically: true, encoding: .utf8)
} catch let error as CatalogueError {
  FileHandle.standardError.write(Data((error.description + "\n").utf8))
  exit(1)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
