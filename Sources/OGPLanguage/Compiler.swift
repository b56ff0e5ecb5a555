import OGPDiagnostics
import OGPModel
import Synchronization

/// One program through the front end: load its roots and every file they `use`, parse, check.
public struct Compilation: Sendable {
  /// Every file of the run; the compilations of `Compiler.compileEach` share it.
  public let sources: SourceMap
  /// Parsed files in load order.
  public let files: [CompiledFile]
  /// Where every declaration, clause and resolved name is written.
  public let index: SourceIndex
  /// Every `use` that names a file of the program, in load order: where an editor's "go to
  /// definition" on a path leads.
  public let uses: [FileUse]
  /// The `rule` declarations that checked clean, in load order.
  public let rules: [CheckedRule]
  /// Every diagnostic, in display order.
  public let diagnostics: [Diagnostic]
  /// Roots named by the user that could not be read (exit code 2, not a diagnostic); for
  /// `Compiler.compileEach`, they are in `CompiledRoots`.
  public let unreadableRoots: [(path: String, error: SourceReadError)]
  /// The model, when the program has no errors.
  public let program: Program?

  public var hasErrors: Bool { diagnostics.errorCount > 0 }
}

/// A `use` and the file of the program it names.
public struct FileUse: Sendable {
  /// The path's string literal.
  public let path: SourceSpan
  public let file: SourceFileID
}

/// Each root compiled as its own program (`Compiler.compileEach`), in the order they were named.
public struct CompiledRoots: Sendable {
  /// Every file of the run, which every compilation shares.
  public let sources: SourceMap
  /// One per root that was read; a root named twice is compiled once.
  public let compilations: [Compilation]
  /// Roots named by the user that could not be read (exit code 2, not a diagnostic).
  public let unreadableRoots: [(path: String, error: SourceReadError)]

  /// Every program's diagnostics, each once, in display order.
  public var diagnostics: [Diagnostic] { compilations.map(\.diagnostics).merged() }
  public var hasErrors: Bool { compilations.contains(where: \.hasErrors) }
}

/// A file to compile: a path, or text read elsewhere (standard input, the REPL).
public enum RootSource: Sendable {
  case file(String)
  /// Every `.ogp` file below a folder, in byte order of their paths, but those whose path below
  /// it, or name, matches a pattern of `excluding` (`Glob`). Hidden folders and symbolic links to
  /// folders are not entered. For `Compiler.compileEach`, a file found here that declares no
  /// `plan` is a library: checked through the plans that use it, and on its own only when none
  /// does.
  case folder(String, excluding: [String] = [])
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
  /// Where used files' parses are kept between compilations, if anywhere.
  public let parseCache: ParseCache?

  /// - Parameters:
  ///   - root: the project root, relative to the working directory (default: the working
  ///     directory itself).
  ///   - parseCache: keeps the parses of used files for the next compilation with this cache.
  public init(
    provider: any SourceProvider = FileSystemSourceProvider(), workingDirectory: String, root: String? = nil,
    parseCache: ParseCache? = nil
  ) {
    self.provider = provider
    self.parseCache = parseCache
    self.workingDirectory = Paths.normalise(workingDirectory)
    self.root = ProjectRoot(
      Paths.absolute(root ?? ".", relativeTo: self.workingDirectory), provider: provider)
  }

  /// Compiles `roots` as one program: every name is global across all their files.
  public func compile(_ roots: [RootSource]) -> Compilation {
    var loader = Loader(compiler: self)
    for (entry, _) in loader.expand(roots) {
      guard let root = loader.readRoot(entry) else { continue }
      // A file already loaded through another's `use` is in the program once; text is not a file.
      if case .file = entry, loader.program.fileIDs[root.canonical] != nil { continue }
      loader.load(root, parsed: ParsedFile(root.file))
    }
    return check(loader.takeProgram(), unreadableRoots: loader.unreadableRoots, sources: loader.sources)
  }

  /// The files `roots` stand for, each folder replaced by the `.ogp` files found below it as
  /// `compileEach` finds them, in order; and the folders that could not be walked or hold no
  /// `.ogp` file. For commands that take files one at a time (`ogp fmt`).
  public func files(of roots: [RootSource]) -> (
    files: [RootSource], unreadable: [(path: String, error: SourceReadError)]
  ) {
    var loader = Loader(compiler: self)
    let files = loader.expand(roots).map(\.entry)
    return (files, loader.unreadableRoots)
  }

  /// How many roots `compileEach` parses and checks at a time: enough to keep every core busy,
  /// few enough that their syntax trees, let go once checked, stay small beside the sources.
  package static let rootsPerBatch = 64

  /// Compiles each root as its own program, with the files it `use`s, so that names collide only
  /// inside one. The compilations follow `roots` (a root named twice is compiled once) and share
  /// one source map; a file that several roots use is read and parsed once, so what is found in
  /// it is the same diagnostic in each program, and `CompiledRoots.diagnostics` shows it once.
  ///
  /// Roots are parsed, and programs checked, on every core. The result does not depend on how
  /// that work is scheduled: the roots are read first, so their files are numbered in the order
  /// they were named, and the files they use are read in that order too, after them.
  public func compileEach(_ roots: [RootSource]) -> CompiledRoots {
    var loader = Loader(compiler: self)
    let pending = loader.expand(roots).compactMap { entry, found in
      loader.readRoot(entry).map { (root: $0, found: found) }
    }
    // One slot per root read, in order. A library (a found file that declares no plan) waits
    // until every plan is loaded, to be checked on its own if none uses it.
    var slots: [Compilation?] = Array(repeating: nil, count: pending.count)
    var libraries: [(slot: Int, loaded: LoadedProgram)] = []
    var used: Set<SourceFileID> = []
    for batchStart in stride(from: 0, to: pending.count, by: Self.rootsPerBatch) {
      let batch = batchStart..<min(batchStart + Self.rootsPerBatch, pending.count)
      let parsed = pending[batch].map(\.root.file).concurrentMap { ParsedFile($0) }
      // Each batch's syntax is let go once checked, before the next batch is parsed, and by the
      // core that checked it: freed on this one, the trees took a tenth of the run's time.
      var programs: [(slot: Int, loaded: Handover<LoadedProgram>)] = []
      for (slot, parsed) in zip(batch, parsed) {
        loader.load(pending[slot].root, parsed: parsed)
        let loaded = loader.takeProgram()
        if pending[slot].found && !parsed.syntax.declarations.contains(where: { $0.kind == .plan }) {
          libraries.append((slot, loaded))
        } else {
          used.formUnion(loaded.files.map(\.file))
          programs.append((slot, Handover(loaded)))
        }
      }
      let sources = loader.sources
      let checked = programs.map(\.loaded).concurrentMap { loaded in
        loaded.take().map { check($0, unreadableRoots: [], sources: sources) }
      }
      for (program, compilation) in zip(programs, checked) { slots[program.slot] = compilation }
    }
    let unused = libraries.filter { !($0.loaded.files.first.map { used.contains($0.file) } ?? false) }
    let sources = loader.sources
    let checked = unused.map(\.loaded).concurrentMap { check($0, unreadableRoots: [], sources: sources) }
    for (library, compilation) in zip(unused, checked) { slots[library.slot] = compilation }
    return CompiledRoots(
      sources: loader.sources, compilations: slots.compactMap { $0 }, unreadableRoots: loader.unreadableRoots)
  }

  private func check(
    _ loaded: LoadedProgram, unreadableRoots: [(path: String, error: SourceReadError)], sources: SourceMap
  ) -> Compilation {
    let checked = Checker.check(loaded.syntax)
    var diagnostics = loaded.files.flatMap(\.diagnostics) + loaded.diagnostics + checked.diagnostics
    // Rules are typed against the names the checker indexed, so their mistakes are reported
    // with the program's own.
    var index = checked.index
    let (rules, ruleDiagnostics) = Checker.checkRules(loaded.syntax, sources: sources, indexing: &index)
    diagnostics += ruleDiagnostics
    diagnostics = diagnostics.sortedForDisplay()
    var program: Program?
    if diagnostics.errorCount == 0 {
      program = checked.program
      program?.rules = rules.map(\.model)
    }
    return Compilation(
      sources: sources, files: loaded.files, index: index, uses: loaded.uses, rules: rules,
      diagnostics: diagnostics, unreadableRoots: unreadableRoots, program: program)
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

/// A value for one worker to take, so that what it holds is freed on that worker.
private final class Handover<Value: Sendable>: Sendable {
  private let value: Mutex<Value?>

  init(_ value: Value) { self.value = Mutex(value) }

  func take() -> Value? { value.withLock { $0.take() } }
}

/// A file's parse as a program keeps it: its diagnostics and comments, and its syntax until the
/// program is checked. The tokens are not kept.
struct ParsedFile: Sendable {
  let source: SourceFile
  let compiled: CompiledFile
  let syntax: SourceFileSyntax

  init(_ source: SourceFile) {
    self.source = source
    // A plan's thousands of commitments are parsed as they are checked, a chunk at a time.
    let result = Parser.parse(source, deferringBlocksOf: Parser.largeBlockDeclarations)
    compiled = CompiledFile(result, source: source)
    syntax = result.syntax
  }
}

/// What one program has loaded so far.
private struct LoadedProgram: Sendable {
  /// Parsed files in load order.
  var files: [CompiledFile] = []
  /// The files' syntax trees, kept only until they are checked.
  var syntax: [SourceFileSyntax] = []
  /// Each file's id by canonical path, so that each file joins the program once.
  var fileIDs: [String: SourceFileID] = [:]
  var uses: [FileUse] = []
  var diagnostics: [Diagnostic] = []
}

/// Follows `use` depth first, loading each file once per program and reporting cycles as paths.
private struct Loader {
  let compiler: Compiler
  let sources = SourceMap()
  var program = LoadedProgram()
  /// Roots that could not be read, in every program of the run.
  var unreadableRoots: [(path: String, error: SourceReadError)] = []
  /// Every file read in this run, by canonical path: read once, it keeps one id in `sources`, so
  /// what is found in it is the same diagnostic in every program.
  private var read: [String: SourceFile] = [:]
  /// Every file read through a `use` in this run, parsed, by canonical path.
  private var parsedUses: [String: ParsedFile] = [:]
  /// The roots named so far, by canonical path.
  private var named: Set<String> = []
  private var stack: [(canonical: String, display: String)] = []

  init(compiler: Compiler) {
    self.compiler = compiler
  }

  /// The roots with every folder replaced by the files found in it, each marked as found there,
  /// unless it is also named on its own (which makes it a root whatever it declares). A folder
  /// that cannot be walked, or holds no `.ogp` file, is an unreadable root.
  mutating func expand(_ roots: [RootSource]) -> [(entry: RootSource, found: Bool)] {
    let namedFiles = Set(
      roots.compactMap { entry -> String? in
        guard case .file(let path) = entry else { return nil }
        return compiler.provider.canonicalPath(Paths.absolute(path, relativeTo: compiler.workingDirectory))
      })
    return roots.flatMap { entry -> [(entry: RootSource, found: Bool)] in
      guard case .folder(let path, let excluding) = entry else { return [(entry, false)] }
      return walk(path, excluding: excluding.map(Glob.init)).map { file in
        let canonical = compiler.provider.canonicalPath(
          Paths.absolute(file, relativeTo: compiler.workingDirectory))
        return (.file(file), !namedFiles.contains(canonical))
      }
    }
  }

  /// The `.ogp` files below `folder`, as paths that start with it, in byte order of the paths.
  private mutating func walk(_ folder: String, excluding: [Glob]) -> [String] {
    let absolute = Paths.absolute(folder, relativeTo: compiler.workingDirectory)
    if let refusal = compiler.root.refusal(
      ofNamed: absolute, canonical: compiler.provider.canonicalPath(absolute))
    {
      unreadableRoots.append((folder, refusal))
      return []
    }
    let failures = unreadableRoots.count
    let separator = folder.hasSuffix("/") ? "" : "/"
    var found: [String] = []
    // Paths below `folder`; a stack, not recursion, as a hostile tree may be deep.
    var pending = [""]
    while let relative = pending.popLast() {
      let shown = relative.isEmpty ? folder : folder + separator + relative
      switch compiler.provider.listing(relative.isEmpty ? absolute : absolute + "/" + relative) {
      case .failure(let error):
        unreadableRoots.append((shown, error))
      case .success(let listing):
        let prefix = relative.isEmpty ? "" : relative + "/"
        for name in listing.files where name.hasSuffix(".ogp") {
          let path = prefix + name
          if !excluding.contains(where: { $0.matches(path) || $0.matches(name) }) { found.append(path) }
        }
        // Hidden folders (.git, .build) hold no plans of the project.
        pending += listing.folders.filter { !$0.hasPrefix(".") }.map { prefix + $0 }
      }
    }
    if found.isEmpty && unreadableRoots.count == failures { unreadableRoots.append((folder, .noSourceFiles)) }
    return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { folder + separator + $0 }
  }

  /// Hands over the program loaded so far and starts an empty one.
  mutating func takeProgram() -> LoadedProgram {
    defer { program = LoadedProgram() }
    return program
  }

  /// The root's file, read now or earlier in this run; nil when there is nothing to compile: it
  /// cannot be read (an unreadable root) or was named before.
  mutating func readRoot(_ entry: RootSource) -> (file: SourceFile, absolute: String, canonical: String)? {
    switch entry {
    case .file(let path):
      let absolute = Paths.absolute(path, relativeTo: compiler.workingDirectory)
      let canonical = compiler.provider.canonicalPath(absolute)
      if let refusal = compiler.root.refusal(ofNamed: absolute, canonical: canonical) {
        unreadableRoots.append((path, refusal))
        return nil
      }
      guard named.insert(canonical).inserted else { return nil }
      // The resolved path, which was checked, is the one read.
      switch source(canonical: canonical, absolute: absolute, refusingBinary: false) {
      case .success(let file): return (file, absolute, canonical)
      case .failure(let error):
        unreadableRoots.append((path, error))
        return nil
      }
    case .folder:
      // `expand` has replaced every folder with its files.
      return nil
    case .bytes(let bytes, let name, let directory, let firstLine):
      let absolute = Paths.absolute(
        name, relativeTo: Paths.absolute(directory, relativeTo: compiler.workingDirectory))
      return (sources.add(path: name, bytes: bytes, firstLine: firstLine), absolute, absolute)
    }
  }

  /// The file at `canonical`, read now or earlier in this run. A `use` refuses bytes that are not
  /// text; a root, which the user named, is read whatever it holds.
  private mutating func source(
    canonical: String, absolute: String, refusingBinary: Bool
  ) -> Result<SourceFile, SourceReadError> {
    if let file = read[canonical] {
      return refusingBinary && SourceBytes.looksBinary(file.bytes) ? .failure(.binary) : .success(file)
    }
    switch compiler.provider.read(canonical) {
    case .success(let bytes) where refusingBinary && SourceBytes.looksBinary(bytes):
      return .failure(.binary)
    case .success(let bytes):
      let file = sources.add(path: compiler.displayPath(absolute), bytes: bytes)
      read[canonical] = file
      return .success(file)
    case .failure(let error):
      return .failure(error)
    }
  }

  /// Adds a root, parsed, to the program, then what it uses.
  mutating func load(_ root: (file: SourceFile, absolute: String, canonical: String), parsed: ParsedFile) {
    load(parsed, absolute: root.absolute, canonical: root.canonical)
  }

  /// Adds `parsed` to the program, then what it uses, depth first. A used file is parsed once in
  /// the run: programs only read a syntax tree, so they share it.
  private mutating func load(_ parsed: ParsedFile, absolute: String, canonical: String) {
    program.files.append(parsed.compiled)
    program.syntax.append(parsed.syntax)
    program.fileIDs[canonical] = parsed.compiled.file
    stack.append((canonical, sources[parsed.compiled.file].path))
    defer { stack.removeLast() }
    let directory = Paths.directory(of: absolute)
    for use in parsed.syntax.uses {
      guard let literal = use.path else { continue }
      let target = Paths.absolute(literal.value, relativeTo: directory)
      let targetCanonical = compiler.provider.canonicalPath(target)
      let refusal = compiler.root.refusal(ofInput: target, canonical: targetCanonical)
      // Decided from the path alone: nothing outside the root is read, nor said to exist.
      if let refusal, refusal == .outsideRoot || refusal == .linkOutOfRoot {
        program.diagnostics.append(useFailure(refusal, literal: literal, target: target))
        continue
      }
      // A file already in the program (a cycle's too) is where the `use` leads, read or not again.
      if let file = program.fileIDs[targetCanonical] {
        program.uses.append(FileUse(path: literal.span, file: file))
      }
      if let index = stack.firstIndex(where: { $0.canonical == targetCanonical }) {
        let cycle = stack[index...].map(\.display) + [stack[index].display]
        program.diagnostics.append(LoadMessage.cycle(cycle).diagnostic(at: literal.span))
        continue
      }
      if program.fileIDs[targetCanonical] != nil { continue }
      if let unreadable = compiler.provider.refusal(targetCanonical) {
        program.diagnostics.append(useFailure(unreadable, literal: literal, target: target))
        continue
      }
      // After the checks above, so that a missing file or a folder keeps its own code.
      if let refusal {
        program.diagnostics.append(useFailure(refusal, literal: literal, target: target))
        continue
      }
      switch source(canonical: targetCanonical, absolute: target, refusingBinary: true) {
      case .success(let file):
        program.uses.append(FileUse(path: literal.span, file: file.id))
        let parsedUse =
          parsedUses[targetCanonical] ?? compiler.parseCache?.parsed(file, canonical: targetCanonical)
          ?? ParsedFile(file)
        parsedUses[targetCanonical] = parsedUse
        load(parsedUse, absolute: target, canonical: targetCanonical)
      case .failure(let error):
        program.diagnostics.append(useFailure(error, literal: literal, target: target))
      }
    }
  }

  private func useFailure(_ error: SourceReadError, literal: StringLiteral, target: String) -> Diagnostic {
    let path = literal.value
    let message: LoadMessage =
      switch error {
      case .notFound: .missing(path: path, shown: compiler.displayPath(target))
      case .isDirectory, .noSourceFiles: .directory(path: path)
      case .notRegularFile: .notRegularFile(path: path, error)
      case .outsideRoot, .linkOutOfRoot:
        .outsideRoot(path: path, throughLink: error == .linkOutOfRoot, root: compiler.root.path)
      case .notSourceFile, .linkToOtherFile: .notSource(path: path, throughLink: error == .linkToOtherFile)
      case .binary: .binary(path: path)
      case .tooLarge, .unreadable: .unreadable(path: path, error)
      }
    guard error == .notFound || error == .notSourceFile,
      let neighbours = UseNeighbours(
        written: path, target: target, provider: compiler.provider, root: compiler.root)
    else { return message.diagnostic(at: literal.span) }
    // The fix-it rewrites the string only when it was written without escapes, as it will be.
    let writtenPlainly =
      !literal.isMultiline && sources[literal.span.file].text(of: literal.span) == "\"\(path)\""
    return LoadMessage.withNeighbours(
      message, neighbours.paths, isCertain: neighbours.isCertain && writtenPlainly
    ).diagnostic(at: literal.span)
  }
}
