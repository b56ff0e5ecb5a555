"""Formatting: `ogp fmt`'s layout as text edits, refused on a document with syntax errors."""

import subprocess

import pytest
from lsprotocol import types

from conftest import BINARY, TIMEOUT
from navigation import PLAN

OPTIONS = types.FormattingOptions(tab_size=2, insert_spaces=True)


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """Applies edits given in UTF-16 positions (the session's encoding) to `text`."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[: position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
        return before + len(units)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


def ogp_fmt(text: str, cwd) -> str:
    return subprocess.run(
        [BINARY, "fmt", "-"], input=text.encode(), capture_output=True, check=True, timeout=TIMEOUT, cwd=cwd
    ).stdout.decode()


async def format(session, uri):
    return await session.client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=uri), options=OPTIONS)
    )


async def test_a_badly_laid_out_buffer_becomes_what_ogp_fmt_writes(session):
    messy = (session.root / PLAN).read_text(encoding="utf-8").replace(
        '  commitment c01 "Open contracting', '  commitment   c01\t"Open contracting'
    ).replace("    lead      finance", "lead finance    // ¿quién? 🌍")
    uri = session.open(PLAN, messy)
    await session.wait_for_diagnostics(uri)
    edits = await format(session, uri)
    assert edits, "a messy layout gets edits"
    formatted = apply(messy, edits)
    assert formatted == ogp_fmt(messy, session.root / "plans")
    assert "// ¿quién? 🌍\n" in formatted, "the comment is kept"
    # Formatting what is formatted changes nothing.
    session.change(uri, formatted)
    await session.wait_for_diagnostics(uri)
    assert list(await format(session, uri)) == []


async def test_a_document_with_syntax_errors_is_not_formatted(session):
    uri = session.open("plans/broken.ogp", 'plan p "P" {\n  commitment c1 "C" {\n    lead\n  }\n')
    await session.wait_for_diagnostics(uri)
    with pytest.raises(Exception) as refused:
        await format(session, uri)
    assert getattr(refused.value, "code", None) == -32803, refused.value
    assert "syntax" in str(refused.value).lower() or "error" in str(refused.value).lower()
    await session.alive()


async def test_a_document_not_open_is_not_formatted(session):
    assert await format(session, session.uri("plans/none.ogp")) is None
