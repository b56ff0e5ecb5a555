"""Places in the project's files for the navigation tests (hover, definition, references, rename,
workspace symbols): found in the text by Python, counted in UTF-16 as the session negotiates."""

from __future__ import annotations

import pathlib
import re

from lsprotocol import types

PLAN = "plans/arcadia-2024.ogp"
STRATEGY = "strategy/ogp-2023-2028.ogp"


def units(text: str) -> int:
    """The UTF-16 code units of `text`: a character outside the BMP counts two."""
    return len(text.encode("utf-16-le")) // 2


def places(text: str, name: str, in_strings: bool = False) -> list[types.Range]:
    """Every place `name` is written as a name, in order: not a word of a string or a comment,
    unless `in_strings`."""
    found = []
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        line = text.count("\n", 0, match.start())
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()]
        if not in_strings and (before.count('"') % 2 == 1 or "//" in before):
            continue
        start = units(text[line_start : match.start()])
        found.append(
            types.Range(
                start=types.Position(line=line, character=start),
                end=types.Position(line=line, character=start + units(name)),
            )
        )
    return found


def place(
    root: pathlib.Path, path: str, name: str, occurrence: int = 0, in_strings: bool = False
) -> types.Range:
    return places((root / path).read_text(encoding="utf-8"), name, in_strings)[occurrence]


def at(uri: str, range: types.Range) -> dict:
    """The parameters of a request at the start of `range`, as keyword arguments."""
    return {"text_document": types.TextDocumentIdentifier(uri=uri), "position": range.start}
