import OGPLanguageServer
import Testing

/// What the server does with several messages that arrive together, as a client typing fast
/// sends them.
struct BurstTests {
  static func frames(_ messages: [Message]) -> [UInt8] {
    messages.flatMap { MessageReader.frame($0.encoded()) }
  }

  static func change(version: Int, text: String) -> Message {
    .notification(
      Notification(
        method: "textDocument/didChange",
        params: .object([
          "textDocument": .object(["uri": .string(ServerTests.uri), "version": .number(Double(version))]),
          "contentChanges": .array([.object(["text": .string(text)])]),
        ])))
  }

  @Test func editsThatArriveTogetherAreCheckedOnceAfterTheLast() throws {
    var client = ServerTests.Client()
    _ = client.initialize()
    _ = client.open(ServerTests.fixed)
    let answer = client.send(
      bytes: Self.frames([
        Self.change(version: 2, text: ServerTests.broken),
        Self.change(version: 3, text: ServerTests.fixed),
        Self.change(version: 4, text: ServerTests.broken),
      ]))
    let published = try #require(ServerTests.published(answer))
    #expect(published.version == 4)
    #expect(published.diagnostics.map(\.code) == ["E0112"])
  }

  @Test func aRequestSeesTheEditsSentBeforeIt() throws {
    var client = ServerTests.Client()
    _ = client.initialize()
    _ = client.open(ServerTests.fixed)
    let symbols = Message.request(
      Request(
        id: .number(9), method: "textDocument/documentSymbol",
        params: .object(["textDocument": .object(["uri": .string(ServerTests.uri)])])))
    let answer = client.send(
      bytes: Self.frames([Self.change(version: 2, text: "actor treasury government \"T\"\n"), symbols]))
    // The edit's diagnostics come first, then the answer, which names the edited actor.
    #expect(answer.count == 2)
    guard case .response(let response) = answer.last, case .success(let result) = response.outcome else {
      Issue.record("no answer: \(answer)")
      return
    }
    #expect(result.decode([DocumentSymbol].self)?.map(\.name) == ["treasury"])
  }

  @Test func aRequestCancelledInTheSameBurstIsAnsweredRequestCancelled() {
    var client = ServerTests.Client()
    _ = client.initialize()
    _ = client.open(ServerTests.fixed)
    let answer = client.send(
      bytes: Self.frames([
        .request(
          Request(
            id: .string("a"), method: "textDocument/documentSymbol",
            params: .object(["textDocument": .object(["uri": .string(ServerTests.uri)])]))),
        .notification(Notification(method: "$/cancelRequest", params: .object(["id": .string("a")]))),
        // Cancelling a request already answered, or never sent, is ignored.
        .notification(Notification(method: "$/cancelRequest", params: .object(["id": .number(1)]))),
      ]))
    guard answer.count == 1, case .response(let response) = answer[0],
      case .failure(let error) = response.outcome
    else {
      Issue.record("expected one cancelled answer, got \(answer)")
      return
    }
    #expect(response.id == .string("a"))
    #expect(error.code == .requestCancelled)
  }
}
