"""Document symbols: the plan › its commitments › their milestones, and the file's other
declarations, each with the range of its whole declaration and the range of its name."""

from lsprotocol import types

from navigation import PLAN, STRATEGY, place


async def symbols(session, uri):
    return await session.client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )


async def test_the_plan_holds_its_commitments_which_hold_their_milestones(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    outline = await symbols(session, uri)
    names = [symbol.name for symbol in outline]
    # The actors come first, as written, then the plan.
    assert names[:2] == ["opengov_unit", "finance"]
    plan = next(symbol for symbol in outline if symbol.name == "arcadia_nap3")
    assert plan.selection_range == place(session.root, PLAN, "arcadia_nap3")
    assert plan.range.start.line < plan.selection_range.start.line + 1 <= plan.range.end.line
    commitments = [child.name for child in plan.children]
    # The forum, named by its title, then the commitments.
    assert commitments[:4] == ['"Foro de Gobierno Abierto"', "c01", "c02", "c03"]
    c01 = plan.children[commitments.index("c01")]
    assert c01.detail == "commitment"
    assert c01.selection_range == place(session.root, PLAN, "c01")
    assert [milestone.name for milestone in c01.children][:1] == ["m1"]
    for milestone in c01.children:
        assert c01.range.start.line <= milestone.range.start.line <= milestone.range.end.line <= c01.range.end.line
    kinds = {symbol.kind for symbol in outline}
    assert len(kinds) > 1, "actors and the plan are different kinds of symbol"


async def test_the_strategy_holds_its_objectives_and_their_priorities(session):
    uri = session.open(STRATEGY)
    await session.wait_for_diagnostics(uri)
    outline = await symbols(session, uri)
    strategy = next(symbol for symbol in outline if symbol.name == "ogp_2023_2028")
    objectives = [child.name for child in strategy.children if child.name.startswith("SO")]
    assert objectives == ["SO1", "SO2", "SO3", "SO4", "SO5"]
    so4 = next(child for child in strategy.children if child.name == "SO4")
    assert "raise_the_bar" in [priority.name for priority in so4.children]


async def test_a_broken_document_still_has_an_outline_and_an_unknown_one_has_none(session):
    uri = session.open("plans/broken.ogp", 'plan p "P" {\n  commitment c1 "C" {\n    lead\n  }\n')
    await session.wait_for_diagnostics(uri)
    outline = await symbols(session, uri)
    assert [symbol.name for symbol in outline] == ["p"]
    assert [child.name for child in outline[0].children] == ["c1"]
    assert await symbols(session, session.uri("plans/none.ogp")) is None
