import OGPModel

/// One root's program, as the exports of many programs (the CSV tables, JSON Lines) take it.
/// Each root is its own program, so ids are unique only within one: `file` tells programs apart,
/// and rows join on it.
public struct ExportedProgram: Sendable {
  /// The root's path as diagnostics show it (`plans/north.ogp`, `<stdin>`).
  public let file: String
  public let program: Program

  public init(file: String, program: Program) {
    self.file = file
    self.program = program
  }
}
