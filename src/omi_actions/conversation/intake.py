"""Accepting ``POST …/user/conversations``: validate, commit, dispatch, answer (SPEC §2)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast
from urllib.parse import quote

import orjson
from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import State

from omi_actions import idempotency
from omi_actions.auth.integration import IntegrationContext
from omi_actions.conversation import service as conversation_service
from omi_actions.conversation.repository import ConversationRepository
from omi_actions.conversation.schemas import ConversationCreate, conversation_json
from omi_actions.errors import TextRequired
from omi_actions.ingest import Accepted, Ingestor, wait_until_processed
from omi_actions.kit.prefer import Preferences
from omi_actions.kit.validation import validate_body
from omi_actions.models import Conversation
from omi_actions.worker.queue import JobKind

EMPTY_BODY = b"{}"


def conversation_location(base_url: str, app_id: str, uid: str, conversation_id: str) -> str:
    return (
        f"{base_url.rstrip('/')}/v2/integrations/{quote(app_id, safe='')}"
        f"/user/conversations/{conversation_id}?uid={quote(uid, safe='')}"
    )


async def accept(
    state: State,
    context: IntegrationContext,
    body: dict[str, Any],
    preferences: Preferences,
    idempotency_key: str | None,
    base_url: str,
) -> Accepted:
    data = validate_body(ConversationCreate, body)  # row 10
    if not data.text.strip():  # row 10b
        raise TextRequired()
    request = idempotency.build_request(
        idempotency_key, app_id=context.app_id, uid=context.uid, route="conversations", body=body
    )
    row = conversation_service.new_row(data, uid=context.uid, app_id=context.app_id)
    location = conversation_location(base_url, context.app_id, context.uid, row["id"])

    def response() -> Accepted:
        if preferences.representation:
            return Accepted(200, orjson.dumps(conversation_json(SimpleNamespace(**row))), location)
        return Accepted(200, EMPTY_BODY, location)

    ingestor: Ingestor = state.ingestor
    accepted = await ingestor.submit(
        JobKind.CONVERSATION, cast(Table, Conversation.__table__), row, response, request
    )
    if accepted.replayed or preferences.wait_seconds is None:
        return accepted

    async def status_of(session: AsyncSession) -> str | None:
        return await ConversationRepository(session).status_of(row["id"])

    await wait_until_processed(state.sessionmaker, status_of, preferences.wait_seconds)
    if not preferences.representation:
        return accepted
    async with state.sessionmaker() as session:
        conversation = await conversation_service.get_any(session, row["id"])
        return Accepted(200, orjson.dumps(conversation_json(conversation)), location)
