import CFuzzerDriver
import OGPFuzzing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Feeds libFuzzer's inputs as `ogp-lint.toml`, parsed and, when accepted, used to lint a fixed
// program, checked by `ConfigurationOracle`; see ogp-fuzz/main.swift for why the entry point
// calls libFuzzer's driver.

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = ConfigurationOracle.check(bytes) {
    fatalError("ogp-fuzz-config: \(failure)")
  }
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
