"""Conversations: accept, apply processing results, read."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.auth.integration import IntegrationContext
from omi_actions.conversation.repository import ConversationRepository
from omi_actions.conversation.schemas import (
    ConversationCreate,
    ConversationSearch,
    ConversationUpdate,
)
from omi_actions.errors import Conflict, NotFound, NotRecordOwner
from omi_actions.fact import service as fact_service
from omi_actions.kit.actions import Action
from omi_actions.kit.group_commit import GroupCommitWriter
from omi_actions.kit.ids import new_id
from omi_actions.kit.listing import Page, date_range
from omi_actions.kit.text import storable
from omi_actions.kit.time import utcnow
from omi_actions.kit.validation import validate_body
from omi_actions.models import Conversation
from omi_actions.processing.schemas import ConversationInput, ConversationResult, Geolocation
from omi_actions.task import service as task_service
from omi_actions.worker import jobs


class ConversationNotFound(NotFound):
    detail = "Conversation not found"


# ``structured`` of a conversation edited before it had any (e.g. after a failure).
EMPTY_STRUCTURED: dict[str, Any] = {
    "title": "",
    "overview": "",
    "emoji": "",
    "category": "other",
    "action_items": [],
    "events": [],
}


def new_row(
    data: ConversationCreate, *, uid: str, app_id: str | None, source: str = "external_integration"
) -> dict[str, Any]:
    """The row of a just-accepted conversation (status ``pending``)."""
    now = utcnow()
    started_at, finished_at = data.resolved_times(now)
    return {
        "id": new_id(),
        "uid": uid,
        "app_id": app_id,
        "source": source,
        "text": data.text,
        "started_at": started_at,
        "finished_at": finished_at,
        "language": data.language,
        "geolocation": data.geolocation.model_dump() if data.geolocation else None,
        "place": None,
        "text_source": data.text_source,
        "text_source_spec": data.text_source_spec,
        "discarded": False,
        "structured": None,
        "created_at": now,
        "updated_at": now,
        **jobs.new_job_columns(now),
    }


async def submit(writer: GroupCommitWriter, row: dict[str, Any]) -> None:
    """Commit a :func:`new_row` (group commit); its job is dispatched after the commit."""
    await writer.insert(cast(Table, Conversation.__table__), row)


def engine_input(conversation: Conversation) -> ConversationInput:
    return ConversationInput(
        text=conversation.text,
        started_at=conversation.started_at,
        finished_at=conversation.finished_at,
        language=conversation.language,
        text_source=conversation.text_source,
        text_source_spec=conversation.text_source_spec,
        geolocation=Geolocation(**conversation.geolocation) if conversation.geolocation else None,
    )


def result_values(result: ConversationResult) -> dict[str, Any]:
    """Column values a completed conversation gets from its engine result."""
    return {
        "structured": result.structured.model_dump(mode="json"),
        "discarded": result.discarded,
        "place": result.place.model_dump(mode="json") if result.place else None,
    }


async def store_derived(
    session: AsyncSession,
    conversation: Conversation,
    result: ConversationResult,
    snapshot: fact_service.KnowledgeSnapshot | None = None,
) -> None:
    """Tasks and facts learned from a conversation (same transaction as ``completed``)."""
    if result.discarded:
        return
    await task_service.add_from_conversation(
        session,
        uid=conversation.uid,
        app_id=conversation.app_id,
        conversation_id=conversation.id,
        action_items=result.structured.action_items,
    )
    await fact_service.add_facts(
        session,
        conversation.uid,
        result.facts,
        fact_service.Provenance(
            app_id=conversation.app_id,
            text_source=conversation.text_source,
            text_source_spec=conversation.text_source_spec,
            conversation_id=conversation.id,
        ),
        snapshot,
    )


async def get(session: AsyncSession, uid: str, conversation_id: str) -> Conversation:
    if not storable(conversation_id):
        raise ConversationNotFound()
    conversation = await ConversationRepository(session).get(conversation_id)
    if conversation is None or conversation.uid != uid:
        raise ConversationNotFound()
    return conversation


async def get_any(session: AsyncSession, conversation_id: str) -> Conversation:
    if not storable(conversation_id):
        raise ConversationNotFound()
    conversation = await ConversationRepository(session).get(conversation_id)
    if conversation is None:
        raise ConversationNotFound()
    return conversation


async def list_for_user(
    session: AsyncSession,
    uid: str,
    *,
    limit: int = 100,
    offset: int = 0,
    statuses: Sequence[str] = (),
    include_discarded: bool = True,
    start: datetime | None = None,
    end: datetime | None = None,
) -> Sequence[Conversation]:
    return await ConversationRepository(session).list_for_user(
        uid,
        limit=limit,
        offset=offset,
        statuses=statuses,
        include_discarded=include_discarded,
        start=start,
        end=end,
    )


async def list_readable(
    session: AsyncSession,
    uid: str,
    page: Page,
    *,
    statuses: Sequence[str] = (),
    include_discarded: bool = False,
    start_date: str | None = None,
    end_date: str | None = None,
    categories: Sequence[str] = (),
) -> Sequence[Conversation]:
    """``GET …/conversations``: the user's conversations, newest first (SPEC §4);
    ``categories`` keeps those with one of these structured categories."""
    dates = date_range(start_date, end_date)
    wanted = [status for status in statuses if storable(status)]
    wanted_categories = [category for category in categories if storable(category)]
    if (statuses and not wanted) or (categories and not wanted_categories):
        return []  # only values no row can hold
    return await ConversationRepository(session).list_for_user(
        uid,
        limit=page.limit,
        offset=page.offset,
        statuses=wanted,
        include_discarded=include_discarded,
        start=dates.start,
        end=dates.end,
        categories=wanted_categories,
    )


@dataclass(frozen=True)
class SearchPage:
    conversations: Sequence[Conversation]
    total_pages: int
    current_page: int
    per_page: int


async def search(session: AsyncSession, uid: str, body: dict[str, Any]) -> SearchPage:
    """``POST …/search/conversations``: every query term must match text, title or overview."""
    data = validate_body(ConversationSearch, body)  # row 10
    dates = date_range(data.start_date, data.end_date)
    rows, total = await ConversationRepository(session).search(
        uid,
        data.terms(),
        limit=data.per_page,
        offset=(data.page - 1) * data.per_page,
        include_discarded=data.include_discarded,
        start=dates.start,
        end=dates.end,
    )
    return SearchPage(rows, math.ceil(total / data.per_page), data.page, data.per_page)


class ConversationBeingProcessed(Conflict):
    detail = "Conversation is still being processed; update it once processing has finished"


class DeleteWhileProcessing(Conflict):
    detail = "Conversation is still being processed; delete it once processing has finished"


async def update(
    writer: GroupCommitWriter,
    context: IntegrationContext,
    conversation_id: str,
    body: dict[str, Any],
) -> Conversation:
    """``PATCH …/user/conversations/{id}``: title, overview, discarded of a record the app created.

    A conversation still ``pending`` or ``processing`` is refused (409): its
    processing result would overwrite the change.
    """
    data = validate_body(ConversationUpdate, body)  # row 10

    async def apply(session: AsyncSession) -> Conversation:
        conversation = await get(session, context.uid, conversation_id)
        if conversation.app_id != context.app_id:
            raise NotRecordOwner()
        return await _apply_update(session, conversation, data)

    return await writer.run(apply)


async def update_own(
    session: AsyncSession, uid: str, conversation_id: str, data: ConversationUpdate
) -> Conversation:
    """The user's own edit of any of their conversations (developer API, SPEC §5)."""
    return await _apply_update(session, await get(session, uid, conversation_id), data)


async def _apply_update(
    session: AsyncSession, conversation: Conversation, data: ConversationUpdate
) -> Conversation:
    if conversation.status in ("pending", "processing"):
        raise ConversationBeingProcessed()
    if data.title is not None or data.overview is not None:
        structured = dict(conversation.structured or EMPTY_STRUCTURED)
        if data.title is not None:
            structured["title"] = data.title
        if data.overview is not None:
            structured["overview"] = data.overview
        conversation.structured = structured  # a new dict, so the JSON column is written
    if data.discarded is not None:
        conversation.discarded = data.discarded
    conversation.updated_at = utcnow()
    await session.flush()
    return conversation


async def delete_own(session: AsyncSession, uid: str, conversation_id: str) -> None:
    """The user deletes one of their conversations (developer API, SPEC §5).

    Tasks and facts learned from it stay (they are the user's to-dos and
    knowledge, and keep its id as provenance). A conversation still
    ``pending``/``processing`` is refused (409): its job would store them after
    the delete.
    """
    conversation = await get(session, uid, conversation_id)
    if conversation.status in ("pending", "processing"):
        raise DeleteWhileProcessing()
    await ConversationRepository(session).delete(conversation.id)


async def job_counts(session: AsyncSession) -> dict[str, dict[str, int]]:
    return await ConversationRepository(session).status_counts()


async def get_readable(
    session: AsyncSession, context: IntegrationContext, conversation_id: str
) -> Conversation:
    """An app reads back what it created; anything else of the user needs ``read_conversations``."""
    conversation = await get(session, context.uid, conversation_id)
    if conversation.app_id != context.app_id:
        context.require(Action.READ_CONVERSATIONS)
    return conversation


async def retry(session: AsyncSession, conversation_id: str) -> Conversation:
    """Operator retry of a ``failed`` conversation (the next recovery sweep runs it)."""
    conversation = await get_any(session, conversation_id)
    if conversation.status != "failed":
        raise Conflict(f"Conversation is {conversation.status}; only failed ones can be retried")
    await jobs.retry(session, Conversation, conversation_id)
    await session.refresh(conversation)
    return conversation
