"""Accepting ``POST …/user/conversations``: validate, then the shared ingest flow (SPEC §2)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import State

from omi_actions import idempotency, ingest
from omi_actions.auth.integration import IntegrationContext
from omi_actions.conversation import service as conversation_service
from omi_actions.conversation.repository import ConversationRepository
from omi_actions.conversation.schemas import ConversationCreate, conversation_json
from omi_actions.errors import TextRequired
from omi_actions.intake_http import SubmitOptions, record_location
from omi_actions.kit.validation import validate_body
from omi_actions.models import Conversation
from omi_actions.worker.queue import JobKind


async def accept(
    state: State,
    context: IntegrationContext,
    body: dict[str, Any],
    options: SubmitOptions,
) -> ingest.Accepted:
    data = validate_body(ConversationCreate, body)  # row 10
    if not data.text.strip():  # row 10b
        raise TextRequired()
    request = idempotency.build_request(
        options.idempotency_key,
        app_id=context.app_id,
        uid=context.uid,
        route="conversations",
        body=body,
    )
    row = conversation_service.new_row(data, uid=context.uid, app_id=context.app_id)

    async def status_of(session: AsyncSession) -> str | None:
        return await ConversationRepository(session).status_of(row["id"])

    async def processed_body(session: AsyncSession) -> dict[str, Any]:
        return conversation_json(await conversation_service.get_any(session, row["id"]))

    submission = ingest.Submission(
        kind=JobKind.CONVERSATION,
        table=cast(Table, Conversation.__table__),
        row=row,
        location=record_location(
            options.base_url, context.app_id, context.uid, "conversations", row["id"]
        ),
        pending_body=lambda: conversation_json(SimpleNamespace(**row)),
        status_of=status_of,
        processed_body=processed_body,
    )
    return await ingest.accept(
        state.ingestor, state.read_sessionmaker, submission, options.preferences, request
    )
