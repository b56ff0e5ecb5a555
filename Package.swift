// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "ogp",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "ogp", targets: ["ogp"]),
    .executable(name: "ogp-generate", targets: ["ogp-generate"]),
    .library(name: "OGPModel", targets: ["OGPModel"]),
    .library(name: "OGPLanguage", targets: ["OGPLanguage"]),
    .library(name: "OGPRules", targets: ["OGPRules"]),
    // For the packages in Benchmarks/ and Fuzz/, which CI does not build.
    .library(name: "OGPDiagnostics", targets: ["OGPDiagnostics"]),
    .library(name: "OGPGenerator", targets: ["OGPGenerator"]),
    .library(name: "OGPRepl", targets: ["OGPRepl"]),
    .library(name: "OGPFuzzing", targets: ["OGPFuzzing"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // The shared domain model: plain values, no knowledge of the language; and the coverage
    // matrix, computed from them alone (its text table in the language of the run).
    .target(
      name: "OGPModel", dependencies: ["OGPDiagnostics"], exclude: ["Messages/Catalogue"],
      plugins: ["GenerateMessages"]),
    // Source files, positions and diagnostics: depends on nothing but source bytes.
    .target(name: "OGPDiagnostics", exclude: ["Messages/Catalogue"], plugins: ["GenerateMessages"]),
    // Lexer, parser, syntax tree, checker and lowering into the model; the diagnostic catalogue,
    // compiled in from its Markdown files.
    .target(
      name: "OGPLanguage", dependencies: ["OGPModel", "OGPDiagnostics"],
      exclude: ["Catalogue", "Messages/Catalogue"], plugins: ["GenerateCatalogue", "GenerateMessages"]
    ),
    // Objective-aware lint rules over the model, with suppressions, configuration and baselines.
    // The configuration codes' catalogue files are compiled into OGPLanguage, not this target.
    .target(
      name: "OGPRules", dependencies: ["OGPModel", "OGPLanguage", "OGPDiagnostics"],
      exclude: ["Configuration/Catalogue", "Messages/Catalogue"], plugins: ["GenerateMessages"]
    ),
    // Turns the catalogue's Markdown files into Swift at build time (see its main.swift).
    .executableTarget(name: "ogp-catalogue", dependencies: ["OGPMessageCatalogue"]),
    // The message catalogues, one folder per language: read, checked against each other and
    // turned into Swift at build time by ogp-messages, for every target that has them.
    .target(name: "OGPMessageCatalogue"),
    .executableTarget(name: "ogp-messages", dependencies: ["OGPMessageCatalogue"]),
    .plugin(name: "GenerateMessages", capability: .buildTool(), dependencies: ["ogp-messages"]),
    .plugin(name: "GenerateCatalogue", capability: .buildTool(), dependencies: ["ogp-catalogue"]),
    // The HTML report of a plan: summary, coverage heatmap, timeline, commitments and findings.
    .target(
      name: "OGPReport", dependencies: ["OGPModel", "OGPDiagnostics"], exclude: ["Messages/Catalogue"],
      plugins: ["GenerateMessages"]),
    // The REPL's engine: a session of files and inputs, re-checked after each; no terminal in it.
    .target(
      name: "OGPRepl",
      dependencies: ["OGPLanguage", "OGPRules", "OGPModel", "OGPDiagnostics", "OGPInterchange"],
      exclude: ["Messages/Catalogue"], plugins: ["GenerateMessages"]
    ),
    // Deterministic generator of large plans, for tests and benchmarks.
    .target(name: "OGPGenerator"),
    // The model exported as JSON, YAML, CSV and Markdown, and its JSON form read back strictly
    // (with where it differs from a program) for `ogp import`.
    .target(
      name: "OGPInterchange",
      dependencies: ["OGPModel", "OGPDiagnostics", .product(name: "Yams", package: "Yams")],
      exclude: ["Messages/Catalogue"], plugins: ["GenerateMessages"]
    ),
    // `ogp lsp`'s engine: JSON-RPC framing, the LSP messages it reads and writes, positions in
    // the negotiated encoding, and the server; bytes in, bytes out, no terminal or process.
    .target(
      name: "OGPLanguageServer", dependencies: ["OGPLanguage", "OGPRules", "OGPModel", "OGPDiagnostics"],
      exclude: ["Messages/Catalogue"], plugins: ["GenerateMessages"]),
    // libedit, the line editor `ogp repl` uses on a terminal.
    .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    // What Swift cannot call in libedit (variadic functions), the SIGINT self-pipe and the key reader.
    .target(name: "CLibEditShim", dependencies: ["CLibEdit"]),
    // The terminal line editor: prompt, history file, Tab completion, Ctrl-C and Ctrl-D.
    .target(name: "OGPLineEditor", dependencies: ["CLibEdit", "CLibEditShim"]),
    // <sys/xattr.h>, for the attributes an output file keeps when it is replaced.
    .systemLibrary(name: "CXattr"),
    // What the fuzz targets in Fuzz/ check for an expression or a configuration, over a fixed
    // program; the tests replay their saved corpora with the same oracles.
    .target(
      name: "OGPFuzzing", dependencies: ["OGPLanguage", "OGPRules", "OGPRepl", "OGPModel", "OGPDiagnostics"]),
    // forkpty() and execve() for the tests that drive `ogp repl` in a pseudo-terminal.
    .target(name: "CPty", linkerSettings: [.linkedLibrary("util", .when(platforms: [.linux]))]),
    .executableTarget(
      name: "ogp",
      dependencies: [
        "OGPLanguage", "OGPModel", "OGPDiagnostics", "OGPRules", "OGPReport", "OGPInterchange", "OGPRepl",
        "OGPLanguageServer", "OGPLineEditor", "CXattr",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["Messages/Catalogue"], plugins: ["GenerateMessages"]
    ),
    .executableTarget(
      name: "ogp-generate",
      dependencies: [
        "OGPGenerator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Helpers the test targets share: schema validation through Python, seeded randomness.
    .target(name: "OGPTestSupport", path: "Tests/OGPTestSupport"),
    .testTarget(name: "OGPModelTests", dependencies: ["OGPModel", "OGPTestSupport"]),
    .testTarget(name: "OGPMessageCatalogueTests", dependencies: ["OGPMessageCatalogue"]),
    .testTarget(
      name: "OGPLanguageTests",
      dependencies: ["OGPLanguage", "OGPModel", "OGPDiagnostics", "OGPGenerator", "OGPTestSupport"],
      // The formatter's golden files and the fuzzer's saved inputs, read through #filePath.
      exclude: ["Formatting", "FuzzCorpus"]
    ),
    .testTarget(
      name: "OGPRulesTests",
      dependencies: [
        "OGPRules", "OGPLanguage", "OGPModel", "OGPDiagnostics", "OGPTestSupport", "OGPFuzzing",
      ],
      // The configuration fuzzer's saved inputs, read through #filePath.
      exclude: ["ConfigurationFuzzCorpus"]
    ),
    .testTarget(
      name: "OGPReplTests",
      dependencies: ["OGPRepl", "OGPLanguage", "OGPModel", "OGPDiagnostics", "OGPFuzzing", "OGPTestSupport"],
      // The query fuzzer's saved inputs, read through #filePath.
      exclude: ["QueryFuzzCorpus"]
    ),
    .testTarget(
      name: "OGPReportTests",
      dependencies: ["OGPReport", "OGPRules", "OGPLanguage", "OGPModel", "OGPDiagnostics"]
    ),
    // The schema in Data is read through #filePath, so it is excluded rather than bundled.
    .testTarget(
      name: "OGPDiagnosticsTests", dependencies: ["OGPDiagnostics", "OGPTestSupport"], exclude: ["Data"]
    ),
    // The goldens in Goldens are read through #filePath, so they are excluded rather than bundled.
    .testTarget(
      name: "OGPInterchangeTests",
      dependencies: [
        "OGPInterchange", "OGPLanguage", "OGPModel", "OGPDiagnostics", "OGPGenerator", "OGPTestSupport",
        .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["Goldens"]
    ),
    .testTarget(name: "OGPLineEditorTests", dependencies: ["OGPLineEditor"]),
    // The language server's framing, positions and life cycle, driven without a process.
    .testTarget(
      name: "OGPLanguageServerTests",
      dependencies: [
        "OGPLanguageServer", "OGPLanguage", "OGPModel", "OGPDiagnostics", "OGPRules", "OGPTestSupport",
      ]
    ),
    // Runs the built `ogp` executable, so it depends on it to have it built first.
    .testTarget(
      name: "OGPCLITests",
      dependencies: [
        "ogp", "OGPLanguage", "OGPDiagnostics", "OGPModel", "OGPRepl", "OGPReport", "OGPRules",
        "OGPTestSupport", "CPty", "CXattr",
      ],
      // The REPL's scripted sessions and their transcripts, read through #filePath.
      exclude: ["Sessions"]
    ),
  ]
)
