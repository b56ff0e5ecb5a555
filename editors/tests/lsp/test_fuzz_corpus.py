"""Fuzz-corpus inputs as buffers (issue 16, item 3): opened, then changed once, in one session;
each gets its diagnostics and the server is still alive at the end.

Every fifth input by default, which keeps the suite under a minute with a debug build (each
publication costs ~13 ms there); `OGP_LSP_FUZZ_STRIDE=1` takes every input (~2 minutes)."""

import os

from conftest import REPOSITORY

CORPUS = REPOSITORY / "Tests/OGPLanguageTests/FuzzCorpus"
STRIDE = int(os.environ.get("OGP_LSP_FUZZ_STRIDE", "5"))


def test_fuzz_corpus_inputs_as_buffers(raw_server):
    corpus = sorted(CORPUS.iterdir())
    assert len(corpus) > 1000, f"the fuzz corpus is missing from {CORPUS}"
    inputs = corpus[::STRIDE]
    raw_server.initialize()
    # Invalid UTF-8 cannot travel in JSON: a client sends what its editor decoded, U+FFFD.
    texts = {
        (raw_server.root / "fuzz" / path.name).as_uri(): path.read_bytes().decode("utf-8", "replace")
        for path in inputs
    }
    for uri, text in texts.items():
        raw_server.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "ogp", "version": 1, "text": text}},
        )
    start = {"line": 0, "character": 0}
    for uri in texts:
        raw_server.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": 2},
                "contentChanges": [{"range": {"start": start, "end": start}, "text": "// edited\n"}],
            },
        )
    versions: dict[str, list[int]] = {uri: [] for uri in texts}
    # Each input is owed two publishDiagnostics, in order: for the open and for the change.
    for _ in range(2 * len(texts)):
        message = raw_server.receive()
        assert message.get("method") == "textDocument/publishDiagnostics", message
        versions[message["params"]["uri"]].append(message["params"]["version"])
    assert all(published == [1, 2] for published in versions.values())
    raw_server.assert_alive()
