"""Go to definition: every kind of reference to its declaration, a `use` path to its file."""

from lsprotocol import types

from navigation import PLAN, STRATEGY, at, place


async def definition(session, uri, range):
    return await session.client.text_document_definition_async(types.DefinitionParams(**at(uri, range)))


async def test_an_actor_leads_to_its_declaration(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    found = await definition(session, uri, place(session.root, PLAN, "finance", 2))
    assert found == types.Location(uri=uri, range=place(session.root, PLAN, "finance"))


async def test_each_name_of_a_path_leads_to_its_own_declaration_in_the_strategy(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    strategy = session.uri(STRATEGY)
    objective = await definition(session, uri, place(session.root, PLAN, "SO4"))
    assert objective == types.Location(uri=strategy, range=place(session.root, STRATEGY, "SO4"))
    priority = await definition(session, uri, place(session.root, PLAN, "raise_the_bar"))
    assert priority == types.Location(uri=strategy, range=place(session.root, STRATEGY, "raise_the_bar"))
    named = await definition(session, uri, place(session.root, PLAN, "ogp_2023_2028"))
    assert named == types.Location(uri=strategy, range=place(session.root, STRATEGY, "ogp_2023_2028"))


async def test_a_use_path_leads_to_its_file(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    path = place(session.root, PLAN, "../strategy/ogp-2023-2028.ogp", in_strings=True)
    found = await definition(session, uri, path)
    start = types.Position(line=0, character=0)
    assert found == types.Location(uri=session.uri(STRATEGY), range=types.Range(start=start, end=start))


async def test_nothing_at_a_keyword(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    assert await definition(session, uri, place(session.root, PLAN, "lead")) is None
