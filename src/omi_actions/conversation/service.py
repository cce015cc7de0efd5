"""Conversations: accept, apply processing results, read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.auth.integration import IntegrationContext
from omi_actions.conversation.repository import ConversationRepository
from omi_actions.conversation.schemas import ConversationCreate
from omi_actions.errors import Conflict, NotFound
from omi_actions.fact import service as fact_service
from omi_actions.kit.actions import Action
from omi_actions.kit.ids import new_id
from omi_actions.kit.text import storable
from omi_actions.kit.time import utcnow
from omi_actions.models import Conversation
from omi_actions.processing.schemas import ConversationInput, ConversationResult, Geolocation
from omi_actions.task import service as task_service
from omi_actions.worker import jobs


class ConversationNotFound(NotFound):
    detail = "Conversation not found"


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
    session: AsyncSession, conversation: Conversation, result: ConversationResult
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
