"""End-to-end tests of `ogp lsp`: a real client (pytest-lsp) drives the built binary over stdio.

The server is `$OGP_BINARY` (default `.build/debug/ogp`) with the argument `lsp`; it is never
built here. `scripts/check-language-server` sets things up and runs the suite.

Fixtures:
- `project`: a tmp folder holding a copy of the strategy, the standards file it uses and a plan
  that uses it, in their `examples/` layout so the relative `use` paths work
  (`plans/arcadia-2024.ogp`, `strategy/ogp-2023-2028.ogp`, `standards/ogp-standards.ogp`).
- `session`: a server initialized with `project` as its workspace folder (UTF-16 positions, the
  protocol's default), shut down cleanly after the test. `session.client` is the pytest-lsp
  `LanguageClient` for requests (`await session.client.text_document_hover_async(...)`).
- `raw_server`: a `RawServer` that frames bytes itself, for what a well-behaved client cannot send
  (malformed JSON-RPC, lone surrogates, exit codes).

To test a capability, add `test_<capability>.py` next to this file:

    async def test_hover_on_an_actor(session):
        uri = session.open("plans/arcadia-2024.ogp")
        await session.wait_for_diagnostics(uri)
        hover = await session.client.text_document_hover_async(
            types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri),
                              position=types.Position(line=11, character=8)))
        assert "Secretaría" in hover.contents.value

Tests are `async def` (asyncio mode is auto, see pytest.ini). Every wait is bounded by `TIMEOUT`.
"""

from __future__ import annotations

import asyncio
import json
import os
import pathlib
import queue
import shutil
import subprocess
import threading
from collections import defaultdict

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

REPOSITORY = pathlib.Path(__file__).resolve().parents[3]
BINARY = str(pathlib.Path(os.environ.get("OGP_BINARY", REPOSITORY / ".build/debug/ogp")).resolve())
# Generous: a debug build on a slow, busy 2-core machine must not make the suite flaky.
TIMEOUT = float(os.environ.get("OGP_LSP_TIMEOUT", "30"))
PROJECT_FILES = [
    "plans/arcadia-2024.ogp",
    "strategy/ogp-2023-2028.ogp",
    "standards/ogp-standards.ogp",
]


@pytest.fixture
def project(tmp_path: pathlib.Path) -> pathlib.Path:
    for relative in PROJECT_FILES:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPOSITORY / "examples" / relative, tmp_path / relative)
    return tmp_path


def make_client() -> LanguageClient:
    """pytest-lsp's client, which also keeps every publishDiagnostics in order, per URI."""
    client = LanguageClient(converter_factory=pytest_lsp.client.default_converter)
    client.published = defaultdict(list)

    def publish_diagnostics(client: LanguageClient, params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        client.published[params.uri].append(params)

    register_lsp_features(
        client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish_diagnostics}
    )
    return client


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"], client_factory=make_client))
async def client(lsp_client: LanguageClient):
    """A started server, not yet initialized: for tests of `initialize` itself."""
    yield


async def initialize(
    client: LanguageClient, root: pathlib.Path, position_encodings: list[str] | None = None
) -> types.InitializeResult:
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind(e) for e in position_encodings]
        )
        if position_encodings
        else None
    )
    return await asyncio.wait_for(
        client.initialize_session(
            types.InitializeParams(
                capabilities=capabilities,
                root_uri=root.as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
            )
        ),
        TIMEOUT,
    )


class Session:
    """An initialized server and the documents sent to it. Sending is synchronous; waiting for
    what the server publishes is not, so a test may send many changes and then wait once."""

    def __init__(self, client: LanguageClient, root: pathlib.Path, result: types.InitializeResult):
        self.client = client
        self.root = root
        self.result = result
        self.versions: dict[str, int] = {}
        # How many publishDiagnostics each URI is owed: one per open, change and close.
        self.owed: dict[str, int] = defaultdict(int)

    def uri(self, path: str) -> str:
        """The URI of a path relative to the project (or a URI, as it is)."""
        return path if ":" in path.split("/")[0] else (self.root / path).as_uri()

    def open(self, path: str, text: str | None = None) -> str:
        """Opens a document, with its file's contents unless `text` is given; returns its URI."""
        uri = self.uri(path)
        if text is None:
            text = (self.root / path).read_text(encoding="utf-8")
        self.versions[uri] = 1
        self.owed[uri] += 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="ogp", version=1, text=text)
            )
        )
        return uri

    def change(self, uri: str, text: str, range: types.Range | None = None) -> None:
        """Replaces `range` (in the negotiated encoding) with `text`, or the whole document."""
        self.versions[uri] = self.versions.get(uri, 0) + 1
        self.owed[uri] += 1
        event = (
            types.TextDocumentContentChangePartial(range=range, text=text)
            if range
            else types.TextDocumentContentChangeWholeDocument(text=text)
        )
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=[event],
            )
        )

    def close(self, uri: str) -> None:
        self.owed[uri] += 1
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )

    async def wait_for_diagnostics(self, uri: str) -> types.PublishDiagnosticsParams:
        """The latest publishDiagnostics for `uri` once every one it is owed has arrived."""
        published = self.client.published[uri]

        async def arrived():
            while len(published) < self.owed[uri]:
                await asyncio.sleep(0.005)

        await asyncio.wait_for(arrived(), TIMEOUT)
        return published[-1]

    async def diagnostics(self, uri: str) -> list[types.Diagnostic]:
        return list((await self.wait_for_diagnostics(uri)).diagnostics)

    async def alive(self) -> None:
        """Fails unless the server still answers a request (an unknown one: MethodNotFound)."""
        with pytest.raises(Exception) as error:
            await asyncio.wait_for(self.client.protocol.send_request_async("ogp/alive", None), TIMEOUT)
        assert getattr(error.value, "code", None) == -32601, error.value


@pytest.fixture
async def session(client: LanguageClient, project: pathlib.Path):
    result = await initialize(client, project)
    yield Session(client, project, result)
    await asyncio.wait_for(client.shutdown_session(), TIMEOUT)
    assert client._server.returncode == 0


class RawServer:
    """`ogp lsp` driven byte by byte: frames what it is given, and parses what it answers."""

    def __init__(self, root: pathlib.Path):
        self.root = root
        self.process = subprocess.Popen(
            [BINARY, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=root
        )
        self.messages: queue.Queue[dict] = queue.Queue()
        self.notifications: list[dict] = []
        self.next_id = 0
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while (line := stream.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if line == b"" or length is None:
                return
            self.messages.put(json.loads(stream.read(length)))

    def send_bytes(self, data: bytes) -> None:
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send_body(self, body: bytes) -> None:
        self.send_bytes(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def send(self, message: dict) -> None:
        """Sends a message; `json.dumps` escapes what is not ASCII, lone surrogates included."""
        self.send_body(json.dumps({"jsonrpc": "2.0", **message}).encode())

    def notify(self, method: str, params=None) -> None:
        self.send({"method": method, **({"params": params} if params is not None else {})})

    def request(self, method: str, params=None) -> int:
        self.next_id += 1
        self.send(
            {"id": self.next_id, "method": method, **({"params": params} if params is not None else {})}
        )
        return self.next_id

    def receive(self) -> dict:
        """The next message; a notification is also kept in `notifications`."""
        message = self.messages.get(timeout=TIMEOUT)
        if "id" not in message:
            self.notifications.append(message)
        return message

    def response(self, id=None) -> dict:
        """The next response (to request `id` if given), skipping notifications."""
        while True:
            message = self.receive()
            if "method" not in message and (id is None or message.get("id") == id):
                return message

    def call(self, method: str, params=None) -> dict:
        return self.response(self.request(method, params))

    def initialize(self) -> dict:
        result = self.call(
            "initialize", {"processId": None, "rootUri": self.root.as_uri(), "capabilities": {}}
        )
        self.notify("initialized", {})
        return result

    def diagnostics(self, uri: str) -> dict:
        """The params of the next publishDiagnostics for `uri`."""
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]

    def assert_alive(self) -> None:
        assert self.call("ogp/alive")["error"]["code"] == -32601

    def exit_code(self) -> int:
        """The exit status, once everything the server wrote has been read."""
        code = self.process.wait(timeout=TIMEOUT)
        self.reader.join(timeout=TIMEOUT)
        return code

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            stream.close()


@pytest.fixture
def raw_server(project: pathlib.Path):
    server = RawServer(project)
    yield server
    server.stop()
