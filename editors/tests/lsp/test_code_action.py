"""Code actions: every fix-it of a diagnostic as a quick fix, and "Suppress CODE on this line",
each an edit that, once applied, makes its diagnostic go away."""

from lsprotocol import types

from navigation import PLAN
from test_formatting import apply


async def actions(session, uri, diagnostic, only=None):
    return await session.client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic], only=only),
        )
    )


def edits_of(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    assert list(action.edit.changes) == [uri]
    return action.edit.changes[uri]


async def test_a_fix_it_is_a_preferred_quick_fix_that_removes_its_error(session):
    text = (session.root / PLAN).read_text(encoding="utf-8")
    misspelt = text.replace("{ branch legislative;", "{ branch legislatve;", 1)
    uri = session.open(PLAN, misspelt)
    diagnostic = next(d for d in await session.diagnostics(uri) if "legislatve" in d.message)
    found = await actions(session, uri, diagnostic)
    fix = next(action for action in found if action.kind == types.CodeActionKind.QuickFix and action.is_preferred)
    assert fix.title == "replace with 'legislative'"
    assert list(fix.diagnostics) == [diagnostic]
    fixed = apply(misspelt, edits_of(fix, uri))
    assert fixed == text
    session.change(uri, fixed)
    assert not [d for d in await session.diagnostics(uri) if d.code == diagnostic.code]
    # Asking only for refactorings leaves the quick fix out.
    assert not await actions(session, uri, diagnostic, only=[types.CodeActionKind.Refactor])


async def test_a_finding_can_be_suppressed_on_its_line(session):
    text = (session.root / PLAN).read_text(encoding="utf-8")
    uri = session.open(PLAN, text)
    findings = await session.diagnostics(uri)
    obj001 = next(d for d in findings if d.code == "OBJ001")
    found = await actions(session, uri, obj001)
    suppress = next(action for action in found if action.title == "Suppress OBJ001 on this line")
    assert suppress.kind == types.CodeActionKind.QuickFix
    assert not suppress.is_preferred
    suppressed = apply(text, edits_of(suppress, uri))
    assert "// ogp:disable-next-line OBJ001" in suppressed
    session.change(uri, suppressed)
    after = await session.diagnostics(uri)
    assert "OBJ001" not in [d.code for d in after]
    # The other findings stay, on their lines one further down.
    assert len(after) == len(findings) - 1


async def test_no_action_where_nothing_is_wrong(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    quiet = types.Diagnostic(
        range=types.Range(start=types.Position(line=8, character=0), end=types.Position(line=8, character=0)),
        message="",
    )
    answer = await session.client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=quiet.range,
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert not answer
