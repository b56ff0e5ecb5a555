"""Find references: every place the open programs write a declaration's name, sorted, once each."""

from lsprotocol import types

from navigation import PLAN, STRATEGY, at, place, places


async def references(session, uri, range, include_declaration=True):
    return await session.client.text_document_references_async(
        types.ReferenceParams(
            **at(uri, range),
            context=types.ReferenceContext(include_declaration=include_declaration),
        )
    )


async def test_an_actors_references_with_and_without_its_declaration(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    plan = (session.root / PLAN).read_text(encoding="utf-8")
    everywhere = [types.Location(uri=uri, range=r) for r in places(plan, "finance")]
    found = await references(session, uri, everywhere[1].range)
    assert list(found) == everywhere
    without = await references(session, uri, everywhere[1].range, include_declaration=False)
    assert list(without) == everywhere[1:]


async def test_an_objective_across_the_plan_and_the_strategy(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    found = await references(session, uri, place(session.root, PLAN, "SO4"))
    plan = (session.root / PLAN).read_text(encoding="utf-8")
    in_plan = [types.Location(uri=uri, range=r) for r in places(plan, "SO4")]
    declared = types.Location(uri=session.uri(STRATEGY), range=place(session.root, STRATEGY, "SO4"))
    assert list(found) == in_plan + [declared]
