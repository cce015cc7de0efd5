"""Accepting ``POST …/user/facts`` (and ``/user/memories``): validate, commit, dispatch."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast
from urllib.parse import quote

import orjson
from sqlalchemy import Table, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import State

from omi_actions import idempotency
from omi_actions.auth.integration import IntegrationContext
from omi_actions.errors import TextRequired
from omi_actions.fact import service as fact_service
from omi_actions.fact.schemas import FactsCreate, fact_json, submission_json
from omi_actions.ingest import Accepted, Ingestor, wait_until_processed
from omi_actions.kit.prefer import Preferences
from omi_actions.kit.validation import validate_body
from omi_actions.models import FactSubmission
from omi_actions.worker.queue import JobKind

EMPTY_BODY = b"{}"


def submission_location(base_url: str, app_id: str, uid: str, submission_id: str) -> str:
    return (
        f"{base_url.rstrip('/')}/v2/integrations/{quote(app_id, safe='')}"
        f"/user/fact-submissions/{submission_id}?uid={quote(uid, safe='')}"
    )


async def accept(
    state: State,
    context: IntegrationContext,
    body: dict[str, Any],
    preferences: Preferences,
    idempotency_key: str | None,
    base_url: str,
) -> Accepted:
    data = validate_body(FactsCreate, body)  # row 10
    if not data.has_content():  # row 10b
        raise TextRequired()
    request = idempotency.build_request(
        idempotency_key, app_id=context.app_id, uid=context.uid, route="facts", body=body
    )
    row = fact_service.new_submission_row(data, uid=context.uid, app_id=context.app_id)
    location = submission_location(base_url, context.app_id, context.uid, row["id"])

    def response() -> Accepted:
        if preferences.representation:
            body = submission_json(SimpleNamespace(**row), [])
            return Accepted(200, orjson.dumps(body), location)
        return Accepted(200, EMPTY_BODY, location)

    ingestor: Ingestor = state.ingestor
    accepted = await ingestor.submit(
        JobKind.FACT_SUBMISSION, cast(Table, FactSubmission.__table__), row, response, request
    )
    if accepted.replayed or preferences.wait_seconds is None:
        return accepted

    async def status_of(session: AsyncSession) -> str | None:
        query = select(FactSubmission.status).where(FactSubmission.id == row["id"])
        return await session.scalar(query)

    await wait_until_processed(state.sessionmaker, status_of, preferences.wait_seconds)
    if not preferences.representation:
        return accepted
    async with state.sessionmaker() as session:
        submission, facts = await fact_service.get_submission(session, context.uid, row["id"])
        body = submission_json(submission, [fact_json(fact) for fact in facts])
        return Accepted(200, orjson.dumps(body), location)
