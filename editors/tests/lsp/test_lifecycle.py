"""initialize: capabilities, server info and the position encoding negotiated."""

import pytest
from lsprotocol import types

from conftest import initialize


async def test_initialize_announces_incremental_sync_and_the_server(client, project):
    result = await initialize(client, project)
    sync = result.capabilities.text_document_sync
    assert sync.open_close is True
    assert sync.change == types.TextDocumentSyncKind.Incremental
    assert result.server_info.name == "ogp"
    assert result.server_info.version
    await client.shutdown_session()
    assert client._server.returncode == 0


async def test_utf16_is_the_default(client, project):
    result = await initialize(client, project)
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
    await client.shutdown_session()


async def test_utf8_is_chosen_when_offered_first(client, project):
    result = await initialize(client, project, ["utf-8", "utf-16"])
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    await client.shutdown_session()


async def test_utf16_when_utf8_is_not_offered(client, project):
    result = await initialize(client, project, ["utf-32", "utf-16"])
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
    await client.shutdown_session()


async def test_a_second_initialize_is_an_invalid_request(session):
    with pytest.raises(Exception) as error:
        await session.client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    assert getattr(error.value, "code", None) == -32600, error.value
    await session.alive()
