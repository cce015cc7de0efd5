"""The knowledge base read outside the write transaction (``knowledge_snapshot``).

The worker indexes a user's facts with a read session before the shared write
transaction; inside it only what changed since is read. These tests commit
changes between the snapshot and the write, as another worker would.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import FastAPI
from sqlalchemy import select

from omi_actions.fact import service as fact_service
from omi_actions.models import Fact
from omi_actions.processing.schemas import ExtractedFact

UID = "snapshot-user"
PROVENANCE = fact_service.Provenance(app_id=None, text_source="other", text_source_spec=None)


def extracted(*contents: str) -> list[ExtractedFact]:
    return [ExtractedFact(content=content, category="core") for content in contents]


async def write(
    app: FastAPI,
    contents: Sequence[str],
    snapshot: fact_service.KnowledgeSnapshot | None = None,
    uid: str = UID,
) -> list[str]:
    async with app.state.sessionmaker() as session, session.begin():
        return await fact_service.add_facts(
            session, uid, extracted(*contents), PROVENANCE, snapshot
        )


async def snapshot_of(app: FastAPI, uid: str = UID) -> fact_service.KnowledgeSnapshot:
    async with app.state.sessionmaker() as session:
        return await fact_service.knowledge_snapshot(session, uid)


async def facts_of(app: FastAPI, uid: str = UID) -> dict[str, Fact]:
    async with app.state.sessionmaker() as session:
        rows = (await session.scalars(select(Fact).where(Fact.uid == uid))).all()
        return {row.content: row for row in rows}


async def test_snapshot_dedups_like_a_read_inside_the_transaction(app: FastAPI) -> None:
    [coffee] = await write(app, ["User likes coffee"])
    snapshot = await snapshot_of(app)
    assert len(snapshot.index) == 1
    ids = await write(app, ["User loves coffee", "User plays chess"], snapshot)
    assert ids[0] == coffee
    assert set(await facts_of(app)) == {"User likes coffee", "User plays chess"}


async def test_fact_committed_after_the_snapshot_is_still_a_duplicate(app: FastAPI) -> None:
    snapshot = await snapshot_of(app)  # empty knowledge base
    [first] = await write(app, ["User's favorite color is teal"])  # another job, meanwhile
    [second] = await write(app, ["User's favourite color is teal"], snapshot)
    assert second == first
    assert list(await facts_of(app)) == ["User's favorite color is teal"]


async def test_fact_committed_after_the_snapshot_is_superseded(app: FastAPI) -> None:
    snapshot = await snapshot_of(app)
    [google] = await write(app, ["User works at Google"])
    [meta] = await write(app, ["User works at Meta"], snapshot)
    facts = await facts_of(app)
    assert facts["User works at Google"].superseded_by == meta
    assert facts["User works at Google"].invalid_at is not None
    assert facts["User works at Meta"].invalid_at is None
    assert google != meta


async def test_snapshot_fact_superseded_meanwhile_is_not_a_duplicate(app: FastAPI) -> None:
    await write(app, ["User lives in Lisbon"])
    snapshot = await snapshot_of(app)
    [porto] = await write(app, ["User lives in Porto"])  # supersedes Lisbon, after the snapshot
    [back] = await write(app, ["User resides in Lisbon"], snapshot)
    facts = await facts_of(app)
    # The near-duplicate of the superseded fact is a new statement: it wins again.
    assert back not in (porto, facts["User lives in Lisbon"].id)
    assert facts["User resides in Lisbon"].invalid_at is None
    assert facts["User lives in Porto"].superseded_by == back


async def test_snapshot_of_another_user_is_ignored(app: FastAPI) -> None:
    await write(app, ["User likes coffee"], uid="someone-else")
    other = await snapshot_of(app, uid="someone-else")
    [mine] = await write(app, ["User loves coffee"], other)
    assert mine == (await facts_of(app))["User loves coffee"].id
    assert set(await facts_of(app, "someone-else")) == {"User likes coffee"}


async def test_replayed_write_with_the_same_snapshot_stores_nothing_twice(app: FastAPI) -> None:
    snapshot = await snapshot_of(app)
    first = await write(app, ["User is vegan", "User owns a bike"], snapshot)
    again = await write(app, ["User is vegan", "User owns a bike"], snapshot)
    assert again == first
    assert len(await facts_of(app)) == 2
