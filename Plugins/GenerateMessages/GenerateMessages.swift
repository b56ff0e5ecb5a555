import Foundation
import PackagePlugin

/// Compiles a target's message catalogues (`Messages/Catalogue/<language>/<group>.messages`)
/// into Swift, one `<Group>Text` enum per group, so that every message is said through a typed
/// member and a missing translation or placeholder fails the build.
@main
struct GenerateMessages: BuildToolPlugin {
  /// The language every other is checked against: the one the code is read in.
  static let reference = "en"

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let catalogue = target.directoryURL.appendingPathComponent("Messages/Catalogue")
    let manager = FileManager.default
    let languages = try manager.contentsOfDirectory(atPath: catalogue.path).filter { !$0.hasPrefix(".") }
      .sorted { ($0 == Self.reference ? 0 : 1, $0) < ($1 == Self.reference ? 0 : 1, $1) }
    guard languages.first == Self.reference else { return [] }
    let groups = try manager.contentsOfDirectory(
      atPath: catalogue.appendingPathComponent(Self.reference).path
    )
    .filter { $0.hasSuffix(".messages") }.sorted()
    let tool = try context.tool(named: "ogp-messages").url
    return groups.map { group in
      // Every language's file of the group, present or not: a missing one is the tool's error.
      let files = languages.map { catalogue.appendingPathComponent($0).appendingPathComponent(group) }
      let stem = String(group.dropLast(".messages".count))
      let output = context.pluginWorkDirectoryURL.appendingPathComponent(group + ".swift")
      return .buildCommand(
        displayName: "Compiling the \(stem) messages of \(target.name)",
        executable: tool,
        arguments: [target.name, output.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    }
  }
}
