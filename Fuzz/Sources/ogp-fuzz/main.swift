import CFuzzerDriver

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The entry point hands control to libFuzzer's driver, which parses its own flags (-runs,
// -max_total_time, -dict, corpus directories …) and calls `fuzzOneInput` for each input. Any
// property that fails stops the process with a message; libFuzzer reports it as a crash and
// saves the input as crash-<sha1>.

/// One input, checked by `FrontEndOracle`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = FrontEndOracle.check(bytes) {
    fatalError("ogp-fuzz: \(failure)")
  }
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
