"""Rename: the declaration and every name that refers to it, applied, check clean; refusals."""

import subprocess

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from conftest import BINARY
from navigation import PLAN, STRATEGY, at, place


async def rename(session, uri, range, new_name):
    return await session.client.text_document_rename_async(
        types.RenameParams(**at(uri, range), new_name=new_name)
    )


def apply(session, edit: types.WorkspaceEdit) -> None:
    """Writes each file with its edits applied (UTF-16 positions, from the end)."""
    for uri, edits in edit.changes.items():
        path = session.root / uri.removeprefix(session.root.as_uri() + "/")
        lines = path.read_text(encoding="utf-8").split("\n")
        for text_edit in sorted(
            edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
        ):
            start, end = text_edit.range.start, text_edit.range.end
            assert start.line == end.line
            line = lines[start.line].encode("utf-16-le")
            lines[start.line] = (
                line[: 2 * start.character].decode("utf-16-le")
                + text_edit.new_text
                + line[2 * end.character :].decode("utf-16-le")
            )
        path.write_text("\n".join(lines), encoding="utf-8")


def errors(session) -> str:
    checked = subprocess.run(
        [BINARY, "check", PLAN], cwd=session.root, capture_output=True, text=True, timeout=60
    )
    return checked.stderr if checked.returncode != 0 else ""


async def test_prepare_rename_gives_the_name(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    name = place(session.root, PLAN, "c04")
    prepared = await session.client.text_document_prepare_rename_async(
        types.PrepareRenameParams(**at(uri, name))
    )
    assert prepared == types.PrepareRenamePlaceholder(range=name, placeholder="c04")


async def test_an_objective_renamed_in_the_strategy_and_the_plan_still_checks(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    edit = await rename(session, uri, place(session.root, PLAN, "SO4"), "SO4_progress")
    assert set(edit.changes) == {uri, session.uri(STRATEGY)}
    apply(session, edit)
    assert "advances  SO2, SO4_progress.raise_the_bar" in (session.root / PLAN).read_text(encoding="utf-8")
    assert errors(session) == ""


async def test_an_actor_renamed_everywhere_it_is_named_still_checks(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    edit = await rename(session, uri, place(session.root, PLAN, "finance", 2), "hacienda")
    assert list(edit.changes) == [uri]
    apply(session, edit)
    plan = (session.root / PLAN).read_text(encoding="utf-8")
    assert "actor hacienda           government" in plan and "Open climate finance" in plan
    assert errors(session) == ""


@pytest.mark.parametrize(
    ("new_name", "code"), [("2fast", -32602), ("commitment", -32602), ("odn", -32803), ("a b", -32602)]
)
async def test_a_rename_that_cannot_be_made_is_refused(session, new_name, code):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    with pytest.raises(JsonRpcException) as refused:
        await rename(session, uri, place(session.root, PLAN, "finance", 2), new_name)
    assert refused.value.code == code


async def test_a_keyword_is_no_name_to_rename(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    with pytest.raises(JsonRpcException) as refused:
        await rename(session, uri, place(session.root, PLAN, "lead"), "x")
    assert refused.value.code == -32803
