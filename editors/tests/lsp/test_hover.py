"""Hover: a name's declaration as written, a clause keyword's meaning, a diagnostic's explanation."""

from lsprotocol import types

from navigation import PLAN, STRATEGY, place


async def hover(session, uri, range):
    return await session.client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=range.start)
    )


async def test_hover_on_an_actor_shows_its_declaration(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    lead = place(session.root, PLAN, "finance", 2)
    shown = await hover(session, uri, lead)
    assert shown.contents.kind == types.MarkupKind.Markdown
    assert shown.contents.value.startswith("**actor** `finance`\n\n```ogp\n")
    assert 'actor finance           government "Ministry of Finance"' in shown.contents.value
    assert shown.range == lead


async def test_hover_on_a_priority_in_a_path_and_on_its_objective(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    priority = await hover(session, uri, place(session.root, PLAN, "raise_the_bar"))
    assert priority.contents.value.startswith("**priority** `ogp_2023_2028.SO4.raise_the_bar`")
    objective = await hover(session, uri, place(session.root, PLAN, "SO4"))
    assert objective.contents.value.startswith("**objective** `ogp_2023_2028.SO4`")
    # The objective's aim, and its Spanish beside it, as the strategy writes them.
    assert 'aim      "Accelerate collective progress on open government reforms."' in objective.contents.value
    assert 'aim es   "Acelerar avances colectivos en las reformas de gobierno abierto."' in objective.contents.value
    # The declaration's own name, in the strategy opened too.
    strategy = session.open(STRATEGY)
    await session.wait_for_diagnostics(strategy)
    declared = await hover(session, strategy, place(session.root, STRATEGY, "SO4"))
    assert declared.contents.value == objective.contents.value


async def test_hover_on_a_clause_keyword_and_on_a_finding(session):
    uri = session.open(PLAN)
    findings = await session.diagnostics(uri)
    keyword = await hover(session, uri, place(session.root, PLAN, "advances"))
    assert keyword.contents.value.startswith("**advances**: ")
    # c08 advances no strategic objective (OBJ001): hovering over its name explains the rule.
    obj001 = next(d for d in findings if d.code == "OBJ001")
    explained = await hover(session, uri, obj001.range)
    assert "**OBJ001**" in explained.contents.value


async def test_hover_where_there_is_nothing_and_on_a_document_not_open(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    blank = types.Range(start=types.Position(line=8, character=0), end=types.Position(line=8, character=0))
    assert await hover(session, uri, blank) is None
    assert await hover(session, session.uri("plans/none.ogp"), blank) is None
