"""The knowledge base: facts with dedup, supersession and provenance (SPEC §3.2)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.auth.integration import IntegrationContext
from omi_actions.errors import Conflict, NotFound, NotRecordOwner, TextRequired
from omi_actions.fact.repository import FactRepository
from omi_actions.fact.schemas import FactsCreate, FactUpdate
from omi_actions.kit.group_commit import GroupCommitWriter
from omi_actions.kit.ids import new_id
from omi_actions.kit.text import storable
from omi_actions.kit.time import utcnow
from omi_actions.kit.validation import validate_body
from omi_actions.models import Fact, FactSubmission
from omi_actions.processing import knowledge
from omi_actions.processing.schemas import ExtractedFact, FactsInput
from omi_actions.worker import jobs


class FactNotFound(NotFound):
    detail = "Fact not found"


class SubmissionNotFound(NotFound):
    detail = "Fact submission not found"


@dataclass(frozen=True)
class Provenance:
    app_id: str | None
    text_source: str | None
    text_source_spec: str | None
    conversation_id: str | None = None
    submission_id: str | None = None
    manually_added: bool = False
    visibility: str = "private"


# A snapshot is read outside the write transaction; facts created shortly before
# it was taken are read again inside the transaction, because a job of the same
# user may have committed them after the snapshot's read (clocks of several
# worker processes may also differ a little).
SNAPSHOT_OVERLAP = timedelta(minutes=1)


@dataclass(frozen=True)
class KnowledgeSnapshot:
    """A user's valid facts, indexed before the write transaction that adds to them."""

    uid: str
    index: knowledge.KnowledgeIndex
    taken_at: datetime


async def knowledge_snapshot(session: AsyncSession, uid: str) -> KnowledgeSnapshot:
    """Read and index ``uid``'s knowledge base (use a read session, not the writer).

    Dedup and supersession compare each new fact with up to ``KNOWLEDGE_WINDOW``
    facts; doing that read and the indexing here keeps them out of the shared
    group-commit transaction, which then only reads what changed since.
    """
    taken_at = utcnow()
    known = await FactRepository(session).known_valid(uid)
    index = await asyncio.to_thread(knowledge.KnowledgeIndex, known)
    return KnowledgeSnapshot(uid, index, taken_at)


async def _current_index(
    repository: FactRepository, uid: str, snapshot: KnowledgeSnapshot | None
) -> tuple[knowledge.KnowledgeIndex, set[str]]:
    """The index to dedup against inside the transaction, and the ids confirmed valid in it."""
    if snapshot is None or snapshot.uid != uid:
        known = await repository.known_valid(uid)
        return knowledge.KnowledgeIndex(known), {fact.id for fact in known}
    index = snapshot.index.copy()  # the writer may run this operation more than once
    recent = await repository.known_valid(uid, created_since=snapshot.taken_at - SNAPSHOT_OVERLAP)
    for fact in reversed(recent):  # oldest of them first, so the newest ends up first
        index.add_newest(fact)
    return index, {fact.id for fact in recent}


async def add_facts(
    session: AsyncSession,
    uid: str,
    facts: Sequence[ExtractedFact],
    provenance: Provenance,
    snapshot: KnowledgeSnapshot | None = None,
) -> list[str]:
    """Store ``facts`` for ``uid``, all with one provenance (see ``add_facts_each``)."""
    return await add_facts_each(session, uid, [(fact, provenance) for fact in facts], snapshot)


async def add_facts_each(
    session: AsyncSession,
    uid: str,
    items: Sequence[tuple[ExtractedFact, Provenance]],
    snapshot: KnowledgeSnapshot | None = None,
) -> list[str]:
    """Store facts for ``uid``; returns, per fact, the id it was stored or deduplicated as.

    Idempotent: replaying the same facts (a retried job) stores nothing new,
    because equal normalised content maps to the same ``(uid, content_hash)``.
    ``snapshot`` (from ``knowledge_snapshot``) moves the read of the knowledge
    base out of this transaction; without it the facts are read here. Either
    way the knowledge base is read once per call, however many facts it adds.
    """
    if not items:
        return []
    repository = FactRepository(session)
    index, confirmed = await _current_index(repository, uid, snapshot)
    ids: list[str] = []
    for fact, provenance in items:
        content = " ".join(fact.content.split())
        if not content:
            continue
        digest = knowledge.content_hash(content)
        existing_id = await repository.id_by_hash(uid, digest)
        while existing_id is None and (match := index.duplicate_of(content)) is not None:
            if match in confirmed or await repository.is_valid(match):
                existing_id = match
            else:  # superseded or deleted since the snapshot was read
                index.remove([match])
        if existing_id is not None:
            ids.append(existing_id)
            continue
        now = utcnow()
        fact_id = new_id()
        await repository.insert_new(
            {
                "id": fact_id,
                "uid": uid,
                "content": content,
                "content_hash": digest,
                "category": fact.category,
                "tags": list(fact.tags),
                "app_id": provenance.app_id,
                "conversation_id": provenance.conversation_id,
                "submission_id": provenance.submission_id,
                "text_source": provenance.text_source,
                "text_source_spec": provenance.text_source_spec,
                "manually_added": provenance.manually_added,
                "visibility": provenance.visibility,
                "created_at": now,
                "updated_at": now,
            }
        )
        stored_id = await repository.id_by_hash(uid, digest) or fact_id
        if stored_id == fact_id:
            superseded = index.superseded_by(content)
            if superseded:
                await repository.supersede(superseded, by=fact_id, when=now)
                index.remove(superseded)
            index.add_newest(knowledge.KnownFact(fact_id, content, fact.category))
            confirmed.add(fact_id)
        ids.append(stored_id)
    return ids


async def get_fact(session: AsyncSession, uid: str, fact_id: str) -> Fact:
    if not storable(fact_id):
        raise FactNotFound()
    fact = await FactRepository(session).get(fact_id)
    if fact is None or fact.uid != uid:
        raise FactNotFound()
    return fact


async def list_facts(
    session: AsyncSession,
    uid: str,
    limit: int = 100,
    offset: int = 0,
    include_invalid: bool = False,
    categories: Sequence[str] = (),
) -> Sequence[Fact]:
    wanted = [category for category in categories if storable(category)]
    if categories and not wanted:
        return []  # only values no row can hold
    return await FactRepository(session).list_for_user(
        uid, limit, offset, include_invalid, categories=wanted
    )


class DuplicateFact(Conflict):
    def __init__(self, existing_id: str) -> None:
        super().__init__(f"The user already has a fact with this content ({existing_id})")


async def update_fact(
    writer: GroupCommitWriter, context: IntegrationContext, fact_id: str, body: dict[str, Any]
) -> Fact:
    """``PATCH …/user/facts/{id}``: content, category, tags of a fact the app created.

    New content gets a new ``content_hash``; equal (normalised) content of another
    fact of the user is a 409, as the knowledge base holds each fact once.
    """
    data = validate_body(FactUpdate, body)  # row 10

    async def apply(session: AsyncSession) -> Fact:
        fact = await _owned_fact(session, context, fact_id)
        return await _apply_update(session, fact, data)

    return await writer.run(apply)


async def update_user_fact(
    session: AsyncSession,
    uid: str,
    fact_id: str,
    data: FactUpdate,
    visibility: str | None = None,
) -> Fact:
    """The user's own edit of any of their facts (developer API, SPEC §5); same rules."""
    fact = await get_fact(session, uid, fact_id)
    if visibility is not None:
        fact.visibility = visibility
    return await _apply_update(session, fact, data)


async def _apply_update(session: AsyncSession, fact: Fact, data: FactUpdate) -> Fact:
    repository = FactRepository(session)
    if data.content is not None:
        content = " ".join(data.content.split())
        if not content:
            raise TextRequired()
        digest = knowledge.content_hash(content)
        existing_id = await repository.other_with_hash(fact.uid, digest, fact.id)
        if existing_id is not None:
            raise DuplicateFact(existing_id)
        fact.content, fact.content_hash = content, digest
    if data.category is not None:
        fact.category = data.category
    if data.tags is not None:
        fact.tags = list(data.tags)
    fact.edited = True
    fact.updated_at = utcnow()
    uid, digest, own_id = fact.uid, fact.content_hash, fact.id
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError:  # the same content stored meanwhile by another process
        existing_id = await repository.other_with_hash(uid, digest, own_id)
        raise DuplicateFact(existing_id or "unknown") from None
    return fact


async def delete_fact(writer: GroupCommitWriter, context: IntegrationContext, fact_id: str) -> None:
    """``DELETE …/user/facts/{id}``: removes the row (the same content may be learned again)."""

    async def apply(session: AsyncSession) -> None:
        fact = await _owned_fact(session, context, fact_id)
        await FactRepository(session).delete(fact.id)

    await writer.run(apply)


async def delete_user_fact(session: AsyncSession, uid: str, fact_id: str) -> None:
    """The user deletes any of their facts (developer API, SPEC §5)."""
    fact = await get_fact(session, uid, fact_id)
    await FactRepository(session).delete(fact.id)


async def _owned_fact(session: AsyncSession, context: IntegrationContext, fact_id: str) -> Fact:
    fact = await get_fact(session, context.uid, fact_id)
    if fact.app_id != context.app_id:
        raise NotRecordOwner()
    return fact


async def get_submission(
    session: AsyncSession, uid: str, submission_id: str
) -> tuple[FactSubmission, Sequence[Fact]]:
    if not storable(submission_id):
        raise SubmissionNotFound()
    repository = FactRepository(session)
    submission = await repository.submission(submission_id)
    if submission is None or submission.uid != uid:
        raise SubmissionNotFound()
    return submission, await repository.by_ids(submission.fact_ids or [])


def new_submission_row(data: FactsCreate, *, uid: str, app_id: str | None) -> dict[str, Any]:
    """The row of a just-accepted fact submission (status ``pending``)."""
    now = utcnow()
    memories = [m.model_dump() for m in data.memories or [] if m.content.strip()]
    return {
        "id": new_id(),
        "uid": uid,
        "app_id": app_id,
        "text": data.text or "",
        "text_source": data.text_source,
        "text_source_spec": data.text_source_spec,
        "memories": memories,
        "fact_ids": [],
        "created_at": now,
        "updated_at": now,
        **jobs.new_job_columns(now),
    }


def explicit_facts(submission: FactSubmission) -> list[ExtractedFact]:
    """``memories`` given in the request, stored as given (no extraction)."""
    return [
        ExtractedFact(
            content=memory["content"],
            category=memory.get("category") or "other",
            tags=memory.get("tags") or [],
        )
        for memory in submission.memories or []
    ]


def extraction_input(submission: FactSubmission) -> FactsInput | None:
    if not submission.text.strip():
        return None
    return FactsInput(
        text=submission.text,
        text_source=submission.text_source,
        text_source_spec=submission.text_source_spec,
        reference_time=submission.created_at,
    )


async def store_submission_facts(
    session: AsyncSession,
    submission: FactSubmission,
    extracted: Sequence[ExtractedFact],
    snapshot: KnowledgeSnapshot | None = None,
) -> list[str]:
    """Explicit memories (marked manually added), then extracted facts."""
    base = Provenance(
        app_id=submission.app_id,
        text_source=submission.text_source,
        text_source_spec=submission.text_source_spec,
        submission_id=submission.id,
    )
    explicit = replace(base, manually_added=True)
    items = [(fact, explicit) for fact in explicit_facts(submission)]
    items += [(fact, base) for fact in extracted]
    return list(dict.fromkeys(await add_facts_each(session, submission.uid, items, snapshot)))
