"""Positions with accented text and a character outside the BMP, in UTF-16 and in UTF-8."""

import pytest
from lsprotocol import types

from conftest import Session, initialize

# An accented title with an emoji (two UTF-16 code units, four UTF-8 bytes) before a wrong value
# on the same line: its range counts what precedes it in the negotiated encoding.
PREFIX = 'actor finance government "Ministère de l’Économie 😀" { branch '
TEXT = PREFIX + "executivo; level national }\n"


def width(text: str, encoding: str) -> int:
    return len(text.encode("utf-16-le")) // 2 if encoding == "utf-16" else len(text.encode("utf-8"))


def on_line_0(start: int, end: int) -> types.Range:
    return types.Range(
        start=types.Position(line=0, character=start), end=types.Position(line=0, character=end)
    )


def wrong_values(diagnostics) -> list[tuple[int, int, int]]:
    return [
        (d.range.start.line, d.range.start.character, d.range.end.character)
        for d in diagnostics
        if d.code == "E0305"
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8"])
async def test_ranges_count_in_the_negotiated_encoding(client, project, encoding):
    result = await initialize(client, project, [encoding])
    assert result.capabilities.position_encoding == encoding
    session = Session(client, project, result)
    uri = session.open("plans/positions.ogp", TEXT)
    start = width(PREFIX, encoding)
    end = start + len("executivo")
    assert wrong_values(await session.diagnostics(uri)) == [(0, start, end)]
    # The same counts locate an edit: the value corrected, the error is gone.
    session.change(uri, "executive", on_line_0(start, end))
    assert wrong_values(await session.diagnostics(uri)) == []
    # An accented letter inserted right after the emoji moves the value by its width.
    after_emoji = width('actor finance government "Ministère de l’Économie 😀', encoding)
    session.change(uri, "é", on_line_0(after_emoji, after_emoji))
    await session.diagnostics(uri)
    start += width("é", encoding)
    session.change(uri, "executivo", on_line_0(start, start + len("executive")))
    assert wrong_values(await session.diagnostics(uri)) == [(0, start, start + len("executivo"))]
    await client.shutdown_session()
    assert client._server.returncode == 0
