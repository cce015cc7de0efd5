"""OMI's Developer API over the domain services: every call acts on one user (SPEC §5).

Bodies are validated here (after authentication, SPEC §2.4 order); writes run
through the group-commit writer; records of other users are simply not found.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.conversation import service as conversation_service
from omi_actions.conversation.schemas import ConversationCreate, ConversationUpdate
from omi_actions.dev_api.schemas import (
    ActionItemsBatchCreate,
    ConversationFromSegments,
    MemoriesBatchCreate,
    MemoryCreate,
    MemoryUpdate,
    action_item_body,
    action_items_batch_body,
    from_segments_body,
    memories_batch_body,
)
from omi_actions.errors import NotFound, TextRequired
from omi_actions.fact import service as fact_service
from omi_actions.kit.group_commit import GroupCommitWriter
from omi_actions.kit.listing import Page
from omi_actions.kit.validation import validate_body
from omi_actions.models import Conversation, Fact, Task
from omi_actions.processing.schemas import ExtractedFact
from omi_actions.task import service as task_service
from omi_actions.task.schemas import TaskCreate, TaskUpdate

SOURCE = "developer_api"
# Where a conversation's fields are copied from a from-segments body.
_SEGMENT_CONVERSATION_FIELDS = ("started_at", "finished_at", "language", "geolocation")


class MemoryNotFound(NotFound):
    """OMI's Developer API words a missing memory so (the fact routes say "Fact not found")."""

    detail = "Memory not found"


# Memories (facts) ----------------------------------------------------------------------


async def list_memories(
    session: AsyncSession, uid: str, page: Page, categories: Sequence[str]
) -> Sequence[Fact]:
    return await fact_service.list_facts(
        session, uid, page.limit, page.offset, categories=categories
    )


async def create_memory(
    writer: GroupCommitWriter, read: AsyncSession, uid: str, body: dict[str, Any]
) -> Fact:
    """Stored as a manually added fact; equal content returns the existing fact."""
    memory = validate_body(MemoryCreate, body)
    _require_text(memory.content)
    snapshot = await fact_service.knowledge_snapshot(read, uid)

    async def apply(session: AsyncSession) -> Fact:
        (fact,) = await _store_memories(session, uid, [memory], snapshot)
        return fact

    return await writer.run(apply)


async def create_memories(
    writer: GroupCommitWriter, read: AsyncSession, uid: str, body: dict[str, Any]
) -> Sequence[Fact]:
    """Up to 25 memories in one transaction; duplicates (in the batch too) appear once."""
    batch = validate_body(MemoriesBatchCreate, memories_batch_body(body))
    for memory in batch.memories:
        _require_text(memory.content)
    snapshot = await fact_service.knowledge_snapshot(read, uid)

    async def apply(session: AsyncSession) -> Sequence[Fact]:
        return await _store_memories(session, uid, batch.memories, snapshot)

    return await writer.run(apply)


async def _store_memories(
    session: AsyncSession,
    uid: str,
    memories: Sequence[MemoryCreate],
    snapshot: fact_service.KnowledgeSnapshot,
) -> list[Fact]:
    items = [
        (
            ExtractedFact(content=memory.content, category=memory.category, tags=memory.tags),
            fact_service.Provenance(
                app_id=None,
                text_source=None,
                text_source_spec=None,
                manually_added=True,
                visibility=memory.visibility,
            ),
        )
        for memory in memories
    ]
    ids = await fact_service.add_facts_each(session, uid, items, snapshot)
    return [await fact_service.get_fact(session, uid, fact_id) for fact_id in dict.fromkeys(ids)]


async def update_memory(
    writer: GroupCommitWriter, uid: str, memory_id: str, body: dict[str, Any]
) -> Fact:
    data = validate_body(MemoryUpdate, body)

    async def apply(session: AsyncSession) -> Fact:
        return await fact_service.update_user_fact(
            session, uid, memory_id, data, visibility=data.visibility
        )

    try:
        return await writer.run(apply)
    except fact_service.FactNotFound:
        raise MemoryNotFound() from None


async def delete_memory(writer: GroupCommitWriter, uid: str, memory_id: str) -> None:
    async def apply(session: AsyncSession) -> None:
        await fact_service.delete_user_fact(session, uid, memory_id)

    try:
        await writer.run(apply)
    except fact_service.FactNotFound:
        raise MemoryNotFound() from None


# Conversations -------------------------------------------------------------------------


async def list_conversations(
    session: AsyncSession,
    uid: str,
    page: Page,
    *,
    statuses: Sequence[str],
    include_discarded: bool,
    start_date: str | None = None,
    end_date: str | None = None,
    categories: Sequence[str] = (),
) -> Sequence[Conversation]:
    """Newest first; dates bound ``started_at`` (SPEC §4 rules), ``categories`` the
    structured category (omi-cli's ``--categories``)."""
    return await conversation_service.list_readable(
        session,
        uid,
        page,
        statuses=statuses,
        include_discarded=include_discarded,
        start_date=start_date,
        end_date=end_date,
        categories=categories,
    )


async def get_conversation(session: AsyncSession, uid: str, conversation_id: str) -> Conversation:
    return await conversation_service.get(session, uid, conversation_id)


async def create_conversation(
    writer: GroupCommitWriter, uid: str, body: dict[str, Any]
) -> dict[str, Any]:
    """Accepted like the integration route: committed, then processed asynchronously."""
    data = validate_body(ConversationCreate, body)
    _require_text(data.text)
    return await _submit(writer, uid, data)


async def create_conversation_from_segments(
    writer: GroupCommitWriter, uid: str, body: dict[str, Any]
) -> dict[str, Any]:
    """Segments become ``Speaker: text`` lines (the user's as ``Me:``), then as above."""
    body = from_segments_body(body)
    segments = validate_body(ConversationFromSegments, body)
    text = segments.transcript()
    _require_text(text)
    fields = {name: body[name] for name in _SEGMENT_CONVERSATION_FIELDS if name in body}
    data = validate_body(
        ConversationCreate, {**fields, "text": text, "text_source": "audio_transcript"}
    )
    duration = segments.duration_seconds()
    if data.finished_at is None and data.started_at is not None and duration:
        try:
            finished_at = data.started_at + timedelta(seconds=duration)
        except OverflowError:
            finished_at = None  # past the calendar: the default duration applies
        data = data.model_copy(update={"finished_at": finished_at})
    return await _submit(writer, uid, data)


async def _submit(writer: GroupCommitWriter, uid: str, data: ConversationCreate) -> dict[str, Any]:
    row = conversation_service.new_row(data, uid=uid, app_id=None, source=SOURCE)
    await conversation_service.submit(writer, row)
    return row


async def update_conversation(
    writer: GroupCommitWriter, uid: str, conversation_id: str, body: dict[str, Any]
) -> Conversation:
    data = validate_body(ConversationUpdate, body)

    async def apply(session: AsyncSession) -> Conversation:
        return await conversation_service.update_own(session, uid, conversation_id, data)

    return await writer.run(apply)


async def delete_conversation(writer: GroupCommitWriter, uid: str, conversation_id: str) -> None:
    async def apply(session: AsyncSession) -> None:
        await conversation_service.delete_own(session, uid, conversation_id)

    await writer.run(apply)


# Action items (tasks) ------------------------------------------------------------------


async def list_action_items(
    session: AsyncSession,
    uid: str,
    page: Page,
    *,
    completed: bool | None,
    conversation_id: str | None,
    start_date: str | None = None,
    end_date: str | None = None,
) -> Sequence[Task]:
    return await task_service.list_tasks(
        session,
        uid,
        page,
        completed=completed,
        conversation_id=conversation_id,
        start_date=start_date,
        end_date=end_date,
    )


async def create_action_item(writer: GroupCommitWriter, uid: str, body: dict[str, Any]) -> Task:
    data = validate_body(TaskCreate, action_item_body(body))
    _require_text(data.description)

    async def apply(session: AsyncSession) -> Task:
        return await task_service.create(session, uid, data)

    return await writer.run(apply)


async def create_action_items(
    writer: GroupCommitWriter, uid: str, body: dict[str, Any]
) -> Sequence[Task]:
    """Up to 50 action items in one transaction, in the order given (OMI's batch route)."""
    batch = validate_body(ActionItemsBatchCreate, action_items_batch_body(body))
    for item in batch.action_items:
        _require_text(item.description)

    async def apply(session: AsyncSession) -> Sequence[Task]:
        return [await task_service.create(session, uid, item) for item in batch.action_items]

    return await writer.run(apply)


async def update_action_item(
    writer: GroupCommitWriter, uid: str, task_id: str, body: dict[str, Any]
) -> Task:
    data = validate_body(TaskUpdate, action_item_body(body))
    if data.description is not None:
        _require_text(data.description)

    async def apply(session: AsyncSession) -> Task:
        return await task_service.update(session, uid, task_id, data)

    return await writer.run(apply)


async def delete_action_item(writer: GroupCommitWriter, uid: str, task_id: str) -> None:
    async def apply(session: AsyncSession) -> None:
        await task_service.delete(session, uid, task_id)

    await writer.run(apply)


def _require_text(text: str) -> None:
    if not text.strip():
        raise TextRequired()
