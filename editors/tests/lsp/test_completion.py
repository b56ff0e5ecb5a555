"""Completion: the clauses of the enclosing declaration, an enumeration's values, actor ids,
objectives and their priorities after `SO3.`, and `use` paths, each replacing the word typed."""

from lsprotocol import types

from navigation import PLAN, units

# A commitment being written at the end of the example plan, before its closing brace.
HEAD = '  commitment c99 "Budget data 🌍" {\n'


def plan_with(session, body: str) -> tuple[str, types.Position]:
    """The example plan with a commitment holding `body`, where `‸` marks the cursor."""
    text = (session.root / PLAN).read_text(encoding="utf-8")
    end = text.rstrip().rfind("}")
    before, after = body.split("‸")
    inserted = text[:end] + HEAD + before
    line = inserted.count("\n")
    character = units(inserted[inserted.rfind("\n") + 1 :])
    return inserted + after + "\n  }\n" + text[end:], types.Position(line=line, character=character)


async def complete(session, body: str) -> types.CompletionList:
    text, position = plan_with(session, body)
    uri = session.uri(PLAN)
    if uri in session.versions:
        session.change(uri, text)
    else:
        session.open(PLAN, text)
    await session.wait_for_diagnostics(uri)
    answer = await session.client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
    )
    assert isinstance(answer, types.CompletionList)
    for item in answer.items:
        edit = item.text_edit
        assert edit.range.start.line == edit.range.end.line == position.line
        assert edit.range.start.character <= position.character == edit.range.end.character
    return answer


def labels(answer: types.CompletionList) -> list[str]:
    return [item.label for item in answer.items]


async def test_the_clause_keywords_of_a_commitment_not_yet_given(session):
    answer = await complete(session, "    lead finance\n    par‸")
    assert "partners" in labels(answer)
    assert "lead" not in labels(answer)
    partners = next(item for item in answer.items if item.label == "partners")
    assert partners.kind == types.CompletionItemKind.Property
    assert partners.detail == "clause"
    assert partners.text_edit.new_text.startswith("partners")
    # The word typed is replaced whole: it starts four spaces in.
    assert partners.text_edit.range.start.character == 4


async def test_the_values_of_the_enumeration_being_written(session):
    answer = await complete(session, '    lead finance\n    milestone m1 "Hito 🌍" { status in_‸ }')
    assert "in_progress" in labels(answer)
    assert {"not_started", "complete"} <= set(labels(answer))


async def test_actor_ids_after_lead_and_partners(session):
    lead = await complete(session, "    lead fin‸")
    assert "finance" in labels(lead)
    assert "odn" in labels(lead) and "SO1" not in labels(lead)
    partners = await complete(session, "    lead finance\n    partners odn, ‸")
    assert {"transparencia", "university", "gaceta"} <= set(labels(partners))


async def test_objectives_and_the_priorities_after_an_objective(session):
    objectives = await complete(session, "    lead finance\n    advances ‸")
    assert {"SO1", "SO2", "SO3", "SO4", "SO5"} <= set(labels(objectives))
    priorities = await complete(session, "    lead finance\n    advances SO4.‸")
    assert "raise_the_bar" in labels(priorities)
    assert "SO1" not in labels(priorities)


async def test_use_paths_from_the_documents_folder(session):
    uri = session.open("plans/new.ogp", 'use "../"\n')
    await session.wait_for_diagnostics(uri)
    answer = await session.client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=8)
        )
    )
    found = set(labels(answer))
    assert {"plans/", "standards/", "strategy/"} <= found, found
    assert all(item.text_edit.range.start.character == 8 for item in answer.items)
    inner = 'use "../strategy/"\n'
    session.change(uri, inner)
    await session.wait_for_diagnostics(uri)
    answer = await session.client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=len('use "../strategy/')),
        )
    )
    assert labels(answer) == ["ogp-2023-2028.ogp"]
    assert answer.items[0].kind == types.CompletionItemKind.File
