// swift-tools-version: 6.1
// The benchmark lives in its own package so that CI, which builds the main package, never builds
// it. Run it from here: `swift run -c release ogp-benchmark` (see README.md).
import PackageDescription

let package = Package(
  name: "ogp-benchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "ogp", path: ".."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    // Times each phase of check and lint on generated plans, in a child process per size, and
    // writes the corpus (plan, faulty variant, their JSON and the faults' manifest).
    .executableTarget(
      name: "ogp-benchmark",
      dependencies: [
        .product(name: "OGPDiagnostics", package: "ogp"),
        .product(name: "OGPGenerator", package: "ogp"),
        .product(name: "OGPLanguage", package: "ogp"),
        .product(name: "OGPModel", package: "ogp"),
        .product(name: "OGPRepl", package: "ogp"),
        .product(name: "OGPRules", package: "ogp"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    )
  ]
)
