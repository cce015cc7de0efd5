"""Accepting ``POST …/user/facts`` and ``/user/memories``: validate, then the shared flow."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import State

from omi_actions import idempotency, ingest
from omi_actions.auth.integration import IntegrationContext
from omi_actions.errors import TextRequired
from omi_actions.fact import service as fact_service
from omi_actions.fact.schemas import FactsCreate, fact_json, submission_json
from omi_actions.intake_http import SubmitOptions, record_location
from omi_actions.kit.validation import validate_body
from omi_actions.models import FactSubmission
from omi_actions.worker.queue import JobKind


async def accept(
    state: State,
    context: IntegrationContext,
    body: dict[str, Any],
    options: SubmitOptions,
) -> ingest.Accepted:
    data = validate_body(FactsCreate, body)  # row 10
    if not data.has_content():  # row 10b
        raise TextRequired()
    request = idempotency.build_request(
        options.idempotency_key, app_id=context.app_id, uid=context.uid, route="facts", body=body
    )
    row = fact_service.new_submission_row(data, uid=context.uid, app_id=context.app_id)

    async def status_of(session: AsyncSession) -> str | None:
        query = select(FactSubmission.status).where(FactSubmission.id == row["id"])
        return await session.scalar(query)

    async def processed_body(session: AsyncSession) -> dict[str, Any]:
        submission, facts = await fact_service.get_submission(session, context.uid, row["id"])
        return submission_json(submission, [fact_json(fact) for fact in facts])

    submission = ingest.Submission(
        kind=JobKind.FACT_SUBMISSION,
        table=cast(Table, FactSubmission.__table__),
        row=row,
        location=record_location(
            options.base_url, context.app_id, context.uid, "fact-submissions", row["id"]
        ),
        pending_body=lambda: submission_json(SimpleNamespace(**row), []),
        status_of=status_of,
        processed_body=processed_body,
    )
    return await ingest.accept(
        state.ingestor, state.read_sessionmaker, submission, options.preferences, request
    )
