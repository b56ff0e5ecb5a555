"""Workspace symbols: declarations of every open program, once each, by subsequence of the name."""

from lsprotocol import types

from navigation import PLAN, STRATEGY, place


async def symbols(session, query):
    return await session.client.workspace_symbol_async(types.WorkspaceSymbolParams(query=query))


async def test_a_priority_by_part_of_its_name_with_its_objective(session):
    uri = session.open(PLAN)
    await session.wait_for_diagnostics(uri)
    found = await symbols(session, "RAISEbar")
    assert list(found) == [
        types.SymbolInformation(
            name="raise_the_bar",
            kind=types.SymbolKind.Method,
            location=types.Location(
                uri=session.uri(STRATEGY), range=place(session.root, STRATEGY, "raise_the_bar")
            ),
            container_name="ogp_2023_2028.SO4",
        )
    ]


async def test_every_declaration_once_though_two_open_programs_read_the_strategy(session):
    plan = session.open(PLAN)
    strategy = session.open(STRATEGY)
    await session.wait_for_diagnostics(plan)
    await session.wait_for_diagnostics(strategy)
    found = await symbols(session, "")
    places = [(s.location.uri, s.location.range.start.line, s.location.range.start.character) for s in found]
    assert len(places) == len(set(places))
    assert {"arcadia_nap3", "c01", "SO4", "finance"} <= {s.name for s in found}
    assert len(found) <= 1000
