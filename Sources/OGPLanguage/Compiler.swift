import OGPDiagnostics
import OGPModel

/// One run of the front end: load the roots and every file they `use`, parse, check, lower.
public struct Compilation: Sendable {
  public let sources: SourceMap
  /// Parsed files in load order.
  public let files: [CompiledFile]
  /// Where every declaration, clause and resolved name is written.
  public let index: SourceIndex
  /// The `rule` declarations that checked clean, in load order.
  public let rules: [CheckedRule]
  /// Every diagnostic, in display order.
  public let diagnostics: [Diagnostic]
  /// Roots named by the user that could not be read (exit code 2, not a diagnostic).
  public let unreadableRoots: [(path: String, error: SourceReadError)]
  /// The model, when the program has no errors.
  public let program: Program?

  public var hasErrors: Bool { diagnostics.errorCount > 0 }
}

/// A file to compile: a path, or text read elsewhere (standard input, the REPL).
public enum RootSource: Sendable {
  case file(String)
  /// Bytes shown under `name`, their first line numbered `firstLine` (an input that starts on a
  /// script's later line); its `use` paths are relative to `directory`.
  case bytes([UInt8], name: String, directory: String, firstLine: Int = 1)
}

public struct Compiler: Sendable {
  public let provider: any SourceProvider
  /// Paths are resolved against it and shown relative to it.
  public let workingDirectory: String
  /// Every `use` stays inside it (`ProjectRoot`).
  public let root: ProjectRoot

  /// - Parameter root: the project root, relative to the working directory (default: the working
  ///   directory itself).
  public init(
    provider: any SourceProvider = FileSystemSourceProvider(), workingDirectory: String, root: String? = nil
  ) {
    self.provider = provider
    self.workingDirectory = Paths.normalise(workingDirectory)
    self.root = ProjectRoot(
      Paths.absolute(root ?? ".", relativeTo: self.workingDirectory), provider: provider)
  }

  public func compile(_ roots: [RootSource]) -> Compilation {
    var loader = Loader(compiler: self)
    for entry in roots {
      switch entry {
      case .file(let path):
        let absolute = Paths.absolute(path, relativeTo: workingDirectory)
        let canonical = provider.canonicalPath(absolute)
        if let refusal = root.refusal(ofNamed: absolute, canonical: canonical) {
          loader.unreadableRoots.append((path, refusal))
          continue
        }
        if loader.loaded.contains(canonical) { continue }
        // The resolved path, which was checked, is the one read.
        switch provider.read(canonical) {
        case .success(let bytes): loader.load(absolute: absolute, canonical: canonical, bytes: bytes)
        case .failure(let error): loader.unreadableRoots.append((path, error))
        }
      case .bytes(let bytes, let name, let directory, let firstLine):
        let absolute = Paths.absolute(
          name, relativeTo: Paths.absolute(directory, relativeTo: workingDirectory))
        loader.load(
          absolute: absolute, canonical: absolute, bytes: bytes, displayPath: name, firstLine: firstLine)
      }
    }
    let (files, syntax) = (loader.files, loader.syntax)
    let checked = Checker.check(syntax)
    var diagnostics = files.flatMap(\.diagnostics) + loader.diagnostics + checked.diagnostics
    // Rules are typed against the names the checker indexed, so their mistakes are reported
    // with the program's own.
    let (rules, ruleDiagnostics) = Checker.checkRules(syntax, sources: loader.sources, against: checked.index)
    diagnostics += ruleDiagnostics
    diagnostics = diagnostics.sortedForDisplay()
    var program: Program?
    if diagnostics.errorCount == 0 {
      program = checked.program
      program?.rules = rules.map(\.model)
    }
    return Compilation(
      sources: loader.sources, files: files, index: checked.index, rules: rules, diagnostics: diagnostics,
      unreadableRoots: loader.unreadableRoots, program: program)
  }

  /// Compiles one text, as if it were a file at `path` in the working directory.
  public func compile(text: String, path: String = "<input>") -> Compilation {
    compile([.bytes(Array(text.utf8), name: path, directory: ".")])
  }

  func displayPath(_ absolute: String) -> String {
    let relative = Paths.relative(absolute, from: workingDirectory)
    return relative.hasPrefix("../../../") ? absolute : relative
  }
}

/// Follows `use` depth first, loading each file once and reporting cycles as paths.
private struct Loader {
  let compiler: Compiler
  let sources = SourceMap()
  var files: [CompiledFile] = []
  /// The files' syntax trees, kept only until they are checked.
  var syntax: [SourceFileSyntax] = []
  var loaded: Set<String> = []
  var stack: [(canonical: String, display: String)] = []
  var diagnostics: [Diagnostic] = []
  var unreadableRoots: [(path: String, error: SourceReadError)] = []

  init(compiler: Compiler) {
    self.compiler = compiler
  }

  mutating func load(
    absolute: String, canonical: String, bytes: [UInt8], displayPath: String? = nil, firstLine: Int = 1
  ) {
    let display = displayPath ?? compiler.displayPath(absolute)
    let file = sources.add(path: display, bytes: bytes, firstLine: firstLine)
    // A plan's thousands of commitments are parsed as they are checked, a chunk at a time.
    let result = Parser.parse(file, deferringBlocksOf: Parser.largeBlockDeclarations)
    files.append(CompiledFile(result, source: file))
    syntax.append(result.syntax)
    loaded.insert(canonical)
    stack.append((canonical, display))
    defer { stack.removeLast() }
    let directory = Paths.directory(of: absolute)
    for use in result.syntax.uses {
      guard let literal = use.path else { continue }
      let target = Paths.absolute(literal.value, relativeTo: directory)
      let targetCanonical = compiler.provider.canonicalPath(target)
      let refusal = compiler.root.refusal(ofInput: target, canonical: targetCanonical)
      // Decided from the path alone: nothing outside the root is read, nor said to exist.
      if let refusal, refusal == .outsideRoot || refusal == .linkOutOfRoot {
        diagnostics.append(useFailure(refusal, literal: literal, target: target))
        continue
      }
      if let index = stack.firstIndex(where: { $0.canonical == targetCanonical }) {
        let cycle = stack[index...].map(\.display) + [stack[index].display]
        diagnostics.append(LoadMessage.cycle(cycle).diagnostic(at: literal.span))
        continue
      }
      if loaded.contains(targetCanonical) { continue }
      if let unreadable = compiler.provider.refusal(targetCanonical) {
        diagnostics.append(useFailure(unreadable, literal: literal, target: target))
        continue
      }
      // After the checks above, so that a missing file or a folder keeps its own code.
      if let refusal {
        diagnostics.append(useFailure(refusal, literal: literal, target: target))
        continue
      }
      switch compiler.provider.read(targetCanonical) {
      case .success(let bytes) where SourceBytes.looksBinary(bytes):
        diagnostics.append(useFailure(.binary, literal: literal, target: target))
      case .success(let bytes):
        load(absolute: target, canonical: targetCanonical, bytes: bytes)
      case .failure(let error):
        diagnostics.append(useFailure(error, literal: literal, target: target))
      }
    }
  }

  private func useFailure(_ error: SourceReadError, literal: StringLiteral, target: String) -> Diagnostic {
    let path = literal.value
    let message: LoadMessage =
      switch error {
      case .notFound: .missing(path: path, shown: compiler.displayPath(target))
      case .isDirectory: .directory(path: path)
      case .notRegularFile: .notRegularFile(path: path, error)
      case .outsideRoot, .linkOutOfRoot:
        .outsideRoot(path: path, throughLink: error == .linkOutOfRoot, root: compiler.root.path)
      case .notSourceFile, .linkToOtherFile: .notSource(path: path, throughLink: error == .linkToOtherFile)
      case .binary: .binary(path: path)
      case .tooLarge, .unreadable: .unreadable(path: path, error)
      }
    return message.diagnostic(at: literal.span)
  }
}
