import Foundation
import Testing

/// `ogp lsp` as an editor runs it: framed JSON-RPC on standard input, framed answers on standard
/// output, and nothing else there.
struct LanguageServerCommandTests {
  private static func frame(_ json: String) -> String {
    "Content-Length: \(json.utf8.count)\r\n\r\n" + json
  }

  /// The bodies of the framed messages in `output`, read independently of the server's reader.
  private static func bodies(_ output: String) -> [[String: Any]] {
    var bytes = Array(output.utf8)[...]
    var result: [[String: Any]] = []
    let prefix = Array("Content-Length: ".utf8)
    while bytes.starts(with: prefix) {
      bytes = bytes.dropFirst(prefix.count)
      let digits = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
      guard let length = Int(String(decoding: digits, as: UTF8.self)) else { break }
      bytes = bytes.dropFirst(digits.count)
      guard bytes.starts(with: Array("\r\n\r\n".utf8)), bytes.count >= 4 + length else { break }
      let body = Data(bytes.dropFirst(4).prefix(length))
      bytes = bytes.dropFirst(4 + length)
      guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { break }
      result.append(object)
    }
    #expect(bytes.isEmpty, "standard output holds more than framed messages")
    return result
  }

  @Test func aSessionOverStandardStreamsPublishesDiagnosticsAndExitsZero() throws {
    let uri = "file:///tmp/ogp-lsp-session/economy.ogp"
    let text = #"actor finance government \"Economía 🌍\" governmnt\n"#
    let input = [
      #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}"#,
      #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
      #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"ogp","version":1,"text":"\#(text)"}}}"#,
      #"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":0,"character":8}}}"#,
      #"{"jsonrpc":"2.0","id":4,"method":"textDocument/moniker","params":{}}"#,
      #"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#,
      #"{"jsonrpc":"2.0","method":"exit"}"#,
    ].map(Self.frame).joined()
    let result = try OGPProcess.run(["lsp"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    let messages = Self.bodies(result.standardOutput)
    #expect(messages.count == 5)
    let initialize = messages.first { $0["id"] as? Int == 1 }
    let capabilities = (initialize?["result"] as? [String: Any])?["capabilities"] as? [String: Any]
    #expect(capabilities?["positionEncoding"] as? String == "utf-16")

    let published = messages.first { $0["method"] as? String == "textDocument/publishDiagnostics" }
    let params = published?["params"] as? [String: Any]
    #expect(params?["uri"] as? String == uri)
    let diagnostics = params?["diagnostics"] as? [[String: Any]]
    #expect(diagnostics?.count == 1)
    #expect(diagnostics?.first?["code"] as? String == "E0112")
    let start = ((diagnostics?.first?["range"] as? [String: Any])?["start"] as? [String: Any])
    #expect(start?["line"] as? Int == 0)
    #expect(start?["character"] as? Int == 39)

    let hover = (messages.first { $0["id"] as? Int == 2 }?["result"] as? [String: Any])?["contents"]
    #expect(((hover as? [String: Any])?["value"] as? String)?.hasPrefix("**actor** `finance`") == true)
    let unknown = messages.first { $0["id"] as? Int == 4 }
    #expect((unknown?["error"] as? [String: Any])?["code"] as? Int == -32601)
    let shutdown = messages.first { $0["id"] as? Int == 3 }
    #expect(shutdown?.keys.contains("result") == true)
  }

  @Test func inputThatEndsWithoutShutdownExitsOne() throws {
    let input = Self.frame(
      #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
    let result = try OGPProcess.run(["lsp"], input: Data(input.utf8))
    #expect(result.status == 1)
    #expect(Self.bodies(result.standardOutput).count == 1)
  }

  @Test func aRequestBeforeInitializeIsRefusedWithServerNotInitialized() throws {
    let input =
      Self.frame(#"{"jsonrpc":"2.0","id":9,"method":"shutdown"}"#)
      + Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
    let result = try OGPProcess.run(["lsp"], input: Data(input.utf8))
    #expect(result.status == 1)
    let error = Self.bodies(result.standardOutput).first?["error"] as? [String: Any]
    #expect(error?["code"] as? Int == -32002)
  }
}
