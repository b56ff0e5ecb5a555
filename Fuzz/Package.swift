// swift-tools-version: 6.1
// A libFuzzer target over the front end: bytes → lexer → parser → checker → formatter. It lives
// in its own package so CI never builds it; see README.md for the command that runs it.
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
  ]
)
