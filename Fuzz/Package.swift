// swift-tools-version: 6.1
// libFuzzer targets: the front end (bytes → lexer → parser → checker → formatter), expressions
// and the lint configuration. They live in their own package so CI never builds them; see
// README.md for the commands that run them.
import PackageDescription

let package = Package(
  name: "ogp-fuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "ogp", path: "..")],
  targets: [
    // Declares libFuzzer's driver, which the executable's entry point calls.
    .target(name: "CFuzzerDriver"),
    .executableTarget(
      name: "ogp-fuzz",
      dependencies: [
        "CFuzzerDriver",
        .product(name: "OGPLanguage", package: "ogp"),
        .product(name: "OGPDiagnostics", package: "ogp"),
        .product(name: "OGPModel", package: "ogp"),
      ]
    ),
    // Expressions (`ogp query`, member rules) and `ogp-lint.toml`, with the oracles the tests share.
    .executableTarget(
      name: "ogp-fuzz-query",
      dependencies: ["CFuzzerDriver", .product(name: "OGPFuzzing", package: "ogp")]
    ),
    .executableTarget(
      name: "ogp-fuzz-config",
      dependencies: ["CFuzzerDriver", .product(name: "OGPFuzzing", package: "ogp")]
    ),
  ]
)
