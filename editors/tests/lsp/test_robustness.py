"""Robustness (issue 16, item 3): whatever a client sends, the server answers or ignores it as
the protocol says, and a later request still gets its answer. These tests frame bytes themselves
(`RawServer`): a well-behaved client cannot send most of this."""

import random
import string

import pytest

PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND = -32700, -32600, -32601
SERVER_NOT_INITIALIZED, REQUEST_CANCELLED = -32002, -32800


def error_code(response: dict) -> int | None:
    return response.get("error", {}).get("code")


def open_document(server, uri: str, text: str, version: int = 1) -> None:
    server.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "ogp", "version": version, "text": text}},
    )


def replace_document(server, uri: str, text: str, version: int) -> None:
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
    )


@pytest.mark.parametrize(
    "frame",
    [
        pytest.param(b"Content-Length: 8\r\n\r\nnot json", id="a body that is not JSON"),
        pytest.param(b'Content-Length: 11\r\n\r\n{"id": 1, "', id="a truncated JSON body"),
        pytest.param(b"Content-Length: twelve\r\n\r\n", id="a Content-Length that is not a number"),
        pytest.param(b"Content-Length: -5\r\n\r\n", id="a negative Content-Length"),
        pytest.param(b"Content-Type: application/json\r\n\r\n", id="no Content-Length"),
        pytest.param(b"Content-Length 5\r\n\r\n", id="a header line without a colon"),
        pytest.param(b"Content-Length: 2\r\nContent-Length: 2\r\n\r\n", id="two Content-Length headers"),
        pytest.param(b"X-Long: " + b"x" * 20000 + b"\r\n\r\n", id="a header block too long to hold"),
    ],
)
def test_a_malformed_frame_gets_a_parse_error_and_the_next_message_is_read(raw_server, frame):
    raw_server.initialize()
    raw_server.send_bytes(frame)
    response = raw_server.response()
    assert error_code(response) == PARSE_ERROR and response["id"] is None
    raw_server.assert_alive()


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"42", id="a number"),
        pytest.param(b"[1, 2]", id="an array"),
        pytest.param(b'{"jsonrpc": "2.0"}', id="no method, result or error"),
        pytest.param(b'{"jsonrpc": "2.0", "id": 7}', id="an id alone"),
        pytest.param(b'{"jsonrpc": "2.0", "id": 7, "method": 5}', id="a method that is not a string"),
        pytest.param(b'{"jsonrpc": "1.0", "id": 7, "method": "shutdown"}', id="not JSON-RPC 2.0"),
        pytest.param(
            b'{"jsonrpc": "2.0", "id": {"a": 1}, "method": "shutdown"}', id="an id that is an object"
        ),
    ],
)
def test_json_that_is_not_a_message_is_an_invalid_request(raw_server, body):
    raw_server.initialize()
    raw_server.send_body(body)
    response = raw_server.response()
    assert error_code(response) == INVALID_REQUEST
    # The id is repeated when it can be read, else null.
    assert response["id"] in (7, None)
    raw_server.assert_alive()


def test_a_body_with_invalid_utf8_is_refused_or_read_and_the_server_goes_on(raw_server):
    raw_server.initialize()
    uri = (raw_server.root / "plans/junk.ogp").as_uri()
    raw_server.send_body(
        b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "'
        + uri.encode()
        + b'", "languageId": "ogp", "version": 1, "text": "actor \xff\xfe \xc3"}}}'
    )
    message = raw_server.receive()
    if "method" in message:
        assert message["params"]["uri"] == uri
    else:
        assert error_code(message) == PARSE_ERROR
    raw_server.assert_alive()


def test_unknown_requests_are_method_not_found_and_unknown_notifications_ignored(raw_server):
    raw_server.initialize()
    response = raw_server.call("ogp/unknown", {"x": 1})
    assert error_code(response) == METHOD_NOT_FOUND
    raw_server.notify("ogp/unknown", {"x": 1})
    raw_server.notify("$/setTrace", {"value": "verbose"})
    # Nothing answers the notifications: the next message is the next request's answer.
    identifier = raw_server.request("ogp/unknown")
    assert raw_server.receive()["id"] == identifier


def test_changes_and_closes_of_a_document_never_opened_are_ignored(raw_server):
    raw_server.initialize()
    uri = (raw_server.root / "plans/never-opened.ogp").as_uri()
    raw_server.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [
                {
                    "range": {"start": {"line": 5, "character": 3}, "end": {"line": 9, "character": 0}},
                    "text": "x",
                }
            ],
        },
    )
    raw_server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    raw_server.notify("textDocument/didChange", {"textDocument": {"uri": uri}})  # params incomplete
    raw_server.notify("textDocument/didOpen", {"textDocument": {"uri": 5}})  # params of the wrong type
    identifier = raw_server.request("ogp/unknown")
    assert raw_server.receive()["id"] == identifier


def test_a_change_outside_the_document_is_applied_clamped_or_ignored(raw_server):
    raw_server.initialize()
    uri = (raw_server.root / "plans/small.ogp").as_uri()
    open_document(raw_server, uri, 'actor a government "A"\n')
    raw_server.diagnostics(uri)
    raw_server.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [
                {
                    "range": {"start": {"line": 900, "character": 0}, "end": {"line": 2, "character": 99}},
                    "text": "é",
                },
                {
                    "range": {"start": {"line": -1, "character": -7}, "end": {"line": 0, "character": 2**40}},
                    "text": "",
                },
            ],
        },
    )
    raw_server.assert_alive()


def test_cancelling_is_answered_or_ignored_as_the_protocol_allows(raw_server):
    raw_server.initialize()
    raw_server.notify("$/cancelRequest", {"id": 12345})
    raw_server.notify("$/cancelRequest", {"id": "not a request"})
    raw_server.notify("$/cancelRequest", {})
    # A request cancelled as soon as it is sent: answered normally, or with RequestCancelled
    # (or MethodNotFound while the server has no document symbols).
    uri = (raw_server.root / "plans/arcadia-2024.ogp").as_uri()
    open_document(raw_server, uri, (raw_server.root / "plans/arcadia-2024.ogp").read_text())
    raw_server.diagnostics(uri)
    identifier = raw_server.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
    raw_server.notify("$/cancelRequest", {"id": identifier})
    response = raw_server.receive()
    assert response["id"] == identifier
    assert "result" in response or error_code(response) in (REQUEST_CANCELLED, METHOD_NOT_FOUND)
    # Cancelling a request already answered changes nothing.
    raw_server.notify("$/cancelRequest", {"id": identifier})
    raw_server.assert_alive()


def junk() -> dict[str, str]:
    generator = random.Random(16)
    return {
        "NUL bytes": 'actor a\0government \0\0"\0"' + "\0" * 1000,
        "control characters": "".join(chr(c) for c in range(32)) * 50 + "\x7f\x85\u2028\u2029\ufeff\ufffe",
        "lone surrogates": 'actor \ud800 government "\udfff" \udbff\udc00',
        "a megabyte of printable text": "".join(generator.choices(string.printable, k=1 << 20)),
        "deep nesting": 'plan p "P" {' * 10000,
        "one long line of braces": "}" * 100000,
    }


@pytest.mark.parametrize("name", list(junk()))
def test_a_document_replaced_by_junk_gets_diagnostics_and_the_server_goes_on(raw_server, name):
    raw_server.initialize()
    uri = (raw_server.root / "plans/arcadia-2024.ogp").as_uri()
    open_document(raw_server, uri, (raw_server.root / "plans/arcadia-2024.ogp").read_text())
    raw_server.diagnostics(uri)
    replace_document(raw_server, uri, junk()[name], version=2)
    message = raw_server.receive()
    if "method" in message:
        assert message["params"]["uri"] == uri and message["params"]["version"] == 2
        assert len(message["params"]["diagnostics"]) <= 1000
    else:
        # JSON may escape a lone surrogate, which is no Unicode text: refused as unreadable.
        assert name == "lone surrogates" and error_code(message) == PARSE_ERROR
    # Back to the plan: it is checked as before.
    replace_document(raw_server, uri, (raw_server.root / "plans/arcadia-2024.ogp").read_text(), version=3)
    assert raw_server.diagnostics(uri)["version"] == 3
    raw_server.assert_alive()


def test_requests_before_initialize_are_refused_and_notifications_dropped(raw_server):
    assert error_code(raw_server.call("ogp/unknown")) == SERVER_NOT_INITIALIZED
    open_document(raw_server, (raw_server.root / "plans/early.ogp").as_uri(), "}")
    assert "result" in raw_server.initialize()  # nothing was published before its answer


def test_exit_without_shutdown_exits_1(raw_server):
    raw_server.initialize()
    raw_server.notify("exit")
    assert raw_server.exit_code() == 1


def test_exit_before_initialize_exits_1(raw_server):
    raw_server.notify("exit")
    assert raw_server.exit_code() == 1


def test_shutdown_then_exit_exits_0_and_what_comes_between_is_refused_or_dropped(raw_server):
    raw_server.initialize()
    assert raw_server.call("shutdown") == {"jsonrpc": "2.0", "id": 2, "result": None}
    assert error_code(raw_server.call("ogp/unknown")) == INVALID_REQUEST
    assert error_code(raw_server.call("shutdown")) == INVALID_REQUEST
    assert error_code(raw_server.call("initialize", {"capabilities": {}})) == INVALID_REQUEST
    uri = (raw_server.root / "plans/late.ogp").as_uri()
    open_document(raw_server, uri, "}")
    raw_server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    raw_server.notify("ogp/unknown")
    # Notifications after shutdown are dropped: nothing was published before this answer.
    identifier = raw_server.request("ogp/unknown")
    assert raw_server.receive()["id"] == identifier
    raw_server.notify("exit")
    assert raw_server.exit_code() == 0
    assert raw_server.notifications == []


def test_nothing_is_read_after_exit(raw_server):
    raw_server.initialize()
    raw_server.send_bytes(
        b'Content-Length: 33\r\n\r\n{"jsonrpc":"2.0","method":"exit"}'
        b'Content-Length: 46\r\n\r\n{"jsonrpc":"2.0","id":9,"method":"ogp/unknown"}'
    )
    assert raw_server.exit_code() == 1
    assert raw_server.messages.empty()


@pytest.mark.parametrize("shut_down, code", [(False, 1), (True, 0)])
def test_closing_the_stream_without_exit(raw_server, shut_down, code):
    raw_server.initialize()
    if shut_down:
        raw_server.call("shutdown")
    raw_server.process.stdin.close()
    assert raw_server.exit_code() == code
