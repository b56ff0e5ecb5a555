"""Diagnostics published on didOpen and incremental didChange, cleared on didClose."""

from lsprotocol import types

DUPLICATE = (
    'actor finance government "Ministry of Finance"\nactor finance government "Financial Intelligence Unit"\n'
)
UNKNOWN_ACTOR = """use "../strategy/ogp-2023-2028.ogp"

actor finance government "Ministry of Finance"

plan arcadia_nap3 "Third National Action Plan" {
  member   "Arcadia" national
  strategy ogp_2023_2028
  period   2024-09 .. 2026-08

  commitment c01 "Open contracting" {
    lead     finanse
    advances SO2
  }
}
"""


def by_code(diagnostics, code):
    found = [d for d in diagnostics if d.code == code]
    assert found, f"no {code} in {[d.code for d in diagnostics]}"
    return found[0]


def span(line, start, end):
    return types.Range(
        start=types.Position(line=line, character=start), end=types.Position(line=line, character=end)
    )


async def test_the_example_plan_gets_its_lint_findings(session):
    uri = session.open("plans/arcadia-2024.ogp")
    published = await session.wait_for_diagnostics(uri)
    assert published.version == 1
    codes = {d.code for d in published.diagnostics}
    # The weaknesses its header comment lists, with the severities `ogp lint` gives them.
    assert {"OBJ001", "VAL002", "VER001", "VER003"} <= codes
    lines = (session.root / "plans/arcadia-2024.ogp").read_text().splitlines()
    c08 = lines.index('  commitment c08 "Open climate finance" {')
    objective = by_code(published.diagnostics, "OBJ001")
    assert (objective.severity, objective.range) == (types.DiagnosticSeverity.Information, span(c08, 13, 16))
    assert by_code(published.diagnostics, "VER001").severity == types.DiagnosticSeverity.Warning
    assert not [d for d in published.diagnostics if d.severity == types.DiagnosticSeverity.Error]
    assert all(d.source == "ogp" for d in published.diagnostics)


async def test_an_error_has_its_code_severity_range_related_location_and_help(session):
    uri = session.open("plans/duplicate.ogp", DUPLICATE)
    diagnostic = by_code(await session.diagnostics(uri), "E0205")
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.range == span(1, 6, 13)
    assert diagnostic.message.startswith("actor 'finance' is declared twice")
    assert "\nhelp: give one of them another name" in diagnostic.message
    related = {
        (r.location.uri, r.location.range.start.line, r.message) for r in diagnostic.related_information
    }
    assert (uri, 0, "first declared here") in related
    assert (uri, 1, "declared again here") in related


async def test_a_used_file_is_read_from_the_project(session):
    uri = session.open("plans/unknown-actor.ogp", UNKNOWN_ACTOR)
    diagnostics = await session.diagnostics(uri)
    # The strategy was found: its objective SO2 resolves, only the actor does not.
    assert [d.code for d in diagnostics if d.severity == types.DiagnosticSeverity.Error] == ["E0206"]
    diagnostic = by_code(diagnostics, "E0206")
    assert diagnostic.range == span(10, 13, 20)
    assert "did you mean 'finance'?" in diagnostic.message


async def test_incremental_changes_update_the_diagnostics(session):
    uri = session.open("plans/duplicate.ogp", DUPLICATE)
    assert "E0205" in {d.code for d in await session.diagnostics(uri)}
    # Rename the second actor: 'finance' → 'fiu' on line 1, characters 6..13.
    session.change(uri, "fiu", span(1, 6, 13))
    published = await session.wait_for_diagnostics(uri)
    assert published.version == 2
    assert "E0205" not in {d.code for d in published.diagnostics}
    # An insertion (an empty range) that brings the error back, then a whole-document change.
    session.change(uri, 'actor fiu government "Again"\n', span(2, 0, 0))
    assert "E0205" in {d.code for d in await session.diagnostics(uri)}
    session.change(uri, 'actor finance government "Ministry of Finance"\n')
    assert "E0205" not in {d.code for d in await session.diagnostics(uri)}
    # Several changes in one go are applied in order.
    session.client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=9),
            content_changes=[
                types.TextDocumentContentChangePartial(range=span(1, 0, 0), text='actor x government "X"\n'),
                types.TextDocumentContentChangePartial(range=span(2, 0, 0), text='actor x government "Y"\n'),
            ],
        )
    )
    session.owed[uri] += 1
    published = await session.wait_for_diagnostics(uri)
    assert published.version == 9
    assert by_code(published.diagnostics, "E0205").range == span(2, 6, 7)


async def test_closing_a_document_clears_its_diagnostics(session):
    uri = session.open("plans/duplicate.ogp", DUPLICATE)
    assert await session.diagnostics(uri)
    session.close(uri)
    published = await session.wait_for_diagnostics(uri)
    assert list(published.diagnostics) == []
    assert published.version is None
    await session.alive()
